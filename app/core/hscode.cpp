#include "hscode.h"

QString HsCode::normalized(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c != u'.' && c != u' ' && c != u'-')
            result.append(c);
    }
    return result;
}

bool HsCode::isValid(QStringView code)
{
    return problem(code).isEmpty();
}

QString HsCode::problem(QStringView code)
{
    for (const QChar c : code) {
        if (c < u'0' || c > u'9')
            return tr("HS code \"%1\" must contain digits only").arg(code.toString());
    }
    if (code.size() < 6 || code.size() > 10)
        return tr("HS code \"%1\" has %n digit(s); it needs 6 to 10", nullptr, int(code.size()))
            .arg(code.toString());
    return QString();
}

QString HsCode::formatted(QStringView code)
{
    if (code.size() < 6)
        return code.toString();
    QString result = code.first(4).toString();
    for (qsizetype i = 4; i < code.size(); i += 2)
        result += u'.' + code.mid(i, 2).toString();
    return result;
}
