#include "rateshopping.h"

#include "carrierrepository.h"
#include "exchangeraterepository.h"
#include "orderrepository.h"
#include "shopsettings.h"
#include "units.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

const RateQuote *RateShopping::Result::defaultQuote() const
{
    for (const RateQuote &q : quotes) {
        if (q.isDefault)
            return &q;
    }
    return nullptr;
}

const RateQuote *RateShopping::Result::find(const QString &serviceCode) const
{
    for (const RateQuote &q : quotes) {
        if (q.serviceCode.compare(serviceCode, Qt::CaseInsensitive) == 0)
            return &q;
    }
    return nullptr;
}

RateShopping::RateShopping(const QSqlDatabase &db)
    : m_db(db)
{
}

int RateShopping::maxTransitDays() const
{
    return ShopSettings(m_db).value(u"ship_rule_max_days"_s, u"0"_s).toInt();
}

bool RateShopping::setMaxTransitDays(int days, QString *error) const
{
    return ShopSettings(m_db).setValue(u"ship_rule_max_days"_s, QString::number(std::max(0, days)), error);
}

qint64 RateShopping::packagingWeightG() const
{
    return ShopSettings(m_db).value(u"packaging_weight_g"_s, u"100"_s).toLongLong();
}

RateShopping::Result RateShopping::quote(const QString &country, const QList<Parcel> &parcels, bool expressOrder,
                                         const QDate &date) const
{
    if (!m_services)
        m_services = CarrierRepository(m_db).services(true);
    Result result;
    result.country = country.toUpper();
    result.parcels = parcels;
    const QString base = ShopSettings(m_db).baseCurrency();
    const ExchangeRateRepository rates(m_db);
    for (const ShippingService &service : std::as_const(*m_services)) {
        RateQuote q = RateCalculator::quote(service, result.country, parcels);
        if (q.available) {
            QString problem;
            if (q.total.currency() == base)
                q.totalBase = q.total;
            else if (const auto converted = rates.convert(q.total, base, date, &problem))
                q.totalBase = converted->amount;
        }
        result.quotes.append(q);
    }
    RateShopper::sortAndPick(result.quotes, {maxTransitDays(), expressOrder});
    return result;
}

Parcel RateShopping::parcelFor(const Order &order, QString *note) const
{
    Parcel parcel;
    qint64 items = 0;
    QStringList missing;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT weight_g, length_mm, width_mm, height_mm FROM products WHERE id = ?"_s);
    for (const OrderLine &line : order.lines) {
        items += line.quantity;
        q.addBindValue(line.productId);
        if (line.productId <= 0 || !q.exec() || !q.next() || q.value(0).toLongLong() <= 0) {
            missing.append(line.sku);
            continue;
        }
        parcel.weightG += q.value(0).toLongLong() * line.quantity;
        if (order.lines.size() == 1 && line.quantity == 1)
            parcel = {parcel.weightG, q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()};
    }
    const qint64 packaging = packagingWeightG();
    parcel.weightG += packaging;
    if (note) {
        const QLocale locale;
        *note = tr("%Ln item(s) weighing %1 plus %2 packaging", nullptr, int(items))
                    .arg(Units::formatWeight(parcel.weightG - packaging, Units::System::Metric, locale),
                         Units::formatWeight(packaging, Units::System::Metric, locale));
        // Notes follow one another with the language's own separator ("；" in Chinese, " ; " in French).
        const auto addNote = [note](const QString &more) {
            *note = tr("%1; %2", "two notes on a parcel").arg(*note, more);
        };
        if (!parcel.hasDimensions())
            addNote(tr("box size unknown, so priced on actual weight"));
        if (!missing.isEmpty())
            addNote(tr("no weight for %1").arg(missing.join(u", "_s)));
    }
    return parcel;
}

std::optional<RateShopping::Result> RateShopping::quoteOrder(qint64 orderId, QString *error) const
{
    const auto order = OrderRepository(m_db).load(orderId);
    if (!order) {
        *error = tr("no such order");
        return std::nullopt;
    }
    QString note;
    const Parcel parcel = parcelFor(*order, &note);
    Result result = quote(order->shipTo.country, {parcel}, order->isExpress());
    result.parcelNote = note;
    return result;
}
