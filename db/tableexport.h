#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

// Writes a table of text cells to CSV or, for a path ending in .xlsx, an Excel workbook. Text cells that a
// spreadsheet would run as a formula are neutralised (CSV) or written as text (XLSX); the columns listed in
// `numberColumns` hold plain decimal text ("1290.50") and become numbers in a workbook. The file is written next to
// the target and renamed over it, so a failed export leaves the old file as it was.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    struct Table
    {
        QString sheetName; // for workbooks, at most 31 characters
        QStringList header;
        QList<QStringList> rows;
        QSet<int> numberColumns;
    };

    static bool write(const QString &path, const Table &table, QString *error);
    static bool writeCsv(const QString &path, const Table &table, QString *error);
    static bool writeXlsx(const QString &path, const Table &table, QString *error);
};
