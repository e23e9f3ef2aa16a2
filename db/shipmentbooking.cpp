#include "shipmentbooking.h"

#include "carrierrepository.h"
#include "exchangeraterepository.h"
#include "ordercheckcontext.h"
#include "orderrepository.h"
#include "orderwriter.h"
#include "rateshopping.h"
#include "shopsettings.h"
#include "tracking.h"
#include "writetransaction.h"

using namespace Qt::StringLiterals;

ShipmentBooking::ShipmentBooking(const QSqlDatabase &db, QString actor)
    : m_db(db)
    , m_actor(actor.isEmpty() ? OrderWriter::actorName() : std::move(actor))
{
}

QStringList ShipmentBooking::refusals(qint64 orderId) const
{
    const auto order = OrderRepository(m_db).load(orderId);
    if (!order)
        return {tr("no such order")};
    QStringList reasons;
    switch (order->status) {
    case OrderStatus::OnHold:
        reasons.append(tr("the order is on hold: release it first"));
        break;
    case OrderStatus::Cancelled:
        reasons.append(tr("the order is cancelled"));
        break;
    case OrderStatus::Shipped:
    case OrderStatus::Delivered:
    case OrderStatus::Returned:
        reasons.append(tr("the order was shipped already"));
        break;
    default:
        break;
    }
    // Checked afresh: the catalogue or the markets may have changed since the import.
    OrderCheckContext context(m_db);
    const OrderCheck check = context.check(*order, context.storedHistory(*order));
    for (const OrderProblem &problem : check.problems) {
        if (problem.blocking)
            reasons.append(problem.message());
    }
    return reasons;
}

QString ShipmentBooking::customsFormFor(const QString &serviceCode, const Money &goodsValue,
                                        const QString &fromCountry, const QString &toCountry) const
{
    const auto service = CarrierRepository(m_db).service(serviceCode);
    if (!service || !service->postal || fromCountry == toCountry)
        return {};
    const QStringList limitText = ShopSettings(m_db).value(u"cn22_limit"_s, u"354.00 EUR"_s).split(u' ');
    const auto limit = Money::fromDecimal(limitText.value(0), limitText.value(1, u"EUR"_s));
    if (!limit)
        return u"CN23"_s;
    QString problem;
    const auto converted = goodsValue.currency() == limit->currency()
                               ? std::optional<Money>(goodsValue)
                               : [&]() -> std::optional<Money> {
                                     const auto c = ExchangeRateRepository(m_db).convert(
                                         goodsValue, limit->currency(), QDate::currentDate(), &problem);
                                     return c ? std::optional<Money>(c->amount) : std::nullopt;
                                 }();
    // Without a rate the safe choice is the full declaration.
    return converted && converted->minorUnits() <= limit->minorUnits() ? u"CN22"_s : u"CN23"_s;
}

bool ShipmentBooking::checkTracking(const QString &carrierCode, const QString &number, QString *kind, bool *valid,
                                    QString *note, QStringList *warnings, QString *error) const
{
    const auto carrier = CarrierRepository(m_db).carrier(carrierCode);
    const TrackingCheck check = TrackingNumbers::check(number, carrier ? carrier->trackingKind : QString());
    if (!check.accepted()) {
        *error = tr("tracking number %1 is not a %2 number: %3")
                     .arg(number, carrier ? carrier->name : carrierCode, check.message);
        return false;
    }
    *kind = check.kind;
    *valid = check.valid;
    *note = check.message;
    if (check.warning && warnings)
        warnings->append(tr("tracking number %1: %2").arg(check.number, check.message));
    return true;
}

