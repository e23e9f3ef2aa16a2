#pragma once

#include <QString>

// One problem found in an imported file, reported as "file:line: column: problem".
struct ImportIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    qint64 line = 0; // 1-based physical line where the record starts; 0 when the whole file is meant
    QString column;  // the column's header as written in the file; empty when no single column is meant
    QString message;

    bool isError() const { return severity == Severity::Error; }
    QString toString() const;
};
