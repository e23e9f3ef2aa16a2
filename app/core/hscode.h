#pragma once

#include <QCoreApplication>
#include <QString>

// Harmonized System tariff codes: 6 digits internationally, 8–10 in national tariffs.
class HsCode
{
    Q_DECLARE_TR_FUNCTIONS(HsCode)

public:
    // "6109.10.00" or "6109 10" -> "61091000" / "610910". Other characters are kept so validation can name them.
    static QString normalized(QStringView text);
    static bool isValid(QStringView normalizedCode);
    // What is wrong with a normalized code, translated; empty when it is valid.
    static QString problem(QStringView normalizedCode);
    // "61091000" -> "6109.10.00" for display on screens and customs forms.
    static QString formatted(QStringView normalizedCode);
};
