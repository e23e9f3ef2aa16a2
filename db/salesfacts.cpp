#include "salesfacts.h"

#include "bulkstatement.h"
#include "ratecache.h"
#include "exactdecimal.h"
#include "shopsettings.h"
#include "writetransaction.h"

#include <QHash>
#include <QScopeGuard>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString TimeZoneKey = u"report_time_zone"_s;
const QString FeePrefix = u"fee_percent_"_s;
constexpr qint64 BatchSize = 20000; // orders per write transaction: well under a second each

// value × numerator ÷ denominator, rounded half away from zero; 0 when it cannot be worked out.
qint64 proportion(qint64 value, qint64 numerator, qint64 denominator)
{
    if (value == 0 || denominator == 0)
        return 0;
    return ExactMath::scaleRound(value, ExactDecimal{numerator, 0}, ExactDecimal{denominator, 0}, 0).value_or(0);
}

// value × percent ÷ 100 for an exact decimal percent.
qint64 percentOf(qint64 value, const ExactDecimal &percent)
{
    if (value == 0 || percent.mantissa == 0)
        return 0;
    return ExactMath::scaleRound(value, percent, ExactDecimal{100, 0}, 0).value_or(0);
}

struct MarketFacts
{
    QString currency;
    ExactDecimal dutyPercent;
    qint64 dutyThresholdMinor = 0;
    qint64 shippingEstimateMinor = 0;
};

// Everything an order's figures depend on besides the order itself.
struct Context
{
    QString baseCurrency;
    QTimeZone zone;
    QHash<QString, ExactDecimal> feePercent; // by channel
    QHash<QString, MarketFacts> markets;
    QHash<qint64, std::pair<qint64, QString>> productCost; // id → (cost, currency); only products with a cost
    QHash<qint64, int> offsetByHour; // UTC hour → the zone's offset in seconds
};

QDate localDay(Context &context, const QString &createdAt)
{
    QDateTime utc = QDateTime::fromString(createdAt, Qt::ISODate);
    if (!utc.isValid())
        return {};
    utc.setTimeSpec(Qt::UTC);
    const qint64 hour = utc.toSecsSinceEpoch() / 3600;
    auto offset = context.offsetByHour.constFind(hour);
    if (offset == context.offsetByHour.constEnd())
        offset = context.offsetByHour.insert(hour, context.zone.offsetFromUtc(utc));
    return utc.addSecs(*offset).date();
}

bool loadContext(const QSqlDatabase &db, const QTimeZone &zone, Context *context, QString *error)
{
    context->baseCurrency = ShopSettings(db).baseCurrency();
    context->zone = zone;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, value FROM settings WHERE key LIKE 'fee\\_percent\\_%' ESCAPE '\\'"_s))
        return *error = q.lastError().text(), false;
    while (q.next()) {
        if (const auto percent = ExactDecimal::parse(q.value(1).toString()))
            context->feePercent.insert(q.value(0).toString().mid(FeePrefix.size()), *percent);
    }
    if (!q.exec(u"SELECT code, currency, duty_percent, duty_threshold_minor, shipping_estimate_minor FROM markets"_s))
        return *error = q.lastError().text(), false;
    while (q.next()) {
        MarketFacts market;
        market.currency = q.value(1).toString();
        market.dutyPercent = ExactDecimal::parse(q.value(2).toString()).value_or(ExactDecimal{});
        market.dutyThresholdMinor = q.value(3).toLongLong();
        market.shippingEstimateMinor = q.value(4).toLongLong();
        context->markets.insert(q.value(0).toString(), market);
    }
    if (!q.exec(u"SELECT id, cost_minor, cost_currency FROM products WHERE cost_minor > 0"_s))
        return *error = q.lastError().text(), false;
    while (q.next())
        context->productCost.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toString()});
    return true;
}

struct OrderRow
{
    qint64 id = 0;
    bool exists = false;
    QString createdAt, country, market, currency, channel, status, incoterm, rateDate;
    qint64 subtotal = 0, discount = 0, tax = 0, total = 0, totalBase = 0;
};

