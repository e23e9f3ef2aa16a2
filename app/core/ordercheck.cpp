#include "ordercheck.h"

#include "address.h"
#include "country.h"
#include "taxid.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString OrderProblem::message() const
{
    if (code == u"restricted"_s) {
        // The detail is "level: note" (or the level alone): say the level in words, then the note.
        const qsizetype colon = detail.indexOf(u": "_s);
        const QString level = colon < 0 ? detail : detail.left(colon);
        const QString note = colon < 0 ? QString() : detail.mid(colon + 2);
        const QString what = level == u"prohibited" ? OrderChecker::tr("%1 is prohibited in this market").arg(subject)
                             : level == u"licence"  ? OrderChecker::tr("%1 needs a licence in this market").arg(subject)
                                                    : OrderChecker::tr("%1 is restricted in this market").arg(subject);
        return note.isEmpty() ? what : what + u": "_s + note;
    }
    if (code == u"unknown_sku"_s)
        return OrderChecker::tr("SKU %1 is not in the catalogue, so its HS code, origin and weight are unknown")
            .arg(subject);
    if (code == u"hs_code_missing"_s)
        return OrderChecker::tr("%1 has no HS code").arg(subject);
    if (code == u"origin_missing"_s)
        return OrderChecker::tr("%1 has no country of origin").arg(subject);
    if (code == u"weight_missing"_s)
        return OrderChecker::tr("%1 has no weight").arg(subject);
    if (code == u"phone_missing"_s)
        return OrderChecker::tr("the recipient's phone number is missing; express carriers require one");
    if (code == u"phone_invalid"_s)
        return OrderChecker::tr("the recipient's phone number %1 is not valid: %2").arg(subject, detail);
    if (code == u"tax_id_missing"_s)
        return OrderChecker::tr("the recipient's tax ID (%1) is missing; this market requires it").arg(subject);
    if (code == u"tax_id_invalid"_s)
        return OrderChecker::tr("the recipient's tax ID %1 is not valid: %2").arg(subject, detail);
    if (code == u"postal_code"_s)
        return detail;
    if (code == u"address_incomplete"_s)
        return OrderChecker::tr("the ship-to address lacks %1").arg(detail);
    if (code == u"country_missing"_s)
        return OrderChecker::tr("the ship-to country is missing");
    if (code == u"no_market"_s)
        return OrderChecker::tr("no market covers %1, so its duties and restricted goods are not checked")
            .arg(subject);
    return code;
}

QStringList RiskReason::rules()
{
    return {u"avs_no_match"_s,     u"avs_partial"_s,       u"cvv_no_match"_s, u"billing_country_differs"_s,
            u"freight_forwarder"_s, u"value_above_history"_s, u"velocity"_s,   u"high_risk_category"_s,
            u"first_order"_s,      u"channel_high_risk"_s};
}

QString RiskReason::ruleName(const QString &rule)
{
    if (rule == u"avs_no_match"_s)
        return OrderChecker::tr("Address check (AVS) did not match");
    if (rule == u"avs_partial"_s)
        return OrderChecker::tr("Address check (AVS) matched only partly");
    if (rule == u"cvv_no_match"_s)
        return OrderChecker::tr("Card security code (CVV) did not match");
    if (rule == u"billing_country_differs"_s)
        return OrderChecker::tr("Billing country differs from shipping country");
    if (rule == u"freight_forwarder"_s)
        return OrderChecker::tr("Ships to a known freight forwarder");
    if (rule == u"value_above_history"_s)
        return OrderChecker::tr("Value far above the customer's history");
    if (rule == u"velocity"_s)
        return OrderChecker::tr("Several orders from one email or address in a short time");
    if (rule == u"high_risk_category"_s)
        return OrderChecker::tr("High-risk product category");
    if (rule == u"first_order"_s)
        return OrderChecker::tr("First order from a new customer");
    if (rule == u"channel_high_risk"_s)
        return OrderChecker::tr("The sales channel rates it high risk");
    return rule;
}

QString RiskReason::message() const
{
    return detail.isEmpty() ? ruleName(rule) : ruleName(rule) + u" (" + detail + u')';
}

int OrderCheck::riskScore() const
{
    int sum = 0;
    for (const RiskReason &reason : reasons)
        sum += reason.weight;
    return std::clamp(sum, 0, 100);
}

bool OrderCheck::canShip() const
{
    return std::none_of(problems.cbegin(), problems.cend(), [](const OrderProblem &p) { return p.blocking; });
}

QJsonArray OrderCheck::problemsJson() const
{
    QJsonArray array;
    for (const OrderProblem &p : problems) {
        array.append(QJsonObject{{u"code"_s, p.code},
                                 {u"subject"_s, p.subject},
                                 {u"detail"_s, p.detail},
                                 {u"blocking"_s, p.blocking}});
    }
    return array;
}

