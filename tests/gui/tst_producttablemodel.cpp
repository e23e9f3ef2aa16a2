#include "marketrepository.h"
#include "productrepository.h"
#include "producttablemodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

class TestProductTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        TestDatabase t(450);
        ProductTableModel model(t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.columnCount(), int(ProductTableModel::NB_COLUMNS));
        ProductFilter f;
        f.text = QStringLiteral("tea");
        model.setFilter(f);
        model.sort(ProductTableModel::Price, Qt::DescendingOrder);
        model.refresh();
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row, ProductTableModel::Name)).isValid());
    }

    void pagesLazilyAndSortsOnRawValues()
    {
        TestDatabase t(1000);
        ProductTableModel model(t.db());
        model.sort(ProductTableModel::Price, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 1000);
        qint64 previous = -1;
        for (int row = 0; row < model.rowCount(); row += 37) {
            const qint64 price = model.data(model.index(row, ProductTableModel::Price), ProductTableModel::RawValueRole)
                                     .toLongLong();
            QVERIFY(price >= previous);
            previous = price;
        }
        // The last row is reachable without reading everything in between into memory.
        QVERIFY(model.productAt(999).has_value());
        QVERIFY(!model.productAt(1000).has_value());
    }

    void restrictedProductsCarryBadges()
    {
        TestDatabase t(60);
        MarketRestriction rule{0, QStringLiteral("6912"), QString(), MarketRestriction::Level::Prohibited,
                               QStringLiteral("no ceramics")};
        QString error;
        QVERIFY(MarketRepository(t.db()).addRestriction(QStringLiteral("KR"), rule, &error));
        ProductTableModel model(t.db());
        int restricted = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Product p = *model.productAt(row);
            const QModelIndex cell = model.index(row, ProductTableModel::Restrictions);
            const QString text = model.data(cell).toString();
            if (p.hsCode.startsWith(QStringLiteral("6912"))) {
                ++restricted;
                QVERIFY2(text.contains(QStringLiteral("KR")), qPrintable(text));
                QVERIFY(model.data(cell, Qt::ToolTipRole).toString().contains(QStringLiteral("KR: prohibited – no ceramics")));
                const QVariantList badges = model.data(cell, ProductTableModel::BadgesRole).toList();
                QVERIFY(std::any_of(badges.cbegin(), badges.cend(), [](const QVariant &b) {
                    return b.toMap().value(QStringLiteral("market")).toString() == u"KR";
                }));
            } else {
                QVERIFY(!text.contains(QStringLiteral("KR")));
            }
        }
        QVERIFY(restricted > 0);
        // The preset rule on cosmetics (HS 3304) in Japan shows too.
        ProductFilter beauty;
        beauty.category = QStringLiteral("Beauty");
        model.setFilter(beauty);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.data(model.index(0, ProductTableModel::Restrictions)).toString().contains(QStringLiteral("JP")));
    }

    void displaysFormattedValues()
    {
        TestDatabase t;
        Product p;
        p.sku = QStringLiteral("MUG-1");
        p.name = QStringLiteral("Mug");
        p.hsCode = QStringLiteral("69120000");
        p.originCountry = QStringLiteral("TH");
        p.weightG = 1250;
        p.cost = Money(9500, QStringLiteral("THB"));
        p.price = Money(129000, QStringLiteral("THB"));
        p.stock = 1200;
        QString error;
        QVERIFY(ProductRepository(t.db()).insert(p, &error));
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        ProductTableModel model(t.db());
        QCOMPARE(model.data(model.index(0, ProductTableModel::Origin)).toString(), QStringLiteral("Thailand"));
        QCOMPARE(model.data(model.index(0, ProductTableModel::HsCode)).toString(), QStringLiteral("6912.00.00"));
        QCOMPARE(model.data(model.index(0, ProductTableModel::Weight)).toString(), QStringLiteral("1.25 kg"));
        QVERIFY(model.data(model.index(0, ProductTableModel::Price)).toString().contains(QStringLiteral("1,290.00")));
        QCOMPARE(model.data(model.index(0, ProductTableModel::Stock)).toString(), QStringLiteral("1,200"));
        QCOMPARE(model.headerData(ProductTableModel::HsCode, Qt::Horizontal).toString(), QStringLiteral("HS code"));
        // Weights in the UI language's digits and decimal sign, every digit of them.
        const QModelIndex weight = model.index(0, ProductTableModel::Weight);
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(model.data(weight).toString(), QStringLiteral("1,25 kg"));
        QLocale::setDefault(QLocale(QStringLiteral("ar_EG")));
        QCOMPARE(model.data(weight).toString(), QStringLiteral("\u0661\u066B\u0662\u0665 kg"));
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    }
};

QTEST_MAIN(TestProductTableModel)
#include "tst_producttablemodel.moc"
