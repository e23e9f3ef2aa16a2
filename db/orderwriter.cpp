#include "orderwriter.h"

#include "ordercells.h"


using namespace Qt::StringLiterals;

namespace {

const QString orderColumns[] = {
    u"number"_s,        u"channel"_s,          u"channel_order_id"_s, u"customer_id"_s,    u"email"_s,
    u"created_at"_s,    u"paid_at"_s,          u"currency"_s,         u"subtotal_minor"_s, u"discount_minor"_s,
    u"shipping_minor"_s, u"tax_minor"_s,       u"total_minor"_s,      u"base_currency"_s,  u"rate_to_base"_s,
    u"rate_date"_s,     u"total_base_minor"_s, u"market_code"_s,      u"incoterm"_s,       u"ship_service"_s,
    u"payment_method"_s, u"avs_result"_s,      u"cvv_result"_s,       u"channel_risk"_s,   u"tags"_s,
    u"notes"_s,         u"status"_s,           u"ship_name"_s,        u"ship_company"_s,   u"ship_address1"_s,
    u"ship_address2"_s, u"ship_city"_s,        u"ship_province"_s,    u"ship_postal_code"_s, u"ship_country"_s,
    u"ship_phone"_s,    u"bill_name"_s,        u"bill_company"_s,     u"bill_address1"_s,  u"bill_address2"_s,
    u"bill_city"_s,     u"bill_province"_s,    u"bill_postal_code"_s, u"bill_country"_s,   u"bill_phone"_s,
    u"tax_id"_s,        u"risk_score"_s,       u"risk_reasons"_s,     u"problems"_s,       u"can_ship"_s,
    u"checked_at"_s};

QString upsertOrderSql(bool plainInsert)
{
    QStringList names;
    QStringList marks;
    QStringList updates;
    for (const QString &column : orderColumns) {
        names.append(column);
        marks.append(u"?"_s);
        if (column == u"status"_s) {
            // The channel may cancel or ship an order; otherwise the operator's status stays.
            updates.append(u"status = CASE WHEN excluded.status IN ('cancelled', 'shipped') AND orders.status IN "
                           "('new', 'on_hold', 'ready_to_ship', 'picked', 'packed') THEN excluded.status "
                           "ELSE orders.status END"_s);
        } else if (column != u"channel"_s && column != u"channel_order_id"_s) {
            updates.append(column + u" = excluded." + column);
        }
    }
    const QString insert = u"INSERT INTO orders ("_s + names.join(u", "_s) + u") VALUES (" + marks.join(u", "_s) + u')';
    if (plainInsert)
        return insert;
    return insert + u" ON CONFLICT (channel, channel_order_id) DO UPDATE SET " + updates.join(u", "_s)
        + u", updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') RETURNING id, status";
}

} // namespace

OrderWriter::OrderWriter(const QSqlDatabase &db, QString actor, bool freshTable)
    : m_db(db)
    , m_actor(actor.isEmpty() ? actorName() : std::move(actor))
    , m_now(OrderCells::isoUtc(QDateTime::currentDateTimeUtc()))
    , m_findExisting(db, u"SELECT id, status FROM orders WHERE channel = ? AND channel_order_id = ?"_s)
    , m_findCustomer(db, u"SELECT id FROM customers WHERE key = ?"_s)
    , m_insertCustomer(db, u"INSERT INTO customers (key, email, name, phone, language, tax_id) VALUES (?, ?, ?, ?, ?, ?)"_s)
    , m_updateCustomer(db, u"UPDATE customers SET name = coalesce(nullif(?, ''), name), "
                           "phone = coalesce(nullif(?, ''), phone), language = coalesce(nullif(?, ''), language), "
                           "tax_id = coalesce(nullif(?, ''), tax_id) WHERE id = ?"_s)
    , m_upsertOrder(db, upsertOrderSql(freshTable))
    , m_deleteLines(db, u"DELETE FROM order_lines WHERE order_id = ?"_s)
    , m_insertLine(db, u"INSERT INTO order_lines (order_id, position, product_id, sku, name, quantity, "
                       "unit_price_minor, discount_minor, tax_minor, channel_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
    , m_insertHistory(db, u"INSERT INTO order_history (order_id, at, actor, event, old_value, new_value, note) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)"_s)
    , m_updateRisk(db, u"UPDATE orders SET risk_score = ?, risk_reasons = ?, status = ? WHERE id = ?"_s)
    , m_freshTable(freshTable)
{
}

bool OrderWriter::isValid(QString *error) const
{
    for (const BulkStatement *statement : {&m_findExisting, &m_findCustomer, &m_insertCustomer, &m_updateCustomer,
                                           &m_upsertOrder, &m_deleteLines,
                                           &m_insertLine, &m_insertHistory, &m_updateRisk}) {
        if (!statement->isValid()) {
            *error = statement->prepareError();
            return false;
        }
    }
    return true;
}

QString OrderWriter::actorName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? u"borderdesk"_s : name;
}

