#include "ordercheckcontext.h"

#include "exchangeraterepository.h"
#include "fraudsettingsrepository.h"
#include "marketrepository.h"
#include "ordercells.h"
#include "phonenumber.h"
#include "shopsettings.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

OrderCheckContext::OrderCheckContext(QSqlDatabase db)
    : m_db(std::move(db))
    , m_checker(FraudSettingsRepository(m_db).load())
{
    m_baseCurrency = ShopSettings(m_db).baseCurrency();
    m_markets = MarketRepository(m_db).list();
    for (qsizetype i = 0; i < m_markets.size(); ++i) {
        for (const QString &country : std::as_const(m_markets.at(i).countries)) {
            const auto existing = m_marketByCountry.constFind(country);
            const bool better = existing == m_marketByCountry.cend()
                || m_markets.at(i).code == country
                || (m_markets.at(*existing).code != country
                    && m_markets.at(i).countries.size() < m_markets.at(*existing).countries.size());
            if (better)
                m_marketByCountry.insert(country, i);
        }
    }
}

namespace {

const QString productColumns = u"SELECT id, sku, hs_code, origin_country, category, weight_g FROM products"_s;

CheckedProduct productFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toLongLong()};
}

} // namespace

void OrderCheckContext::loadAllProducts()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(productColumns))
        return;
    m_products.clear();
    while (q.next()) {
        CheckedProduct product = productFrom(q);
        m_products.insert(product.sku, product);
    }
    m_allProducts = true;
}

const CheckedProduct *OrderCheckContext::product(const QString &sku)
{
    if (sku.isEmpty())
        return nullptr;
    auto it = m_products.constFind(sku);
    if (it == m_products.cend()) {
        if (m_allProducts)
            return nullptr;
        QSqlQuery q(m_db);
        q.prepare(productColumns + u" WHERE sku = ?"_s);
        q.addBindValue(sku);
        CheckedProduct product;
        if (q.exec() && q.next())
            product = productFrom(q);
        it = m_products.insert(sku, product);
    }
    return it->id > 0 ? &*it : nullptr;
}

QList<const CheckedProduct *> OrderCheckContext::productsOf(const Order &order)
{
    QList<const CheckedProduct *> products;
    products.reserve(order.lines.size());
    for (const OrderLine &line : order.lines)
        products.append(product(line.sku));
    return products;
}

const Market *OrderCheckContext::marketFor(const QString &country) const
{
    const auto it = m_marketByCountry.constFind(country);
    return it == m_marketByCountry.cend() ? nullptr : &m_markets.at(*it);
}

bool OrderCheckContext::recordBaseRate(Order &order, QString *why)
{
    order.baseCurrency = m_baseCurrency;
    if (order.currency == m_baseCurrency) {
        order.rateToBase = u"1"_s;
        order.rateDate = order.createdAt.date().toString(Qt::ISODate);
        order.totalBaseMinor = order.totalMinor;
        return true;
    }
    const QDate day = order.createdAt.date();
    const QString key = order.currency + u'|' + day.toString(Qt::ISODate);
    auto it = m_rates.constFind(key);
    if (it == m_rates.cend()) {
        Rate rate;
        const auto conversion =
            ExchangeRateRepository(m_db).convert(Money(0, order.currency), m_baseCurrency, day, &rate.why);
        if (conversion) {
            rate.found = true;
            rate.fromPerEuro = conversion->fromPerEuro;
            rate.toPerEuro = conversion->toPerEuro;
            rate.date = conversion->rateDate;
        }
        it = m_rates.insert(key, rate);
    }
    if (!it->found) {
        *why = it->why;
        order.rateToBase.clear();
        order.rateDate.clear();
        order.totalBaseMinor = 0;
        return false;
    }
    const auto total = CurrencyConversion::convert(order.total(), m_baseCurrency, it->fromPerEuro, it->toPerEuro);
    // 1 unit of the order's currency in the base currency, to 10 decimals (the per-euro rates stay exact in the
    // rates table for that day).
    const auto rate = ExactMath::scaleRound(1, it->toPerEuro, it->fromPerEuro, 10);
    if (!total || !rate) {
        *why = tr("the amount is too large to convert");
        return false;
    }
    order.totalBaseMinor = total->minorUnits();
    order.rateToBase = ExactDecimal{*rate, 10}.toString();
    order.rateDate = it->date.toString(Qt::ISODate);
    return true;
}

OrderCheck OrderCheckContext::check(const Order &order, const CustomerHistory &history)
{
    OrderCheck check;
    const QList<const CheckedProduct *> products = productsOf(order);
    m_checker.checkShipping(order, products, marketFor(order.shipTo.country), check);
    // Imports store "+…" numbers by their digits alone (libphonenumber costs ~50 µs a number); a check of one order
    // asks libphonenumber whether such a number is valid for its country.
    const QString phone = order.shipTo.phone.isEmpty() ? order.customer.phone : order.shipTo.phone;
    const bool alreadyFlagged = std::any_of(check.problems.cbegin(), check.problems.cend(),
                                            [](const OrderProblem &p) { return p.code == u"phone_invalid"_s; });
    if (!phone.isEmpty() && !alreadyFlagged) {
        const PhoneNumber::Result result = PhoneNumber::parse(phone, order.shipTo.country);
        if (!result.isValid())
            check.problems.append({u"phone_invalid"_s, phone, result.error, order.isExpress()});
    }
    m_checker.scoreOrder(order, products, check);
    m_checker.scoreHistory(order, history, check);
    return check;
}

CustomerHistory OrderCheckContext::storedHistory(const Order &order) const
{
    CustomerHistory history;
    const QString created = OrderCells::isoUtc(order.createdAt);
    const QString windowStart =
        OrderCells::isoUtc(order.createdAt.addSecs(-qint64(m_checker.settings().velocityHours) * 3600));
    QSqlQuery q(m_db);
    if (order.customer.id > 0) {
        q.prepare(u"SELECT count(*), coalesce(avg(total_base_minor), 0), "
                  "coalesce(sum(created_at >= ?), 0) FROM orders "
                  "WHERE customer_id = ? AND id <> ? AND created_at <= ? AND status <> 'cancelled'"_s);
        q.addBindValue(windowStart);
        q.addBindValue(order.customer.id);
        q.addBindValue(order.id);
        q.addBindValue(created);
        if (q.exec() && q.next()) {
            history.previousOrders = q.value(0).toInt();
            history.averageBaseMinor = q.value(1).toLongLong();
            history.recentOrdersSameEmail = q.value(2).toInt();
        }
    }
    q.prepare(u"SELECT count(*) FROM orders WHERE ship_country = ? AND ship_postal_code = ? "
              "AND ship_address1 = ? COLLATE NOCASE AND ship_address2 = ? COLLATE NOCASE AND id <> ? "
              "AND created_at BETWEEN ? AND ?"_s);
    q.addBindValue(order.shipTo.country);
    q.addBindValue(order.shipTo.postalCode);
    q.addBindValue(order.shipTo.line1);
    q.addBindValue(order.shipTo.line2);
    q.addBindValue(order.id);
    q.addBindValue(windowStart);
    q.addBindValue(created);
    if (q.exec() && q.next())
        history.recentOrdersSameAddress = q.value(0).toInt();
    return history;
}
