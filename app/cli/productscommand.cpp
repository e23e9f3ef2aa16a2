#include "cli.h"
#include "clicontext.h"
#include "country.h"
#include "currency.h"
#include "productexporter.h"
#include "productimporter.h"
#include "productrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonObject productJson(const Product &p)
{
    return QJsonObject{
        {u"id"_s, p.id},
        {u"sku"_s, p.sku},
        {u"name"_s, p.name},
        {u"description"_s, p.description},
        {u"customs_description"_s, p.customsDescription},
        {u"barcode"_s, p.barcode},
        {u"hs_code"_s, p.hsCode},
        {u"origin_country"_s, p.originCountry},
        {u"category"_s, p.category},
        {u"weight_g"_s, p.weightG},
        {u"length_mm"_s, p.lengthMm},
        {u"width_mm"_s, p.widthMm},
        {u"height_mm"_s, p.heightMm},
        {u"cost"_s, p.cost.toJson()},
        {u"price"_s, p.price.toJson()},
        {u"stock"_s, p.stock},
        {u"active"_s, p.active},
    };
}

} // namespace

int ProductsCommand::run(CliContext &context, const QString &subcommand)
{
    if (subcommand == u"import")
        return importFile(context);
    if (subcommand == u"export")
        return exportFile(context);
    if (subcommand == u"list")
        return list(context);
    context.err << tr("products: unknown subcommand %1").arg(subcommand) << Qt::endl;
    return Cli::Usage;
}

int ProductsCommand::importFile(CliContext &context)
{
    const bool dryRun = context.takeFlag(u"--dry-run"_s);
    bool missing = false;
    const QString currency = context.takeOption(u"--currency"_s, &missing).toUpper();
    if (missing || context.arguments.size() != 1 || !context.firstUnknownOption().isEmpty()) {
        context.err << tr("usage: products import FILE [--dry-run] [--currency CUR]") << Qt::endl;
        return Cli::Usage;
    }
    if (!currency.isEmpty() && !Currency::isKnown(currency)) {
        context.err << tr("--currency: \"%1\" is not an ISO 4217 currency code").arg(currency) << Qt::endl;
        return Cli::BadInput;
    }
    {
        // Open (and if needed migrate) once here, so a bad --db is reported before the file is read.
        const Connection check = context.open(Connection::Mode::OpenOrCreate);
        if (!check.isOpen())
            return Cli::BadInput;
    }
    ProductImporter::Options options;
    options.currency = currency;
    options.dryRun = dryRun;
    const ProductImportReport report =
        ProductImporter::importFile(context.databasePath, context.arguments.front(), options);

    context.printIssues(report.issues, report.error);
    if (report.hasErrors()) {
        const int errors = int(std::count_if(report.issues.cbegin(), report.issues.cend(),
                                             [](const ImportIssue &i) { return i.isError(); }));
        context.err << tr("Nothing was imported: %n problem(s) must be fixed first.", nullptr,
                          qMax(errors, 1))
                    << Qt::endl;
        return Cli::BadInput;
    }
    const QString format = ProductCsv::formatName(report.format);
    if (dryRun)
        context.out << tr("Dry run (%1): %2 new and %3 updated product(s) would be imported; nothing was written.")
                           .arg(format)
                           .arg(report.inserted)
                           .arg(report.updated)
                    << Qt::endl;
    else
        context.out << tr("Imported %1: %2 new, %3 updated.").arg(format).arg(report.inserted).arg(report.updated)
                    << Qt::endl;
    return Cli::Done;
}

int ProductsCommand::exportFile(CliContext &context)
{
    if (context.arguments.size() != 1 || !context.firstUnknownOption().isEmpty()) {
        context.err << tr("usage: products export FILE") << Qt::endl;
        return Cli::Usage;
    }
    const Connection connection = context.openForReading();
    if (!connection.isOpen())
        return Cli::BadInput;
    QString error;
    const qint64 written = ProductExporter::exportCsv(connection.database(), context.arguments.front(), &error);
    if (written < 0) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    context.out << tr("Exported %n product(s) to %1.", nullptr, int(written)).arg(context.arguments.front())
                << Qt::endl;
    return Cli::Done;
}

int ProductsCommand::list(CliContext &context)
{
    const bool json = context.takeFlag(u"--json"_s);
    bool missingSearch = false;
    bool missingCategory = false;
    ProductFilter filter;
    filter.text = context.takeOption(u"--search"_s, &missingSearch);
    filter.category = context.takeOption(u"--category"_s, &missingCategory);
    filter.sortKey = ProductFilter::SortKey::Sku;
    if (missingSearch || missingCategory || !context.arguments.isEmpty()) {
        context.err << tr("usage: products list [--json] [--search TEXT] [--category NAME]") << Qt::endl;
        return Cli::Usage;
    }
    const Connection connection = context.openForReading();
    if (!connection.isOpen())
        return Cli::BadInput;
    const QList<Product> products = ProductRepository(connection.database()).list(filter);
    if (json) {
        QJsonArray array;
        for (const Product &p : products)
            array.append(productJson(p));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Cli::Done;
    }
    const QLocale locale;
    for (const Product &p : products) {
        context.out << p.sku.leftJustified(14) << u"  "_s << p.name.leftJustified(40, u' ', true) << u"  "_s
                    << p.price.format(locale).rightJustified(14) << u"  "_s
                    << tr("stock %1").arg(locale.toString(p.stock)) << Qt::endl;
    }
    context.out << tr("%n product(s)", nullptr, int(products.size())) << Qt::endl;
    return Cli::Done;
}
