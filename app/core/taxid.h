#pragma once

#include <QCoreApplication>
#include <QString>

// Importer tax IDs that some destinations require on every parcel: Brazil CPF (11 digits) or CNPJ (14 digits)
// with their check digits, Korea's PCCC (P + 12 digits), EU VAT/EORI-like IDs (two letters + 2–15 characters).
class TaxId
{
    Q_DECLARE_TR_FUNCTIONS(TaxId)

public:
    // An empty string when the ID fits the kind the market requires ("CPF/CNPJ", "PCCC", "VAT", "EORI", or
    // empty = anything non-empty); otherwise a translated reason. Punctuation (dots, dashes, slashes, spaces) is ignored.
    static QString check(const QString &requiredKind, const QString &taxId);
    // Digits and letters only, upper case ("123.456.789-09" → "12345678909").
    static QString normalized(const QString &taxId);

private:
    // "CPF/CNPJ": 11 digits are a CPF, 14 characters a CNPJ.
    static QString checkBrazilian(const QString &id, const QString &shown);
};
