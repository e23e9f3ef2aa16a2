#include "market.h"

#include "country.h"
#include "currency.h"
#include "decimal.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

bool MarketRestriction::matches(const Product &product) const
{
    if (!hsPrefix.isEmpty())
        return !product.hsCode.isEmpty() && product.hsCode.startsWith(hsPrefix);
    return !category.isEmpty() && product.category.compare(category, Qt::CaseInsensitive) == 0;
}

QString MarketRestriction::levelKey(Level level)
{
    switch (level) {
    case Level::Prohibited:
        return u"prohibited"_s;
    case Level::Restricted:
        return u"restricted"_s;
    case Level::Licence:
        return u"licence"_s;
    }
    return u"restricted"_s;
}

std::optional<MarketRestriction::Level> MarketRestriction::levelFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"prohibited")
        return Level::Prohibited;
    if (k == u"restricted")
        return Level::Restricted;
    if (k == u"licence" || k == u"license")
        return Level::Licence;
    return std::nullopt;
}

ExactDecimal Market::dutyPercentFor(const QString &hsCode) const
{
    const DutyRate *best = nullptr;
    for (const DutyRate &rate : dutyRates) {
        if (hsCode.startsWith(rate.hsPrefix) && (!best || rate.hsPrefix.size() > best->hsPrefix.size()))
            best = &rate;
    }
    return best ? best->percent : dutyPercent;
}

QList<MarketRestriction> Market::restrictionsFor(const Product &product) const
{
    QList<MarketRestriction> matching;
    for (const MarketRestriction &r : restrictions) {
        if (r.matches(product))
            matching.append(r);
    }
    return matching;
}

QString Market::incotermKey(Incoterm incoterm)
{
    return incoterm == Incoterm::DDP ? u"DDP"_s : u"DAP"_s;
}

namespace {

QString amount(qint64 minor, const QString &currency)
{
    return Decimal::formatScaled(minor, Currency::fractionDigits(currency));
}

} // namespace

QJsonObject Market::toJson() const
{
    QJsonArray duty;
    for (const DutyRate &rate : dutyRates)
        duty.append(QJsonObject{{u"hs_prefix"_s, rate.hsPrefix}, {u"percent"_s, rate.percent.toString()}});
    QJsonArray rules;
    for (const MarketRestriction &r : restrictions) {
        QJsonObject rule{{u"level"_s, MarketRestriction::levelKey(r.level)}, {u"note"_s, r.note}};
        if (!r.hsPrefix.isEmpty())
            rule.insert(u"hs_prefix"_s, r.hsPrefix);
        if (!r.category.isEmpty())
            rule.insert(u"category"_s, r.category);
        rules.append(rule);
    }
    return QJsonObject{
        {u"code"_s, code},
        {u"name"_s, name},
        {u"countries"_s, QJsonArray::fromStringList(countries)},
        {u"currency"_s, currency},
        {u"language"_s, language},
        {u"vat_percent"_s, vatPercent.toString()},
        {u"duty_percent"_s, dutyPercent.toString()},
        {u"duty_rates"_s, duty},
        {u"valuation"_s, valuation == Valuation::GoodsAndShipping ? u"goods_and_shipping"_s : u"goods"_s},
        {u"duty_threshold"_s, amount(dutyThresholdMinor, currency)},
        {u"tax_threshold"_s, amount(taxThresholdMinor, currency)},
        {u"flat_duty_per_item"_s, amount(flatDutyPerItemMinor, currency)},
        {u"seller_collects_tax"_s, sellerCollectsTax},
        {u"incoterm"_s, incotermKey(incoterm)},
        {u"price_basis"_s, priceBasis == PriceBasis::CostMarkup ? u"cost_markup"_s : u"base_price"_s},
        {u"markup_percent"_s, markupPercent.toString()},
        {u"rounding"_s, rounding.toText(currency)},
        {u"reprice_percent"_s, repricePercent.toString()},
        {u"required_tax_id"_s, requiredTaxId},
        {u"shipping_estimate"_s, amount(shippingEstimateMinor, currency)},
        {u"restrictions"_s, rules},
        {u"as_of"_s, asOf.toString(Qt::ISODate)},
        {u"notes"_s, notes},
    };
}