std::optional<Shipment> ShipmentBooking::create(qint64 orderId, const Request &request, QStringList *warnings,
                                                QString *error) const
{
    const QStringList refused = refusals(orderId);
    if (!refused.isEmpty()) {
        *error = tr("no label for this order: %1").arg(refused.join(u"; "_s));
        return std::nullopt;
    }
    const auto order = OrderRepository(m_db).load(orderId);
    const RateShopping shopping(m_db);
    QList<Parcel> parcels = request.parcels;
    if (parcels.isEmpty())
        parcels.append(shopping.parcelFor(*order, nullptr));
    const RateShopping::Result quotes = shopping.quote(order->shipTo.country, parcels, order->isExpress());
    const RateQuote *quote = request.serviceCode.isEmpty() ? quotes.defaultQuote() : quotes.find(request.serviceCode);
    if (!quote) {
        *error = request.serviceCode.isEmpty() ? tr("no service ships to %1").arg(order->shipTo.country)
                                               : tr("there is no active service %1").arg(request.serviceCode);
        return std::nullopt;
    }
    if (!quote->available) {
        *error = quote->unavailableReason;
        return std::nullopt;
    }
    Shipment shipment;
    shipment.orderId = orderId;
    shipment.serviceCode = quote->serviceCode;
    shipment.carrierCode = quote->carrierCode;
    shipment.cost = quote->total;
    shipment.costBase = quote->totalBase;
    shipment.billableWeightG = quote->billableG;
    shipment.createdBy = m_actor;
    shipment.customsForm = customsFormFor(quote->serviceCode, Money(order->subtotalMinor - order->discountMinor,
                                                                    order->currency),
                                          ShopSettings(m_db).homeCountry(), order->shipTo.country);
    for (int i = 0; i < parcels.size(); ++i) {
        ShipmentPackage package;
        package.seq = i + 1;
        package.parcel = parcels.at(i);
        const QString number = request.trackingNumbers.value(i).trimmed();
        if (!number.isEmpty()) {
            if (!checkTracking(quote->carrierCode, number, &package.trackingKind, &package.trackingValid,
                               &package.trackingNote, warnings, error))
                return std::nullopt;
            package.trackingNumber = TrackingNumbers::normalized(number);
        }
        shipment.packages.append(package);
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return std::nullopt;
    }
    for (ShipmentPackage &package : shipment.packages) {
        if (!package.trackingNumber.isEmpty())
            continue;
        QString problem;
        package.trackingNumber = nextS10Number(shipment.serviceCode, &problem);
        if (!problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        if (!package.trackingNumber.isEmpty()) {
            package.trackingKind = u"s10"_s;
            package.trackingValid = true;
        }
    }
    if (!ShipmentRepository(m_db).insert(shipment, error))
        return std::nullopt;
    OrderWriter writer(m_db, m_actor);
    if (!writer.addHistory(orderId, u"shipment"_s, QString(), quote->serviceCode,
                           tr("%1, %2").arg(quote->serviceName, quote->total.format(QLocale())), error))
        return std::nullopt;
    if (!transaction.commit(error))
        return std::nullopt;
    return shipment;
}

bool ShipmentBooking::setTracking(qint64 shipmentId, int seq, const QString &number, QStringList *warnings,
                                  QString *error) const
{
    const ShipmentRepository repo(m_db);
    const auto shipment = repo.find(shipmentId);
    if (!shipment || seq < 1 || seq > shipment->packages.size()) {
        *error = tr("no such package");
        return false;
    }
    QString kind, note;
    bool valid = false;
    if (!checkTracking(shipment->carrierCode, number, &kind, &valid, &note, warnings, error))
        return false;
    return repo.setTracking(shipment->packages.at(seq - 1).id, TrackingNumbers::normalized(number), kind, valid,
                            note, error);
}

bool ShipmentBooking::moveOrder(qint64 orderId, const QList<OrderStatus> &path, const QString &note,
                                QString *error) const
{
    const OrderRepository orders(m_db, m_actor);
    const auto order = orders.load(orderId);
    if (!order) {
        *error = tr("no such order");
        return false;
    }
    // Step through the workflow (new → ready → picked → packed → shipped) so the history shows every move.
    const qsizetype from = path.indexOf(order->status);
    for (qsizetype i = from + 1; i < path.size(); ++i) {
        if (!orders.setStatus(orderId, path.at(i), note, error))
            return false;
    }
    return true;
}

bool ShipmentBooking::markPacked(qint64 shipmentId, QString *error) const
{
    const ShipmentRepository repo(m_db);
    const auto shipment = repo.find(shipmentId);
    if (!shipment) {
        *error = tr("no such shipment");
        return false;
    }
    if (!repo.setStatus(shipmentId, u"label_printed"_s, error))
        return false;
    return moveOrder(shipment->orderId,
                     {OrderStatus::New, OrderStatus::ReadyToShip, OrderStatus::Picked, OrderStatus::Packed},
                     tr("packed with %1").arg(shipment->serviceCode), error);
}

bool ShipmentBooking::markShipped(qint64 shipmentId, QString *error) const
{
    const ShipmentRepository repo(m_db);
    const auto shipment = repo.find(shipmentId);
    if (!shipment) {
        *error = tr("no such shipment");
        return false;
    }
    if (!repo.setStatus(shipmentId, u"shipped"_s, error))
        return false;
    const QString tracking = shipment->packages.isEmpty() ? QString() : shipment->packages.front().trackingNumber;
    return moveOrder(shipment->orderId,
                     {OrderStatus::New, OrderStatus::ReadyToShip, OrderStatus::Picked, OrderStatus::Packed,
                      OrderStatus::Shipped},
                     tracking.isEmpty() ? shipment->serviceCode : tr("%1, tracking %2").arg(shipment->serviceCode, tracking),
                     error);
}

QString ShipmentBooking::nextS10Number(const QString &serviceCode, QString *error) const
{
    ShopSettings settings(m_db);
    const QStringList range = settings.value(u"s10_range_"_s + serviceCode).split(u' ', Qt::SkipEmptyParts);
    if (range.size() != 4)
        return {};
    const qint64 from = range.at(1).toLongLong();
    const qint64 to = range.at(2).toLongLong();
    const qint64 next = std::max(from, settings.value(u"s10_next_"_s + serviceCode).toLongLong());
    if (next > to) {
        *error = tr("the tracking numbers allocated to %1 are used up (%2 to %3): ask the post for a new range")
                     .arg(serviceCode, range.at(1), range.at(2));
        return {};
    }
    // UPU S10: 8-digit serial, weights 8 6 4 2 3 5 9 7, check = 11 − sum mod 11, 10 → 0, 11 → 5.
    const QString serial = QString::number(next).rightJustified(8, u'0');
    static constexpr int Weights[] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += serial.at(i).digitValue() * Weights[i];
    int check = 11 - sum % 11;
    check = check == 10 ? 0 : check == 11 ? 5 : check;
    if (!settings.setValue(u"s10_next_"_s + serviceCode, QString::number(next + 1), error))
        return {};
    return range.at(0) + serial + QString::number(check) + range.at(3);
}

bool ShipmentBooking::setS10Range(const QString &serviceCode, const QString &prefix, qint64 from, qint64 to,
                                  const QString &country, QString *error) const
{
    if (prefix.size() != 2 || !prefix.at(0).isLetter() || !prefix.at(1).isLetter() || from < 0 || to < from
        || to > 99999999 || country.size() != 2) {
        *error = tr("an S10 range is two letters, serial numbers from 0 to 99999999 and a two-letter country");
        return false;
    }
    ShopSettings settings(m_db);
    return settings.setValue(u"s10_range_"_s + serviceCode,
                             QStringList{prefix.toUpper(), QString::number(from), QString::number(to), country.toUpper()}
                                 .join(u' '),
                             error)
           && settings.setValue(u"s10_next_"_s + serviceCode, QString::number(from), error);
}
