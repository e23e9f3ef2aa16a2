#include "orderrepository.h"

#include "connection.h"
#include "ordercells.h"
#include "ordercheckcontext.h"
#include "orderwriter.h"
#include "phonenumber.h"
#include "taxid.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

const QString listColumns =
    u"id, number, channel, channel_order_id, customer_id, email, created_at, paid_at, currency, subtotal_minor, "
    "discount_minor, shipping_minor, tax_minor, total_minor, base_currency, rate_to_base, rate_date, "
    "total_base_minor, market_code, incoterm, ship_service, payment_method, avs_result, cvv_result, channel_risk, "
    "tags, notes, status, ship_name, ship_company, ship_address1, ship_address2, ship_city, ship_province, "
    "ship_postal_code, ship_country, ship_phone, bill_name, bill_company, bill_address1, bill_address2, bill_city, "
    "bill_province, bill_postal_code, bill_country, bill_phone, tax_id, risk_score"_s;

QDateTime utc(const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

Order orderFrom(const QSqlQuery &q)
{
    int i = 0;
    auto next = [&q, &i]() { return q.value(i++); };
    Order o;
    o.id = next().toLongLong();
    o.number = next().toString();
    o.channel = next().toString();
    o.channelOrderId = next().toString();
    o.customer.id = next().toLongLong();
    o.customer.email = next().toString();
    o.createdAt = utc(next());
    o.paidAt = utc(next());
    o.currency = next().toString();
    o.subtotalMinor = next().toLongLong();
    o.discountMinor = next().toLongLong();
    o.shippingMinor = next().toLongLong();
    o.taxMinor = next().toLongLong();
    o.totalMinor = next().toLongLong();
    o.baseCurrency = next().toString();
    o.rateToBase = next().toString();
    o.rateDate = next().toString();
    o.totalBaseMinor = next().toLongLong();
    o.marketCode = next().toString();
    o.incoterm = next().toString();
    for (QString *field : {&o.shipService, &o.paymentMethod, &o.avsResult, &o.cvvResult, &o.channelRisk, &o.tags,
                           &o.notes})
        *field = next().toString();
    o.status = OrderStatuses::fromKey(next().toString()).value_or(OrderStatus::New);
    for (Address *a : {&o.shipTo, &o.billTo}) {
        for (QString *field : {&a->name, &a->company, &a->line1, &a->line2, &a->city, &a->province, &a->postalCode,
                               &a->country, &a->phone})
            *field = next().toString();
    }
    o.customer.taxId = next().toString();
    o.riskScore = next().toInt();
    return o;
}

} // namespace

OrderRepository::OrderRepository(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(actor.isEmpty() ? OrderWriter::actorName() : std::move(actor))
{
}

QList<qint64> OrderRepository::findByNumber(const QString &number) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM orders WHERE number = ? COLLATE NOCASE OR number = ? COLLATE NOCASE "
              "OR channel_order_id = ? ORDER BY id"_s);
    const QString trimmed = number.trimmed();
    q.addBindValue(trimmed);
    q.addBindValue(trimmed.startsWith(u'#') ? trimmed : u'#' + trimmed);
    q.addBindValue(trimmed);
    if (q.exec()) {
        while (q.next()) {
            if (!ids.contains(q.value(0).toLongLong()))
                ids.append(q.value(0).toLongLong());
        }
    }
    return ids;
}

std::optional<qint64> OrderRepository::resolve(const QString &number, QString *error) const
{
    const QList<qint64> ids = findByNumber(number);
    if (ids.isEmpty()) {
        *error = tr("no order %1").arg(number);
        return std::nullopt;
    }
    if (ids.size() > 1) {
        *error = tr("%1 orders have the number %2; use the channel order id").arg(ids.size()).arg(number);
        return std::nullopt;
    }
    return ids.first();
}

std::optional<Order> OrderRepository::load(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + listColumns + u" FROM orders WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Order order = orderFrom(q);
    q.prepare(u"SELECT name, phone, language FROM customers WHERE id = ?"_s);
    q.addBindValue(order.customer.id);
    if (q.exec() && q.next()) {
        order.customer.name = q.value(0).toString();
        order.customer.phone = q.value(1).toString();
        order.customer.language = q.value(2).toString();
    }
    q.prepare(u"SELECT product_id, sku, name, quantity, unit_price_minor, discount_minor, tax_minor, channel_line_id "
              "FROM order_lines WHERE order_id = ? ORDER BY position"_s);
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            order.lines.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                                q.value(6).toLongLong(), q.value(7).toString()});
        }
    }
    return order;
}

