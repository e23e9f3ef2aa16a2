#include "carrierrepository.h"
#include "carriersview.h"
#include "countrycombobox.h"
#include "orderdetailpanel.h"
#include "orderdocuments.h"
#include "orderimporter.h"
#include "orderrepository.h"
#include "ordersamples.h"
#include "ordersview.h"
#include "packagerows.h"
#include "printabledocument.h"
#include "printsettings.h"
#include "quotetablemodel.h"
#include "ratecardwidget.h"
#include "rateshopdialog.h"
#include "rateshopping.h"
#include "servicetablemodel.h"
#include "shipmentbooking.h"
#include "shipmentspanel.h"
#include "shipmentrepository.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using OrderSamples::orderRow;

class TestShippingViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 importOrder(TestDatabase &t, const OrderSamples::Row &row)
    {
        const auto report = OrderImporter::importBytes(t.db(), OrderSamples::ordersCsv({row}), u"x.csv"_s, {});
        if (!report.written)
            qFatal("order import failed");
        return OrderRepository(t.db()).resolve(row.value(u"number"_s), nullptr).value();
    }

    // Screenshots for a person to look at, when BORDERDESK_SCREENSHOTS names a folder.
    static void shoot(QWidget &widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("BORDERDESK_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        widget.show(); // laid out as on screen: deferred header sizes settle first
        QTest::qWait(100);
        widget.grab().save(folder + u'/' + name);
    }

private Q_SLOTS:
    void modelsPassTheTester()
    {
        TestDatabase t;
        const CarrierRepository repo(t.db());
        ServiceTableModel services;
        QAbstractItemModelTester serviceTester(&services, QAbstractItemModelTester::FailureReportingMode::QtTest);
        services.setServices(repo.services(), repo.carriers());
        QCOMPARE(services.rowCount(), 6);
        QCOMPARE(services.index(0, ServiceTableModel::Active).data(ServiceTableModel::RawValueRole).toBool(), true);
        services.retranslate();

        QuoteTableModel quotes;
        QAbstractItemModelTester quoteTester(&quotes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto result = RateShopping(t.db()).quote(u"DE"_s, {Parcel{1200, 400, 300, 200}});
        quotes.setQuotes(result.quotes, {});
        QCOMPARE(quotes.rowCount(), int(result.quotes.size()));
        QVERIFY(quotes.defaultRow() >= 0);
        quotes.setQuotes({}, {});
        QCOMPARE(quotes.rowCount(), 0);
    }

    void carriersViewListsImportsAndSwitches()
    {
        TestDatabase t(600);
        CarriersView view;
        view.setDatabase(t.db(), t.path());
        QCOMPARE(view.model()->rowCount(), 6);
        const CarrierRepository repo(t.db());

        // A good file: DHL's first price changes, and the grid shows it.
        ShippingService dhl = repo.service(u"DHL-EXP-WW"_s).value();
        dhl.zones.front().brackets.front().priceMinor = 123400;
        const QString good = t.writeFile(u"good.csv"_s, RateCardCsv::write({dhl}));
        QVERIFY(view.importRateCards(good));
        view.selectService(u"DHL-EXP-WW"_s);
        QTableWidget *grid = view.rateCard()->grid();
        QCOMPARE(grid->item(0, 0)->text(), Money(123400, u"THB"_s).format(QLocale()));
        QCOMPARE(grid->columnCount(), int(dhl.zones.size()));
        QCOMPARE(view.rateCard()->zones()->rowCount(), int(dhl.zones.size()));

        // A bad file: every issue shown with file and line, nothing changed.
        const QList<ShippingService> before = repo.services();
        QByteArray bad = RateCardCsv::write({dhl});
        bad.replace(",THB,", ",XYZ1,");
        bad.replace(",1234.00,", ",lots,");
        const QString badPath = t.writeFile(u"bad.csv"_s, bad);
        QVERIFY(!view.importRateCards(badPath));
        auto *box = view.findChild<QMessageBox *>(u"carriersError"_s);
        QVERIFY(box);
        QVERIFY2(box->detailedText().contains(u"bad.csv:2: "_s), qPrintable(box->detailedText()));
        QVERIFY(box->detailedText().count(u'\n') >= 1); // more than one problem, each on its line
        QCOMPARE(repo.services(), before);
        delete box;

        // Switched off: still listed, no longer offered.
        QVERIFY(view.setServiceActive(u"DHL-EXP-WW"_s, false));
        QCOMPARE(view.model()->rowCount(), 6);
        const int row = view.model()->rowOfCode(u"DHL-EXP-WW"_s);
        QCOMPARE(view.model()->index(row, ServiceTableModel::Active).data(ServiceTableModel::RawValueRole), false);
        const auto quotes = RateShopping(t.db()).quote(u"DE"_s, {Parcel{1000, 0, 0, 0}}).quotes;
        QVERIFY(std::none_of(quotes.cbegin(), quotes.cend(),
                             [](const RateQuote &q) { return q.serviceCode == u"DHL-EXP-WW"_s; }));
        QVERIFY(view.setServiceActive(u"DHL-EXP-WW"_s, true));

        // The rule is stored where rate shopping reads it.
        view.findChild<QSpinBox *>(u"ruleMaxDays"_s)->setValue(5);
        view.findChild<QSpinBox *>(u"rulePackagingWeight"_s)->setValue(250);
        QVERIFY(view.saveRule());
        QCOMPARE(RateShopping(t.db()).maxTransitDays(), 5);
        QCOMPARE(RateShopping(t.db()).packagingWeightG(), 250);

        RateShopDialog *adHoc = view.openRateShop();
        QVERIFY(adHoc && adHoc->model()->rowCount() > 0);
        adHoc->close();

        view.resize(1280, 800);
        view.selectService(u"DHL-EXP-WW"_s);
        shoot(view, u"carriersview.png"_s);
    }

    void rateShopAdHoc()
    {
        TestDatabase t(600);
        RateShopDialog dialog(t.db(), 0);
        dialog.countryCombo()->setCurrentCode(u"DE"_s);
        dialog.weightEdit()->setText(u"1.2 kg"_s);
        QTest::keyClicks(dialog.dimensionsEdit(), u"40x30x20"_s);
        QuoteTableModel *model = dialog.model();
        QVERIFY(model->rowCount() >= 2);
        qint64 last = -1;
        bool dimensional = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const RateQuote q = model->quoteAt(row);
            if (!q.available)
                continue;
            const qint64 price = model->index(row, QuoteTableModel::PriceBase)
                                     .data(QuoteTableModel::RawValueRole).toLongLong();
            QVERIFY2(price >= last, "quotes sorted by price");
            last = price;
            dimensional = dimensional
                          || model->index(row, QuoteTableModel::Billable).data().toString().contains(u"dimensional"_s);
        }
        QVERIFY(dimensional);
        const int def = model->defaultRow();
        QVERIFY(def >= 0);
        QVERIFY(model->index(def, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(dialog.selectedServiceCode(), model->quoteAt(def).serviceCode);
        QVERIFY(!dialog.createButton()->isVisible());

        dialog.resize(1280, 800);
        shoot(dialog, u"rateshopdialog-adhoc.png"_s);
    }

    void rateShopBooksAnOrder()
    {
        TestDatabase t(600);
        const qint64 id = importOrder(t, orderRow(1));
        RateShopDialog dialog(t.db(), id);
        QCOMPARE(dialog.packages()->count(), 1);
        QVERIFY(!dialog.packages()->weightEdit(0)->text().isEmpty()); // from the products' weights
        QVERIFY(dialog.model()->rowCount() > 0);

        // A UPS number with a wrong check digit on a UPS service: shown as an error, Create refused.
        QVERIFY(dialog.selectService(u"UPS-WW-SAVER"_s));
        QTest::keyClicks(dialog.packages()->trackingEdit(0), u"1Z999AA10123456785"_s);
        QLabel *check = dialog.packages()->checkLabel(0);
        QVERIFY2(check->text().startsWith(u"✗"_s), qPrintable(check->text()));
        QVERIFY(!dialog.createButton()->isEnabled());
        QVERIFY(!dialog.createShipment());
        QVERIFY(ShipmentRepository(t.db()).forOrder(id).isEmpty());

        // A DHL number with a wrong check digit only warns; the shipment is stored.
        QVERIFY(dialog.selectService(u"DHL-EXP-WW"_s));
        dialog.packages()->trackingEdit(0)->setText(u"3318810026"_s);
        QVERIFY2(check->text().startsWith(u"⚠"_s), qPrintable(check->text()));
        QVERIFY(check->text().contains(u"check digit"_s));
        QVERIFY(dialog.createButton()->isEnabled());
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        const QList<Shipment> stored = ShipmentRepository(t.db()).forOrder(id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.front().serviceCode, u"DHL-EXP-WW"_s);
        QCOMPARE(stored.front().packages.front().trackingNumber, u"3318810026"_s);
        QVERIFY(dialog.messageLabel()->text().contains(u"check digit"_s));
        QVERIFY(!dialog.createButton()->isEnabled()); // booked once

        // Two packages: each gets its own weight.
        RateShopDialog two(t.db(), importOrder(t, orderRow(5)));
        two.packageCount()->setValue(2);
        QCOMPARE(two.packages()->count(), 2);
        QVERIFY(!two.createButton()->isEnabled()); // the second package has no weight yet
        two.packages()->weightEdit(1)->setText(u"800 g"_s);
        QVERIFY(two.createButton()->isEnabled());
        two.resize(1280, 800);
        shoot(two, u"rateshopdialog-order.png"_s);
    }

    void shipmentsPanelShowsShipmentsAndRefusals()
    {
        TestDatabase t(600);
        QSettings store(m_dir.filePath(u"printing.ini"_s), QSettings::IniFormat);
        PrintSettings printSettings(store);
        const qint64 id = importOrder(t, orderRow(1));
        QString error;
        QVERIFY2(ShipmentBooking(t.db()).create(id, {u"DHL-EXP-WW"_s, {}, {u"3318810026"_s}}, nullptr, &error),
                 qPrintable(error));
        ShipmentsPanel panel;
        panel.setDatabase(t.db());
        panel.setPrintSettings(&printSettings);
        panel.showOrder(id);
        QCOMPARE(panel.tree()->topLevelItemCount(), 1);
        QCOMPARE(panel.tree()->topLevelItem(0)->childCount(), 1);
        const QString link = CarrierRepository(t.db()).carrier(u"dhl"_s)->trackingLink(u"3318810026"_s);
        auto *linkLabel = panel.findChild<QLabel *>(u"trackingLink%1_1"_s.arg(panel.shipments().front().id));
        QVERIFY(linkLabel);
        QVERIFY2(linkLabel->text().contains(link.toHtmlEscaped()), qPrintable(linkLabel->text()));
        QVERIFY(linkLabel->openExternalLinks());
        QVERIFY(panel.printButton(OrderDocuments::Kind::Label)->isEnabled());
        QVERIFY(panel.previewButton(OrderDocuments::Kind::Customs)->isEnabled());
        QVERIFY(panel.shippedButton()->isEnabled());
        // The carrier's number typed or scanned later: a UPS number on a DHL shipment is refused and shown; the
        // right one replaces the check-digit warning.
        QVERIFY(panel.trackingButton()->isEnabled());
        panel.tree()->setCurrentItem(panel.tree()->topLevelItem(0)->child(0));
        QVERIFY(!panel.setTrackingNumber(u"1Z999AA10123456784"_s));
        auto *message = panel.findChild<QLabel *>(u"shipmentMessage"_s);
        QVERIFY2(message->text().contains(u"UPS"_s), qPrintable(message->text()));
        QVERIFY(panel.setTrackingNumber(u"3318810025"_s));
        QCOMPARE(ShipmentRepository(t.db()).forOrder(id).front().packages.front().trackingNumber, u"3318810025"_s);
        QVERIFY(ShipmentRepository(t.db()).forOrder(id).front().packages.front().trackingValid);
        // The tree was filled again: the newest link label is the one on screen.
        QVERIFY(panel.findChildren<QLabel *>(u"trackingLink%1_1"_s.arg(panel.shipments().front().id))
                    .constLast()
                    ->text()
                    .contains(u"3318810025"_s));
        QVERIFY(panel.markShipped());
        QCOMPARE(OrderRepository(t.db()).load(id)->status, OrderStatus::Shipped);
        QVERIFY(panel.printButton(OrderDocuments::Kind::Label)->isEnabled()); // a shipped order may be reprinted
        QVERIFY(!panel.shippedButton()->isEnabled());

        // Tea to the US is restricted: the reason is shown, and nothing can be printed.
        const qint64 tea = importOrder(t, orderRow(4, {{u"line_sku"_s, u"TEA-01004"_s}}));
        panel.showOrder(tea);
        auto *refusal = panel.findChild<QLabel *>(u"shipmentRefusals"_s);
        QVERIFY(refusal->isVisibleTo(&panel));
        QVERIFY2(refusal->text().contains(u"TEA-01004"_s), qPrintable(refusal->text()));
        for (OrderDocuments::Kind kind :
             {OrderDocuments::Kind::Label, OrderDocuments::Kind::Customs, OrderDocuments::Kind::PackingSlip}) {
            QVERIFY(!panel.printButton(kind)->isEnabled());
            QVERIFY(!panel.previewButton(kind)->isEnabled());
        }
        QVERIFY(!panel.shippedButton()->isEnabled());
    }

    void batchPrintMakesDocumentsInAWorkerThread()
    {
        TestDatabase t(600);
        const qint64 id = importOrder(t, orderRow(1));
        const qint64 tea = importOrder(t, orderRow(2, {{u"line_sku"_s, u"TEA-01004"_s}}));
        QString error;
        QVERIFY(ShipmentBooking(t.db()).create(id, {u"DHL-EXP-WW"_s, {}, {}}, nullptr, &error));
        QStringList refused;
        const QList<BatchPrintJob::Item> items = OrderDocuments::batchItems(t.db(), {id, tea}, &refused);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.front().orderNumber, u"#1001"_s);
        QCOMPARE(items.front().firstSku, u"APP-01000"_s);
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.front().startsWith(u"#1002: "_s));
        const auto factory = OrderDocuments::batchFactory(t.path());
        const auto documents = QtConcurrent::run([factory, item = items.front()] { return factory(item); }).result();
        QCOMPARE(documents.size(), 3);
        QCOMPARE(documents.at(0)->type(), DocumentType::ShippingLabel);
        QCOMPARE(documents.at(1)->type(), DocumentType::CommercialInvoice);
        QCOMPARE(documents.at(2)->type(), DocumentType::PackingSlip);
    }

    void ordersViewHasShipmentsTabAndActions()
    {
        TestDatabase t(600);
        QSettings store(m_dir.filePath(u"printing2.ini"_s), QSettings::IniFormat);
        PrintSettings printSettings(store);
        importOrder(t, orderRow(1));
        OrdersView view;
        view.setPrintSettings(&printSettings);
        view.setDatabase(t.db(), t.path());
        view.table()->selectRow(0);
        OrderDetailPanel *detail = view.detail();
        QCOMPARE(detail->tabText(detail->count() - 1), u"Shipments"_s);
        QCOMPARE(detail->shipments()->orderId(), view.selectedOrderIds().front());
        auto *rateShop = view.findChild<QAction *>(u"rateShopAction"_s);
        auto *print = view.findChild<QAction *>(u"printDocumentsAction"_s);
        QVERIFY(rateShop && rateShop->isEnabled());
        QVERIFY(print && print->isEnabled());
        RateShopDialog *dialog = view.rateShopCurrent();
        QVERIFY(dialog);
        QVERIFY(dialog->createShipment());
        QTRY_COMPARE(detail->shipments()->shipments().size(), 1);
        dialog->close();
        detail->setCurrentIndex(detail->count() - 1);
        view.resize(1280, 800);
        shoot(view, u"ordersview-shipments.png"_s);
    }
};

QTEST_MAIN(TestShippingViews)
#include "tst_shippingviews.moc"
