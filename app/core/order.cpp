#include "order.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QList<OrderStatus> OrderStatuses::all()
{
    return {OrderStatus::New,     OrderStatus::OnHold,  OrderStatus::ReadyToShip,
            OrderStatus::Picked,  OrderStatus::Packed,  OrderStatus::Shipped,
            OrderStatus::Delivered, OrderStatus::Cancelled, OrderStatus::Returned};
}

QString OrderStatuses::key(OrderStatus status)
{
    switch (status) {
    case OrderStatus::New: return u"new"_s;
    case OrderStatus::OnHold: return u"on_hold"_s;
    case OrderStatus::ReadyToShip: return u"ready_to_ship"_s;
    case OrderStatus::Picked: return u"picked"_s;
    case OrderStatus::Packed: return u"packed"_s;
    case OrderStatus::Shipped: return u"shipped"_s;
    case OrderStatus::Delivered: return u"delivered"_s;
    case OrderStatus::Cancelled: return u"cancelled"_s;
    case OrderStatus::Returned: return u"returned"_s;
    }
    return {};
}

std::optional<OrderStatus> OrderStatuses::fromKey(QStringView text)
{
    QString normalized = text.trimmed().toString().toLower();
    normalized.replace(u'-', u'_').replace(u' ', u'_');
    if (normalized == u"hold"_s || normalized == u"onhold"_s)
        normalized = u"on_hold"_s;
    if (normalized == u"ready"_s)
        normalized = u"ready_to_ship"_s;
    if (normalized == u"canceled"_s)
        normalized = u"cancelled"_s;
    for (OrderStatus status : all()) {
        if (key(status) == normalized)
            return status;
    }
    return std::nullopt;
}

QString OrderStatuses::label(OrderStatus status)
{
    switch (status) {
    case OrderStatus::New: return tr("New");
    case OrderStatus::OnHold: return tr("On hold");
    case OrderStatus::ReadyToShip: return tr("Ready to ship");
    case OrderStatus::Picked: return tr("Picked");
    case OrderStatus::Packed: return tr("Packed");
    case OrderStatus::Shipped: return tr("Shipped");
    case OrderStatus::Delivered: return tr("Delivered");
    case OrderStatus::Cancelled: return tr("Cancelled");
    case OrderStatus::Returned: return tr("Returned");
    }
    return {};
}

QList<OrderStatus> OrderStatuses::nextStatuses(OrderStatus from)
{
    using S = OrderStatus;
    switch (from) {
    case S::New: return {S::OnHold, S::ReadyToShip, S::Cancelled};
    case S::OnHold: return {S::New, S::ReadyToShip, S::Cancelled};
    case S::ReadyToShip: return {S::OnHold, S::Picked, S::Packed, S::Cancelled};
    case S::Picked: return {S::OnHold, S::ReadyToShip, S::Packed, S::Cancelled};
    case S::Packed: return {S::OnHold, S::Shipped, S::Cancelled};
    case S::Shipped: return {S::Delivered, S::Returned};
    case S::Delivered: return {S::Returned};
    case S::Cancelled: return {};
    case S::Returned: return {};
    }
    return {};
}

bool OrderStatuses::canMove(OrderStatus from, OrderStatus to)
{
    return nextStatuses(from).contains(to);
}

bool OrderStatuses::needsShippableOrder(OrderStatus to)
{
    return to == OrderStatus::ReadyToShip || to == OrderStatus::Picked || to == OrderStatus::Packed
        || to == OrderStatus::Shipped;
}

bool Order::isExpress() const
{
    static const QRegularExpression words(
        u"express|priority|next[ -]?day|overnight|expedited|second[ -]?day|2nd[ -]?day|two[ -]?day|courier|dhl|fedex|ups"_s,
        QRegularExpression::CaseInsensitiveOption);
    return words.match(shipService).hasMatch();
}
