#include "priceexporter.h"

#include "csvwriter.h"
#include "decimal.h"
#include "marketrepository.h"
#include "pricelist.h"
#include "productrepository.h"
#include "tableexport.h"


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
        return {row.sku, row.price.toDecimalString()};
    return {row.sku, row.name, market.code, row.price.toDecimalString(),
            row.price.currency(), row.source, row.rateDate.toString(Qt::ISODate)};
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
    const TableExport::Table table{u"Prices"_s, header, rows, {form == Form::Shopify ? 1 : 3}};
    return TableExport::write(filePath, table, error) ? rows.size() : -1;
}
