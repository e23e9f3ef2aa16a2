#include "productimporter.h"

#include "connection.h"
#include "productbulkwriter.h"
#include "productrepository.h"
#include "secondaryindexes.h"
#include "shopsettings.h"
#include "writeerror.h"
#include "writetransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxFileBytes = qint64(1) << 30; // a product file of a gigabyte is not a product file
constexpr qsizetype BulkRows = 5000;              // from here on, rebuilding indexes beats keeping them

} // namespace

bool ProductImportReport::hasErrors() const
{
    if (!error.isEmpty())
        return true;
    return std::any_of(issues.cbegin(), issues.cend(), [](const ImportIssue &i) { return i.isError(); });
}

ProductImportReport ProductImporter::preview(const QString &databasePath, const QString &filePath,
                                             const Options &options, ParsedProducts *parsedOut)
{
    ProductImportReport report;
    QString error;
    const Connection connection = Connection::open(databasePath, &error, Connection::Mode::OpenExisting);
    if (!connection.isOpen()) {
        report.error = error;
        return report;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("%1: cannot read the file: %2").arg(filePath, file.errorString());
        return report;
    }
    if (file.size() > MaxFileBytes) {
        report.error = tr("%1: the file is too large for a product list (%2 MB)").arg(filePath).arg(file.size() >> 20);
        return report;
    }
    ProductCsv::Options csvOptions;
    csvOptions.fileName = QFileInfo(filePath).fileName();
    csvOptions.defaultCurrency =
        options.currency.isEmpty() ? ShopSettings(connection.database()).baseCurrency() : options.currency.toUpper();
    if (options.progress)
        csvOptions.progress = [&options](int percent) { return options.progress(percent * 6 / 10); };

    ParsedProducts parsed = ProductCsv::parse(file.readAll(), csvOptions);
    report.format = parsed.format;
    report.issues = parsed.issues;
    report.cancelled = parsed.cancelled;
    report.productsInFile = int(parsed.products.size());
    const QSet<QString> existing = ProductRepository(connection.database()).allSkus();
    for (const Product &p : std::as_const(parsed.products)) {
        if (existing.contains(p.sku))
            ++report.updated;
        else
            ++report.inserted;
    }
    if (parsedOut)
        *parsedOut = std::move(parsed);
    return report;
}

ProductImportReport ProductImporter::importFile(const QString &databasePath, const QString &filePath,
                                               const Options &options)
{
    ParsedProducts parsed;
    ProductImportReport report = preview(databasePath, filePath, options, &parsed);
    if (options.dryRun || report.hasErrors() || report.cancelled)
        return report;
    QString error;
    const Connection connection = Connection::open(databasePath, &error, Connection::Mode::OpenExisting);
    if (!connection.isOpen()) {
        report.error = error;
        return report;
    }
    std::function<bool(int)> progress;
    if (options.progress)
        progress = [&options](int percent) { return options.progress(60 + percent * 4 / 10); };
    write(connection.database(), parsed, report, progress);
    return report;
}

bool ProductImporter::write(const QSqlDatabase &db, const ParsedProducts &parsed, ProductImportReport &report,
                            const std::function<bool(int)> &progress)
{
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        report.error = transaction.error();
        return false;
    }
    // Counted inside the transaction, so they match what is written even if another writer got in first.
    const QSet<QString> existing = ProductRepository(db).allSkus();
    report.inserted = report.updated = 0;

    const bool bulk = parsed.products.size() >= BulkRows && parsed.products.size() > existing.size();
    const SecondaryIndexes indexes(db, bulk ? QStringList{u"products"_s} : QStringList());
    if (!indexes.drop(&report.error))
        return false;

    ProductBulkWriter writer(db);
    const qsizetype total = parsed.products.size();
    for (qsizetype i = 0; i < total; ++i) {
        const Product &p = parsed.products.at(i);
        QString refused;
        if (!writer.write(p, &refused)) {
            report.error = WriteError::isGeneral(refused) ? refused
                                                          : tr("%1:%2: the database refused product %3: %4")
                                                                .arg(parsed.fileName)
                                                                .arg(parsed.lines.value(i))
                                                                .arg(p.sku, refused);
            return false;
        }
        if (existing.contains(p.sku))
            ++report.updated;
        else
            ++report.inserted;
        if (progress && i % 1000 == 999 && !progress(int((i + 1) * 100 / total))) {
            report.cancelled = true;
            report.inserted = report.updated = 0;
            return false; // rolled back
        }
    }
    if (!indexes.create(&report.error)) {
        report.inserted = report.updated = 0;
        return false;
    }
    QString error;
    if (!transaction.commit(&error)) {
        report.error = error;
        report.inserted = report.updated = 0;
        return false;
    }
    report.written = true;
    if (progress)
        progress(100);
    return true;
}
