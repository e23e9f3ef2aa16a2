#include "csvreader.h"

namespace {

// No column of a product, order or rate file comes near this; a longer field is a wrong or damaged file (one
// unclosed quote can swallow the rest of it), refused before it fills the memory.
constexpr qsizetype MaxFieldLength = 1000000;

} // namespace

CsvReader::CsvReader(QString text, QChar delimiter)
    : m_text(std::move(text))
    , m_delimiter(delimiter)
{
}

int CsvReader::percentDone() const
{
    return m_text.isEmpty() ? 100 : int(m_pos * 100 / m_text.size());
}

QChar CsvReader::sniffDelimiter(QStringView text)
{
    const qsizetype end = text.indexOf(u'\n');
    const QStringView firstLine = end < 0 ? text : text.first(end);
    const qsizetype commas = firstLine.count(u',');
    const qsizetype semicolons = firstLine.count(u';');
    const qsizetype tabs = firstLine.count(u'\t');
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

bool CsvReader::next(Record &record)
{
    const qsizetype n = m_text.size();
    const QChar *data = m_text.constData();
    while (m_pos < n) {
        record.line = m_line;
        record.fields.clear();
        QString field;
        bool quoted = false;
        bool fieldWasQuoted = false;
        bool endOfRecord = false;
        while (m_pos < n && !endOfRecord) {
            const QChar c = data[m_pos];
            if (quoted) {
                if (c == u'"') {
                    if (m_pos + 1 < n && data[m_pos + 1] == u'"') {
                        field += u'"';
                        m_pos += 2;
                        continue;
                    }
                    quoted = false;
                    ++m_pos;
                    continue;
                }
                if (c == u'\n')
                    ++m_line;
                field += c;
                ++m_pos;
                if (field.size() > MaxFieldLength)
                    return fieldTooLong(record);
                continue;
            }
            if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
                ++m_pos;
            } else if (c == m_delimiter) {
                record.fields.append(field);
                field.clear();
                fieldWasQuoted = false;
                ++m_pos;
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && m_pos + 1 < n && data[m_pos + 1] == u'\n')
                    ++m_pos;
                ++m_pos;
                ++m_line;
                endOfRecord = true;
            } else {
                // Copy a run of plain characters at once rather than one by one.
                qsizetype end = m_pos + 1;
                while (end < n) {
                    const QChar d = data[end];
                    if (d == m_delimiter || d == u'\r' || d == u'\n' || d == u'"')
                        break;
                    ++end;
                }
                field.append(data + m_pos, end - m_pos);
                m_pos = end;
                if (field.size() > MaxFieldLength)
                    return fieldTooLong(record);
            }
        }
        if (quoted) {
            m_error = tr("a quoted field that starts here is never closed (missing \")");
            m_errorLine = record.line;
            return false;
        }
        record.fields.append(field);
        const bool blank = record.fields.size() == 1 && record.fields.front().isEmpty() && !fieldWasQuoted;
        if (!blank)
            return true;
    }
    return false;
}

bool CsvReader::fieldTooLong(const Record &record)
{
    m_error = tr("column %1: a field of more than %L2 characters starts here; this is not a spreadsheet export "
                 "(or a quote \" is never closed)")
                  .arg(record.fields.size() + 1)
                  .arg(MaxFieldLength);
    m_errorLine = record.line;
    return false;
}
