#include "currencycombobox.h"
#include "exchangerateimporter.h"
#include "exchangeraterepository.h"
#include "ratesdownloader.h"
#include "ratestablemodel.h"
#include "ratesview.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

// A one-file web server on 127.0.0.1 standing in for the ECB.
class LocalEcbServer : public QObject
{
public:
    explicit LocalEcbServer(QByteArray body)
        : m_body(std::move(body))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\nContent-Length: "
                              + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                socket->disconnectFromHost();
            });
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/stats/eurofxref/eurofxref-daily.xml").arg(m_server.serverPort()));
    }

private:
    QTcpServer m_server;
    QByteArray m_body;
};

QByteArray readData(const QString &name)
{
    QFile file(testDataPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRatesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsRatesHistoryAndConverts()
    {
        TestDatabase t;
        QVERIFY(ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_history.xml"))).written);
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        RatesView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setDatabase(t.db(), t.path(), QStringLiteral("THB"));
        view.show();
        QCOMPARE(view.model()->rowCount(), 30);

        auto *table = view.findChild<QTableView *>(QStringLiteral("ratesTable"));
        table->selectRow(view.model()->rowOfCurrency(QStringLiteral("JPY")));
        QCOMPARE(view.chart()->title(), QStringLiteral("JPY per 1 EUR"));
        auto *series = qobject_cast<QLineSeries *>(view.chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 3);

        view.findChild<CurrencyComboBox *>(QStringLiteral("convertTo"))->setCurrentCode(QStringLiteral("JPY"));
        view.findChild<QDateEdit *>(QStringLiteral("convertDate"))->setDate(QDate(2026, 11, 27));
        auto *amount = view.findChild<QLineEdit *>(QStringLiteral("convertAmount"));
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("1290"));
        const QString result = view.findChild<QLabel *>(QStringLiteral("convertResult"))->text();
        QVERIFY2(result.contains(QStringLiteral("5,495")) && result.contains(QStringLiteral("November 27, 2026")),
                 qPrintable(result));
        amount->setText(QStringLiteral("12.345"));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("convertResult"))->text().contains(QStringLiteral("decimals")));
    }

    void updateRatesFromALocalServer()
    {
        TestDatabase t;
        LocalEcbServer server(readData(QStringLiteral("ecb_daily.xml")));
        RatesView view;
        view.setDatabase(t.db(), t.path(), QStringLiteral("THB"));
        view.downloader()->setUrl(server.url());
        QSignalSpy done(view.downloader(), &RatesDownloader::finished);
        view.updateFromEcb();
        QVERIFY(done.wait(10000));
        const auto report = done.first().first().value<RatesImportReport>();
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(view.model()->rowCount(), 30);
        QCOMPARE(ExchangeRateRepository(t.db()).latest().front().date, QDate(2026, 11, 27));
    }

    void updateRatesOfflineSaysSoAndChangesNothing()
    {
        TestDatabase t;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        RatesDownloader downloader;
        downloader.setUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/eurofxref-daily.xml").arg(port)));
        QSignalSpy done(&downloader, &RatesDownloader::finished);
        downloader.start(t.path());
        QVERIFY(done.wait(10000));
        const auto report = done.first().first().value<RatesImportReport>();
        QVERIFY(!report.written);
        QVERIFY2(report.error.startsWith(QStringLiteral("Could not download the ECB rates")), qPrintable(report.error));
        QVERIFY(ExchangeRateRepository(t.db()).latest().isEmpty());
    }

    void aServerThatSendsSomethingElseIsRefused()
    {
        TestDatabase t;
        LocalEcbServer server("<html><body>Maintenance</body></html>");
        RatesDownloader downloader;
        downloader.setUrl(server.url());
        QSignalSpy done(&downloader, &RatesDownloader::finished);
        downloader.start(t.path());
        QVERIFY(done.wait(10000));
        const auto report = done.first().first().value<RatesImportReport>();
        QVERIFY(report.hasErrors());
        QVERIFY(ExchangeRateRepository(t.db()).latest().isEmpty());
    }
};

QTEST_MAIN(TestRatesView)
#include "tst_ratesview.moc"
