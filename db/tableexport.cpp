#include "tableexport.h"

#include "csvwriter.h"
#include "writeerror.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <xlsxwriter.h>

#include <cerrno>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

bool TableExport::write(const QString &path, const Table &table, QString *error)
{
    return path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? writeXlsx(path, table, error)
                                                          : writeCsv(path, table, error);
}

bool TableExport::writeCsv(const QString &path, const Table &table, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write the file: %2").arg(path, WriteError::fromFile(file));
        return false;
    }
    const auto safe = [](const QStringList &cells) {
        QStringList out;
        out.reserve(cells.size());
        for (const QString &cell : cells)
            out.append(CsvWriter::neutralised(cell));
        return out;
    };
    file.write(CsvWriter::record(safe(table.header)).toUtf8());
    for (const QStringList &row : table.rows) {
        QStringList cells = row;
        for (int c = 0; c < cells.size(); ++c) {
            // A negative amount stays a number; any other text is neutralised.
            if (!table.numberColumns.contains(c))
                cells[c] = CsvWriter::neutralised(cells.at(c));
        }
        file.write(CsvWriter::record(cells).toUtf8());
    }
    QString why;
    if (!WriteError::commit(file, &why)) {
        *error = tr("%1: cannot finish writing the file: %2").arg(path, why);
        return false;
    }
    return true;
}

bool TableExport::writeXlsx(const QString &path, const Table &table, QString *error)
{
    const QString temporary = path + u".part"_s;
    const QByteArray temporaryName = temporary.toUtf8();
    lxw_workbook *workbook = workbook_new(temporaryName.constData());
    if (!workbook) {
        *error = tr("%1: cannot create the workbook").arg(path);
        return false;
    }
    const QByteArray sheetName = (table.sheetName.isEmpty() ? u"Sheet1"_s : table.sheetName.left(31)).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (int c = 0; c < table.header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), table.header.at(c).toUtf8().constData(), bold);
    QHash<int, lxw_format *> numberFormats; // by decimals
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const QString &cell = row.at(c);
            bool isNumber = false;
            if (table.numberColumns.contains(c) && !cell.isEmpty()) {
                // A real number in the sheet, shown with the decimals of its exact text.
                const double value = cell.toDouble(&isNumber);
                if (isNumber) {
                    const qsizetype point = cell.indexOf(u'.');
                    const int decimals = point < 0 ? 0 : int(cell.size() - point - 1);
                    lxw_format *&format = numberFormats[decimals];
                    if (!format) {
                        format = workbook_add_format(workbook);
                        const QByteArray pattern =
                            decimals > 0 ? "#,##0." + QByteArray(decimals, '0') : QByteArray("#,##0");
                        format_set_num_format(format, pattern.constData());
                    }
                    worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), value, format);
                }
            }
            if (!isNumber) // strings are never formulas in a workbook written this way
                worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), cell.toUtf8().constData(), nullptr);
        }
    }
    errno = 0;
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        // libxlsxwriter names only "Zip generic error ZIP_ERRNO"; a full disk is said as such.
        const bool full = errno == ENOSPC
                          || QStorageInfo(QFileInfo(temporary).absolutePath()).bytesAvailable() < 64 * 1024;
        QFile::remove(temporary);
        *error = tr("%1: cannot write the workbook: %2")
                     .arg(path, full ? WriteError::diskFull() : QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    // One rename over the old file (atomic on POSIX; MoveFileEx with replace on Windows): the old workbook stays
    // until the new one is complete.
    std::error_code failure;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), failure);
    if (failure) {
        QFile::remove(temporary);
        *error = tr("%1: cannot replace the file").arg(path);
        return false;
    }
    return true;
}
