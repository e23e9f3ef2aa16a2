#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <vector>

// Reads RFC 4180 records from UTF-8 bytes without copying: each field is a view into the file's bytes, or into the
// record's own buffer when quotes had to be undone. For big imports (a million order lines), where turning every
// cell into a QString first would cost more than the database insert.
class ByteCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(ByteCsvReader)

public:
    struct Record
    {
        qint64 line = 0; // physical line the record starts on, 1-based
        std::vector<QByteArrayView> fields;

        QByteArrayView at(int index) const
        {
            return index >= 0 && index < int(fields.size()) ? fields[size_t(index)] : QByteArrayView();
        }
        QString text(int index) const { return QString::fromUtf8(at(index)).trimmed(); }

    private:
        friend class ByteCsvReader;
        QByteArray unquoted; // backing store for fields that had doubled quotes
    };

    // The bytes must stay alive and unchanged while records are read.
    explicit ByteCsvReader(QByteArrayView bytes, char delimiter = ',');

    // Next non-blank record; false at the end or on an error (see error()). Views stay valid until the next call.
    bool next(Record &record);
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    int percentDone() const;
    qsizetype position() const { return m_pos; }

    // ',' ';' or tab, whichever the first line has most of.
    static char sniffDelimiter(QByteArrayView bytes);

private:
    QByteArrayView m_bytes;
    char m_delimiter;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    QString m_error;
    qint64 m_errorLine = 0;
};
