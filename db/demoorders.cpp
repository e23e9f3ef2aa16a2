// Demo orders for the demo shop: a few hundred believable international orders over the days the demo rates cover,
// with the cases a seller meets on the first day (restricted goods, a missing phone for express, a missing CPF,
// a suspicious order that goes on hold, repeat customers, cancelled and shipped orders).
#include "demoshop.h"

#include "borderdeskordercsv.h"
#include "csvwriter.h"
#include "orderimporter.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Destination
{
    const char16_t *country;
    const char16_t *currency;
    const char16_t *city;
    const char16_t *province;
    const char16_t *postalCode;
    const char16_t *street;
    const char16_t *phone;
    const char16_t *language;
};

const Destination destinations[] = {
    {u"US", u"USD", u"Portland", u"OR", u"97205", u"1120 SW 5th Ave", u"+1 503-555-0142", u"en"},
    {u"US", u"USD", u"New York", u"NY", u"10118", u"350 Fifth Avenue", u"+1 212-555-0100", u"en"},
    {u"DE", u"EUR", u"Berlin", u"", u"10115", u"Invalidenstraße 117", u"+49 30 1234567", u"de"},
    {u"FR", u"EUR", u"Paris", u"", u"75001", u"12 Rue de Rivoli", u"+33 1 42 68 53 00", u"fr"},
    {u"NL", u"EUR", u"Amsterdam", u"", u"1012 JS", u"Damrak 1", u"+31 20 555 0100", u"en"},
    {u"GB", u"GBP", u"London", u"", u"EC1R 4SX", u"14 Rosebery Avenue", u"+44 20 7946 0958", u"en"},
    {u"JP", u"JPY", u"千代田区", u"東京都", u"100-0005", u"丸の内1-9-1", u"+81 3-1234-5678", u"ja"},
    {u"AU", u"AUD", u"Sydney", u"NSW", u"2000", u"20 Bridge St", u"+61 2 9374 4000", u"en"},
    {u"CA", u"CAD", u"Toronto", u"ON", u"M5V 3L9", u"290 Bremner Blvd", u"+1 416-555-0199", u"en"},
    {u"SG", u"SGD", u"Singapore", u"", u"018956", u"10 Bayfront Ave", u"+65 6123 4567", u"en"},
    {u"TH", u"THB", u"กรุงเทพมหานคร", u"", u"10330", u"999/9 ถนนพระรามที่ 1", u"+66 2 100 1000", u"th"},
};

const char16_t *const givenNames[] = {u"Sam", u"Olivia", u"Lena", u"Jonas", u"Chloe", u"Aiko", u"Somchai", u"Camille",
                                      u"Noah", u"Mia", u"Lucas", u"Emma", u"Kenji", u"Ploy", u"Ava", u"Finn"};
const char16_t *const familyNames[] = {u"Carter", u"Smith", u"Müller", u"Weber", u"Nguyen", u"Tanaka", u"Jaidee",
                                       u"Dubois", u"Brown", u"Meyer", u"Martin", u"Wilson", u"Sato", u"Srisuk"};

} // namespace

