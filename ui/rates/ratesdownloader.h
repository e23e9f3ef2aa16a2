#pragma once

#include "exchangerateimporter.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

// "Update rates": downloads the ECB's daily reference-rate file and imports it. Offline or refused, it says so
// plainly and changes nothing.
class RatesDownloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatesDownloader)

public:
    explicit RatesDownloader(QObject *parent = nullptr);

    static QUrl defaultUrl();
    void setUrl(const QUrl &url) { m_url = url; }
    QUrl url() const { return m_url; }
    // Starts the download into the database at databasePath; finished() reports.
    void start(const QString &databasePath);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // report.error says what went wrong (network or file); report.written says rates were stored.
    void finished(const RatesImportReport &report);

private:
    QNetworkAccessManager m_network;
    QUrl m_url;
    bool m_running = false;
};
