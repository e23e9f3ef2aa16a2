#include "marketrepository.h"

#include "connection.h"
#include "shopsettings.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QString MarketColumns =
    u"code, name, currency, language, vat_percent, duty_percent, valuation, duty_threshold_minor, "
    u"tax_threshold_minor, flat_duty_per_item_minor, seller_collects_tax, incoterm, rounding, reprice_percent, "
    u"required_tax_id, shipping_estimate_minor, as_of, notes, price_basis, markup_percent"_s;

ExactDecimal decimal(const QVariant &value)
{
    return ExactDecimal::parse(value.toString()).value_or(ExactDecimal{});
}

Market marketFromQuery(const QSqlQuery &q)
{
    Market m;
    m.code = q.value(0).toString();
    m.name = q.value(1).toString();
    m.currency = q.value(2).toString();
    m.language = q.value(3).toString();
    m.vatPercent = decimal(q.value(4));
    m.dutyPercent = decimal(q.value(5));
    m.valuation = q.value(6).toString() == u"goods_and_shipping" ? Market::Valuation::GoodsAndShipping
                                                                 : Market::Valuation::Goods;
    m.dutyThresholdMinor = q.value(7).toLongLong();
    m.taxThresholdMinor = q.value(8).toLongLong();
    m.flatDutyPerItemMinor = q.value(9).toLongLong();
    m.sellerCollectsTax = q.value(10).toInt() != 0;
    m.incoterm = q.value(11).toString() == u"DDP" ? Market::Incoterm::DDP : Market::Incoterm::DAP;
    m.rounding = PriceRounding::parse(q.value(12).toString(), m.currency).value_or(PriceRounding());
    m.repricePercent = decimal(q.value(13));
    m.requiredTaxId = q.value(14).toString();
    m.shippingEstimateMinor = q.value(15).toLongLong();
    m.asOf = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    m.notes = q.value(17).toString();
    m.priceBasis = q.value(18).toString() == u"cost_markup" ? Market::PriceBasis::CostMarkup
                                                            : Market::PriceBasis::BasePrice;
    m.markupPercent = decimal(q.value(19));
    return m;
}

const QString RemovedPresetsKey = u"removed_market_presets"_s;

} // namespace

MarketRepository::MarketRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<Market> MarketRepository::list() const
{
    QStringList codes;
    {
        QSqlQuery q(m_db);
        if (q.exec(u"SELECT code FROM markets ORDER BY code"_s)) {
            while (q.next())
                codes.append(q.value(0).toString());
        }
    }
    QList<Market> markets;
    for (const QString &code : codes) {
        if (auto m = find(code))
            markets.append(*m);
    }
    return markets;
}

std::optional<Market> MarketRepository::find(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + MarketColumns + u" FROM markets WHERE code = ?"_s);
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Market m = marketFromQuery(q);

    q.prepare(u"SELECT country FROM market_countries WHERE market_code = ? ORDER BY position, country"_s);
    q.addBindValue(code);
    if (q.exec()) {
        while (q.next())
            m.countries.append(q.value(0).toString());
    }
    q.prepare(u"SELECT hs_prefix, percent FROM market_duty_rates WHERE market_code = ? ORDER BY hs_prefix"_s);
    q.addBindValue(code);
    if (q.exec()) {
        while (q.next())
            m.dutyRates.append({q.value(0).toString(), decimal(q.value(1))});
    }
    q.prepare(u"SELECT id, hs_prefix, category, level, note FROM market_restrictions WHERE market_code = ? ORDER BY id"_s);
    q.addBindValue(code);
    if (q.exec()) {
        while (q.next())
            m.restrictions.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                   MarketRestriction::levelFromKey(q.value(3).toString())
                                       .value_or(MarketRestriction::Level::Restricted),
                                   q.value(4).toString()});
    }
    return m;
}

