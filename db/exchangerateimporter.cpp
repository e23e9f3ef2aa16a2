#include "exchangerateimporter.h"

#include "connection.h"
#include "exchangeraterepository.h"
#include "writetransaction.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

bool RatesImportReport::hasErrors() const
{
    return !error.isEmpty()
           || std::any_of(issues.cbegin(), issues.cend(), [](const ImportIssue &i) { return i.isError(); });
}

RatesImportReport ExchangeRateImporter::importFile(const QString &databasePath, const QString &filePath,
                                                   const std::function<bool(int)> &progress)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        RatesImportReport report;
        report.error = tr("%1: cannot read the file: %2").arg(filePath, file.errorString());
        return report;
    }
    return importBytes(databasePath, file.readAll(), QFileInfo(filePath).fileName(), u"ecb-file"_s, progress);
}

RatesImportReport ExchangeRateImporter::importBytes(const QString &databasePath, const QByteArray &bytes,
                                                    const QString &fileName, const QString &source,
                                                    const std::function<bool(int)> &progress)
{
    RatesImportReport report;
    const ParsedRates parsed = EcbRates::parse(bytes, fileName);
    report.format = parsed.format;
    report.issues = parsed.issues;
    if (parsed.hasErrors())
        return report;
    for (const ExchangeRate &rate : parsed.rates) {
        if (!report.firstDate.isValid() || rate.date < report.firstDate)
            report.firstDate = rate.date;
        if (!report.lastDate.isValid() || rate.date > report.lastDate)
            report.lastDate = rate.date;
    }
    QString error;
    const Connection connection = Connection::open(databasePath, &error, Connection::Mode::OpenExisting);
    if (!connection.isOpen()) {
        report.error = error;
        return report;
    }
    WriteTransaction transaction(connection.database());
    if (!transaction.isActive()) {
        report.error = transaction.error();
        return report;
    }
    if (!ExchangeRateRepository(connection.database()).save(parsed.rates, source, &report.error, &report.added,
                                                            &report.replaced, progress)
        || !transaction.commit(&report.error)) {
        report.added = report.replaced = 0;
        return report;
    }
    report.written = true;
    return report;
}
