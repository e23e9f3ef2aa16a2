#include "gtin.h"
#include "hscode.h"
#include "productrepository.h"
#include "productvalidator.h"
#include "testdatabase.h"

#include <QSet>
#include <QSqlQuery>
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

    void ordersShowTheFirstDaysCases()
    {
        TestDatabase t(DemoShop::DefaultProductCount);
        QString error;
        QVERIFY2(DemoShop::addDemoOrders(t.db(), DemoShop::DefaultOrderCount, &error), qPrintable(error));
        QSqlQuery q(t.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(status = 'on_hold'), sum(can_ship = 0), "
                                      "sum(market_code = ''), count(DISTINCT ship_country), sum(rate_to_base = '') "
                                      "FROM orders")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), DemoShop::DefaultOrderCount);
        QVERIFY(q.value(1).toInt() >= 6);          // the suspicious ones are held
        QVERIFY(q.value(2).toInt() >= 10);         // restricted goods, missing phone or CPF
        QCOMPARE(q.value(3).toInt(), 0);           // every destination has a market
        QVERIFY(q.value(4).toInt() >= 8);
        QCOMPARE(q.value(5).toInt(), 0);           // every order has its rate to the base currency
        // Deterministic: the same seed gives the same shop.
        TestDatabase again(DemoShop::DefaultProductCount);
        QVERIFY(DemoShop::addDemoOrders(again.db(), DemoShop::DefaultOrderCount, &error));
        QSqlQuery a(t.db());
        QSqlQuery b(again.db());
        const QString sum = QStringLiteral("SELECT sum(total_minor), sum(risk_score) FROM orders");
        QVERIFY(a.exec(sum) && a.next() && b.exec(sum) && b.next());
        QCOMPARE(a.value(0), b.value(0));
        QCOMPARE(a.value(1), b.value(1));
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