std::optional<Market> MarketRepository::findByCodeOrCountry(const QString &codeOrCountry) const
{
    const QString key = codeOrCountry.trimmed().toUpper();
    if (auto market = find(key))
        return market;
    // A market of that one country first, then the group it belongs to.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT c.market_code FROM market_countries c "
              u"WHERE c.country = ? ORDER BY (SELECT count(*) FROM market_countries o WHERE o.market_code = c.market_code), "
              u"c.market_code LIMIT 1"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return find(q.value(0).toString());
    return std::nullopt;
}

QList<QPair<QString, MarketRestriction>> MarketRepository::allRestrictions() const
{
    QList<QPair<QString, MarketRestriction>> result;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT market_code, id, hs_prefix, category, level, note FROM market_restrictions "
               u"ORDER BY market_code, id"_s)) {
        while (q.next())
            result.append({q.value(0).toString(),
                           {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                            MarketRestriction::levelFromKey(q.value(4).toString())
                                .value_or(MarketRestriction::Level::Restricted),
                            q.value(5).toString()}});
    }
    return result;
}

bool MarketRepository::save(const Market &m, QString *error, int presetVersion, bool edited) const
{
    const QStringList problems = MarketValidator::validate(m);
    if (!problems.isEmpty()) {
        *error = tr("market %1: %2").arg(m.code, problems.join(u"; "_s));
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO markets ("_s + MarketColumns
              + u", preset_version, edited) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                u"ON CONFLICT (code) DO UPDATE SET name = excluded.name, currency = excluded.currency, "
                u"language = excluded.language, vat_percent = excluded.vat_percent, "
                u"duty_percent = excluded.duty_percent, valuation = excluded.valuation, "
                u"duty_threshold_minor = excluded.duty_threshold_minor, "
                u"tax_threshold_minor = excluded.tax_threshold_minor, "
                u"flat_duty_per_item_minor = excluded.flat_duty_per_item_minor, "
                u"seller_collects_tax = excluded.seller_collects_tax, incoterm = excluded.incoterm, "
                u"rounding = excluded.rounding, reprice_percent = excluded.reprice_percent, "
                u"required_tax_id = excluded.required_tax_id, "
                u"shipping_estimate_minor = excluded.shipping_estimate_minor, as_of = excluded.as_of, "
                u"notes = excluded.notes, price_basis = excluded.price_basis, "
                u"markup_percent = excluded.markup_percent, preset_version = excluded.preset_version, "
                u"edited = excluded.edited"_s);
    const QVariantList values{m.code,
                              m.name,
                              m.currency,
                              m.language,
                              m.vatPercent.toString(),
                              m.dutyPercent.toString(),
                              m.valuation == Market::Valuation::GoodsAndShipping ? u"goods_and_shipping"_s : u"goods"_s,
                              m.dutyThresholdMinor,
                              m.taxThresholdMinor,
                              m.flatDutyPerItemMinor,
                              m.sellerCollectsTax ? 1 : 0,
                              Market::incotermKey(m.incoterm),
                              m.rounding.toText(m.currency),
                              m.repricePercent.toString(),
                              m.requiredTaxId.isNull() ? u""_s : m.requiredTaxId,
                              m.shippingEstimateMinor,
                              m.asOf.toString(Qt::ISODate),
                              m.notes.isNull() ? u""_s : m.notes,
                              m.priceBasis == Market::PriceBasis::CostMarkup ? u"cost_markup"_s : u"base_price"_s,
                              m.markupPercent.toString(),
                              presetVersion,
                              edited ? 1 : 0};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = tr("cannot save market %1: %2").arg(m.code, sqlErrorText(q));
        return false;
    }
    return saveChildren(m, error);
}

