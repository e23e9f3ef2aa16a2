#include "currencycombobox.h"
#include "exchangerateimporter.h"
#include "exchangeraterepository.h"
#include "fitcheck.h"
#include "languagemanager.h"
#include "rateeditdialog.h"
#include "ratesdownloader.h"
#include "ratestablemodel.h"
#include "ratesview.h"
#include "testdatabase.h"
#include "writetransaction.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;

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
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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
        QVERIFY2(result.contains(QStringLiteral("(1 EUR = 37.852 THB = 161.23 JPY)")), qPrintable(result));
        amount->setText(QStringLiteral("12.345"));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("convertResult"))->text().contains(QStringLiteral("decimals")));

        // In German the rates read "161,23", in the table, the converter's line and the chart's axis.
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(&view, &change);
        amount->setText(QStringLiteral("1290"));
        const int jpy = view.model()->rowOfCurrency(QStringLiteral("JPY"));
        const QModelIndex perEuro = view.model()->index(jpy, RatesTableModel::PerEuro);
        QCOMPARE(perEuro.data(RatesTableModel::RawValueRole).toString(), QStringLiteral("161.23"));
        QCOMPARE(perEuro.data().toString(), QStringLiteral("161,23"));
        const QString german = view.findChild<QLabel *>(QStringLiteral("convertResult"))->text();
        QVERIFY2(german.contains(QStringLiteral("(1 EUR = 37,852 THB = 161,23 JPY)")), qPrintable(german));
        QVERIFY(view.chart()->localizeNumbers());
        QCOMPARE(view.chart()->locale(), QLocale());
        // Arabic: Arabic-Indic digits throughout.
        QLocale::setDefault(QLocale(QStringLiteral("ar_EG")));
        QApplication::sendEvent(&view, &change);
        QCOMPARE(perEuro.data().toString(), QStringLiteral("\u0661\u0666\u0661\u066B\u0662\u0663"));
        QCOMPARE(view.chart()->locale(), QLocale());
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    }

    // Right to left (Arabic), opened before it is ever shown: the dollar is selected and its history drawn, as in
    // every other language (QTableView::selectRow() selected nothing there, and the chart stayed empty).
    void rightToLeftSelectsTheDollarAndDrawsItsHistory()
    {
        TestDatabase t;
        QVERIFY(ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_history.xml"))).written);
        QApplication::setLayoutDirection(Qt::RightToLeft);
        const auto leftToRight = qScopeGuard([] { QApplication::setLayoutDirection(Qt::LeftToRight); });
        RatesView view;
        view.setDatabase(t.db(), t.path(), QStringLiteral("THB"));
        auto *table = view.findChild<QTableView *>(QStringLiteral("ratesTable"));
        const int usd = view.model()->rowOfCurrency(QStringLiteral("USD"));
        QVERIFY(view.isRightToLeft());
        QCOMPARE(table->currentIndex().row(), usd);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view.chart()->title(), QStringLiteral("USD per 1 EUR"));
        auto *series = qobject_cast<QLineSeries *>(view.chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 3);
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

    // The dates under the history chart show whole, the first and the last inside the chart, where dates are long
    // ("2025/10/1" in Chinese, "2025/10/01" in Japanese), at the widths the splitter gives the chart.
    void historyChartShowsWholeDates()
    {
        TestDatabase t;
        QList<ExchangeRate> history;
        int step = 0;
        for (QDate day(2025, 10, 1); day <= QDate(2026, 11, 27); day = day.addDays(14), ++step)
            history.append({u"USD"_s, day, *ExactDecimal::parse(u"1.0%1"_s.arg(320 + (step * 37) % 400))});
        {
            WriteTransaction transaction(t.db());
            QString error;
            QVERIFY2(ExchangeRateRepository(t.db()).save(history, u"test"_s, &error) && transaction.commit(&error),
                     qPrintable(error));
        }
        for (const QString &code : {u"zh_CN"_s, u"ja"_s, u"en_US"_s}) {
            QLocale::setDefault(QLocale(code));
            RatesView view;
            view.setDatabase(t.db(), t.path(), u"THB"_s);
            view.resize(1000, 600);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QCOMPARE(view.chart()->title(), u"USD per 1 EUR"_s);
            auto *splitter = view.findChild<QSplitter *>();
            auto *chartView = view.findChild<QChartView *>();
            for (int chartWidth : {600, 420, 320}) {
                splitter->setSizes({1000 - chartWidth, chartWidth});
                QTest::qWait(20); // the chart lays itself out again on posted events
                // BORDERDESK_GRAB_DIR=/tmp keeps pictures of the chart to look at.
                if (const QString dir = qEnvironmentVariable("BORDERDESK_GRAB_DIR"); !dir.isEmpty())
                    chartView->grab().save(u"%1/rateschart-%2-%3.png"_s.arg(dir, code).arg(chartWidth));
                QStringList dates;
                for (QGraphicsItem *item : chartView->scene()->items()) {
                    const auto *label = dynamic_cast<const QGraphicsTextItem *>(item);
                    if (!label || !label->isVisible())
                        continue;
                    const QString text = label->toPlainText();
                    if (!text.contains(u'/') && !text.endsWith(u"...") && !text.endsWith(u'…'))
                        continue; // the title and the rates
                    dates.append(text);
                    const QRectF drawn = chartView->mapFromScene(label->sceneBoundingRect()).boundingRect();
                    QVERIFY2(drawn.left() >= 0 && drawn.right() <= chartView->viewport()->width(),
                             qPrintable(u"%1 at %2: \"%3\" from %4 to %5"_s.arg(code).arg(chartWidth).arg(text)
                                            .arg(drawn.left()).arg(drawn.right())));
                }
                QVERIFY2(dates.size() >= 2, qPrintable(u"%1 at %2: %3"_s.arg(code).arg(chartWidth).arg(dates.join(u", "))));
                for (const QString &date : std::as_const(dates)) {
                    QVERIFY2(!date.endsWith(u"...") && !date.endsWith(u'…'),
                             qPrintable(u"%1 at %2: %3"_s.arg(code).arg(chartWidth).arg(dates.join(u", "))));
                }
            }
        }
        QLocale::setDefault(QLocale(u"en_US"_s));
    }

    // The converter's date and the exchange-rate dialog fit the language's dates ("2026/11/27") and currency names
    // ("THB – Thailändischer Baht"), also after a switch.
    void converterAndRateDialogFitEveryLanguage()
    {
        TestDatabase t;
        QVERIFY(ExchangeRateImporter::importFile(t.path(), testDataPath(u"ecb_history.xml"_s)).written);
        LanguageManager languages;
        QVERIFY(languages.switchTo(u"en"_s, false));
        RatesView view;
        view.setDatabase(t.db(), t.path(), u"THB"_s);
        view.resize(1130, 760);
        view.show();
        RateEditDialog dialog;
        dialog.setRate(ExchangeRate{u"THB"_s, QDate(2026, 11, 27), *ExactDecimal::parse(u"37.852")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *currency = dialog.findChild<CurrencyComboBox *>();
        QVERIFY(currency);
        for (const QString &code : {u"ja"_s, u"zh_CN"_s, u"de"_s, u"fr"_s, u"ar"_s, u"en"_s}) {
            QVERIFY(languages.switchTo(code, false));
            QTest::qWait(20); // QApplication posts LanguageChange to every window, then layouts follow
            QCOMPARE(view.findChild<QDateEdit *>(u"convertDate"_s)->displayFormat(), QLocale().dateFormat(QLocale::ShortFormat));
            const auto problems = [&] {
                QStringList found = FitCheck::problems(&view) + FitCheck::problems(&dialog);
                if (FitCheck::comboTextRoom(currency) < currency->fontMetrics().horizontalAdvance(currency->currentText()))
                    found.append(currency->currentText());
                return found;
            };
            // Layouts catch up with the new texts on later events.
            QTRY_VERIFY2(problems().isEmpty(), qPrintable(code + u": " + problems().join(u'\n')));
        }
        QCOMPARE(currency->currentText(), u"THB – Thai Baht"_s);
    }
};

QTEST_MAIN(TestRatesView)
#include "tst_ratesview.moc"
