#include "productrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

namespace {
Product make(const QString &sku, const QString &name, const QString &category, const QString &origin,
             qint64 price, bool active = true)
{
    Product p;
    p.sku = sku;
    p.name = name;
    p.category = category;
    p.originCountry = origin;
    p.cost = Money(price / 3, QStringLiteral("THB"));
    p.price = Money(price, QStringLiteral("THB"));
    p.active = active;
    return p;
}

QStringList skus(const QList<Product> &products)
{
    QStringList result;
    for (const Product &p : products)
        result.append(p.sku);
    return result;
}
} // namespace

class TestProductRepository : public QObject
{
    Q_OBJECT

private:
    void fill(const ProductRepository &repo)
    {
        QString error;
        for (Product p : {make(QStringLiteral("MUG-1"), QStringLiteral("Benjarong mug"), QStringLiteral("Home"),
                               QStringLiteral("TH"), 59000),
                          make(QStringLiteral("TEA-1"), QStringLiteral("Oolong tea"), QStringLiteral("Tea"),
                               QStringLiteral("CN"), 12900),
                          make(QStringLiteral("TEA-2"), QStringLiteral("Jasmine tea 100%"), QStringLiteral("Tea"),
                               QStringLiteral("TH"), 9900, false),
                          make(QStringLiteral("SCARF_1"), QStringLiteral("ผ้าไหม scarf"), QStringLiteral("Textiles"),
                               QStringLiteral("LA"), 150000)}) {
            QVERIFY2(repo.insert(p, &error), qPrintable(error));
        }
    }

private Q_SLOTS:
    void insertFindUpdateRemove()
    {
        TestDatabase t;
        const ProductRepository repo(t.db());
        Product p = make(QStringLiteral("MUG-1"), QStringLiteral("Mug"), QStringLiteral("Home"), QStringLiteral("TH"), 100);
        p.description = QStringLiteral("A mug");
        p.barcode = QStringLiteral("4006381333931");
        QString error;
        QVERIFY2(repo.insert(p, &error), qPrintable(error));
        QVERIFY(p.id > 0);
        QCOMPARE(repo.find(p.id).value(), p);
        p.name = QStringLiteral("Big mug");
        p.stock = 7;
        QVERIFY(repo.update(p, &error));
        QCOMPARE(repo.findBySku(QStringLiteral("MUG-1"))->name, QStringLiteral("Big mug"));
        QCOMPARE(repo.findBySku(QStringLiteral("MUG-1"))->stock, 7);
        QVERIFY(repo.remove(p.id, &error));
        QVERIFY(!repo.find(p.id));
        // Undo of a delete puts the same row back with the same id.
        QVERIFY(repo.insert(p, &error));
        QCOMPARE(repo.find(p.id)->sku, QStringLiteral("MUG-1"));
    }

    void duplicateSkuIsRefusedWithAMessage()
    {
        TestDatabase t;
        const ProductRepository repo(t.db());
        Product a = make(QStringLiteral("A"), QStringLiteral("One"), QString(), QString(), 1);
        Product b = make(QStringLiteral("A"), QStringLiteral("Two"), QString(), QString(), 1);
        QString error;
        QVERIFY(repo.insert(a, &error));
        QVERIFY(!repo.insert(b, &error));
        QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
    }

    void filtersAndSorts()
    {
        TestDatabase t;
        const ProductRepository repo(t.db());
        fill(repo);
        ProductFilter f;
        f.sortKey = ProductFilter::SortKey::Sku;
        QCOMPARE(skus(repo.list(f)), (QStringList{QStringLiteral("MUG-1"), QStringLiteral("SCARF_1"),
                                                  QStringLiteral("TEA-1"), QStringLiteral("TEA-2")}));
        f.text = QStringLiteral("tea");
        QCOMPARE(repo.count(f), 2);
        f.active = ProductFilter::Active::ActiveOnly;
        QCOMPARE(skus(repo.list(f)), QStringList{QStringLiteral("TEA-1")});
        f = {};
        f.origin = QStringLiteral("TH");
        f.sortKey = ProductFilter::SortKey::Price;
        f.descending = true;
        QCOMPARE(skus(repo.list(f)), (QStringList{QStringLiteral("MUG-1"), QStringLiteral("TEA-2")}));
        f = {};
        f.category = QStringLiteral("Tea");
        QCOMPARE(repo.count(f), 2);
        f = {};
        f.text = QStringLiteral("ผ้าไหม");
        QCOMPARE(skus(repo.list(f)), QStringList{QStringLiteral("SCARF_1")});
        QCOMPARE(repo.categories(), (QStringList{QStringLiteral("Home"), QStringLiteral("Tea"), QStringLiteral("Textiles")}));
        QCOMPARE(repo.origins(), (QStringList{QStringLiteral("CN"), QStringLiteral("LA"), QStringLiteral("TH")}));
        QCOMPARE(repo.list({}, 2, 1).size(), 2);
    }

    void searchTextIsLiteral()
    {
        TestDatabase t;
        const ProductRepository repo(t.db());
        fill(repo);
        ProductFilter f;
        f.text = QStringLiteral("%");
        QCOMPARE(skus(repo.list(f)), QStringList{QStringLiteral("TEA-2")}); // only the name with a real '%'
        f.text = QStringLiteral("_");
        QCOMPARE(skus(repo.list(f)), QStringList{QStringLiteral("SCARF_1")});
        f.text = QStringLiteral("'; DROP TABLE products; --");
        QCOMPARE(repo.count(f), 0);
        f.category = QStringLiteral("x' OR '1'='1");
        QCOMPARE(repo.count(f), 0);
        QCOMPARE(repo.count({}), 4);
    }

    void freeCopySku()
    {
        TestDatabase t;
        const ProductRepository repo(t.db());
        fill(repo);
        QCOMPARE(repo.freeCopySku(QStringLiteral("MUG-1")), QStringLiteral("MUG-1-COPY"));
        Product copy = make(QStringLiteral("MUG-1-COPY"), QStringLiteral("Copy"), QString(), QString(), 1);
        QString error;
        QVERIFY(repo.insert(copy, &error));
        QCOMPARE(repo.freeCopySku(QStringLiteral("MUG-1")), QStringLiteral("MUG-1-COPY2"));
    }
};

QTEST_GUILESS_MAIN(TestProductRepository)
#include "tst_productrepository.moc"
