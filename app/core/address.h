#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A postal address as the channel gave it. Country is ISO 3166-1 alpha-2.
struct Address
{
    QString name;
    QString company;
    QString line1;
    QString line2;
    QString city;
    QString province; // state, prefecture, province: code or name as given
    QString postalCode;
    QString country;
    QString phone; // E.164 when it parsed, else as given

    bool isEmpty() const { return line1.isEmpty() && city.isEmpty() && country.isEmpty(); }
    bool operator==(const Address &other) const = default;
};

// Formats and checks addresses the way the destination country writes them (see resources/reference/addresses.json).
class AddressFormat
{
    Q_DECLARE_TR_FUNCTIONS(AddressFormat)

public:
    // The lines of the address in the destination's order, empty lines dropped. The country name is the last line,
    // in the operator's language (or in the destination's own, when localCountryName is true).
    static QStringList lines(const Address &address, bool localCountryName = false);
    // True when the destination uses postal codes at all (HK, AE, QA… do not).
    static bool usesPostalCode(const QString &country);
    // An empty string when the code fits the country's pattern (or the country has no pattern); otherwise a
    // translated message naming the expected form, e.g. "postal code "1234" does not look like a US ZIP code (12345 or 12345-6789)".
    static QString checkPostalCode(const QString &country, const QString &postalCode);
};
