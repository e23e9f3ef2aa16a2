// Hostile text in every search and filter field: SQL-injection payloads and LIKE wildcards typed into the catalogue's
// and the orders' search boxes, chosen in their filter boxes (a category or a country code is data the seller
// imported), and passed to `products list` / `orders list`, find only the rows that literally hold that text, and
// leave the schema and the data as they were. Exports write such texts so that no spreadsheet runs them.

#include "catalogview.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "demoshop.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "orderfilter.h"
#include "orderrepository.h"
#include "ordersview.h"
#include "ordertablemodel.h"
#include "productfilter.h"
#include "productrepository.h"
#include "producttablemodel.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What people paste to break SQL built from text, and the LIKE wildcards that would match everything.
const QStringList &payloads()
{
    static const QStringList list{
        u"' OR '1'='1"_s,
        u"'; DROP TABLE products; --"_s,
        u"\"); DELETE FROM orders; --"_s,
        u"x' UNION SELECT name, sql FROM sqlite_master --"_s,
        u"%"_s,
        u"_"_s,
        u"\\"_s,
        u"50% off_"_s,
        u"*"_s,
        u"?"_s,
    };
    return list;
}

// The schema and how many rows each table of the seller's data holds: what an injection would change. The sales
// counts (report_dirty, sales_*) are caches and the settings a few keys the main window keeps up to date in the
// background (the reports' time zone), so only their schema counts.
QStringList snapshot(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s);
    QStringList tables;
    while (q.next()) {
        out.append(q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString());
        const QString name = q.value(1).toString();
        if (q.value(0).toString() == u"table" && !name.startsWith(u"sqlite_") && !name.startsWith(u"sales_")
            && name != u"report_dirty" && name != u"settings")
            tables.append(q.value(1).toString());
    }
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery count(db);
        count.exec(u"SELECT count(*) FROM \""_s + table + u'"');
        out.append(table + u": "_s + (count.next() ? count.value(0).toString() : u"?"_s));
    }
    return out;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(DemoShop::addDemoOrders(m_db.db(), 60, &error), qPrintable(error));
        // One product and one order hold each payload literally: the searches must find exactly those.
        QSqlQuery q(m_db.db());
        for (int i = 0; i < payloads().size(); ++i) {
            q.prepare(u"UPDATE products SET name = ?, category = ? WHERE sku = (SELECT sku FROM products ORDER BY sku "
                      u"LIMIT 1 OFFSET ?)"_s);
            q.addBindValue(QString(u"Tee "_s + payloads().at(i)));
            q.addBindValue(payloads().at(i));
            q.addBindValue(i);
            QVERIFY(q.exec());
            q.prepare(u"UPDATE orders SET ship_name = ? "
                      u"WHERE id = (SELECT id FROM orders ORDER BY id LIMIT 1 OFFSET ?)"_s);
            q.addBindValue(QString(payloads().at(i) + u" Smith"_s));
            q.addBindValue(i);
            QVERIFY(q.exec());
        }
        m_languages.switchTo(u"en"_s, false);
        m_before = snapshot(m_db.db());
    }

    void repositoriesFindOnlyLiteralMatches_data()
    {
        QTest::addColumn<QString>("payload");
        for (const QString &payload : payloads())
            QTest::newRow(qPrintable(payload)) << payload;
    }

    void repositoriesFindOnlyLiteralMatches()
    {
        QFETCH(QString, payload);
        ProductFilter products;
        products.text = payload;
        const ProductRepository productRepository(m_db.db());
        QCOMPARE(productRepository.count(products), literalProducts(payload));
        products.text.clear();
        products.category = payload;
        QCOMPARE(productRepository.count(products), 1);
        products.category.clear();
        products.origin = payload;
        QCOMPARE(productRepository.count(products), 0);

        OrderFilter orders;
        orders.text = payload;
        const OrderRepository orderRepository(m_db.db());
        QCOMPARE(orderRepository.count(orders), literalOrders(payload));
        orders.text.clear();
        orders.country = payload;
        QCOMPARE(orderRepository.count(orders), 0);
        orders.country.clear();
        orders.marketCode = payload;
        QCOMPARE(orderRepository.count(orders), 0);
        QCOMPARE(snapshot(m_db.db()), m_before);
    }

    // Typed into the catalogue's search box and the orders' search box, and picked in the category box.
    void searchBoxesShowOnlyLiteralMatches()
    {
        MainWindow window(m_languages);
        QString error;
        QVERIFY2(window.openDatabase(m_db.path(), &error, false), qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *catalogSearch = window.findChild<QLineEdit *>(u"catalogSearch"_s);
        auto *category = window.findChild<QComboBox *>(u"categoryFilter"_s);
        auto *orderSearch = window.findChild<QLineEdit *>(u"orderSearch"_s);
        QVERIFY(catalogSearch && category && orderSearch);
        ProductTableModel *products = window.catalogView()->model();
        OrderTableModel *orders = window.ordersView()->model();
        for (const QString &payload : payloads()) {
            catalogSearch->clear();
            QTest::keyClicks(catalogSearch, payload);
            QTRY_COMPARE(products->rowCount(), literalProducts(payload));
            for (int row = 0; row < products->rowCount(); ++row)
                QVERIFY(products->productAt(row)->name.contains(payload));
            catalogSearch->clear();
            QTRY_COMPARE(products->rowCount(), 600);

            const int index = category->findData(payload);
            QVERIFY2(index > 0, qPrintable(payload));
            category->setCurrentIndex(index);
            QTRY_COMPARE(products->rowCount(), 1);
            QCOMPARE(products->productAt(0)->category, payload);
            category->setCurrentIndex(0);

            orderSearch->clear();
            QTest::keyClicks(orderSearch, payload);
            QTRY_COMPARE(orders->rowCount(), literalOrders(payload));
            orderSearch->clear();
        }
        QCOMPARE(snapshot(m_db.db()), m_before);
    }

    // The same through the command line, where the text arrives as an argument.
    void commandLineFindsOnlyLiteralMatches()
    {
        for (const QString &payload : payloads()) {
            QProcess cli;
            cli.start(QStringLiteral(BORDERDESK_CLI),
                      {u"--db"_s, m_db.path(), u"products"_s, u"list"_s, u"--json"_s, u"--search"_s, payload});
            QVERIFY(cli.waitForFinished(60000));
            QCOMPARE(cli.exitCode(), 0);
            QCOMPARE(QJsonDocument::fromJson(cli.readAllStandardOutput()).array().size(), literalProducts(payload));

            QProcess orders;
            orders.start(QStringLiteral(BORDERDESK_CLI),
                         {u"--db"_s, m_db.path(), u"orders"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"100000"_s,
                          u"--search"_s, payload});
            QVERIFY(orders.waitForFinished(60000));
            QCOMPARE(orders.exitCode(), 0);
            QCOMPARE(QJsonDocument::fromJson(orders.readAllStandardOutput()).array().size(), literalOrders(payload));
        }
        QCOMPARE(snapshot(m_db.db()), m_before);
    }

    // A name a spreadsheet would run ("=HYPERLINK(…)", "@SUM(…)", "+…", "-…") leaves every CSV export as text:
    // no cell of the product, order or price files starts with a formula character, amounts below zero aside.
    void exportsNeutraliseFormulaCells()
    {
        TestDatabase shop(20);
        QString error;
        QVERIFY2(DemoShop::addDemoOrders(shop.db(), 5, &error), qPrintable(error));
        const QStringList formulas{u"=HYPERLINK(\"http://evil.example\",\"Click\")"_s, u"@SUM(A1:A9)"_s,
                                   u"+1+cmd|' /C calc'!A0"_s, u"-2+3"_s, u"\t=1+1"_s};
        QSqlQuery q(shop.db());
        for (int i = 0; i < formulas.size(); ++i) {
            q.prepare(u"UPDATE products SET name = ?, category = ? WHERE id = ?"_s);
            q.addBindValue(formulas.at(i));
            q.addBindValue(formulas.at(i));
            q.addBindValue(i + 1);
            QVERIFY(q.exec());
            q.prepare(u"UPDATE orders SET ship_name = ?, ship_city = ? WHERE id = ?"_s);
            q.addBindValue(formulas.at(i));
            q.addBindValue(formulas.at(i));
            q.addBindValue(i + 1);
            QVERIFY(q.exec());
        }
        // Shopify's price file has the SKU and the price only: a SKU a spreadsheet would run.
        const QString formulaSku = u"=SKU(1)"_s;
        QVERIFY(q.exec(u"UPDATE products SET sku = '=SKU(1)' WHERE id = 6"_s));
        const QList<QStringList> exports{
            {u"products"_s, u"export"_s, shop.filePath(u"products.csv"_s)},
            {u"orders"_s, u"export"_s, shop.filePath(u"orders.csv"_s)},
            {u"price"_s, u"export"_s, u"--market"_s, u"US"_s, shop.filePath(u"prices.csv"_s)},
            {u"price"_s, u"export"_s, u"--market"_s, u"US"_s, u"--shopify"_s, shop.filePath(u"shopify.csv"_s)},
        };
        for (const QStringList &command : exports) {
            QProcess cli;
            cli.start(QStringLiteral(BORDERDESK_CLI), QStringList{u"--db"_s, shop.path()} + command);
            QVERIFY(cli.waitForFinished(60000));
            QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
            QFile file(command.constLast());
            QVERIFY(file.open(QIODevice::ReadOnly));
            CsvReader reader(QString::fromUtf8(file.readAll()));
            CsvReader::Record record;
            int formulaNames = 0;
            while (reader.next(record)) {
                for (const QString &cell : std::as_const(record.fields)) {
                    bool number = false;
                    cell.toDouble(&number);
                    const bool formula = !cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front());
                    QVERIFY2(!formula || number, qPrintable(command.constLast() + u": "_s + cell));
                    const QString text = CsvWriter::unneutralised(cell);
                    if (formulas.contains(text) || text == formulaSku)
                        ++formulaNames;
                }
            }
            QVERIFY(!reader.hasError());
            QVERIFY2(formulaNames > 0, qPrintable(command.constLast())); // the hostile texts are there, as text
        }
    }

private:
    // Products whose SKU, name or barcode holds the text, counted here without SQL.
    int literalProducts(const QString &text) const
    {
        int count = 0;
        const QList<Product> all = ProductRepository(m_db.db()).list(ProductFilter());
        for (const Product &p : all) {
            if (p.sku.contains(text, Qt::CaseInsensitive) || p.name.contains(text, Qt::CaseInsensitive)
                || p.barcode.contains(text, Qt::CaseInsensitive))
                ++count;
        }
        return count;
    }

    // Orders whose ship-to name starts with the text (the orders' search is by prefix).
    int literalOrders(const QString &text) const
    {
        QSqlQuery q(m_db.db());
        q.exec(u"SELECT number, channel_order_id, email, ship_name FROM orders"_s);
        int count = 0;
        while (q.next()) {
            for (int column = 0; column < 4; ++column) {
                if (q.value(column).toString().startsWith(text, Qt::CaseInsensitive)) {
                    ++count;
                    break;
                }
            }
        }
        return count;
    }

    TestDatabase m_db{600};
    LanguageManager m_languages;
    QStringList m_before;
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
