#include "priceexporter.h"

#include "csvwriter.h"
#include "decimal.h"
#include "marketrepository.h"
#include "pricelist.h"
#include "productrepository.h"

#include <QFile>
#include <QSaveFile>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

struct Row
{
    QString sku;
    QString name;
    Money price;
    QString source; // "list", "fixed" or "derived"
    QDate rateDate;
};

QStringList headerFor(PriceExporter::Form form, const Market &market)
{
    if (form == PriceExporter::Form::Shopify)
        return {u"Variant SKU"_s, u"Price / "_s + market.name};
    return {u"sku"_s, u"name"_s, u"market"_s, u"price"_s, u"currency"_s, u"source"_s, u"rate_date"_s};
}

QStringList cellsFor(PriceExporter::Form form, const Market &market, const Row &row)
{
    if (form == PriceExporter::Form::Shopify)
        return {CsvWriter::neutralised(row.sku), row.price.toDecimalString()};
    return {CsvWriter::neutralised(row.sku), CsvWriter::neutralised(row.name), market.code, row.price.toDecimalString(),
            row.price.currency(), row.source, row.rateDate.toString(Qt::ISODate)};
}

bool writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = PriceExporter::tr("%1: cannot write the file: %2").arg(path, file.errorString());
        return false;
    }
    file.write(CsvWriter::record(header).toUtf8());
    for (const QStringList &row : rows)
        file.write(CsvWriter::record(row).toUtf8());
    if (!file.commit()) {
        *error = PriceExporter::tr("%1: cannot finish writing the file: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeXlsx(const QString &path, const QStringList &header, const QList<QStringList> &rows, int priceColumn,
               int decimals, QString *error)
{
    // Written next to the target and renamed over it, so a failed export leaves no half workbook.
    const QString temporary = path + u".part"_s;
    const QByteArray temporaryName = temporary.toUtf8();
    lxw_workbook *workbook = workbook_new(temporaryName.constData());
    if (!workbook) {
        *error = PriceExporter::tr("%1: cannot create the workbook").arg(path);
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Prices");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(workbook);
    const QByteArray numberFormat = decimals > 0 ? "0." + QByteArray(decimals, '0') : QByteArray("0");
    format_set_num_format(money, numberFormat.constData());
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), bold);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString &cell = rows.at(r).at(c);
            if (c == priceColumn) {
                // A real number in the sheet; the exact decimal text is what it came from.
                worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), cell.toDouble(), money);
            } else {
                worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), cell.toUtf8().constData(), nullptr);
            }
        }
    }
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        QFile::remove(temporary);
        *error = PriceExporter::tr("%1: cannot write the workbook: %2")
                     .arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        *error = PriceExporter::tr("%1: cannot replace the file").arg(path);
        return false;
    }
    return true;
}

} // namespace

qint64 PriceExporter::exportFile(const QSqlDatabase &db, const QString &marketCode, const QString &filePath, Form form,
                                 const QDate &date, QString *error, const std::function<bool(int)> &progress)
{
    const auto market = MarketRepository(db).findByCodeOrCountry(marketCode);
    if (!market) {
        *error = tr("there is no market %1").arg(marketCode);
        return -1;
    }
    const PriceListService prices(db);
    ProductFilter bySku;
    bySku.sortKey = ProductFilter::SortKey::Sku;
    QList<QStringList> rows;
    constexpr int Page = 2000;
    const qint64 total = qMax<qint64>(ProductRepository(db).count(), 1);
    for (int offset = 0;; offset += Page) {
        if (progress && !progress(int(qint64(offset) * 100 / total))) {
            *error = tr("export cancelled");
            return -1;
        }
        const QList<PriceProposal> page = prices.preview(*market, date, Page, offset, error);
        if (page.isEmpty()) {
            if (!error->isEmpty())
                return -1;
            break;
        }
        for (const PriceProposal &p : page) {
            Row row{p.sku, p.name, p.current ? *p.current : p.proposed,
                    p.fixed ? u"fixed"_s : (p.current ? u"list"_s : u"derived"_s),
                    p.current ? p.currentRateDate : p.rateDate};
            rows.append(cellsFor(form, *market, row));
        }
    }
    const QStringList header = headerFor(form, *market);
    const bool ok = filePath.endsWith(u".xlsx"_s, Qt::CaseInsensitive)
                        ? writeXlsx(filePath, header, rows, form == Form::Shopify ? 1 : 3,
                                    Money(0, market->currency).fractionDigits(), error)
                        : writeCsv(filePath, header, rows, error);
    return ok ? rows.size() : -1;
}
