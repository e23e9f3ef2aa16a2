// The generic CSV readers: CsvReader (decoded text, used by products, rates and rate cards) and ByteCsvReader (UTF-8
// bytes, used by orders). Each record read is written back with quotes where needed and must read back the same,
// and on valid UTF-8 without quotes both readers must agree record by record.

#include "bytecsv.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "fuzz.h"

#include <QStringDecoder>

namespace {

bool isBlank(const QStringList &fields)
{
    return fields.size() == 1 && fields.front().isEmpty();
}

QByteArray quotedBytes(QByteArrayView field, char delimiter)
{
    if (!field.contains(delimiter) && !field.contains('"') && !field.contains('\n') && !field.contains('\r'))
        return field.toByteArray();
    QByteArray escaped = field.toByteArray();
    escaped.replace("\"", "\"\"");
    return '"' + escaped + '"';
}

QList<QStringList> readText(const QString &text, QChar delimiter, bool *ok)
{
    CsvReader reader(text, delimiter);
    CsvReader::Record record;
    QList<QStringList> records;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        FUZZ_CHECK(record.line > lastLine);
        FUZZ_CHECK(!record.fields.isEmpty());
        lastLine = record.line;
        records.append(record.fields);
        const int percent = reader.percentDone();
        FUZZ_CHECK(percent >= 0 && percent <= 100);
    }
    *ok = !reader.hasError();
    return records;
}

QList<QStringList> readBytes(QByteArrayView bytes, char delimiter, bool *ok)
{
    ByteCsvReader reader(bytes, delimiter);
    ByteCsvReader::Record record;
    QList<QStringList> records;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        FUZZ_CHECK(record.line > lastLine);
        FUZZ_CHECK(!record.fields.empty());
        lastLine = record.line;
        QStringList fields;
        QByteArray line;
        for (size_t i = 0; i < record.fields.size(); ++i) {
            fields.append(QString::fromUtf8(record.fields[i]));
            if (i > 0)
                line += delimiter;
            line += quotedBytes(record.fields[i], delimiter);
        }
        records.append(fields);
        const int percent = reader.percentDone();
        FUZZ_CHECK(percent >= 0 && percent <= 100);
        // The record written back reads back as the same bytes.
        // (A record that begins with a BOM is left out: at the start of a file the reader drops it.)
        if ((record.fields.size() == 1 && record.fields.front().isEmpty()) || line.startsWith("\xEF\xBB\xBF"))
            continue;
        ByteCsvReader again(line, delimiter);
        ByteCsvReader::Record back;
        FUZZ_CHECK(again.next(back));
        FUZZ_CHECK(back.fields.size() == record.fields.size());
        for (size_t i = 0; i < back.fields.size(); ++i)
            FUZZ_CHECK(back.fields[i] == record.fields[i]);
    }
    *ok = !reader.hasError();
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    const char delimiter = ByteCsvReader::sniffDelimiter(bytes);
    FUZZ_CHECK(delimiter == ',' || delimiter == ';' || delimiter == '\t');
    bool bytesOk = false;
    const QList<QStringList> fromBytes = readBytes(bytes, delimiter, &bytesOk);

    // The text reader gets text without the BOM (TextDecoding drops it); the byte reader skips it itself.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    const QChar textDelimiter = CsvReader::sniffDelimiter(text);
    bool textOk = false;
    const QList<QStringList> fromText = readText(text, textDelimiter, &textOk);
    for (const QStringList &fields : fromText) {
        if (isBlank(fields))
            continue;
        bool ok = false;
        const QList<QStringList> back = readText(CsvWriter::record(fields, textDelimiter), textDelimiter, &ok);
        FUZZ_CHECK(ok);
        FUZZ_CHECK(back.size() == 1 && back.front() == fields);
    }
    // Same text, same delimiter: both readers see the same records ("x"y is xy in both).
    // (QString::fromUtf8 drops a BOM that begins a field, so inputs with one past the start are left out.)
    if (!utf8.hasError() && textDelimiter == QChar::fromLatin1(delimiter) && bytes.indexOf("\xEF\xBB\xBF", 1) < 0) {
        FUZZ_CHECK(bytesOk == textOk);
        if (bytesOk)
            FUZZ_CHECK(fromBytes == fromText);
    }
    return 0;
}
