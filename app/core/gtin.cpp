#include "gtin.h"

int Gtin::checkDigit(QStringView digits)
{
    if (digits.isEmpty())
        return -1;
    int sum = 0;
    // Weights 3,1,3,1… from the rightmost digit before the check digit.
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits.at(digits.size() - 1 - i);
        if (c < u'0' || c > u'9')
            return -1;
        const int d = c.unicode() - u'0';
        sum += (i % 2 == 0) ? d * 3 : d;
    }
    return (10 - sum % 10) % 10;
}

QString Gtin::normalized(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c != u' ' && c != u'-' && c != u'\t')
            result.append(c);
    }
    return result;
}

Gtin::Check Gtin::check(QStringView code)
{
    Check result;
    if (code.isEmpty()) {
        result.problem = Problem::Empty;
        return result;
    }
    for (const QChar c : code) {
        if (c < u'0' || c > u'9') {
            result.problem = Problem::NotDigits;
            return result;
        }
    }
    const qsizetype n = code.size();
    if (n != 8 && n != 12 && n != 13 && n != 14 && n != 18) {
        result.problem = Problem::BadLength;
        return result;
    }
    const int expected = checkDigit(code.first(n - 1));
    if (expected != code.back().unicode() - u'0') {
        result.problem = Problem::BadCheckDigit;
        result.expectedCheckDigit = expected;
    }
    return result;
}

QString Gtin::describe(const Check &check, QStringView code)
{
    switch (check.problem) {
    case Problem::None:
        return QString();
    case Problem::Empty:
        return tr("barcode is empty");
    case Problem::NotDigits:
        return tr("barcode \"%1\" must contain digits only").arg(code.toString());
    case Problem::BadLength:
        return tr("barcode \"%1\" has %n digit(s); a GTIN has 8, 12, 13 or 14", nullptr, int(code.size()))
            .arg(code.toString());
    case Problem::BadCheckDigit:
        return tr("barcode \"%1\" has a wrong check digit: it should end in %2, not %3")
            .arg(code.toString(), QString::number(check.expectedCheckDigit), code.last(1).toString());
    }
    return QString();
}
