#pragma once

#include <QCoreApplication>
#include <QString>

// Phone numbers through libphonenumber: parsed with the destination as the default region, stored as E.164.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    struct Result
    {
        QString e164;  // "+66812345678" when valid, else empty
        QString error; // translated reason when the number is missing a part or not valid for its region
        bool isValid() const { return !e164.isEmpty(); }
    };

    // Parses raw text as written by a customer ("081 234 5678", "+1 (415) 555-2671", "0049 30 1234567").
    static Result parse(const QString &raw, const QString &defaultCountry);
    // Pretty international form for display ("+66 81 234 5678"); the input when it does not parse.
    static QString formatInternational(const QString &e164);
};