bool DemoShop::addDemoOrders(const QSqlDatabase &db, int orderCount, QString *error, quint32 seed)
{
    QStringList skus;
    QHash<QString, QString> names; // as the shop's channel lists them
    QSqlQuery q(db);
    if (q.exec(u"SELECT sku, name FROM products WHERE category <> 'Tea & Coffee' ORDER BY sku"_s)) {
        while (q.next()) {
            skus.append(q.value(0).toString());
            names.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    if (skus.isEmpty()) {
        *error = tr("demo orders need the demo catalogue first");
        return false;
    }
    QRandomGenerator random(seed);
    QByteArray csv = CsvWriter::record(BorderdeskOrderCsv::header()).toUtf8();
    const QDateTime firstDay(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < orderCount; ++i) {
        const Destination &d = destinations[random.bounded(int(std::size(destinations)))];
        const int customer = random.bounded(std::max(orderCount * 2 / 3, 1)); // some customers come back
        const QString name = QString::fromUtf16(givenNames[customer % std::size(givenNames)]) + u' '
            + QString::fromUtf16(familyNames[customer % std::size(familyNames)]);
        Order order;
        order.number = u"#"_s + QString::number(5001 + i);
        order.channel = u"shopify"_s;
        order.channelOrderId = order.number;
        order.createdAt = firstDay.addSecs(qint64(i) * 3 * 86400 / orderCount + random.bounded(600));
        order.paidAt = order.createdAt.addSecs(60);
        order.currency = QString::fromUtf16(d.currency);
        order.shipService = random.bounded(4) == 0 ? u"DHL Express Worldwide"_s : u"Standard International"_s;
        order.customer.email = u"customer"_s + QString::number(customer) + u"@example.com"_s;
        order.customer.name = name;
        order.customer.language = QString::fromUtf16(d.language);
        // Each customer at their own address (a shared one would look like a burst of orders to the fraud check).
        order.shipTo = {name,
                        QString(),
                        QString::fromUtf16(d.street),
                        u"#"_s + QString::number(customer % 97 + 1) + u'-' + QString::number(customer / 97 + 1),
                        QString::fromUtf16(d.city),
                        QString::fromUtf16(d.province),
                        QString::fromUtf16(d.postalCode),
                        QString::fromUtf16(d.country),
                        QString::fromUtf16(d.phone)};
        order.billTo = order.shipTo;
        const int lineCount = 1 + random.bounded(3);
        const int minorPerUnit = order.currency == u"JPY"_s ? 1 : 100;
        for (int l = 0; l < lineCount; ++l) {
            const QString sku = skus.at(random.bounded(int(skus.size())));
            order.lines.append({0, sku, names.value(sku), 1 + random.bounded(2), (12 + random.bounded(60)) * minorPerUnit
                                    * (order.currency == u"JPY"_s ? 150 : order.currency == u"THB"_s ? 35 : 1),
                                0, 0, QString()});
        }
        // The cases a seller meets on the first day.
        switch (i % 40) {
        case 3: // tea: FDA prior notice for the US
            order.lines.first().sku = u"TEA-01004"_s;
            order.lines.first().name = u"Jasmine green tea"_s;
            break;
        case 7: order.shipTo.phone.clear(); order.shipService = u"DHL Express Worldwide"_s; break;
        case 11:
            order.shipTo = {name, QString(), u"Avenida Paulista, 1578"_s, QString(), u"São Paulo"_s, u"SP"_s,
                            u"01310-200"_s, u"BR"_s, u"+55 11 3003-9000"_s};
            order.currency = u"USD"_s;
            break;
        case 17:
            order.shipTo.company = u"Shipito"_s;
            order.billTo.country = u"GB"_s;
            order.avsResult = u"N"_s;
            order.cvvResult = u"N"_s;
            break;
        case 23: order.status = OrderStatus::Cancelled; break;
        case 29: order.status = OrderStatus::Shipped; break;
        default: break;
        }
        for (const OrderLine &line : std::as_const(order.lines))
            order.subtotalMinor += line.quantity * line.unitPriceMinor;
        order.shippingMinor = 10 * minorPerUnit * (order.currency == u"JPY"_s ? 150 : order.currency == u"THB"_s ? 35 : 1);
        order.totalMinor = order.subtotalMinor + order.shippingMinor;
        for (const QStringList &row : BorderdeskOrderCsv::rows(order))
            csv += CsvWriter::record(row).toUtf8();
    }
    const OrderImportReport report = OrderImporter::importBytes(db, csv, u"demo-orders.csv"_s, {});
    if (!report.written) {
        *error = report.error;
        for (const ImportIssue &issue : report.issues) {
            if (issue.isError() && error->isEmpty())
                *error = issue.toString();
        }
        return false;
    }
    return true;
}