StoredOrderCheck OrderRepository::storedCheck(qint64 id) const
{
    StoredOrderCheck check;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT risk_score, can_ship, problems, risk_reasons, checked_at FROM orders WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        check.riskScore = q.value(0).toInt();
        check.canShip = q.value(1).toBool();
        check.problems = OrderCheck::problemsFromJson(q.value(2).toByteArray());
        check.reasons = OrderCheck::reasonsFromJson(q.value(3).toByteArray());
        check.checkedAt = utc(q.value(4));
    }
    return check;
}

QList<OrderHistoryEntry> OrderRepository::history(qint64 id) const
{
    QList<OrderHistoryEntry> entries;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT at, actor, event, old_value, new_value, note FROM order_history WHERE order_id = ? "
              "ORDER BY id"_s);
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            entries.append({utc(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toString()});
        }
    }
    return entries;
}

qint64 OrderRepository::count(const OrderFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM orders"_s + filter.whereClause(&binds));
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<Order> OrderRepository::page(const OrderFilter &filter, int limit, const OrderFilter::Cursor &after,
                                   QList<StoredOrderCheck> *checks) const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + listColumns + u", can_ship, problems FROM orders" + filter.whereClause(&binds, after)
              + OrderFilter::orderByClause() + u" LIMIT ?");
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    q.addBindValue(limit);
    QList<Order> orders;
    if (q.exec()) {
        const int canShipColumn = q.record().count() - 2;
        while (q.next()) {
            orders.append(orderFrom(q));
            if (checks) {
                StoredOrderCheck check;
                check.riskScore = orders.constLast().riskScore;
                check.canShip = q.value(canShipColumn).toBool();
                if (!check.canShip) // the problems of shippable orders are notes only; parsed when opened
                    check.problems = OrderCheck::problemsFromJson(q.value(canShipColumn + 1).toByteArray());
                checks->append(check);
            }
        }
    }
    return orders;
}

bool OrderRepository::setStatus(qint64 id, OrderStatus to, const QString &note, QString *error) const
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    const auto order = load(id);
    if (!order) {
        *error = tr("no such order");
        return false;
    }
    if (order->status == to)
        return true;
    if (!OrderStatuses::canMove(order->status, to)) {
        QStringList allowed;
        for (OrderStatus next : OrderStatuses::nextStatuses(order->status))
            allowed.append(OrderStatuses::key(next));
        *error = tr("order %1 cannot go from %2 to %3 (allowed: %4)")
                     .arg(order->number, OrderStatuses::key(order->status), OrderStatuses::key(to),
                          allowed.isEmpty() ? tr("none") : allowed.join(u", "_s));
        return false;
    }
    if (OrderStatuses::needsShippableOrder(to)) {
        OrderCheckContext context(m_db);
        OrderCheck check = context.check(*order, context.storedHistory(*order));
        QStringList blocking;
        for (const OrderProblem &problem : std::as_const(check.problems)) {
            if (problem.blocking)
                blocking.append(problem.message());
        }
        if (!blocking.isEmpty()) {
            *error = tr("order %1 cannot ship: %2").arg(order->number, blocking.join(u"; "_s));
            return false;
        }
    }
    OrderWriter writer(m_db, m_actor);
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE orders SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?"_s);
    q.addBindValue(OrderStatuses::key(to));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = sqlErrorText(q);
        return false;
    }
    if (!writer.addHistory(id, u"status"_s, OrderStatuses::key(order->status), OrderStatuses::key(to), note, error))
        return false;
    return transaction.commit(error);
}