QString OrderWriter::customerKey(const Order &order)
{
    if (!order.customer.email.isEmpty())
        return order.customer.email.toLower();
    const QString name = order.customer.name.isEmpty() ? order.shipTo.name : order.customer.name;
    return QString(name + u'|' + order.shipTo.country + u'|' + order.shipTo.postalCode).toCaseFolded();
}

bool OrderWriter::findExisting(const Order &order, std::optional<Existing> *existing, QString *error)
{
    m_findExisting.bind(1, order.channel);
    m_findExisting.bind(2, order.channelOrderId);
    QVariantList row;
    if (!m_findExisting.exec(error, &row))
        return false;
    if (row.size() == 2)
        *existing = Existing{row.at(0).toLongLong(), OrderStatuses::fromKey(row.at(1).toString()).value_or(OrderStatus::New)};
    else
        existing->reset();
    return true;
}

bool OrderWriter::customerId(const Order &order, qint64 *id, QString *error)
{
    const QString key = customerKey(order);
    if (key == u"||"_s) {
        *id = 0;
        return true;
    }
    const Customer &c = order.customer;
    // What this import last wrote for the customer: most repeat orders add nothing, and need no UPDATE.
    const auto adds = [&c](const Customer &stored) {
        const auto differs = [](const QString &value, const QString &old) { return !value.isEmpty() && value != old; };
        return differs(c.name, stored.name) || differs(c.phone, stored.phone) || differs(c.language, stored.language)
            || differs(c.taxId, stored.taxId);
    };
    auto known = m_customers.find(key);
    if (known != m_customers.end()) {
        *id = known->id;
        if (!adds(*known))
            return true;
    } else {
        QVariantList row;
        m_findCustomer.bind(1, key);
        if (!m_findCustomer.exec(error, &row))
            return false;
        if (row.isEmpty()) {
            BulkStatement &insert = m_insertCustomer;
            insert.bind(1, key);
            insert.bind(2, c.email);
            insert.bind(3, c.name);
            insert.bind(4, c.phone);
            insert.bind(5, c.language);
            insert.bind(6, c.taxId);
            if (!insert.exec(error))
                return false;
            *id = insert.lastInsertId();
            Customer stored = c;
            stored.id = *id;
            m_customers.insert(key, stored);
            return true;
        }
        *id = row.constFirst().toLongLong();
        known = m_customers.insert(key, Customer{*id, c.email, QString(), QString(), QString(), QString()});
    }
    // A later order may know more (a phone, a tax ID); keep what it adds.
    BulkStatement &update = m_updateCustomer;
    update.bind(1, c.name);
    update.bind(2, c.phone);
    update.bind(3, c.language);
    update.bind(4, c.taxId);
    update.bind(5, *id);
    for (auto [field, value] : {std::pair{&known->name, &c.name}, std::pair{&known->phone, &c.phone},
                                std::pair{&known->language, &c.language}, std::pair{&known->taxId, &c.taxId}}) {
        if (!value->isEmpty())
            *field = *value;
    }
    return update.exec(error);
}

