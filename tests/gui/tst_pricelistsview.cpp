#include "exchangerateimporter.h"
#include "landedcostdialog.h"
#include "landedcostpanel.h"
#include "pricelistsview.h"
#include "pricepreviewmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

class TestPriceListsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewGridThenApply()
    {
        TestDatabase t(250);
        QVERIFY(ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_daily.xml"))).written);
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        PriceListsView view;
        view.setDatabase(t.db(), t.path());
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.findChild<QDateEdit *>(QStringLiteral("priceDate"))->setDate(QDate(2026, 11, 27));
        view.showMarkets({QStringLiteral("JP"), QStringLiteral("GB")});
        view.show();

        PricePreviewModel *model = view.model();
        QCOMPARE(model->rowCount(), 250);
        QCOMPARE(model->columnCount(), PricePreviewModel::FixedColumns + 2 * PricePreviewModel::ColumnsPerMarket);
        QCOMPARE(model->headerData(PricePreviewModel::FixedColumns + PricePreviewModel::Proposed, Qt::Horizontal).toString(),
                 QStringLiteral("GB new"));
        // The first product, APP-01000 at THB 1,042.99: GB x.99, JP ¥…90.
        const int gbNew = PricePreviewModel::FixedColumns + PricePreviewModel::Proposed;
        const int jpNew = PricePreviewModel::FixedColumns + PricePreviewModel::ColumnsPerMarket + PricePreviewModel::Proposed;
        QCOMPARE(model->data(model->index(0, PricePreviewModel::Sku)).toString(), QStringLiteral("APP-01000"));
        QCOMPARE(model->data(model->index(0, gbNew), PricePreviewModel::RawValueRole).toLongLong() % 100, 99);
        QCOMPARE(model->data(model->index(0, jpNew), PricePreviewModel::RawValueRole).toLongLong(), 4490);
        QVERIFY(model->lastError().isEmpty());
        // The last row reads on demand.
        QVERIFY(model->data(model->index(249, jpNew)).toString().startsWith(u'¥'));

        // Selecting a price shows its landed cost, line by line.
        view.table()->setCurrentIndex(model->index(0, jpNew));
        QCOMPARE(view.panel()->lineCount(), 6);
        QVERIFY(view.panel()->headline().startsWith(QStringLiteral("APP-01000 into JP")));

        QVERIFY(view.applyMarket(QStringLiteral("JP"), false));
        QSqlQuery q(t.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM market_prices WHERE market_code = 'JP'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 250);
        const int jpNow = PricePreviewModel::FixedColumns + PricePreviewModel::ColumnsPerMarket + PricePreviewModel::Current;
        QCOMPARE(model->data(model->index(0, jpNow), PricePreviewModel::RawValueRole).toLongLong(), 4490);

        // A fixed price wins over the rule until it is cleared.
        QVERIFY(view.fixPrice(0, 1, QStringLiteral("3980")));
        QCOMPARE(model->data(model->index(0, jpNew), PricePreviewModel::RawValueRole).toLongLong(), 3980);
        QVERIFY(model->data(model->index(0, jpNew)).toString().contains(QStringLiteral("fixed")));
        QVERIFY(view.fixPrice(0, 1, QString()));
        QCOMPARE(model->data(model->index(0, jpNew), PricePreviewModel::RawValueRole).toLongLong(), 4490);
    }

    void landedCostOfOneProduct()
    {
        TestDatabase t(5);
        QVERIFY(ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_daily.xml"))).written);
        LandedCostDialog dialog(t.db(), QStringLiteral("APP-01000"));
        dialog.setDate(QDate(2026, 11, 27));
        dialog.setMarket(QStringLiteral("GB"));
        dialog.setIncoterm(QStringLiteral("DDP"));
        QVERIFY2(dialog.panel()->headline().startsWith(QStringLiteral("APP-01000 into GB (DDP)")),
                 qPrintable(dialog.panel()->headline()));
        QCOMPARE(dialog.panel()->lineCount(), 6);
        dialog.setDate(QDate(2020, 1, 1));
        QVERIFY(dialog.panel()->headline().contains(QStringLiteral("no exchange rate")));
        QCOMPARE(dialog.panel()->lineCount(), 0);
    }

    void missingRatesAreShownNotGuessed()
    {
        TestDatabase t(10);
        PriceListsView view;
        view.setDatabase(t.db(), t.path());
        // The demo shop's sample rates start on 2026-11-25: the day before has none.
        view.findChild<QDateEdit *>(QStringLiteral("priceDate"))->setDate(QDate(2026, 11, 24));
        view.showMarkets({QStringLiteral("JP")});
        const int jpNew = PricePreviewModel::FixedColumns + PricePreviewModel::Proposed;
        QCOMPARE(view.model()->data(view.model()->index(0, jpNew)).toString(), QStringLiteral("—"));
        QVERIFY(view.model()->lastError().contains(QStringLiteral("no exchange rate")));
    }
};

QTEST_MAIN(TestPriceListsView)
#include "tst_pricelistsview.moc"
