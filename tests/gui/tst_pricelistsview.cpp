#include "exchangerateimporter.h"
#include "fitcheck.h"
#include "languagemanager.h"
#include "landedcostdialog.h"
#include "landedcostpanel.h"
#include "pricelistsview.h"
#include "pricepreviewmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPriceListsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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

        // In German the change and the explanation's rate date, rates and rounding steps are German figures.
        const int jpChange =
            PricePreviewModel::FixedColumns + PricePreviewModel::ColumnsPerMarket + PricePreviewModel::Change;
        QVERIFY(q.exec(QStringLiteral("UPDATE market_prices SET price_minor = 5000 WHERE market_code = 'JP' "
                                      "AND product_id = (SELECT id FROM products WHERE sku = 'APP-01000')")));
        model->refresh();
        QCOMPARE(model->data(model->index(0, jpChange)).toString(), QStringLiteral("-10.20 %")); // 4,490 against 5,000
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        model->retranslate();
        QCOMPARE(model->data(model->index(0, jpChange)).toString(), QStringLiteral("-10,20 %"));
        const QString why = model->data(model->index(0, gbNew), Qt::ToolTipRole).toString();
        QVERIFY2(why.contains(QStringLiteral("at the rates of 27.11.26 (1 EUR = 37,852 THB = "))
                     && why.contains(QStringLiteral("up to steps of 1,00, less 0,01")),
                 qPrintable(why));
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        model->retranslate();

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

    // Every line of the breakdown is a line or two of text high and all of them show at the dialog's size, in every
    // language and after a switch. (Rows measured once, before the dialog was laid out, against a "Why" column a few
    // characters wide, made "Goods" hundreds of pixels high and hid the other lines.)
    void landedCostLinesAllShow()
    {
        TestDatabase t(5);
        QVERIFY(ExchangeRateImporter::importFile(t.path(), testDataPath(u"ecb_daily.xml"_s)).written);
        LanguageManager languages;
        QVERIFY(languages.switchTo(u"en"_s, false));
        LandedCostDialog dialog(t.db(), u"APP-01000"_s);
        dialog.setDate(QDate(2026, 11, 27));
        dialog.setMarket(u"AU"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *lines = dialog.findChild<QTableWidget *>(u"landedCostLines"_s);
        QVERIFY(lines);
        const auto tallest = [lines] {
            int result = 0;
            for (int row = 0; row < lines->rowCount(); ++row)
                result = qMax(result, lines->rowHeight(row));
            return result;
        };
        const auto allShow = [&](const QString &code) {
            QCOMPARE(lines->rowCount(), 6);
            const int textLine = lines->fontMetrics().lineSpacing();
            QTRY_VERIFY2(tallest() <= 3 * textLine + 8, qPrintable(code + u": %1 px"_s.arg(tallest())));
            int all = 0;
            for (int row = 0; row < lines->rowCount(); ++row) {
                QVERIFY2(lines->rowHeight(row) >= textLine, qPrintable(code)); // and none squeezed shut
                all += lines->rowHeight(row);
            }
            QVERIFY2(all <= lines->viewport()->height(),
                     qPrintable(code + u": %1 of %2 px"_s.arg(all).arg(lines->viewport()->height())));
            // Layouts catch up with the new texts on later events.
            QTRY_VERIFY2(FitCheck::problems(&dialog).isEmpty(),
                         qPrintable(code + u": " + FitCheck::problems(&dialog).join(u'\n')));
        };
        allShow(u"as opened"_s);
        if (QTest::currentTestFailed())
            return;
        for (const QString &code : {u"de"_s, u"ja"_s, u"ar"_s, u"th"_s, u"en"_s}) {
            QVERIFY(languages.switchTo(code, false));
            QTest::qWait(20); // QApplication posts LanguageChange to every window
            allShow(code);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(languages.switchTo(u"en"_s, false));
    }

    // "Rates of:" shows the date whole in the language's own format: "2026/11/27" in Chinese and Japanese.
    void ratesDateFitsEveryLanguage()
    {
        TestDatabase t(10);
        LanguageManager languages;
        PriceListsView view;
        view.setDatabase(t.db(), t.path());
        view.showMarkets({u"JP"_s, u"EU"_s});
        view.resize(1130, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *date = view.findChild<QDateEdit *>(u"priceDate"_s);
        date->setDate(QDate(2026, 11, 27));
        for (const QString &code : {u"zh_CN"_s, u"ja"_s, u"fr"_s, u"ar"_s, u"en"_s}) {
            QVERIFY(languages.switchTo(code, false));
            QTest::qWait(20);
            QCOMPARE(date->displayFormat(), QLocale().dateFormat(QLocale::ShortFormat));
            QCOMPARE(date->date(), QDate(2026, 11, 27));
            // Layouts catch up with the new texts on later events.
            QTRY_VERIFY2(FitCheck::problems(&view).isEmpty(),
                         qPrintable(code + u": " + FitCheck::problems(&view).join(u'\n')));
        }
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