QJsonArray OrderCheck::reasonsJson() const
{
    QJsonArray array;
    for (const RiskReason &r : reasons)
        array.append(QJsonObject{{u"rule"_s, r.rule}, {u"weight"_s, r.weight}, {u"detail"_s, r.detail}});
    return array;
}

namespace {

// A JSON string literal: quotes, backslashes and control characters escaped.
void appendJsonString(QString &out, const QString &text)
{
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c.unicode() < 0x20) {
            out += u"\\u00"_s;
            out += QString::number(c.unicode() >> 4, 16);
            out += QString::number(c.unicode() & 0xF, 16);
        } else {
            out += c;
        }
    }
    out += u'"';
}

} // namespace

QString OrderCheck::problemsJsonText() const
{
    QString out = u"["_s;
    for (const OrderProblem &p : problems) {
        if (out.size() > 1)
            out += u',';
        out += u"{\"blocking\":"_s;
        out += p.blocking ? u"true"_s : u"false"_s;
        out += u",\"code\":"_s;
        appendJsonString(out, p.code);
        out += u",\"detail\":"_s;
        appendJsonString(out, p.detail);
        out += u",\"subject\":"_s;
        appendJsonString(out, p.subject);
        out += u'}';
    }
    return out + u']';
}

QString OrderCheck::reasonsJsonText() const
{
    QString out = u"["_s;
    for (const RiskReason &r : reasons) {
        if (out.size() > 1)
            out += u',';
        out += u"{\"detail\":"_s;
        appendJsonString(out, r.detail);
        out += u",\"rule\":"_s;
        appendJsonString(out, r.rule);
        out += u",\"weight\":"_s + QString::number(r.weight) + u'}';
    }
    return out + u']';
}

QList<OrderProblem> OrderCheck::problemsFromJson(const QByteArray &json)
{
    QList<OrderProblem> result;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        result.append({o.value(u"code"_s).toString(), o.value(u"subject"_s).toString(),
                       o.value(u"detail"_s).toString(), o.value(u"blocking"_s).toBool(true)});
    }
    return result;
}

QList<RiskReason> OrderCheck::reasonsFromJson(const QByteArray &json)
{
    QList<RiskReason> result;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        result.append({o.value(u"rule"_s).toString(), o.value(u"weight"_s).toInt(), o.value(u"detail"_s).toString()});
    }
    return result;
}

OrderChecker::OrderChecker(FraudSettings settings)
    : m_settings(std::move(settings))
{
    for (QString &category : m_settings.highRiskCategories)
        category = category.trimmed().toCaseFolded();
}

