#include "csvwriter.h"

namespace CsvWriter {

namespace {
bool startsLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}
} // namespace

QString quoted(const QString &field, QChar delimiter)
{
    const bool needsQuotes = field.contains(delimiter) || field.contains(u'"') || field.contains(u'\n')
                             || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString record(const QStringList &fields, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        line += quoted(fields.at(i), delimiter);
    }
    line += u"\r\n";
    return line;
}

QString neutralised(const QString &text)
{
    return startsLikeFormula(text) ? u'\'' + text : text;
}

QString unneutralised(const QString &text)
{
    if (text.size() >= 2 && text.front() == u'\'' && startsLikeFormula(QStringView(text).mid(1)))
        return text.mid(1);
    return text;
}

} // namespace CsvWriter
