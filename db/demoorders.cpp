// Demo orders for the demo shop: a few hundred believable international orders over the days the demo rates cover
// (plus a year of delivered, returned and cancelled ones for the reports),
// with the cases a seller meets on the first day (restricted goods, a missing phone for express, a missing CPF,
// a suspicious order that goes on hold, repeat customers, cancelled and shipped orders).
#include "demoshop.h"

#include "borderdeskordercsv.h"
#include "csvwriter.h"
#include "exchangeraterepository.h"
#include "orderimporter.h"
#include "writetransaction.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
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


// One believable order to destination d at createdAt; `scenario` picks the first-day cases (see addDemoOrders).
Order demoOrder(QRandomGenerator &random, int number, int customer, const Destination &d, const QDateTime &createdAt,
                const QStringList &skus, const QHash<QString, QString> &names, int scenario)
{
    const QString name = QString::fromUtf16(givenNames[customer % std::size(givenNames)]) + u' '
        + QString::fromUtf16(familyNames[customer % std::size(familyNames)]);
    Order order;
    order.number = u"#"_s + QString::number(number);
    order.channel = u"shopify"_s;
    order.channelOrderId = order.number;
    order.createdAt = createdAt;
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
    if (scenario == 11) { // Brazil, paid in US dollars
        order.shipTo = {name, QString(), u"Avenida Paulista, 1578"_s, QString(), u"São Paulo"_s, u"SP"_s,
                        u"01310-200"_s, u"BR"_s, u"+55 11 3003-9000"_s};
        order.currency = u"USD"_s;
    }
    order.billTo = order.shipTo;
    const int lineCount = 1 + random.bounded(3);
    // Prices in whole units of the currency: about USD 12–72 a piece.
    const int unit = order.currency == u"JPY"_s ? 150 : order.currency == u"THB"_s ? 3500 : 100;
    for (int l = 0; l < lineCount; ++l) {
        const QString sku = skus.at(random.bounded(int(skus.size())));
        order.lines.append({0, sku, names.value(sku), 1 + random.bounded(2), (12 + random.bounded(60)) * unit, 0, 0,
                            QString()});
    }
    switch (scenario) {
    case 3: // tea: FDA prior notice for the US
        order.lines.first().sku = u"TEA-01004"_s;
        order.lines.first().name = u"Jasmine green tea"_s;
        break;
    case 7: order.shipTo.phone.clear(); order.shipService = u"DHL Express Worldwide"_s; break;
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
    order.shippingMinor = 10 * unit;
    order.totalMinor = order.subtotalMinor + order.shippingMinor;
    return order;
}

// The catalogue's SKUs and the names the shop's channel lists them under (no tea: it is restricted in places).
bool demoSkus(const QSqlDatabase &db, QStringList *skus, QHash<QString, QString> *names, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(u"SELECT sku, name FROM products WHERE category <> 'Tea & Coffee' ORDER BY sku"_s)) {
        while (q.next()) {
            skus->append(q.value(0).toString());
            names->insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    if (skus->isEmpty()) {
        *error = DemoShop::tr("demo orders need the demo catalogue first");
        return false;
    }
    return true;
}

bool importDemoOrders(const QSqlDatabase &db, const QByteArray &csv, QString *error)
{
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

} // namespace

bool DemoShop::addDemoOrders(const QSqlDatabase &db, int orderCount, QString *error, quint32 seed)
{
    QStringList skus;
    QHash<QString, QString> names;
    if (!demoSkus(db, &skus, &names, error))
        return false;
    QRandomGenerator random(seed);
    QByteArray csv = CsvWriter::record(BorderdeskOrderCsv::header()).toUtf8();
    const QDateTime firstDay(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < orderCount; ++i) {
        const Destination &d = destinations[random.bounded(int(std::size(destinations)))];
        const int customer = random.bounded(std::max(orderCount * 2 / 3, 1)); // some customers come back
        const QDateTime createdAt = firstDay.addSecs(qint64(i) * 3 * 86400 / orderCount + random.bounded(600));
        // The cases a seller meets on the first day come round every 40 orders.
        const Order order = demoOrder(random, 5001 + i, customer, d, createdAt, skus, names, i % 40);
        for (const QStringList &row : BorderdeskOrderCsv::rows(order))
            csv += CsvWriter::record(row).toUtf8();
    }
    return importDemoOrders(db, csv, error);
}

bool DemoShop::addDemoHistory(const QSqlDatabase &db, QString *error, quint32 seed)
{
    QStringList skus;
    QHash<QString, QString> names;
    if (!demoSkus(db, &skus, &names, error))
        return false;
    // Month-start rates for the past year, near the demo's current ones, so every order has its rate of the day.
    const QList<ExchangeRate> current = ExchangeRateRepository(db).latest();
    QList<ExchangeRate> past;
    const QDate lastDay(2026, 11, 24);
    for (int m = 1; m <= Months + 1; ++m) {
        const QDate day = QDate(lastDay.year(), lastDay.month(), 1).addMonths(-m + 1);
        for (const ExchangeRate &rate : current) {
            ExchangeRate old = rate;
            old.date = day;
            const int drift = int((qHash(rate.currency) + quint64(m) * 37) % 41) - 20; // ±2 %
            old.perEuro = ExactDecimal{rate.perEuro.mantissa * (1000 + drift), rate.perEuro.scale + 3};
            past.append(old);
        }
    }
    {
        WriteTransaction transaction(db);
        *error = transaction.error();
        if (!transaction.isActive() || !ExchangeRateRepository(db).save(past, u"demo"_s, error)
            || !transaction.commit(error))
            return false;
    }
    // Sales grow in Europe and Japan, hold in the US, fade in Australia: a shape a seller can read at a glance.
    //                                US  US  DE FR NL GB  JP AU  CA SG TH   (tenths, at the start and per month)
    static constexpr int start[] = {100, 100, 40, 30, 20, 60, 30, 60, 40, 30, 30};
    static constexpr int slope[] = {0, 0, 8, 6, 4, 2, 7, -3, 1, 3, 0};
    QRandomGenerator random(seed);
    QByteArray csv = CsvWriter::record(BorderdeskOrderCsv::header()).toUtf8();
    int number = 1001;
    const QDate firstDay = lastDay.addMonths(-Months).addDays(1);
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        const int month = int(firstDay.daysTo(day) / 30);
        const int perDay = 2 + (month * 3 + random.bounded(8)) / 8; // about 80 a month growing to 170
        for (int n = 0; n < perDay; ++n) {
            int weights[std::size(destinations)];
            int sum = 0;
            for (size_t d = 0; d < std::size(destinations); ++d)
                sum += weights[d] = std::max(start[d] + slope[d] * month, 5);
            int pick = random.bounded(sum);
            size_t d = 0;
            while (pick >= weights[d])
                pick -= weights[d++];
            const QDateTime createdAt(day, QTime(0, 0).addSecs(random.bounded(86400)), Qt::UTC);
            Order order = demoOrder(random, number, 10000 + random.bounded(1500), destinations[d], createdAt, skus,
                                    names, number % 30 == 11 ? 11 : -1);
            order.status = number % 25 == 0  ? OrderStatus::Returned
                           : number % 20 == 7 ? OrderStatus::Cancelled
                                              : OrderStatus::Delivered;
            ++number;
            for (const QStringList &row : BorderdeskOrderCsv::rows(order))
                csv += CsvWriter::record(row).toUtf8();
        }
    }
    if (!importDemoOrders(db, csv, error))
        return false;
    // What the carriers charged for the delivered and returned ones, booked the day after the order.
    WriteTransaction transaction(db);
    QSqlQuery q(db);
    if (!transaction.isActive()
        || !q.exec(u"INSERT INTO shipments (order_id, service_id, service_code, carrier_code, status, cost_minor, "
                   u"cost_currency, cost_base_minor, billable_weight_g, created_at, created_by, shipped_at) "
                   u"SELECT o.id, s.id, s.code, c.code, 'delivered', x.cost, 'THB', x.cost, 500 * (1 + o.id % 4), "
                   u"strftime('%Y-%m-%dT%H:%M:%SZ', o.created_at, '+1 day'), 'demo', "
                   u"strftime('%Y-%m-%dT%H:%M:%SZ', o.created_at, '+1 day') "
                   u"FROM orders o JOIN (SELECT id, CASE id % 3 WHEN 0 THEN 'DHL-EXP-WW' WHEN 1 THEN 'THP-EMS-WORLD' "
                   u"ELSE 'FEDEX-IE' END AS service, CASE id % 3 WHEN 0 THEN 145000 + (id % 5) * 21000 "
                   u"WHEN 1 THEN 65000 + (id % 7) * 9000 ELSE 110000 + (id % 6) * 12000 END AS cost FROM orders) x "
                   u"ON x.id = o.id JOIN shipping_services s ON s.code = x.service JOIN carriers c ON c.id = s.carrier_id "
                   u"WHERE o.status IN ('delivered', 'returned') AND o.created_at < '2026-11-25'"_s)) {
        *error = transaction.isActive() ? q.lastError().text() : transaction.error();
        return false;
    }
    return transaction.commit(error);
}
