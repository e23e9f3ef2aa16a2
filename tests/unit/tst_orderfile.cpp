#include "orderfile.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(BORDERDESK_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return file.readAll();
}

struct ReadFile
{
    OrderFileFormat format = OrderFileFormat::Unknown;
    QList<ParsedOrder> orders;
    QList<ImportIssue> issues;
};

ReadFile readOrders(const QByteArray &bytes, const QString &name,
                    OrderFileFormat format = OrderFileFormat::Unknown)
{
    ReadFile result;
    OrderFileReader reader(bytes, {format, name, u"THB"_s});
    if (reader.open()) {
        ParsedOrder order;
        while (reader.next(order))
            result.orders.append(order);
    }
    result.format = reader.format();
    result.issues = reader.issues();
    return result;
}

const ParsedOrder *byNumber(const ReadFile &file, const QString &number)
{
    for (const ParsedOrder &order : file.orders) {
        if (order.order.number == number)
            return &order;
    }
    return nullptr;
}

} // namespace

class TestOrderFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shopifyExportGroupsLineItemsUnderTheirOrder()
    {
        const ReadFile file = readOrders(readData(u"shopify_orders.csv"_s), u"shopify_orders.csv"_s);
        QCOMPARE(file.format, OrderFileFormat::Shopify);
        QVERIFY(file.issues.isEmpty());
        QCOMPARE(file.orders.size(), 5);
        const ParsedOrder *o = byNumber(file, u"#1001"_s);
        QVERIFY(o);
        QCOMPARE(o->order.channel, u"shopify"_s);
        QCOMPARE(o->order.currency, u"USD"_s);
        QCOMPARE(o->order.lines.size(), 3);
        QCOMPARE(o->order.lines.at(0).sku, u"APP-01000"_s);
        QCOMPARE(o->order.lines.at(0).quantity, 2);
        QCOMPARE(o->order.lines.at(0).unitPriceMinor, 2999);
        QCOMPARE(o->order.subtotalMinor, 2 * 2999 + 1199 + 2000);
        QCOMPARE(o->order.discountMinor, 500);
        QCOMPARE(o->order.totalMinor, 10617);
        QCOMPARE(o->order.createdAt, QDateTime(QDate(2026, 11, 26), QTime(19, 3, 11), Qt::UTC));
        // Excel-proof apostrophes are dropped; a quoted comma stays inside its field.
        QCOMPARE(o->order.shipTo.postalCode, u"10118"_s);
        QCOMPARE(o->order.shipTo.phone, u"+1 212-555-0100"_s);
        QCOMPARE(o->order.shipTo.line2, u"Apt 4, Floor 2"_s);
        QCOMPARE(o->lineNumbers, (QList<qint64>{6, 7, 8}));
        // A note with a line break inside quotes keeps the next order's rows on the right lines.
        const ParsedOrder *berlin = byNumber(file, u"#1002"_s);
        QVERIFY(berlin->order.notes.contains(u'\n'));
        QCOMPARE(berlin->order.shipTo.city, u"Berlin"_s);
        QCOMPARE(byNumber(file, u"#1000"_s)->order.status, OrderStatus::Cancelled);
        QCOMPARE(byNumber(file, u"#1004"_s)->order.channelRisk, u"high"_s);
        QCOMPARE(byNumber(file, u"#1003"_s)->order.shipTo.name, u"田中 愛子"_s);
    }

    void amazonReportIsTabSeparatedWithLineTotals()
    {
        const ReadFile file = readOrders(readData(u"amazon_orders.txt"_s), u"amazon_orders.txt"_s);
        QCOMPARE(file.format, OrderFileFormat::Amazon);
        QVERIFY(file.issues.isEmpty());
        QCOMPARE(file.orders.size(), 4);
        const ParsedOrder *us = byNumber(file, u"113-4567890-1234567"_s);
        QCOMPARE(us->order.lines.size(), 2);
        QCOMPARE(us->order.lines.at(1).quantity, 2);
        QCOMPARE(us->order.lines.at(1).unitPriceMinor, 2500); // item-price 50.00 is for both
        QCOMPARE(us->order.shippingMinor, 799);
        QCOMPARE(us->order.taxMinor, 369 + 82 + 513);
        QCOMPARE(us->order.totalMinor, 3600 + 5000 + 799 + 369 + 82 + 513);
        const ParsedOrder *jp = byNumber(file, u"250-9998887-7776665"_s);
        QCOMPARE(jp->order.currency, u"JPY"_s);
        QCOMPARE(jp->order.lines.at(0).unitPriceMinor, 1990);
        QCOMPARE(jp->order.createdAt, QDateTime(QDate(2026, 11, 27), QTime(0, 30), Qt::UTC));
        QCOMPARE(byNumber(file, u"701-2223334-4445556"_s)->order.shipTo.country, u"BR"_s);
    }

    void amazonAllOrdersReportWithCancelledItems()
    {
        // The All Orders report: BOM, CRLF, "amazon-order-id" and "quantity", cancelled items with quantity 0.
        const ReadFile file = readOrders(readData(u"amazon_all_orders.txt"_s), u"amazon_all_orders.txt"_s);
        QCOMPARE(file.format, OrderFileFormat::Amazon);
        QVERIFY2(file.issues.isEmpty(), file.issues.isEmpty() ? "" : qPrintable(file.issues.first().toString()));
        QCOMPARE(file.orders.size(), 3);
        const ParsedOrder *cancelled = byNumber(file, u"111-0000002-0000002"_s);
        QCOMPARE(cancelled->order.status, OrderStatus::Cancelled);
        QVERIFY(cancelled->order.lines.isEmpty());
        QCOMPARE(byNumber(file, u"111-0000001-0000001"_s)->order.status, OrderStatus::Shipped);
        const ParsedOrder *pending = byNumber(file, u"111-0000003-0000003"_s);
        QCOMPARE(pending->order.lines.size(), 2);
        QCOMPARE(pending->lineNumbers, (QList<qint64>{4, 5}));
        QCOMPARE(pending->order.totalMinor, 5000 + 1800 + 413 + 149);
    }

    void ebayReportSkipsPreambleAndFooterAndReadsSymbols()
    {
        const ReadFile file = readOrders(readData(u"ebay_orders.csv"_s), u"ebay_orders.csv"_s);
        QCOMPARE(file.format, OrderFileFormat::Ebay);
        QVERIFY2(file.issues.isEmpty(), file.issues.isEmpty() ? "" : qPrintable(file.issues.first().toString()));
        QCOMPARE(file.orders.size(), 3);
        const ParsedOrder *au = byNumber(file, u"22-13829-50033"_s);
        QCOMPARE(au->order.currency, u"AUD"_s);
        QCOMPARE(au->order.lines.size(), 2); // the summary row carries no item
        QCOMPARE(au->order.totalMinor, 7000);
        QCOMPARE(au->order.shippingMinor, 1000);
        QCOMPARE(au->order.lines.at(0).name, u"Silk Scarf, Indigo \"Royal\" pattern"_s);
        QCOMPARE(au->order.shipTo.country, u"AU"_s);
        const ParsedOrder *de = byNumber(file, u"03-13830-60044"_s);
        QCOMPARE(de->order.currency, u"EUR"_s);
        QCOMPARE(de->order.totalMinor, 3900);
        QCOMPARE(de->line, 8);
    }

    void badRowsAreNamedByLineAndColumn()
    {
        const ReadFile shopify = readOrders(readData(u"shopify_orders_bad.csv"_s), u"shopify_orders_bad.csv"_s);
        QStringList texts;
        for (const ImportIssue &issue : shopify.issues)
            texts.append(issue.toString());
        QVERIFY2(texts.contains(u"shopify_orders_bad.csv:3: Lineitem quantity: \"two\" is not a quantity (a whole number, 1 or more)"_s),
                 qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.contains(u"shopify_orders_bad.csv:4: Lineitem price: \"thirty\" is not an amount"_s),
                 qPrintable(texts.join(u'\n')));
        QVERIFY(std::any_of(texts.cbegin(), texts.cend(),
                            [](const QString &t) { return t.startsWith(u"shopify_orders_bad.csv:3: Created at:"_s); }));

        const ReadFile ebay = readOrders(readData(u"ebay_orders_bad.csv"_s), u"ebay_orders_bad.csv"_s);
        QCOMPARE(ebay.issues.size(), 1);
        QCOMPARE(ebay.issues.first().toString(), u"ebay_orders_bad.csv:5: Sold For: \"$1O.00\" is not an amount"_s);
    }

    void formatIsDecidedByTheHeader()
    {
        QCOMPARE(readOrders("sku,name,price\nA,B,1\n", u"x.csv"_s).issues.size(), 1);
        const ReadFile wrong = readOrders(readData(u"amazon_orders.txt"_s), u"amazon_orders.txt"_s,
                                          OrderFileFormat::Shopify);
        QCOMPARE(wrong.orders.size(), 0);
        QVERIFY(wrong.issues.first().message.contains(u"Shopify"_s));
        // A Shopify header without its line-item price is refused, naming the column.
        const ReadFile missing = readOrders("Name,Lineitem quantity,Lineitem name,Created at\n#1,1,A,2026-11-20\n",
                                            u"m.csv"_s);
        QVERIFY(missing.issues.first().message.contains(u"Lineitem price"_s));
    }

    void rowsOfOneOrderMustBeTogether()
    {
        const QByteArray bytes = "order-id\tsku\tquantity-purchased\titem-price\tcurrency\tpurchase-date\tship-country\n"
                                 "A-1\tX\t1\t1.00\tUSD\t2026-11-20T00:00:00Z\tUS\n"
                                 "B-2\tX\t1\t1.00\tUSD\t2026-11-20T00:00:00Z\tUS\n"
                                 "A-1\tY\t1\t1.00\tUSD\t2026-11-20T00:00:00Z\tUS\n";
        const ReadFile file = readOrders(bytes, u"a.txt"_s);
        QCOMPARE(file.issues.size(), 1);
        QCOMPARE(file.issues.first().line, 4);
        QVERIFY(file.issues.first().message.contains(u"A-1"_s));
    }
};

QTEST_APPLESS_MAIN(TestOrderFile)
#include "tst_orderfile.moc"