bool MarketRepository::saveChildren(const Market &m, QString *error) const
{
    QSqlQuery q(m_db);
    for (const QString &table : {u"market_countries"_s, u"market_duty_rates"_s, u"market_restrictions"_s}) {
        // Table names are fixed here; only the market code is bound.
        q.prepare(u"DELETE FROM "_s + table + u" WHERE market_code = ?"_s);
        q.addBindValue(m.code);
        if (!q.exec()) {
            *error = sqlErrorText(q);
            return false;
        }
    }
    q.prepare(u"INSERT INTO market_countries (market_code, country, position) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < m.countries.size(); ++i) {
        q.addBindValue(m.code);
        q.addBindValue(m.countries.at(i));
        q.addBindValue(int(i));
        if (!q.exec()) {
            *error = tr("market %1, country %2: %3").arg(m.code, m.countries.at(i), sqlErrorText(q));
            return false;
        }
    }
    q.prepare(u"INSERT INTO market_duty_rates (market_code, hs_prefix, percent) VALUES (?, ?, ?)"_s);
    for (const DutyRate &rate : m.dutyRates) {
        q.addBindValue(m.code);
        q.addBindValue(rate.hsPrefix);
        q.addBindValue(rate.percent.toString());
        if (!q.exec()) {
            *error = tr("market %1, duty rate %2: %3").arg(m.code, rate.hsPrefix, sqlErrorText(q));
            return false;
        }
    }
    for (MarketRestriction r : m.restrictions) {
        if (!insertRestriction(m.code, r, error))
            return false;
    }
    return true;
}

bool MarketRepository::remove(const QString &code, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM markets WHERE code = ?"_s);
    q.addBindValue(code);
    if (!q.exec()) {
        *error = sqlErrorText(q);
        return false;
    }
    // A market the seller deleted stays deleted: preset upgrades must not bring it back.
    ShopSettings settings(m_db);
    QStringList removed = removedPresets();
    if (!removed.contains(code)) {
        removed.append(code);
        return settings.setValue(RemovedPresetsKey, removed.join(u','), error);
    }
    return true;
}

QStringList MarketRepository::removedPresets() const
{
    return ShopSettings(m_db).value(RemovedPresetsKey).split(u',', Qt::SkipEmptyParts);
}

bool MarketRepository::clone(const QString &fromCode, const QString &newCode, const QString &newName,
                             QString *error) const
{
    auto market = find(fromCode);
    if (!market) {
        *error = tr("there is no market %1").arg(fromCode);
        return false;
    }
    if (find(newCode)) {
        *error = tr("market %1 already exists").arg(newCode);
        return false;
    }
    market->code = newCode;
    market->name = newName.isEmpty() ? tr("%1 (copy)").arg(market->name) : newName;
    return save(*market, error, 0, true);
}

bool MarketRepository::addRestriction(const QString &code, MarketRestriction &r, QString *error) const
{
    if (!insertRestriction(code, r, error))
        return false;
    // The seller changed this market: preset upgrades must leave it alone from now on.
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE markets SET edited = 1 WHERE code = ?"_s);
    q.addBindValue(code);
    if (!q.exec()) {
        *error = sqlErrorText(q);
        return false;
    }
    return true;
}

bool MarketRepository::insertRestriction(const QString &code, MarketRestriction &r, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO market_restrictions (market_code, hs_prefix, category, level, note) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(code);
    q.addBindValue(r.hsPrefix.isNull() ? u""_s : r.hsPrefix);
    q.addBindValue(r.category.isNull() ? u""_s : r.category);
    q.addBindValue(MarketRestriction::levelKey(r.level));
    q.addBindValue(r.note.isNull() ? u""_s : r.note);
    if (!q.exec()) {
        *error = tr("market %1: cannot add the restriction: %2").arg(code, sqlErrorText(q));
        return false;
    }
    r.id = q.lastInsertId().toLongLong();
    return true;
}

std::optional<MarketRepository::Origin> MarketRepository::origin(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT preset_version, edited FROM markets WHERE code = ?"_s);
    q.addBindValue(code);
    if (q.exec() && q.next())
        return Origin{q.value(0).toInt(), q.value(1).toInt() != 0};
    return std::nullopt;
}
