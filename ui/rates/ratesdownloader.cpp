#include "ratesdownloader.h"

#include <QNetworkReply>

namespace {
constexpr int TimeoutMs = 20000;
}

RatesDownloader::RatesDownloader(QObject *parent)
    : QObject(parent)
    , m_url(defaultUrl())
{
}

QUrl RatesDownloader::defaultUrl()
{
    return QUrl(QStringLiteral("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"));
}

void RatesDownloader::start(const QString &databasePath)
{
    if (m_running)
        return;
    m_running = true;
    QNetworkRequest request(m_url);
    request.setTransferTimeout(TimeoutMs);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, databasePath] {
        reply->deleteLater();
        m_running = false;
        RatesImportReport report;
        if (reply->error() != QNetworkReply::NoError) {
            report.error = tr("Could not download the ECB rates from %1: %2. Check the internet connection, or "
                              "import a rates file you downloaded.")
                               .arg(m_url.host(), reply->errorString());
            Q_EMIT finished(report);
            return;
        }
        report = ExchangeRateImporter::importBytes(databasePath, reply->readAll(), m_url.fileName(),
                                                   QStringLiteral("ecb-download"));
        Q_EMIT finished(report);
    });
}
