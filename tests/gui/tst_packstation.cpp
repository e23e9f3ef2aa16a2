#include "orderimporter.h"
#include "orderrepository.h"
#include "ordersamples.h"
#include "packstationwindow.h"
#include "pdfexport.h"
#include "printsettings.h"
#include "shipmentrepository.h"
#include "shipmentbooking.h"
#include "shippinglabel.h"
#include "testdatabase.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

using OrderSamples::orderRow;

// What the injected print function was given.
struct PrintLog
{
    int calls = 0;
    int failuresToCome = 0;
    QList<QList<DocumentType>> types;
    QString labelOrder;
    QString labelTracking;
    QByteArray labelPdf;
};

// Stands in for a language of long words (German): our strings get a long compound word in front.
class LongWordsTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArrayView(context) != "PackStationWindow")
            return {};
        return u"Versandetikettendruckerwarteschlange "_s + QString::fromUtf8(sourceText);
    }
};

struct DemoItem
{
    QString sku;
    QString barcode;
};

} // namespace

class TestPackStation : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<PrintSettings> m_printSettings;
    std::unique_ptr<PackStationWindow> m_window;
    std::shared_ptr<PrintLog> m_log;
    DemoItem m_second;
    DemoItem m_third;

    QLineEdit *input() const { return m_window->input(); }
    QTableWidget *table() const { return m_window->findChild<QTableWidget *>(u"packLines"_s); }
    QString cell(int row, int column) const { return table()->item(row, column) ? table()->item(row, column)->text() : QString(); }
    qint64 idOf(const QString &number) const { return OrderRepository(m_db->db()).findByNumber(number).value(0); }
    OrderStatus statusOf(const QString &number) const
    {
        return OrderRepository(m_db->db()).load(idOf(number)).value_or(Order()).status;
    }
    PackSession::State state() const { return m_window->session()->state(); }

    void scan(const QString &text)
    {
        QTest::keyClicks(input(), text);
        QTest::keyClick(input(), Qt::Key_Return);
    }

    void grab(const QString &name)
    {
        // BORDERDESK_GRAB_DIR=/tmp/packstation keeps pictures of the station to look at.
        const QString dir = qEnvironmentVariable("BORDERDESK_GRAB_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(50);
        m_window->grab().save(dir + u'/' + name + u".png"_s);
    }

    static DemoItem productAt(const QSqlDatabase &db, int offset)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT sku, barcode FROM products WHERE barcode <> '' ORDER BY id LIMIT 1 OFFSET ?"_s);
        q.addBindValue(offset);
        if (!q.exec() || !q.next())
            qFatal("no demo product");
        return {q.value(0).toString(), q.value(1).toString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(u"en_US"_s));
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(600);
        m_second = productAt(m_db->db(), 1);
        m_third = productAt(m_db->db(), 2);
        // #1001: 2 × APP-01000 and 1 × the second product, to the US; #1002 one T-shirt; #1003 restricted tea to
        // the US; #1004 on hold.
        const QList<OrderSamples::Row> rows{
            orderRow(1, {{u"line_quantity"_s, u"2"_s}}),
            orderRow(1, {{u"line_sku"_s, m_second.sku}, {u"line_name"_s, u"Second thing"_s}}),
            orderRow(2),
            orderRow(3, {{u"line_sku"_s, u"TEA-01004"_s}, {u"line_name"_s, u"Jasmine tea"_s}}),
            orderRow(4, {{u"status"_s, u"on_hold"_s}})};
        const OrderImportReport report =
            OrderImporter::importBytes(m_db->db(), OrderSamples::ordersCsv(rows), u"x.csv"_s, {});
        QVERIFY2(report.written, qPrintable(report.error));

        m_store = std::make_unique<QSettings>(m_db->filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_printSettings = std::make_unique<PrintSettings>(*m_store);
        m_log = std::make_shared<PrintLog>();
        auto print = [log = m_log](const QList<const PrintableDocument *> &documents) {
            ++log->calls;
            if (log->failuresToCome > 0) {
                --log->failuresToCome;
                return PrintResult::failed(u"the label printer is out of paper"_s);
            }
            QList<DocumentType> types;
            for (const PrintableDocument *document : documents) {
                types.append(document->type());
                if (const auto *label = dynamic_cast<const ShippingLabel *>(document)) {
                    log->labelOrder = label->document().orderNumber;
                    log->labelTracking = label->document().packages.value(0).trackingNumber;
                    log->labelPdf = PdfExport::toPdf({label}, 203);
                }
            }
            log->types.append(types);
            return PrintResult{PrintResult::Status::Printed, {}, int(documents.size())};
        };
        m_window = std::make_unique<PackStationWindow>(m_db->db(), *m_printSettings, print);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QTRY_VERIFY(input()->hasFocus());
    }

    void cleanup()
    {
        m_window.reset();
        m_printSettings.reset();
        m_store.reset();
        m_db.reset();
    }

    void itemsTickByGtinAndBySku()
    {
        QCOMPARE(state(), PackSession::State::WaitingForOrder);
        scan(u"#1001"_s);
        QCOMPARE(state(), PackSession::State::Scanning);
        QCOMPARE(table()->rowCount(), 2);
        QCOMPARE(cell(0, 0), u"APP-01000"_s);
        QCOMPARE(cell(0, 3), u"2"_s);
        QCOMPARE(cell(0, 4), u"0"_s);
        QVERIFY(input()->text().isEmpty());

        scan(u"8850457000014"_s); // the T-shirt's GTIN
        QCOMPARE(cell(0, 4), u"1"_s);
        QVERIFY(cell(0, 5).isEmpty());
        QCOMPARE(m_window->bannerTone(), PackStationWindow::Tone::Good);
        QVERIFY2(m_window->bannerText().contains(u"APP-01000"_s), qPrintable(m_window->bannerText()));

        scan(u"app-01000"_s); // the SKU typed in lower case
        QCOMPARE(cell(0, 4), u"2"_s);
        QVERIFY(!cell(0, 5).isEmpty());
        QCOMPARE(m_window->bannerTone(), PackStationWindow::Tone::Good);
        QCOMPARE(state(), PackSession::State::Scanning);
        QVERIFY(input()->hasFocus());
        QVERIFY(m_window->findChild<QLabel *>(u"packProgress"_s)->text().contains(u"2 of 3"_s));
        grab(u"scanning"_s);
    }

    void wrongExtraAndUnknownItemsAreRed()
    {
        scan(u"1001"_s); // the number without its #
        QCOMPARE(state(), PackSession::State::Scanning);
        scan(m_third.barcode);
        QCOMPARE(m_window->bannerTone(), PackStationWindow::Tone::Bad);
        QVERIFY2(m_window->bannerText().contains(m_third.sku), qPrintable(m_window->bannerText()));
        QVERIFY(m_window->bannerText().contains(u"not in this order"_s));
        QCOMPARE(cell(0, 4), u"0"_s);
        QCOMPARE(cell(1, 4), u"0"_s);
        grab(u"wrong-item"_s);

        scan(m_second.barcode);
        QCOMPARE(cell(1, 4), u"1"_s);
        scan(m_second.sku);
        QCOMPARE(m_window->bannerTone(), PackStationWindow::Tone::Bad);
        QVERIFY2(m_window->bannerText().contains(u"all 1 of %1"_s.arg(m_second.sku)), qPrintable(m_window->bannerText()));
        QCOMPARE(cell(1, 4), u"1"_s);

        scan(u"4006381333931"_s); // a valid GTIN the shop does not sell
        QCOMPARE(m_window->bannerTone(), PackStationWindow::Tone::Bad);
        QVERIFY(m_window->bannerText().contains(u"4006381333931"_s));
        QCOMPARE(state(), PackSession::State::Scanning);
    }

    void completeOrderPrintsAndPacks()
    {
        scan(u"#1001"_s);
        scan(u"8850457000014"_s);
        scan(m_second.barcode);
        // The carrier's tracking sticker (a UPU S10 number for Thailand Post) goes on the label as its barcode.
        scan(u"EE 123 456 785 TH"_s);
        QCOMPARE(m_window->bannerTone(), PackStationWindow::Tone::Good);
        QCOMPARE(m_window->session()->trackingNumber(), u"EE123456785TH"_s);
        QVERIFY(m_window->findChild<QLabel *>(u"packProgress"_s)->text().contains(u"EE123456785TH"_s));
        QCOMPARE(m_log->calls, 0);
        scan(u"APP-01000"_s);
        QCOMPARE(m_log->calls, 1);
        const QList<DocumentType> types = m_log->types.value(0);
        QCOMPARE(types.size(), 3);
        QCOMPARE(types.at(0), DocumentType::ShippingLabel);
        QVERIFY(types.at(1) == DocumentType::CustomsForm || types.at(1) == DocumentType::CommercialInvoice);
        QCOMPARE(types.at(2), DocumentType::PackingSlip);
        QCOMPARE(m_log->labelOrder, u"#1001"_s);
        QCOMPARE(m_log->labelTracking, u"EE123456785TH"_s);
        QVERIFY(m_log->labelPdf.startsWith("%PDF"));
        QVERIFY(m_log->labelPdf.size() > 1000);

        QCOMPARE(statusOf(u"#1001"_s), OrderStatus::Packed);
        const QList<Shipment> shipments = ShipmentRepository(m_db->db()).forOrder(idOf(u"#1001"_s));
        QCOMPARE(shipments.size(), 1);
        QCOMPARE(shipments.front().status, u"label_printed"_s);
        QCOMPARE(shipments.front().packages.value(0).trackingNumber, u"EE123456785TH"_s);
        QCOMPARE(state(), PackSession::State::Done);
        QCOMPARE(m_window->bannerTone(), PackStationWindow::Tone::Good);
        QVERIFY2(m_window->bannerText().contains(u"#1001 is packed"_s), qPrintable(m_window->bannerText()));
        QVERIFY(input()->text().isEmpty());
        QVERIFY(input()->hasFocus());

        // F5 prints the packed order again without booking again; the next order opens at once.
        QTest::keyClick(input(), Qt::Key_F5);
        QCOMPARE(m_log->calls, 2);
        QCOMPARE(ShipmentRepository(m_db->db()).forOrder(idOf(u"#1001"_s)).size(), 1);
        scan(u"#1002"_s);
        QCOMPARE(state(), PackSession::State::Scanning);
        QCOMPARE(table()->rowCount(), 1);
    }

    void ordersThatMustNotShipAreRefused()
    {
        scan(u"#1003"_s);
        QCOMPARE(state(), PackSession::State::Refused);
        QCOMPARE(m_window->bannerTone(), PackStationWindow::Tone::Warning);
        const QStringList reasons = ShipmentBooking(m_db->db()).refusals(idOf(u"#1003"_s));
        QVERIFY(!reasons.isEmpty());
        for (const QString &reason : reasons)
            QVERIFY2(m_window->bannerText().contains(reason), qPrintable(m_window->bannerText()));
        grab(u"refused"_s);
        scan(u"TEA-01004"_s); // items do not count on a refused order: it is taken as an order number
        QCOMPARE(m_window->bannerTone(), PackStationWindow::Tone::Bad);

        scan(u"#1004"_s);
        QCOMPARE(state(), PackSession::State::Refused);
        QVERIFY2(m_window->bannerText().contains(u"on hold"_s), qPrintable(m_window->bannerText()));
        QCOMPARE(m_log->calls, 0);
        QVERIFY(ShipmentRepository(m_db->db()).forOrder(idOf(u"#1003"_s)).isEmpty());
        QVERIFY(ShipmentRepository(m_db->db()).forOrder(idOf(u"#1004"_s)).isEmpty());
        QCOMPARE(statusOf(u"#1004"_s), OrderStatus::OnHold);
    }

    void printFailureIsShownAndF5Retries()
    {
        m_log->failuresToCome = 1;
        scan(u"#1002"_s);
        scan(u"8850457000014"_s);
        QCOMPARE(state(), PackSession::State::PrintFailed);
        QCOMPARE(m_window->bannerTone(), PackStationWindow::Tone::Bad);
        QVERIFY2(m_window->bannerText().contains(u"out of paper"_s), qPrintable(m_window->bannerText()));
        QVERIFY(statusOf(u"#1002"_s) != OrderStatus::Packed);
        grab(u"print-failed"_s);

        scan(u"#1001"_s); // another order is not taken before this one is done
        QCOMPARE(state(), PackSession::State::PrintFailed);
        QCOMPARE(m_window->bannerTone(), PackStationWindow::Tone::Warning);

        QTest::keyClick(input(), Qt::Key_F5);
        QCOMPARE(m_log->calls, 2);
        QCOMPARE(state(), PackSession::State::Done);
        QCOMPARE(statusOf(u"#1002"_s), OrderStatus::Packed);
        QCOMPARE(ShipmentRepository(m_db->db()).forOrder(idOf(u"#1002"_s)).size(), 1);
    }

    void escapeAbandonsTheOrder()
    {
        scan(u"#1001"_s);
        scan(u"8850457000014"_s);
        QTest::keyClick(input(), Qt::Key_Escape);
        QCOMPARE(state(), PackSession::State::WaitingForOrder);
        QCOMPARE(table()->rowCount(), 0);
        QVERIFY(m_window->bannerText().contains(u"#1001 abandoned"_s));
        scan(u"#1001"_s);
        QCOMPARE(cell(0, 4), u"0"_s);

        // Another order while one is open: a warning; Esc abandons this one and opens the other.
        scan(u"#1002"_s);
        QCOMPARE(m_window->bannerTone(), PackStationWindow::Tone::Warning);
        QCOMPARE(m_window->session()->orderNumber(), u"#1001"_s);
        QTest::keyClick(input(), Qt::Key_Escape);
        QCOMPARE(m_window->session()->orderNumber(), u"#1002"_s);
        QCOMPARE(state(), PackSession::State::Scanning);
        QCOMPARE(statusOf(u"#1001"_s), OrderStatus::New);
    }

    void languageChangeRetranslatesAndMirrors()
    {
        scan(u"#1001"_s);
        scan(m_third.barcode);
        auto *hints = m_window->findChild<QLabel *>(u"packHints"_s);
        const QString english = hints->text();
        {
            LongWordsTranslator longWords;
            QCoreApplication::installTranslator(&longWords);
            QCoreApplication::processEvents();
            QVERIFY2(m_window->bannerText().startsWith(u"Versandetikettendruckerwarteschlange"_s),
                     qPrintable(m_window->bannerText()));
            QVERIFY(hints->text().startsWith(u"Versandetikettendruckerwarteschlange"_s));
            QVERIFY(table()->horizontalHeaderItem(0)->text().startsWith(u"Versandetikettendruckerwarteschlange"_s));
            grab(u"wrong-item-long"_s);
            m_window->setLayoutDirection(Qt::RightToLeft);
            grab(u"wrong-item-long-rtl"_s);
            QVERIFY(input()->hasFocus());
            // Long words neither widen the window nor squeeze the item names off the table.
            QVERIFY2(m_window->minimumSizeHint().width() <= 1280, qPrintable(QString::number(m_window->minimumSizeHint().width())));
            QCOMPARE(m_window->width(), 1280);
            QVERIFY(table()->columnWidth(1) > table()->viewport()->width() / 4);
        }
        QCoreApplication::processEvents();
        QCOMPARE(hints->text(), english);
        QCOMPARE(m_window->bannerTone(), PackStationWindow::Tone::Bad);
    }

    void leavingClosesTheWindow()
    {
        QSignalSpy left(m_window.get(), &PackStationWindow::leaveRequested);
        QTest::keyClick(input(), Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(left.size(), 1);
        QVERIFY(!m_window->isVisible());
    }
};

QTEST_MAIN(TestPackStation)
#include "tst_packstation.moc"
