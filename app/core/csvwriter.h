#pragma once

#include <QString>
#include <QStringList>

// Writes RFC 4180 records. Text cells that a spreadsheet would run as a formula are neutralised.
namespace CsvWriter {

// Quotes the field when it holds the delimiter, a quote or a line break.
QString quoted(const QString &field, QChar delimiter = u',');
// A line ending in "\r\n" as RFC 4180 asks.
QString record(const QStringList &fields, QChar delimiter = u',');
// Prefixes "'" to text beginning with = + - @ tab or CR, so spreadsheets show it instead of running it.
QString neutralised(const QString &text);
// Undoes neutralised() when reading our own files back.
QString unneutralised(const QString &text);

} // namespace CsvWriter
