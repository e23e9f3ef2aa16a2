#include "reportsshop.h"

#include "benchsupport.h"
#include "secondaryindexes.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QStringBuilder>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ReportsShop {

namespace {

// Where orders go: 60 real destinations, each with the currency its customers pay in and the seller's market
// there (none for the last 20).
struct Destination
{
    const char *country;
    const char *currency;
    const char *market;
    bool ddp; // the seller collects the tax and pays the duties
};

const Destination Destinations[] = {
    {"US", "USD", "US", false}, {"CA", "CAD", "CA", false}, {"GB", "GBP", "GB", true},  {"AU", "AUD", "AU", true},
    {"JP", "JPY", "JP", false}, {"TH", "THB", "TH", false}, {"SG", "SGD", "SG", true},  {"CH", "USD", "CH", false},
    {"NO", "USD", "NO", true},  {"KR", "USD", "KR", false}, {"BR", "USD", "BR", false}, {"MX", "USD", "MX", false},
    {"CN", "USD", "CN", false}, {"DE", "EUR", "EU", true},  {"FR", "EUR", "EU", true},  {"IT", "EUR", "EU", true},
    {"ES", "EUR", "EU", true},  {"NL", "EUR", "EU", true},  {"BE", "EUR", "EU", true},  {"AT", "EUR", "EU", true},
    {"IE", "EUR", "EU", true},  {"PT", "EUR", "EU", true},  {"FI", "EUR", "EU", true},  {"SE", "EUR", "EU", true},
    {"DK", "EUR", "EU", true},  {"PL", "EUR", "EU", true},  {"CZ", "EUR", "EU", true},  {"GR", "EUR", "EU", true},
    {"HU", "EUR", "EU", true},  {"RO", "EUR", "EU", true},  {"SK", "EUR", "EU", true},  {"SI", "EUR", "EU", true},
    {"HR", "EUR", "EU", true},  {"BG", "EUR", "EU", true},  {"LT", "EUR", "EU", true},  {"LV", "EUR", "EU", true},
    {"EE", "EUR", "EU", true},  {"LU", "EUR", "EU", true},  {"MT", "EUR", "EU", true},  {"CY", "EUR", "EU", true},
    {"NZ", "USD", "", false},   {"HK", "USD", "", false},   {"TW", "USD", "", false},   {"MY", "USD", "", false},
    {"ID", "USD", "", false},   {"PH", "USD", "", false},   {"VN", "USD", "", false},   {"IN", "USD", "", false},
    {"AE", "USD", "", false},   {"SA", "USD", "", false},   {"IL", "USD", "", false},   {"TR", "USD", "", false},
    {"ZA", "USD", "", false},   {"EG", "USD", "", false},   {"NG", "USD", "", false},   {"KE", "USD", "", false},
    {"AR", "USD", "", false},   {"CL", "USD", "", false},   {"CO", "USD", "", false},   {"PE", "USD", "", false},
};
static_assert(std::size(Destinations) == 60);

struct CurrencyFacts
{
    const char *code;
    int pricePercent;   // a price in minor units of this currency per 100 US cents
    const char *rate;   // 1 unit in baht, exact decimal (orders.rate_to_base)
    double baseFactor;  // 1 minor unit in satang: rate × 10^(2 − fraction digits)
};

const CurrencyFacts Currencies[] = {
    {"USD", 100, "35.50", 35.50}, {"EUR", 92, "38.60", 38.60},  {"GBP", 79, "44.90", 44.90},
    {"JPY", 150, "0.2367", 23.67}, {"AUD", 152, "23.35", 23.35}, {"CAD", 138, "25.70", 25.70},
    {"SGD", 134, "26.50", 26.50}, {"THB", 3550, "1", 1.0},
};

const CurrencyFacts &currencyFacts(const char *code)
{
    for (const CurrencyFacts &c : Currencies) {
        if (qstrcmp(c.code, code) == 0)
            return c;
    }
    return Currencies[0];
}

} // namespace

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = sqlErrorText(q);
        return false;
    }
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        *error = sqlErrorText(q);
        return false;
    }
    return true;
}