bool OrderRepository::editContact(qint64 id, const ContactChanges &changes, QString *error) const
{
    auto order = load(id);
    if (!order) {
        *error = tr("no such order");
        return false;
    }
    struct Change
    {
        QString column;
        QString oldValue;
        QString newValue;
    };
    QList<Change> done;
    auto change = [&done](const QString &column, const QString &oldValue, const std::optional<QString> &value) {
        if (value && value->trimmed() != oldValue)
            done.append({column, oldValue, value->trimmed()});
    };
    if (changes.phone && !changes.phone->trimmed().isEmpty()) {
        const PhoneNumber::Result phone = PhoneNumber::parse(*changes.phone, order->shipTo.country);
        if (!phone.isValid()) {
            *error = phone.error;
            return false;
        }
        change(u"ship_phone"_s, order->shipTo.phone, phone.e164);
    } else {
        change(u"ship_phone"_s, order->shipTo.phone, changes.phone);
    }
    if (changes.taxId && !changes.taxId->trimmed().isEmpty()) {
        OrderCheckContext context(m_db);
        const Market *market = context.marketFor(order->shipTo.country);
        const QString why = TaxId::check(market ? market->requiredTaxId : QString(), *changes.taxId);
        if (!why.isEmpty()) {
            *error = why;
            return false;
        }
    }
    change(u"tax_id"_s, order->customer.taxId, changes.taxId);
    change(u"ship_postal_code"_s, order->shipTo.postalCode, changes.postalCode);
    change(u"ship_address1"_s, order->shipTo.line1, changes.line1);
    change(u"ship_address2"_s, order->shipTo.line2, changes.line2);
    change(u"ship_city"_s, order->shipTo.city, changes.city);
    change(u"ship_province"_s, order->shipTo.province, changes.province);
    const bool languageChanged = changes.language && changes.language->trimmed() != order->customer.language;
    if (done.isEmpty() && !languageChanged)
        return true;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    OrderWriter writer(m_db, m_actor);
    QSqlQuery q(m_db);
    for (const Change &c : std::as_const(done)) {
        // The column name comes from the fixed list above, never from input.
        q.prepare(u"UPDATE orders SET "_s + c.column + u" = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?");
        q.addBindValue(c.newValue);
        q.addBindValue(id);
        if (!q.exec() || !writer.addHistory(id, u"edited"_s, c.oldValue, c.newValue, c.column, error)) {
            if (error->isEmpty())
                *error = sqlErrorText(q);
            return false;
        }
    }
    if (order->customer.id > 0) {
        q.prepare(u"UPDATE customers SET language = coalesce(?, language), tax_id = coalesce(?, tax_id), "
                  "phone = coalesce(nullif(?, ''), phone) WHERE id = ?"_s);
        q.addBindValue(changes.language ? QVariant(changes.language->trimmed()) : QVariant());
        q.addBindValue(changes.taxId ? QVariant(changes.taxId->trimmed()) : QVariant());
        const auto phone = std::find_if(done.cbegin(), done.cend(), [](const Change &c) { return c.column == u"ship_phone"_s; });
        q.addBindValue(phone == done.cend() ? QString() : phone->newValue);
        q.addBindValue(order->customer.id);
        if (!q.exec()) {
            *error = sqlErrorText(q);
            return false;
        }
        if (languageChanged && !writer.addHistory(id, u"edited"_s, order->customer.language,
                                                  changes.language->trimmed(), u"customer_language"_s, error))
            return false;
    }
    if (!transaction.commit(error))
        return false;
    return recheck(id, error).has_value();
}

std::optional<OrderCheck> OrderRepository::recheck(qint64 id, QString *error) const
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return std::nullopt;
    }
    const auto order = load(id);
    if (!order) {
        *error = tr("no such order");
        return std::nullopt;
    }
    OrderCheckContext context(m_db);
    const OrderCheck check = context.check(*order, context.storedHistory(*order));
    QString status = OrderStatuses::key(order->status);
    OrderWriter writer(m_db, m_actor);
    if (order->status == OrderStatus::New && context.checker().shouldHold(check)) {
        status = OrderStatuses::key(OrderStatus::OnHold);
        if (!writer.addHistory(id, u"status"_s, OrderStatuses::key(order->status), status,
                               tr("risk %1 ≥ hold threshold %2")
                                   .arg(check.riskScore())
                                   .arg(context.checker().settings().holdThreshold),
                               error))
            return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE orders SET risk_score = ?, risk_reasons = ?, problems = ?, can_ship = ?, status = ?, "
              "checked_at = ? WHERE id = ?"_s);
    q.addBindValue(check.riskScore());
    q.addBindValue(check.reasonsJsonText());
    q.addBindValue(check.problemsJsonText());
    q.addBindValue(check.canShip() ? 1 : 0);
    q.addBindValue(status);
    q.addBindValue(OrderCells::isoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = sqlErrorText(q);
        return std::nullopt;
    }
    if (!writer.addHistory(id, u"checked"_s, QString(), QString::number(check.riskScore()),
                           check.canShip() ? QString() : tr("cannot ship"), error))
        return std::nullopt;
    if (!transaction.commit(error))
        return std::nullopt;
    return check;
}