struct LineRow
{
    qint64 orderId = 0;
    qint64 productId = 0; // 0 = not in the catalogue
    qint64 quantity = 0;
};

// Counts the pending orders up to lastId again inside the caller's transaction; *done grows by their number.
bool countBatch(const QSqlDatabase &db, Context &context, RateCache &rates, qint64 lastId, qint64 total, qint64 *done,
                const std::function<bool(int)> &progress, QString *error)
{
    // Shipments of the pending orders: booked cost in base currency.
    QHash<qint64, qint64> shippingCost;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.order_id, sum(coalesce(s.cost_base_minor, 0)) FROM report_dirty d CROSS JOIN shipments s "
              u"ON s.order_id = d.order_id WHERE d.order_id <= ? AND s.status <> 'cancelled' GROUP BY s.order_id"_s);
    q.addBindValue(lastId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        shippingCost.insert(q.value(0).toLongLong(), q.value(1).toLongLong());

    QSqlQuery orders(db);
    orders.setForwardOnly(true);
    QSqlQuery lines(db);
    lines.setForwardOnly(true);
    orders.prepare(u"SELECT d.order_id, o.id, o.created_at, o.ship_country, o.market_code, o.currency, o.channel, "
                     u"o.status, o.incoterm, o.rate_date, o.subtotal_minor, o.discount_minor, o.tax_minor, "
                     u"o.total_minor, o.total_base_minor FROM report_dirty d LEFT JOIN orders o ON o.id = d.order_id "
                     u"WHERE d.order_id <= ? ORDER BY d.order_id"_s);
    orders.addBindValue(lastId);
    lines.prepare(u"SELECT l.order_id, coalesce(l.product_id, 0), l.quantity FROM report_dirty d "
                  u"CROSS JOIN order_lines l ON l.order_id = d.order_id WHERE d.order_id <= ? ORDER BY d.order_id"_s);
    lines.addBindValue(lastId);
    if (!orders.exec() || !lines.exec()) {
        *error = orders.lastError().isValid() ? orders.lastError().text() : lines.lastError().text();
        return false;
    }
    BulkStatement remove(db, u"DELETE FROM sales_facts WHERE order_id = ?"_s);
    BulkStatement insert(db, u"INSERT INTO sales_facts (order_id, day, country, market_code, currency, channel, "
                               u"state, revenue_minor, revenue_base_minor, tax_base_minor, cost_base_minor, "
                               u"shipping_base_minor, duties_base_minor, fees_base_minor) "
                               u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!remove.isValid() || !insert.isValid()) {
        *error = remove.isValid() ? insert.prepareError() : remove.prepareError();
        return false;
    }

    bool haveLine = lines.next();
    while (orders.next()) {
        OrderRow o;
        o.id = orders.value(0).toLongLong();
        o.exists = !orders.value(1).isNull();
        if (o.exists) {
            o.createdAt = orders.value(2).toString();
            o.country = orders.value(3).toString();
            o.market = orders.value(4).toString();
            o.currency = orders.value(5).toString();
            o.channel = orders.value(6).toString();
            o.status = orders.value(7).toString();
            o.incoterm = orders.value(8).toString();
            o.rateDate = orders.value(9).toString();
            o.subtotal = orders.value(10).toLongLong();
            o.discount = orders.value(11).toLongLong();
            o.tax = orders.value(12).toLongLong();
            o.total = orders.value(13).toLongLong();
            o.totalBase = orders.value(14).toLongLong();
        }
        // The lines come in the same order; skip those of orders that no longer exist.
        QList<LineRow> orderLines;
        while (haveLine && lines.value(0).toLongLong() <= o.id) {
            if (lines.value(0).toLongLong() == o.id)
                orderLines.append({o.id, lines.value(1).toLongLong(), lines.value(2).toLongLong()});
            haveLine = lines.next();
        }

        remove.bind(1, o.id);
        if (!remove.exec(error))
            return false;
        const QDate day = o.exists ? localDay(context, o.createdAt) : QDate();
        if (day.isValid()) {
            const qint64 revenueBase = o.currency == context.baseCurrency ? o.total : o.totalBase;
            const QDate rateDay = o.rateDate.isEmpty() ? day : QDate::fromString(o.rateDate, Qt::ISODate);
            // The order's own rate: its base total against its total.
            const auto toBase = [&](qint64 minor) { return proportion(minor, revenueBase, o.total); };

            qint64 cost = 0;
            bool costKnown = !orderLines.isEmpty();
            for (const LineRow &line : std::as_const(orderLines)) {
                const auto product = context.productCost.constFind(line.productId);
                const auto converted = product == context.productCost.constEnd()
                                           ? std::nullopt
                                           : rates.convert(product->first * line.quantity, product->second,
                                                           context.baseCurrency, rateDay);
                if (!converted) {
                    costKnown = false;
                    break;
                }
                cost += *converted;
            }

            const MarketFacts market = context.markets.value(o.market);
            qint64 shipping = 0;
            if (const auto booked = shippingCost.constFind(o.id); booked != shippingCost.constEnd())
                shipping = *booked;
            else if (market.shippingEstimateMinor > 0)
                shipping = rates.convert(market.shippingEstimateMinor, market.currency, context.baseCurrency, rateDay)
                               .value_or(0);

            qint64 duties = 0;
            const qint64 goods = o.subtotal - o.discount;
            if (o.incoterm == u"DDP"_s && !o.market.isEmpty()
                && !(o.currency == market.currency && goods < market.dutyThresholdMinor))
                duties = toBase(percentOf(goods, market.dutyPercent));
            const qint64 fees = percentOf(revenueBase, context.feePercent.value(o.channel));

            const QString state = o.status == u"cancelled"_s  ? u"cancelled"_s
                                  : o.status == u"returned"_s ? u"returned"_s
                                                              : u"sale"_s;
            int c = 1;
            insert.bind(c++, o.id);
            insert.bind(c++, day.toString(Qt::ISODate));
            insert.bind(c++, o.country);
            insert.bind(c++, o.market);
            insert.bind(c++, o.currency);
            insert.bind(c++, o.channel);
            insert.bind(c++, state);
            insert.bind(c++, o.total);
            insert.bind(c++, revenueBase);
            insert.bind(c++, toBase(o.tax));
            if (costKnown)
                insert.bind(c++, cost);
            else
                insert.bindNull(c++);
            insert.bind(c++, shipping);
            insert.bind(c++, duties);
            insert.bind(c++, fees);
            if (!insert.exec(error))
                return false;
        }
        ++*done;
        if (progress && *done % 2048 == 0 && !progress(int(std::min<qint64>(*done * 100 / total, 99)))) {
            *error = SalesFacts::tr("cancelled; the reports were left as they were");
            return false;
        }
    }
    if (orders.lastError().isValid()) {
        *error = orders.lastError().text();
        return false;
    }
    if (progress && !progress(int(std::min<qint64>(*done * 100 / total, 99)))) {
        *error = SalesFacts::tr("cancelled; the reports were left as they were");
        return false;
    }
    q.prepare(u"DELETE FROM report_dirty WHERE order_id <= ?"_s);
    q.addBindValue(lastId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

SalesFacts::SalesFacts(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 SalesFacts::pending() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM report_dirty"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

QTimeZone SalesFacts::timeZone() const
{
    const QString stored = ShopSettings(m_db).value(TimeZoneKey);
    if (!stored.isEmpty()) {
        const QTimeZone zone(stored.toLatin1());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

bool SalesFacts::setTimeZone(const QByteArray &ianaId, QString *error) const
{
    if (!QTimeZone(ianaId).isValid()) {
        *error = tr("%1 is not a time zone (try Asia/Bangkok or Europe/Berlin)").arg(QString::fromLatin1(ianaId));
        return false;
    }
    return ShopSettings(m_db).setValue(TimeZoneKey, QString::fromLatin1(ianaId), error);
}

QString SalesFacts::feePercent(const QString &channel) const
{
    return ShopSettings(m_db).value(FeePrefix + channel, u"0"_s);
}

bool SalesFacts::setFeePercent(const QString &channel, const QString &percent, QString *error) const
{
    const auto value = ExactDecimal::parse(percent.trimmed());
    if (channel.trimmed().isEmpty()) {
        *error = tr("name the channel");
        return false;
    }
    if (!value || value->mantissa < 0 || value->approximate() > 100.0) {
        *error = tr("the fee must be a percentage from 0 to 100, like 2.9 (not \"%1\")").arg(percent);
        return false;
    }
    return ShopSettings(m_db).setValue(FeePrefix + channel.trimmed(), value->toString(), error);
}

QStringList SalesFacts::channels() const
{
    QStringList result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT DISTINCT channel FROM sales_daily UNION SELECT substr(key, 13) FROM settings "
               u"WHERE key LIKE 'fee\\_percent\\_%' ESCAPE '\\' ORDER BY 1"_s)) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    return result;
}

qint64 SalesFacts::rebuild(QString *error, const std::function<bool(int)> &progress) const
{
    {
        WriteTransaction transaction(m_db);
        QSqlQuery q(m_db);
        if (!transaction.isActive() || !q.exec(u"INSERT OR IGNORE INTO report_dirty (order_id) SELECT id FROM orders"_s)
            || !q.exec(u"INSERT OR IGNORE INTO report_dirty (order_id) SELECT order_id FROM sales_facts"_s)
            || !transaction.commit(error)) {
            if (error->isEmpty())
                *error = transaction.isActive() ? q.lastError().text() : transaction.error();
            return -1;
        }
    }
    return refresh(error, progress);
}

qint64 SalesFacts::refresh(QString *error, const std::function<bool(int)> &progress) const
{
    const qint64 total = pending();
    if (total == 0)
        return 0;
    QTimeZone zone = timeZone();
    // The triggers' statement journals and the sums' pages stay in memory: twice as fast on a big first refresh.
    QSqlQuery(m_db).exec(u"PRAGMA temp_store = MEMORY"_s);
    QSqlQuery(m_db).exec(u"PRAGMA cache_size = -262144"_s);
    const auto restoreCache = qScopeGuard([this] { QSqlQuery(m_db).exec(u"PRAGMA cache_size = -2000"_s); });
    Context context;
    if (!loadContext(m_db, zone, &context, error))
        return -1;
    RateCache rates(m_db);
    // In batches, each in its own short write transaction, so other writers (an operator changing an order, a second
    // window) never wait long on the first count of a big import.
    qint64 done = 0;
    for (;;) {
        WriteTransaction transaction(m_db);
        if (!transaction.isActive()) {
            *error = transaction.error();
            return -1;
        }
        if (ShopSettings(m_db).value(TimeZoneKey).isEmpty()) // days stay put even when the machine's zone changes
            ShopSettings(m_db).setValue(TimeZoneKey, QString::fromLatin1(zone.id()), error);
        QSqlQuery bound(m_db);
        bound.prepare(u"SELECT max(order_id), count(*) FROM (SELECT order_id FROM report_dirty ORDER BY order_id "
                      u"LIMIT ?)"_s);
        bound.addBindValue(BatchSize);
        if (!bound.exec() || !bound.next()) {
            *error = bound.lastError().text();
            return -1;
        }
        if (bound.value(1).toLongLong() == 0)
            break;
        const bool last = bound.value(1).toLongLong() < BatchSize;
        if (!countBatch(m_db, context, rates, bound.value(0).toLongLong(), total, &done, progress, error)
            || !transaction.commit(error))
            return -1;
        if (last)
            break;
    }
    if (progress)
        progress(100);
    return done;
}