// Orders spread evenly over two years in the shop's days, oldest first, with one or two lines each; one in 11 was
// sold outside the seller's markets, and the newest percent are still in the warehouse. Written by SQLite itself
// from two small tables of destinations and products.
bool generate(const QSqlDatabase &db, int orders, QString *error)
{
    WriteTransaction transaction(db);
    const SecondaryIndexes indexes(db, {u"orders"_s, u"order_lines"_s});
    QSqlQuery q(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    if (!indexes.drop(error)
        || !exec(q, u"CREATE TEMP TABLE bench_destinations (k INTEGER PRIMARY KEY, country TEXT, currency TEXT, "
                    u"market TEXT, ddp INTEGER, price_percent INTEGER, rate TEXT, base_factor REAL)"_s, {}, error)
        || !exec(q, u"CREATE TEMP TABLE bench_products AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, sku, "
                    u"name FROM products"_s, {}, error))
        return false;
    for (int k = 0; k < int(std::size(Destinations)); ++k) {
        const Destination &d = Destinations[k];
        const CurrencyFacts &c = currencyFacts(d.currency);
        if (!exec(q, u"INSERT INTO bench_destinations VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {k, QString::fromLatin1(d.country), QString::fromLatin1(d.currency), QString::fromLatin1(d.market),
                   int(d.ddp), c.pricePercent, QString::fromLatin1(c.rate), c.baseFactor},
                  error))
            return false;
    }
    const qint64 start = QDateTime(FirstDay, QTime(0, 0), QTimeZone(ShopZone)).toSecsSinceEpoch();
    const qint64 span = qint64(FirstDay.daysTo(Today) + 1) * 86400 - 3600; // the jitter below stays within the day
    // Line prices are US cents scaled to the order's currency; line 2 exists for odd orders. The order_lines insert
    // below works the same lines out again from the order's id, which is i in a new database.
    const QString linePrice = u"(900 + (i * 31 + %1) % 9000) * price_percent / 100"_s;
    const QString lineQuantity = u"(1 + (i + %1) % 3)"_s;
    const QString sql =
        u"WITH RECURSIVE n(i, total) AS (SELECT 1, ? UNION ALL SELECT i + 1, total FROM n WHERE i < total), "
        u"o AS (SELECT n.i, n.total, d.*, IIF(n.i % 11 = 0, '', d.market) AS market_code, "
        u"CASE n.i / 60 % 4 WHEN 0 THEN 'amazon' WHEN 1 THEN 'etsy' ELSE 'shopify' END AS channel, "
        % linePrice.arg(u"17"_s) % u" * "_s % lineQuantity.arg(u"1"_s) % u" + IIF(n.i % 2 = 1, "_s
        % linePrice.arg(u"34"_s) % u" * "_s % lineQuantity.arg(u"2"_s)
        % u", 0) AS subtotal, (500 + n.i % 1500) * d.price_percent / 100 AS shipping "
          u"FROM n JOIN bench_destinations d ON d.k = n.i % 60), "
          u"t AS (SELECT *, IIF(i % 10 = 0, subtotal / 10, 0) AS discount FROM o), "
          u"u AS (SELECT *, IIF(ddp AND market_code <> '', (subtotal - discount) * 20 / 100, 0) AS tax FROM t) "
          u"INSERT INTO orders (number, channel, channel_order_id, email, created_at, currency, subtotal_minor, "
          u"discount_minor, shipping_minor, tax_minor, total_minor, base_currency, rate_to_base, total_base_minor, "
          u"market_code, incoterm, status, ship_name, ship_address1, ship_city, ship_postal_code, ship_country, "
          u"risk_score) "
          u"SELECT '#' || (100000 + i), channel, '#' || (100000 + i), 'customer' || (i % 300000) || '@example.com', "
          u"strftime('%Y-%m-%dT%H:%M:%SZ', ? + (i - 1) * ? / total + (i * 7919) % 3000, 'unixepoch'), currency, "
          u"subtotal, discount, shipping, tax, subtotal - discount + shipping + tax, 'THB', rate, "
          u"CAST(round((subtotal - discount + shipping + tax) * base_factor) AS INTEGER), market_code, "
          u"IIF(ddp AND market_code <> '', 'DDP', 'DAP'), "
          u"CASE WHEN i > total - total / 100 THEN CASE i % 6 WHEN 0 THEN 'new' WHEN 1 THEN 'on_hold' "
          u"WHEN 2 THEN 'ready_to_ship' WHEN 3 THEN 'picked' WHEN 4 THEN 'packed' ELSE 'shipped' END "
          u"WHEN i % 40 = 0 THEN 'cancelled' WHEN i % 50 = 1 THEN 'returned' WHEN i > total - total / 30 THEN 'shipped' "
          u"ELSE 'delivered' END, "
          u"'Customer ' || (i % 300000), '350 Fifth Avenue', 'City', '10115', country, i % 101 FROM u"_s;
    const QString lines =
        u"INSERT INTO order_lines (order_id, position, product_id, sku, name, quantity, unit_price_minor) "
        u"SELECT i, position, p.id, p.sku, p.name, "_s
        % lineQuantity.arg(u"position"_s) % u", "_s % linePrice.arg(u"17 * position"_s)
        % u" FROM (SELECT o.id AS i, l.position, d.price_percent FROM orders o "
          u"JOIN (SELECT 1 AS position UNION ALL SELECT 2) l ON l.position = 1 OR o.id % 2 = 1 "
          u"JOIN bench_destinations d ON d.k = o.id % 60) "
          u"JOIN bench_products p ON p.k = (i * 7 + position * 13) % (SELECT count(*) FROM bench_products)"_s;
    if (!exec(q, sql, {orders, start, span}, error) || !exec(q, lines, {}, error)
        || !exec(q, u"SELECT count(*), max(id) FROM orders"_s, {}, error) || !q.next())
        return false;
    if (q.value(0).toInt() != orders || q.value(1).toInt() != orders) {
        *error = u"expected orders 1 to %1 in an empty database"_s.arg(orders);
        return false;
    }
    q.finish();
    return exec(q, u"DROP TABLE bench_destinations"_s, {}, error)
           && exec(q, u"DROP TABLE bench_products"_s, {}, error) && indexes.create(error) && transaction.commit(error);
}

} // namespace ReportsShop