QJsonObject OrderRepository::toJson(const Order &o, const StoredOrderCheck &check)
{
    auto money = [&o](qint64 minor) { return Money(minor, o.currency).toJson(); };
    auto address = [](const Address &a) {
        return QJsonObject{{u"name"_s, a.name},         {u"company"_s, a.company},   {u"address1"_s, a.line1},
                           {u"address2"_s, a.line2},    {u"city"_s, a.city},         {u"province"_s, a.province},
                           {u"postal_code"_s, a.postalCode}, {u"country"_s, a.country}, {u"phone"_s, a.phone}};
    };
    QJsonArray lines;
    for (const OrderLine &line : o.lines) {
        lines.append(QJsonObject{{u"sku"_s, line.sku},
                                 {u"name"_s, line.name},
                                 {u"quantity"_s, line.quantity},
                                 {u"unit_price"_s, money(line.unitPriceMinor)},
                                 {u"in_catalogue"_s, line.productId > 0}});
    }
    QJsonArray problems;
    for (const OrderProblem &p : check.problems) {
        problems.append(QJsonObject{{u"code"_s, p.code},
                                    {u"subject"_s, p.subject},
                                    {u"blocking"_s, p.blocking},
                                    {u"message"_s, p.message()}});
    }
    QJsonArray reasons;
    for (const RiskReason &r : check.reasons)
        reasons.append(QJsonObject{{u"rule"_s, r.rule}, {u"weight"_s, r.weight}, {u"message"_s, r.message()}});
    QJsonObject json{{u"number"_s, o.number},
                     {u"channel"_s, o.channel},
                     {u"channel_order_id"_s, o.channelOrderId},
                     {u"status"_s, OrderStatuses::key(o.status)},
                     {u"created_at"_s, OrderCells::isoUtc(o.createdAt)},
                     {u"paid_at"_s, OrderCells::isoUtc(o.paidAt)},
                     {u"currency"_s, o.currency},
                     {u"subtotal"_s, money(o.subtotalMinor)},
                     {u"discount"_s, money(o.discountMinor)},
                     {u"shipping"_s, money(o.shippingMinor)},
                     {u"tax"_s, money(o.taxMinor)},
                     {u"total"_s, money(o.totalMinor)},
                     {u"market"_s, o.marketCode},
                     {u"ship_country"_s, o.shipTo.country},
                     {u"incoterm"_s, o.incoterm},
                     {u"ship_service"_s, o.shipService},
                     {u"email"_s, o.customer.email},
                     {u"customer"_s, QJsonObject{{u"name"_s, o.customer.name},
                                                 {u"email"_s, o.customer.email},
                                                 {u"phone"_s, o.customer.phone},
                                                 {u"language"_s, o.customer.language},
                                                 {u"tax_id"_s, o.customer.taxId}}},
                     {u"ship_to"_s, address(o.shipTo)},
                     {u"bill_to"_s, address(o.billTo)},
                     {u"lines"_s, lines},
                     {u"risk_score"_s, check.riskScore},
                     {u"risk_reasons"_s, reasons},
                     {u"can_ship"_s, check.canShip},
                     {u"problems"_s, problems},
                     {u"notes"_s, o.notes}};
    if (!o.baseCurrency.isEmpty() && !o.rateToBase.isEmpty()) {
        json.insert(u"total_base"_s, Money(o.totalBaseMinor, o.baseCurrency).toJson());
        json.insert(u"rate_to_base"_s, o.rateToBase);
        json.insert(u"rate_date"_s, o.rateDate);
    }
    return json;
}
