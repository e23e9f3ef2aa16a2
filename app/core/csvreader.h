#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Reads RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF)
// from decoded text, remembering the physical line on which each record starts.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        qint64 line = 0;
        QStringList fields;
    };

    explicit CsvReader(QString text, QChar delimiter = u',');

    // Next non-blank record; false at the end or on an error (see error()): an unclosed quote, or a field of more than
    // a million characters.
    bool next(Record &record);
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    // How far through the text we are, 0–100, for progress bars.
    int percentDone() const;

    // Guesses ',' ';' or tab from the first line (European spreadsheets write ';').
    static QChar sniffDelimiter(QStringView text);

private:
    // Stops at a field longer than any real one, with an error naming its column.
    bool fieldTooLong(const Record &record);

    QString m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    QString m_error;
    qint64 m_errorLine = 0;
};
