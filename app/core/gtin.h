#pragma once

#include <QCoreApplication>
#include <QString>

// GTIN-8/12/13/14 (EAN-8, UPC-A, EAN-13, ITF-14) and SSCC: GS1 mod-10 check digits.
class Gtin
{
    Q_DECLARE_TR_FUNCTIONS(Gtin)

public:
    enum class Problem { None, Empty, NotDigits, BadLength, BadCheckDigit };

    struct Check
    {
        Problem problem = Problem::None;
        int expectedCheckDigit = -1; // set when problem == BadCheckDigit
        bool ok() const { return problem == Problem::None; }
    };

    // GS1 mod-10 check digit for the digits that precede it; -1 when the text is not all digits.
    static int checkDigit(QStringView digitsWithoutCheck);
    // Removes spaces and hyphens that people and spreadsheets add.
    static QString normalized(QStringView text);
    static Check check(QStringView code);
    // A translated sentence that says what is wrong, e.g. "check digit should be 3, not 4".
    static QString describe(const Check &check, QStringView code);
};
