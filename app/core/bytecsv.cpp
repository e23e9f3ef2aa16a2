#include "bytecsv.h"

#include <cstring>

ByteCsvReader::ByteCsvReader(QByteArrayView bytes, char delimiter)
    : m_bytes(bytes)
    , m_delimiter(delimiter)
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

int ByteCsvReader::percentDone() const
{
    return m_bytes.isEmpty() ? 100 : int(m_pos * 100 / m_bytes.size());
}

char ByteCsvReader::sniffDelimiter(QByteArrayView bytes)
{
    const qsizetype end = bytes.indexOf('\n');
    const QByteArrayView firstLine = end < 0 ? bytes : bytes.first(end);
    const qsizetype commas = firstLine.count(',');
    const qsizetype semicolons = firstLine.count(';');
    const qsizetype tabs = firstLine.count('\t');
    if (tabs > commas && tabs > semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

bool ByteCsvReader::next(Record &record)
{
    const qsizetype n = m_bytes.size();
    const char *data = m_bytes.data();
    struct Unquoted
    {
        size_t field;
        qsizetype offset;
        qsizetype length;
    };
    thread_local std::vector<Unquoted> pending;
    while (m_pos < n) {
        record.line = m_line;
        record.fields.clear();
        record.unquoted.clear();
        pending.clear();
        bool lastFieldQuoted = false;
        bool endOfRecord = false;
        while (!endOfRecord) {
            if (m_pos < n && data[m_pos] == '"') {
                // Quoted field: a view into the file, or a copy with doubled quotes undone.
                const qsizetype start = ++m_pos;
                const qint64 startLine = m_line;
                qsizetype close = start;
                bool doubled = false;
                for (;;) {
                    const void *hit = std::memchr(data + close, '"', size_t(n - close));
                    if (!hit) {
                        m_error = tr("a quoted field that starts here is never closed (missing \")");
                        m_errorLine = startLine;
                        m_pos = n;
                        return false;
                    }
                    close = static_cast<const char *>(hit) - data;
                    if (close + 1 < n && data[close + 1] == '"') {
                        doubled = true;
                        close += 2;
                        continue;
                    }
                    break;
                }
                const QByteArrayView raw(data + start, close - start);
                m_line += raw.count('\n');
                // Text between the closing quote and the delimiter is kept after the field, as CsvReader (and
                // spreadsheets) read it: "x"y is xy.
                qsizetype after = close + 1;
                while (after < n && data[after] != m_delimiter && data[after] != '\n' && data[after] != '\r')
                    ++after;
                const QByteArrayView trailing(data + close + 1, after - close - 1);
                if (doubled || !trailing.isEmpty()) {
                    // Patched into a view once the record is complete (the buffer may still grow until then).
                    const qsizetype from = record.unquoted.size();
                    for (qsizetype i = 0; i < raw.size(); ++i) {
                        record.unquoted.append(raw[i]);
                        if (raw[i] == '"')
                            ++i;
                    }
                    record.unquoted.append(trailing);
                    pending.push_back({record.fields.size(), from, record.unquoted.size() - from});
                    record.fields.emplace_back();
                } else {
                    record.fields.push_back(raw);
                }
                m_pos = after;
                lastFieldQuoted = true;
            } else {
                const qsizetype start = m_pos;
                while (m_pos < n) {
                    const char c = data[m_pos];
                    if (c == m_delimiter || c == '\n' || c == '\r')
                        break;
                    ++m_pos;
                }
                record.fields.emplace_back(data + start, m_pos - start);
                lastFieldQuoted = false;
            }
            if (m_pos >= n) {
                endOfRecord = true;
            } else if (data[m_pos] == m_delimiter) {
                ++m_pos;
                if (m_pos >= n) {
                    record.fields.emplace_back();
                    endOfRecord = true;
                }
            } else {
                if (data[m_pos] == '\r' && m_pos + 1 < n && data[m_pos + 1] == '\n')
                    ++m_pos;
                ++m_pos;
                ++m_line;
                endOfRecord = true;
            }
        }
        for (const Unquoted &u : pending)
            record.fields[u.field] = QByteArrayView(record.unquoted.constData() + u.offset, u.length);
        const bool blank = record.fields.size() == 1 && record.fields.front().isEmpty() && !lastFieldQuoted;
        if (!blank)
            return true;
    }
    return false;
}