bool OrderWriter::write(Order &o, const OrderCheck &check, bool replaceLines, QString *error)
{
    BulkStatement &s = m_upsertOrder;
    int i = 0;
    auto text = [&s, &i](const QString &value) { s.bind(++i, value); };
    auto number = [&s, &i](qint64 value) { s.bind(++i, value); };
    auto address = [&text](const Address &a) {
        for (const QString *field : {&a.name, &a.company, &a.line1, &a.line2, &a.city, &a.province, &a.postalCode,
                                     &a.country, &a.phone})
            text(*field);
    };
    text(o.number);
    text(o.channel);
    text(o.channelOrderId);
    if (o.customer.id > 0)
        number(o.customer.id);
    else
        s.bindNull(++i);
    text(o.customer.email);
    text(OrderCells::isoUtc(o.createdAt));
    text(OrderCells::isoUtc(o.paidAt));
    text(o.currency);
    for (qint64 amount : {o.subtotalMinor, o.discountMinor, o.shippingMinor, o.taxMinor, o.totalMinor})
        number(amount);
    text(o.baseCurrency);
    text(o.rateToBase);
    text(o.rateDate);
    number(o.totalBaseMinor);
    text(o.marketCode);
    text(o.incoterm.isEmpty() ? u"DAP"_s : o.incoterm);
    for (const QString *field : {&o.shipService, &o.paymentMethod, &o.avsResult, &o.cvvResult, &o.channelRisk,
                                 &o.tags, &o.notes})
        text(*field);
    text(OrderStatuses::key(o.status));
    address(o.shipTo);
    address(o.billTo);
    text(o.customer.taxId);
    number(check.riskScore());
    text(check.reasonsJsonText());
    text(check.problemsJsonText());
    number(check.canShip() ? 1 : 0);
    text(m_now);
    if (m_freshTable) {
        if (!s.exec(error))
            return false;
        o.id = s.lastInsertId();
    } else {
        QVariantList row;
        if (!s.exec(error, &row))
            return false;
        o.id = row.value(0).toLongLong();
        o.status = OrderStatuses::fromKey(row.value(1).toString()).value_or(o.status);
    }
    if (replaceLines) {
        m_deleteLines.bind(1, o.id);
        if (!m_deleteLines.exec(error))
            return false;
    }
    for (qsizetype position = 0; position < o.lines.size(); ++position) {
        const OrderLine &line = o.lines.at(position);
        BulkStatement &l = m_insertLine;
        l.bind(1, o.id);
        l.bind(2, qint64(position + 1));
        if (line.productId > 0)
            l.bind(3, line.productId);
        else
            l.bindNull(3);
        l.bind(4, line.sku);
        l.bind(5, line.name);
        l.bind(6, line.quantity);
        l.bind(7, line.unitPriceMinor);
        l.bind(8, line.discountMinor);
        l.bind(9, line.taxMinor);
        l.bind(10, line.channelLineId);
        if (!l.exec(error))
            return false;
    }
    return true;
}

bool OrderWriter::addHistory(qint64 orderId, const QString &event, const QString &oldValue,
                             const QString &newValue, const QString &note, QString *error)
{
    BulkStatement &h = m_insertHistory;
    h.bind(1, orderId);
    h.bind(2, m_now);
    h.bind(3, m_actor);
    h.bind(4, event);
    h.bind(5, oldValue);
    h.bind(6, newValue);
    h.bind(7, note);
    return h.exec(error);
}

bool OrderWriter::updateRisk(qint64 orderId, const OrderCheck &check, const QString &status, QString *error)
{
    m_updateRisk.bind(1, qint64(check.riskScore()));
    m_updateRisk.bind(2, check.reasonsJsonText());
    m_updateRisk.bind(3, status);
    m_updateRisk.bind(4, orderId);
    return m_updateRisk.exec(error);
}
