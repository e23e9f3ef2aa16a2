#include "sqlscript.h"

namespace SqlScript {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// True when the keyword stands alone at position i (not inside a longer identifier).
bool keywordAt(const QString &s, qsizetype i, QStringView keyword)
{
    if (i + keyword.size() > s.size())
        return false;
    if (QStringView(s).mid(i, keyword.size()).compare(keyword, Qt::CaseInsensitive) != 0)
        return false;
    const bool startOk = i == 0 || !isWordChar(s.at(i - 1));
    const qsizetype end = i + keyword.size();
    const bool endOk = end >= s.size() || !isWordChar(s.at(end));
    return startOk && endOk;
}

} // namespace

QStringList statements(const QString &script)
{
    QStringList result;
    QString current;
    int blockDepth = 0; // BEGIN … END inside CREATE TRIGGER
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(u"*/", i + 2);
            i = end < 0 ? n : end + 1;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            current += c;
            ++i;
            while (i < n) {
                current += script.at(i);
                if (script.at(i) == close) {
                    if (i + 1 < n && script.at(i + 1) == close && close != u']') {
                        current += script.at(++i);
                    } else {
                        break;
                    }
                }
                ++i;
            }
            continue;
        }
        if (keywordAt(script, i, u"BEGIN") && current.trimmed().startsWith(u"CREATE", Qt::CaseInsensitive))
            ++blockDepth;
        else if (keywordAt(script, i, u"CASE"))
            ++blockDepth;
        else if (keywordAt(script, i, u"END") && blockDepth > 0)
            --blockDepth;
        if (c == u';' && blockDepth == 0) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                result.append(statement);
            current.clear();
            continue;
        }
        current += c;
    }
    const QString tail = current.trimmed();
    if (!tail.isEmpty())
        result.append(tail);
    return result;
}

} // namespace SqlScript
