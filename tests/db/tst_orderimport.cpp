#include "borderdeskordercsv.h"
#include "csvwriter.h"
#include "orderexporter.h"
#include "orderimporter.h"
#include "orderrepository.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString text(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

OrderImportReport import(TestDatabase &t, const QString &name, OrderImporter::Options options = {})
{
    return OrderImporter::importFile(t.path(), testDataPath(name), options);
}

QString firstError(const OrderImportReport &report)
{
    for (const ImportIssue &issue : report.issues) {
        if (issue.isError())
            return issue.toString();
    }
    return report.error;
}

} // namespace

class TestOrderImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shopifyImportsOrdersLinesCustomersAndChecks()
    {
        TestDatabase t(600);
        const OrderImportReport report = import(t, u"shopify_orders.csv"_s);
        QVERIFY2(report.written, qPrintable(firstError(report)));
        QCOMPARE(report.format, OrderFileFormat::Shopify);
        QCOMPARE(report.inserted, 5);
        QCOMPARE(report.linesInFile, 7);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM orders"_s), 5);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM order_lines"_s), 7);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM customers"_s), 4); // sam.carter ordered twice
        // The unknown SKU is a warning, and its line is kept.
        QVERIFY(std::any_of(report.issues.cbegin(), report.issues.cend(), [](const ImportIssue &i) {
            return !i.isError()
                && i.toString() == u"shopify_orders.csv:8: Lineitem sku: SKU \"GIFT-CARD-20\" is not in the catalogue; the line is kept"_s;
        }));
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM order_lines WHERE sku = 'GIFT-CARD-20' AND product_id IS NULL"_s), 1);
        // Phones in E.164, the rate to the base currency recorded, the market from the ship-to country.
        QCOMPARE(text(t.db(), u"SELECT ship_phone FROM orders WHERE number = '#1001'"_s), u"+12125550100"_s);
        QCOMPARE(text(t.db(), u"SELECT ship_phone FROM orders WHERE number = '#1002'"_s), u"+49301234567"_s);
        QCOMPARE(text(t.db(), u"SELECT market_code FROM orders WHERE number = '#1002'"_s), u"EU"_s);
        QCOMPARE(text(t.db(), u"SELECT base_currency || ' ' || rate_date FROM orders WHERE number = '#1001'"_s),
                 u"THB 2026-11-26"_s);
        QVERIFY(scalar(t.db(), u"SELECT total_base_minor FROM orders WHERE number = '#1001'"_s) > 300000);
    }

    void restrictedAndIncompleteOrdersSayWhyTheyCannotShip()
    {
        TestDatabase t(600);
        QVERIFY(import(t, u"shopify_orders.csv"_s).written);
        OrderRepository orders(t.db());
        const StoredOrderCheck tea = orders.storedCheck(orders.findByNumber(u"#1001"_s).first());
        QVERIFY(!tea.canShip);
        QStringList messages;
        for (const OrderProblem &p : tea.problems)
            messages.append(p.message());
        QVERIFY2(messages.contains(u"TEA-01004 is restricted in this market: Food (coffee, tea, spices): FDA prior notice for every shipment."_s),
                 qPrintable(messages.join(u'\n')));
        const StoredOrderCheck tokyo = orders.storedCheck(orders.findByNumber(u"#1003"_s).first());
        QCOMPARE(tokyo.problems.size(), 1);
        QCOMPARE(tokyo.problems.first().code, u"phone_missing"_s);
    }

    void suspiciousOrderGoesOnHoldWithItsReasons()
    {
        TestDatabase t(600);
        const OrderImportReport report = import(t, u"shopify_orders.csv"_s);
        QCOMPARE(report.held, 1);
        OrderRepository orders(t.db());
        const qint64 id = orders.findByNumber(u"#1004"_s).first();
        QCOMPARE(orders.load(id)->status, OrderStatus::OnHold);
        const StoredOrderCheck check = orders.storedCheck(id);
        QCOMPARE(check.riskScore, 100);
        QStringList rules;
        for (const RiskReason &r : check.reasons)
            rules.append(r.rule + u'=' + QString::number(r.weight));
        QCOMPARE(rules, (QStringList{u"billing_country_differs=20"_s, u"freight_forwarder=25"_s,
                                     u"high_risk_category=15"_s, u"channel_high_risk=30"_s, u"first_order=10"_s}));
        const QList<OrderHistoryEntry> history = orders.history(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).newValue, u"on_hold"_s);
        QVERIFY(history.at(1).note.contains(u"100"_s));
        // Cancelled order #1000 does not count as Sam's history: #1001 is his first real order.
        const StoredOrderCheck sam = orders.storedCheck(orders.findByNumber(u"#1001"_s).first());
        QCOMPARE(sam.reasons.size(), 1);
        QCOMPARE(sam.reasons.first().rule, u"first_order"_s);
    }

    void reimportUpdatesWithoutDuplicatesAndKeepsTheOperatorsStatus()
    {
        TestDatabase t(600);
        QVERIFY(import(t, u"shopify_orders.csv"_s).written);
        OrderRepository orders(t.db());
        QString error;
        const qint64 held = orders.findByNumber(u"#1004"_s).first();
        QVERIFY2(orders.setStatus(held, OrderStatus::New, u"called the customer"_s, &error), qPrintable(error));
        const OrderImportReport again = import(t, u"shopify_orders.csv"_s);
        QVERIFY2(again.written, qPrintable(firstError(again)));
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 5);
        QCOMPARE(again.held, 0);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM orders"_s), 5);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM order_lines"_s), 7);
        QCOMPARE(orders.load(held)->status, OrderStatus::New); // released stays released
        QCOMPARE(orders.history(held).constLast().event, u"updated"_s);
    }

    void amazonAndEbayImportAndReimport()
    {
        TestDatabase t(600);
        for (const QString &name : {u"amazon_orders.txt"_s, u"ebay_orders.csv"_s}) {
            const OrderImportReport first = import(t, name);
            QVERIFY2(first.written, qPrintable(firstError(first)));
            const OrderImportReport second = import(t, name);
            QVERIFY2(second.written, qPrintable(firstError(second)));
            QCOMPARE(second.inserted, 0);
            QCOMPARE(second.updated, first.inserted);
        }
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM orders"_s), 7);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM order_lines"_s), 9);
        QCOMPARE(text(t.db(), u"SELECT channel FROM orders WHERE number = '22-13829-50033'"_s), u"ebay"_s);
        QCOMPARE(scalar(t.db(), u"SELECT total_minor FROM orders WHERE number = '250-9998887-7776665'"_s), 3980 + 398 + 800 + 80);
        OrderRepository orders(t.db());
        const StoredOrderCheck brazil = orders.storedCheck(orders.findByNumber(u"701-2223334-4445556"_s).first());
        QCOMPARE(brazil.problems.first().code, u"tax_id_missing"_s);
        const StoredOrderCheck munich = orders.storedCheck(orders.findByNumber(u"03-13830-60044"_s).first());
        QCOMPARE(munich.problems.first().code, u"postal_code"_s);
    }

    void amazonAllOrdersReportKeepsCancelledOrders()
    {
        TestDatabase t(600);
        const OrderImportReport report = import(t, u"amazon_all_orders.txt"_s);
        QVERIFY2(report.written, qPrintable(firstError(report)));
        QCOMPARE(report.inserted, 3);
        QCOMPARE(text(t.db(), u"SELECT status FROM orders WHERE number = '111-0000002-0000002'"_s), u"cancelled"_s);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                                "WHERE o.number = '111-0000002-0000002'"_s), 0);
        QCOMPARE(text(t.db(), u"SELECT status FROM orders WHERE number = '111-0000001-0000001'"_s), u"shipped"_s);
        // The report has no street or recipient: the order says so instead of pretending it can ship.
        OrderRepository orders(t.db());
        const StoredOrderCheck pending = orders.storedCheck(orders.findByNumber(u"111-0000003-0000003"_s).first());
        QCOMPARE(pending.problems.first().code, u"address_incomplete"_s);

        // The cancelled order without lines survives Borderdesk's own export and import.
        QString error;
        const QString path = t.filePath(u"orders.csv"_s);
        QCOMPARE(OrderExporter::exportCsv(t.db(), path, {}, {}, &error), 3);
        TestDatabase fresh(600);
        const OrderImportReport again = OrderImporter::importFile(fresh.path(), path, {});
        QVERIFY2(again.written, qPrintable(firstError(again)));
        QCOMPARE(again.inserted, 3);
        QCOMPARE(text(fresh.db(), u"SELECT status FROM orders WHERE number = '111-0000002-0000002'"_s), u"cancelled"_s);
        QCOMPARE(scalar(fresh.db(), u"SELECT count(*) FROM order_lines"_s),
                 scalar(t.db(), u"SELECT count(*) FROM order_lines"_s));
    }

    void aBadRowChangesNothingAndIsNamed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("shopify") << u"shopify_orders_bad.csv"_s
                                 << u"shopify_orders_bad.csv:3: Lineitem quantity: \"two\" is not a quantity (a whole number, 1 or more)"_s;
        QTest::newRow("amazon") << u"amazon_orders_bad.txt"_s
                                << u"amazon_orders_bad.txt:2: quantity-purchased: \"0\" is not a quantity (a whole number, 1 or more)"_s;
        QTest::newRow("ebay") << u"ebay_orders_bad.csv"_s << u"ebay_orders_bad.csv:5: Sold For: \"$1O.00\" is not an amount"_s;
    }

    void aBadRowChangesNothingAndIsNamed()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        TestDatabase t(600);
        QVERIFY(import(t, u"shopify_orders.csv"_s).written);
        QSqlQuery(t.db()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        const QByteArray before = fileHash(t.path());
        const OrderImportReport report = import(t, file);
        QVERIFY(!report.written);
        QVERIFY(report.hasErrors());
        QStringList texts;
        for (const ImportIssue &issue : report.issues)
            texts.append(issue.toString());
        QVERIFY2(texts.contains(expected), qPrintable(texts.join(u'\n')));
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM orders"_s), 5);
        QSqlQuery(t.db()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        QCOMPARE(fileHash(t.path()), before);
    }

    void utf16FilesAreDecodedAndOtherEncodingsRefused()
    {
        TestDatabase t(600);
        QFile file(testDataPath(u"shopify_orders.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray utf8 = file.readAll();
        OrderImporter::Options dry;
        dry.dryRun = true;
        // UTF-16 with a BOM (Excel's "Unicode text") reads like the UTF-8 file.
        QStringEncoder encoder(QStringEncoder::Utf16LE);
        const QByteArray utf16 = "\xFF\xFE" + QByteArray(encoder.encode(QString::fromUtf8(utf8)));
        const OrderImportReport decoded = OrderImporter::importBytes(t.db(), utf16, u"utf16.csv"_s, dry);
        QVERIFY2(!decoded.hasErrors(), qPrintable(firstError(decoded)));
        QCOMPARE(decoded.format, OrderFileFormat::Shopify);
        QCOMPARE(decoded.inserted, 5);
        // A byte that is not UTF-8 (Latin-1 "é") is refused, naming its line, instead of read as U+FFFD.
        const QByteArray latin1 = QByteArray(utf8).replace("Carter", "Cart\xE9r");
        QVERIFY(latin1 != utf8);
        const OrderImportReport refused = OrderImporter::importBytes(t.db(), latin1, u"latin1.csv"_s, dry);
        QVERIFY(refused.hasErrors());
        QVERIFY2(firstError(refused).contains(u"is not UTF-8 text"_s), qPrintable(firstError(refused)));
    }

    void dryRunAndCancelWriteNothing()
    {
        TestDatabase t(600);
        OrderImporter::Options dry;
        dry.dryRun = true;
        const OrderImportReport report = import(t, u"shopify_orders.csv"_s, dry);
        QCOMPARE(report.inserted, 5);
        QCOMPARE(report.held, 1);
        QVERIFY(!report.written);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM orders"_s), 0);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM customers"_s), 0);

        OrderImporter::Options cancel;
        cancel.progress = [](int percent) { return percent < 85; };
        const OrderImportReport cancelled = import(t, u"shopify_orders.csv"_s, cancel);
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.written);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM orders"_s), 0);
    }

    void exportRoundTripsThroughTheBorderdeskFormat()
    {
        TestDatabase t(600);
        QVERIFY(import(t, u"shopify_orders.csv"_s).written);
        QVERIFY(import(t, u"ebay_orders.csv"_s).written);
        QString error;
        const QString path = t.filePath(u"orders.csv"_s);
        QCOMPARE(OrderExporter::exportCsv(t.db(), path, {}, {}, &error), 8);

        TestDatabase fresh(600);
        const OrderImportReport report = OrderImporter::importFile(fresh.path(), path, {});
        QVERIFY2(report.written, qPrintable(firstError(report)));
        QCOMPARE(report.format, OrderFileFormat::Borderdesk);
        QCOMPARE(report.inserted, 8);
        OrderRepository before(t.db());
        OrderRepository after(fresh.db());
        for (const QString &number : {u"#1001"_s, u"#1002"_s, u"#1003"_s, u"#1004"_s, u"22-13829-50033"_s}) {
            Order a = *before.load(before.findByNumber(number).first());
            Order b = *after.load(after.findByNumber(number).first());
            a.id = b.id = 0;
            a.customer.id = b.customer.id = 0;
            QCOMPARE(b.lines.size(), a.lines.size());
            for (qsizetype i = 0; i < a.lines.size(); ++i)
                QCOMPARE(b.lines.at(i).productId > 0, a.lines.at(i).productId > 0);
            for (auto *o : {&a, &b}) {
                for (OrderLine &line : o->lines)
                    line.productId = 0;
            }
            QCOMPARE(b, a);
        }
        // Cells a spreadsheet would run come back as they were.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("'+12125550100"));
    }

    void bigFileIntoAnEmptyShopRebuildsItsIndexes()
    {
        TestDatabase t(600);
        QByteArray csv = CsvWriter::record(BorderdeskOrderCsv::header()).toUtf8();
        Order order;
        order.channel = u"web"_s;
        order.currency = u"THB"_s;
        order.shipTo = {u"Somchai"_s, QString(), u"1 Silom Rd"_s, QString(), u"Bangkok"_s, QString(), u"10500"_s, u"TH"_s, QString()};
        order.lines = {OrderLine{0, u"APP-01000"_s, u"Tee"_s, 1, 29900, 0, 0, QString()}};
        for (int i = 0; csv.size() < (9 << 20); ++i) {
            order.number = order.channelOrderId = u"W-"_s + QString::number(i);
            order.createdAt = QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC).addSecs(i);
            order.customer.email = u"c"_s + QString::number(i % 5000) + u"@example.com"_s;
            order.totalMinor = 29900;
            for (const QStringList &row : BorderdeskOrderCsv::rows(order))
                csv += CsvWriter::record(row).toUtf8();
        }
        const OrderImportReport report = OrderImporter::importBytes(t.db(), csv, u"big.csv"_s, {});
        QVERIFY2(report.written, qPrintable(firstError(report)));
        QVERIFY(report.inserted > 10000);
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' AND sql IS NOT NULL"_s), 10);
        QCOMPARE(text(t.db(), u"PRAGMA integrity_check"_s), u"ok"_s);
        // Every customer's later orders are not first orders.
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM orders WHERE risk_reasons LIKE '%first_order%'"_s), 5000);
    }
};

QTEST_MAIN(TestOrderImport)
#include "tst_orderimport.moc"
