#include "gtin.h"
#include "hscode.h"
#include "productrepository.h"
#include "productvalidator.h"
#include "testdatabase.h"

#include <QSet>
#include <QTest>

class TestDemoShop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isABelievableShop()
    {
        TestDatabase t(DemoShop::DefaultProductCount);
        const ProductRepository repo(t.db());
        QVERIFY(repo.count() >= 500);
        QVERIFY(repo.categories().size() >= 6);
        QVERIFY(repo.origins().size() >= 6);
        QSet<QString> names;
        for (const Product &p : repo.list({})) {
            QVERIFY2(ProductValidator::validate(p).isEmpty(), qPrintable(p.sku));
            QVERIFY(HsCode::isValid(p.hsCode));
            QVERIFY(p.barcode.isEmpty() || Gtin::check(p.barcode).ok());
            QVERIFY(p.cost.minorUnits() < p.price.minorUnits());
            QCOMPARE(p.price.currency(), QStringLiteral("THB"));
            names.insert(p.name);
        }
        QVERIFY(names.size() > 300);
    }

    void pricesFollowTheBaseCurrency()
    {
        TestDatabase t(30, QStringLiteral("JPY"));
        for (const Product &p : ProductRepository(t.db()).list({})) {
            QCOMPARE(p.price.currency(), QStringLiteral("JPY"));
            QCOMPARE(p.price.minorUnits() % 10, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoShop)
#include "tst_demoshop.moc"
