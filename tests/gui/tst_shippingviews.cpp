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
#include "units.h"

#include <QAbstractItemModelTester>
#include <QApplication>
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
#include <QTranslator>
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

    // What the shipping pages show of a service follows the UI language: the fuel surcharge and the rate card's
    // date in the language's digits, decimal sign and date format.
    void serviceFiguresFollowTheLanguage()
    {
        TestDatabase t;
        const CarrierRepository repo(t.db());
        QList<ShippingService> services = repo.services();
        QVERIFY(!services.isEmpty());
        services.front().fuelPercent = u"29.25"_s;
        services.front().asOf = u"2026-11-01"_s;
        ServiceTableModel model;
        model.setServices(services, repo.carriers());
        const QModelIndex fuel = model.index(0, ServiceTableModel::Fuel);
        RateCardWidget card;
        auto *title = card.findChild<QLabel *>(u"rateCardTitle"_s);
        QVERIFY(title);
        const auto switchTo = [&card](const QString &name) {
            QLocale::setDefault(QLocale(name));
            QEvent change(QEvent::LanguageChange);
            QApplication::sendEvent(&card, &change);
        };

        switchTo(u"en_US"_s);
        card.setService(services.front());
        QCOMPARE(fuel.data().toString(), u"29.25 %"_s);
        QVERIFY2(title->text().contains(u"as of 11/1/26. Prices before the 29.25 % fuel"_s), qPrintable(title->text()));

        switchTo(u"de_DE"_s);
        QCOMPARE(fuel.data().toString(), u"29,25 %"_s);
        QVERIFY2(title->text().contains(u"as of 01.11.26. Prices before the 29,25 % fuel"_s), qPrintable(title->text()));

        switchTo(u"fr_FR"_s);
        QCOMPARE(fuel.data().toString(), u"29,25 %"_s);
        QVERIFY2(title->text().contains(u"as of 01/11/2026."_s), qPrintable(title->text()));

        switchTo(u"ar_EG"_s);
        QCOMPARE(fuel.data().toString(), u"\u0662\u0669\u066B\u0662\u0665 %"_s);
        QVERIFY2(title->text().contains(u"\u0662\u0669\u066B\u0662\u0665 % fuel"_s), qPrintable(title->text()));
        QVERIFY2(title->text().contains(QLocale().toString(QDate(2026, 11, 1), QLocale::ShortFormat)),
                 qPrintable(title->text()));
        for (const QString &latin : {u"2026"_s, u"29"_s})
            QVERIFY2(!title->text().contains(latin), qPrintable(title->text()));
        // The weights of the grid's rows too: "up to ٠٫٥ kg", not "up to ٠٫5 kg".
        for (int row = 0; row < card.grid()->rowCount(); ++row) {
            const QString weight = card.grid()->verticalHeaderItem(row)->text();
            QVERIFY2(std::none_of(weight.cbegin(), weight.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }),
                     qPrintable(weight));
        }

        // Sorting and exports still get the stored figure.
        QCOMPARE(fuel.data(ServiceTableModel::RawValueRole).toString(), u"29.25"_s);
        switchTo(u"en_US"_s);
    }

    // The first package's weight is filled in the UI language and read back from exactly that text, in every
    // language the interface speaks: Arabic-Indic digits, a decimal comma, Thai digits typed by hand.
    void packageWeightReadsBackInEveryLanguage_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"en", "th", "zh_CN", "ja", "es", "de", "fr", "ar"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void packageWeightReadsBackInEveryLanguage()
    {
        QFETCH(QString, code);
        QTranslator translator;
        QVERIFY(code == u"en"_s || translator.load(u":/i18n/borderdesk_"_s + code + u".qm"_s));
        QCoreApplication::installTranslator(&translator);
        const QLocale locale(code);
        QLocale::setDefault(locale);

        PackageRows rows;
        rows.setCount(1, Parcel{1758, 0, 0, 0});
        const QString shown = rows.weightEdit(0)->text();
        const QString digits = locale.toString(1) + locale.decimalPoint() + locale.toString(758);
        QVERIFY2(shown.contains(digits), qPrintable(shown + u" lacks "_s + digits));
        QString error;
        auto parcels = rows.parcels(&error);
        QVERIFY2(parcels, qPrintable(error));
        QCOMPARE(parcels->front().weightG, 1758);

        // Heavy and light ones too: shown without digit grouping, so they read back.
        for (const qint64 grams : {1, 850, 1000, 25005, 1234567}) {
            const QString text = PackageRows::weightText(grams);
            QCOMPARE(PackageRows::parseWeight(text).value_or(-1), grams);
            rows.weightEdit(0)->setText(text);
            parcels = rows.parcels(&error);
            QVERIFY2(parcels, qPrintable(text + u": "_s + error));
            QCOMPARE(parcels->front().weightG, grams);
        }
        // Typed with the language's decimal sign, or with a point as the examples show.
        QCOMPARE(PackageRows::parseWeight(u"2"_s + locale.decimalPoint() + u"5 kg"_s).value_or(-1), 2500);
        QCOMPARE(PackageRows::parseWeight(u"2.5 kg"_s).value_or(-1), 2500);
        if (code == u"ar"_s)
            QCOMPARE(shown, u"\u0661\u066B\u0667\u0665\u0668 kg"_s);
        if (code == u"de"_s || code == u"fr"_s || code == u"es"_s)
            QCOMPARE(PackageRows::parseWeight(u"0,75 kg"_s).value_or(-1), 750);
        if (code == u"th"_s)
            QCOMPARE(PackageRows::parseWeight(u"\u0E51.\u0E57\u0E55\u0E58 kg"_s).value_or(-1), 1758);

        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(u"en_US"_s));
    }

    // Switching the language redoes the estimate nobody changed; what people typed stays as they typed it.
    void packageWeightFollowsALanguageSwitch()
    {
        QLocale::setDefault(QLocale(u"de_DE"_s));
        PackageRows rows;
        rows.setCount(2, Parcel{1758, 0, 0, 0});
        QCOMPARE(rows.weightEdit(0)->text(), u"1,758 kg"_s);
        rows.weightEdit(1)->setText(u"2,5 kg"_s);
        QLocale::setDefault(QLocale(u"ar_EG"_s));
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(&rows, &change);
        QCOMPARE(rows.weightEdit(0)->text(), u"\u0661\u066B\u0667\u0665\u0668 kg"_s);
        QCOMPARE(rows.weightEdit(1)->text(), u"2,5 kg"_s);
        QString error;
        QVERIFY(!rows.parcels(&error)); // a comma is no Arabic decimal sign
        QVERIFY(error.contains(QLocale().toString(2)));
        rows.weightEdit(1)->setText(u"2.5 kg"_s);
        const auto parcels = rows.parcels(&error);
        QVERIFY2(parcels, qPrintable(error));
        QCOMPARE(parcels->at(0).weightG, 1758);
        QCOMPARE(parcels->at(1).weightG, 2500);
        QLocale::setDefault(QLocale(u"en_US"_s));
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