namespace {

bool looksLikeE164(const QString &phone)
{
    if (phone.size() < 8 || phone.size() > 16 || !phone.startsWith(u'+'))
        return false;
    return std::all_of(phone.cbegin() + 1, phone.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

void OrderChecker::checkShipping(const Order &order, const QList<const CheckedProduct *> &products,
                                 const Market *market, OrderCheck &check) const
{
    auto problem = [&check](const QString &code, const QString &subject, const QString &detail, bool blocking) {
        check.problems.append({code, subject, detail, blocking});
    };
    const Address &to = order.shipTo;
    if (to.country.isEmpty()) {
        problem(u"country_missing"_s, QString(), QString(), true);
    } else {
        QStringList lacking;
        if (to.name.isEmpty())
            lacking.append(tr("a name"));
        if (to.line1.isEmpty())
            lacking.append(tr("a street address"));
        if (to.city.isEmpty() && AddressFormat::usesPostalCode(to.country))
            lacking.append(tr("a city"));
        if (!lacking.isEmpty())
            problem(u"address_incomplete"_s, QString(), lacking.join(u", "_s), true);
        const QString postal = AddressFormat::checkPostalCode(to.country, to.postalCode);
        if (!postal.isEmpty())
            problem(u"postal_code"_s, to.postalCode, postal, true);
        if (!market)
            problem(u"no_market"_s, to.country, QString(), false);
    }
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines.at(i);
        const CheckedProduct *product = i < products.size() ? products.at(i) : nullptr;
        const QString subject = line.sku.isEmpty() ? line.name : line.sku;
        if (!product) {
            problem(u"unknown_sku"_s, subject, QString(), true);
            continue;
        }
        if (product->hsCode.isEmpty())
            problem(u"hs_code_missing"_s, subject, QString(), true);
        if (product->originCountry.isEmpty())
            problem(u"origin_missing"_s, subject, QString(), true);
        if (product->weightG <= 0)
            problem(u"weight_missing"_s, subject, QString(), true);
        if (market) {
            Product asProduct;
            asProduct.sku = product->sku;
            asProduct.hsCode = product->hsCode;
            asProduct.category = product->category;
            for (const MarketRestriction &rule : market->restrictionsFor(asProduct)) {
                const QString level = MarketRestriction::levelKey(rule.level);
                problem(u"restricted"_s, subject, rule.note.isEmpty() ? level : level + u": " + rule.note, true);
            }
        }
    }
    const QString phone = to.phone.isEmpty() ? order.customer.phone : to.phone;
    if (phone.isEmpty()) {
        if (order.isExpress())
            problem(u"phone_missing"_s, QString(), QString(), true);
    } else if (!looksLikeE164(phone)) {
        problem(u"phone_invalid"_s, phone, tr("not an international number"), order.isExpress());
    }
    if (market && !market->requiredTaxId.isEmpty()) {
        const QString &taxId = order.customer.taxId;
        if (taxId.isEmpty()) {
            problem(u"tax_id_missing"_s, market->requiredTaxId, QString(), true);
        } else {
            const QString why = TaxId::check(market->requiredTaxId, taxId);
            if (!why.isEmpty())
                problem(u"tax_id_invalid"_s, taxId, why, true);
        }
    }
}

void OrderChecker::addReason(OrderCheck &check, const QString &rule, const QString &detail) const
{
    const int weight = m_settings.weights.value(rule, 0);
    if (weight > 0)
        check.reasons.append({rule, weight, detail});
}

QString OrderChecker::addressKey(const Address &a)
{
    QString key = a.country + u'|' + a.postalCode + u'|' + a.line1 + u'|' + a.line2;
    return key.simplified().toCaseFolded();
}

void OrderChecker::scoreOrder(const Order &order, const QList<const CheckedProduct *> &products,
                              OrderCheck &check) const
{
    const QString avs = order.avsResult.left(1);
    if (avs == u"N"_s)
        addReason(check, u"avs_no_match"_s, u"AVS "_s + order.avsResult);
    else if (avs == u"A"_s || avs == u"Z"_s || avs == u"W"_s || avs == u"P"_s)
        addReason(check, u"avs_partial"_s, u"AVS "_s + order.avsResult);
    if (order.cvvResult.startsWith(u'N'))
        addReason(check, u"cvv_no_match"_s, u"CVV "_s + order.cvvResult);
    if (!order.billTo.country.isEmpty() && !order.shipTo.country.isEmpty()
        && order.billTo.country != order.shipTo.country)
        addReason(check, u"billing_country_differs"_s, order.billTo.country + u" → " + order.shipTo.country);
    const Address &to = order.shipTo;
    const QString haystack = QStringList{to.name, to.company, to.line1, to.line2}.join(u' ');
    for (const FraudSettings::Forwarder &forwarder : m_settings.forwarders) {
        if (!forwarder.country.isEmpty() && forwarder.country != to.country)
            continue;
        const bool postalMatches = forwarder.postalCode.isEmpty()
            || to.postalCode.simplified().compare(forwarder.postalCode, Qt::CaseInsensitive) == 0;
        if (postalMatches && haystack.contains(forwarder.fragment, Qt::CaseInsensitive)) {
            addReason(check, u"freight_forwarder"_s, forwarder.name);
            break;
        }
    }
    if (!m_settings.highRiskCategories.isEmpty()) {
        for (const CheckedProduct *product : products) {
            if (!product)
                continue;
            // "Electronics" also catches "Electronics accessories".
            const QString category = product->category.trimmed().toCaseFolded();
            const bool risky = std::any_of(m_settings.highRiskCategories.cbegin(), m_settings.highRiskCategories.cend(),
                                           [&category](const QString &term) { return category.contains(term); });
            if (risky) {
                addReason(check, u"high_risk_category"_s, product->category);
                break;
            }
        }
    }
    if (order.channelRisk == u"high"_s)
        addReason(check, u"channel_high_risk"_s, order.channel);
}

void OrderChecker::scoreHistory(const Order &order, const CustomerHistory &history, OrderCheck &check) const
{
    if (history.previousOrders == 0) {
        addReason(check, u"first_order"_s, QString());
    } else if (history.averageBaseMinor > 0 && order.totalBaseMinor > history.averageBaseMinor * m_settings.historyMultiple) {
        // Evidence as figures only, so it reads in any language: "4.2×".
        const qint64 tenths = order.totalBaseMinor * 10 / history.averageBaseMinor;
        addReason(check, u"value_above_history"_s,
                  QString::number(tenths / 10) + u'.' + QString::number(tenths % 10) + u'×');
    }
    const int recent = std::max(history.recentOrdersSameEmail, history.recentOrdersSameAddress) + 1;
    if (recent >= m_settings.velocityOrders) {
        addReason(check, u"velocity"_s, QString::number(recent) + u" / " + QString::number(m_settings.velocityHours)
                                            + u" h");
    }
}