std::optional<Market> Market::fromJson(const QJsonObject &json, QString *error)
{
    Market m;
    m.code = json.value(u"code"_s).toString();
    auto fail = [&m, error](const QString &what) -> std::optional<Market> {
        if (error)
            *error = MarketValidator::tr("market %1: %2").arg(m.code, what);
        return std::nullopt;
    };
    m.name = json.value(u"name"_s).toString();
    for (const QJsonValue &c : json.value(u"countries"_s).toArray())
        m.countries.append(c.toString());
    m.currency = json.value(u"currency"_s).toString();
    m.language = json.value(u"language"_s).toString(u"en"_s);
    const auto percent = [&json](const QString &key, const char *fallback) {
        return ExactDecimal::parse(json.value(key).toString(QString::fromLatin1(fallback)));
    };
    const auto vat = percent(u"vat_percent"_s, "0");
    const auto duty = percent(u"duty_percent"_s, "0");
    const auto reprice = percent(u"reprice_percent"_s, "2");
    if (!vat || !duty || !reprice)
        return fail(MarketValidator::tr("percentages must be decimal numbers"));
    m.vatPercent = *vat;
    m.dutyPercent = *duty;
    m.repricePercent = *reprice;
    for (const QJsonValue &v : json.value(u"duty_rates"_s).toArray()) {
        const auto rate = ExactDecimal::parse(v[u"percent"_s].toString());
        if (!rate)
            return fail(MarketValidator::tr("a duty rate must be a decimal number"));
        m.dutyRates.append({v[u"hs_prefix"_s].toString(), *rate});
    }
    m.valuation = json.value(u"valuation"_s).toString() == u"goods_and_shipping" ? Valuation::GoodsAndShipping
                                                                                  : Valuation::Goods;
    const int digits = Currency::fractionDigits(m.currency);
    const auto money = [&json, digits](const QString &key) {
        return Decimal::parseScaled(json.value(key).toString(u"0"_s), digits);
    };
    const auto dutyThreshold = money(u"duty_threshold"_s);
    const auto taxThreshold = money(u"tax_threshold"_s);
    const auto flat = money(u"flat_duty_per_item"_s);
    const auto shipping = money(u"shipping_estimate"_s);
    if (!dutyThreshold || !taxThreshold || !flat || !shipping)
        return fail(MarketValidator::tr("thresholds and amounts must be plain amounts in %1").arg(m.currency));
    m.dutyThresholdMinor = *dutyThreshold;
    m.taxThresholdMinor = *taxThreshold;
    m.flatDutyPerItemMinor = *flat;
    m.shippingEstimateMinor = *shipping;
    m.sellerCollectsTax = json.value(u"seller_collects_tax"_s).toBool();
    m.incoterm = json.value(u"incoterm"_s).toString() == u"DDP" ? Incoterm::DDP : Incoterm::DAP;
    m.priceBasis = json.value(u"price_basis"_s).toString() == u"cost_markup" ? PriceBasis::CostMarkup
                                                                             : PriceBasis::BasePrice;
    const auto markup = percent(u"markup_percent"_s, "100");
    if (!markup)
        return fail(MarketValidator::tr("percentages must be decimal numbers"));
    m.markupPercent = *markup;
    QString roundingError;
    const auto rounding = PriceRounding::parse(json.value(u"rounding"_s).toString(), m.currency, &roundingError);
    if (!rounding)
        return fail(roundingError);
    m.rounding = *rounding;
    m.requiredTaxId = json.value(u"required_tax_id"_s).toString();
    for (const QJsonValue &v : json.value(u"restrictions"_s).toArray()) {
        const auto level = MarketRestriction::levelFromKey(v[u"level"_s].toString());
        if (!level)
            return fail(MarketValidator::tr("a restriction level must be prohibited, restricted or licence"));
        m.restrictions.append({0, v[u"hs_prefix"_s].toString(), v[u"category"_s].toString(), *level,
                               v[u"note"_s].toString()});
    }
    m.asOf = QDate::fromString(json.value(u"as_of"_s).toString(), Qt::ISODate);
    m.notes = json.value(u"notes"_s).toString();
    const QStringList problems = MarketValidator::validate(m);
    if (!problems.isEmpty())
        return fail(problems.join(u"; "_s));
    return m;
}

QStringList MarketValidator::validate(const Market &m)
{
    QStringList problems;
    if (m.code.isEmpty() || m.code.size() > 10)
        problems.append(tr("the code needs 1 to 10 characters"));
    if (m.name.trimmed().isEmpty())
        problems.append(tr("the market needs a name"));
    if (!Currency::isKnown(m.currency))
        problems.append(tr("\"%1\" is not a currency code").arg(m.currency));
    for (const QString &country : m.countries) {
        if (!Country::isKnown(country))
            problems.append(tr("\"%1\" is not a country code").arg(country));
    }
    if (m.countries.isEmpty())
        problems.append(tr("the market needs at least one country"));
    const auto percentOk = [](const ExactDecimal &p) { return p.mantissa >= 0; };
    if (!percentOk(m.vatPercent) || !percentOk(m.dutyPercent) || !percentOk(m.repricePercent))
        problems.append(tr("percentages must not be negative"));
    for (const DutyRate &rate : m.dutyRates) {
        const bool digits = !rate.hsPrefix.isEmpty() && rate.hsPrefix.size() <= 10
                            && std::all_of(rate.hsPrefix.cbegin(), rate.hsPrefix.cend(), [](QChar c) { return c.isDigit(); });
        if (!digits || !percentOk(rate.percent))
            problems.append(tr("duty rate for \"%1\": the prefix must be 1 to 10 digits").arg(rate.hsPrefix));
    }
    for (const MarketRestriction &r : m.restrictions) {
        if (r.hsPrefix.isEmpty() == r.category.isEmpty())
            problems.append(tr("a restriction names either an HS prefix or a category"));
    }
    if (!m.asOf.isValid())
        problems.append(tr("the market needs the date its figures were checked (as of)"));
    return problems;
}
