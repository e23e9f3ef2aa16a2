#pragma once

#include "address.h"
#include "money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// Where an order's life is. Stored as its key ("ready_to_ship").
enum class OrderStatus { New, OnHold, ReadyToShip, Picked, Packed, Shipped, Delivered, Cancelled, Returned };

class OrderStatuses
{
    Q_DECLARE_TR_FUNCTIONS(OrderStatuses)

public:
    static QList<OrderStatus> all();
    static QString key(OrderStatus status);
    static std::optional<OrderStatus> fromKey(QStringView key);
    static QString label(OrderStatus status); // translated, for people
    // The workflow: new → on hold / ready → picked → packed → shipped → delivered → returned; cancel until shipped;
    // on hold → new / ready / cancelled. Anything else is refused.
    static bool canMove(OrderStatus from, OrderStatus to);
    static QList<OrderStatus> nextStatuses(OrderStatus from);
    // Statuses after which a label may be printed (the order has to pass its checks to get there).
    static bool needsShippableOrder(OrderStatus to);
};

// One line of an order. The SKU links to the catalogue when a product has it (productId > 0).
struct OrderLine
{
    qint64 productId = 0;
    QString sku;
    QString name;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0; // in the order's currency
    qint64 discountMinor = 0;  // this line's share of discounts, if the channel says
    qint64 taxMinor = 0;
    QString channelLineId;

    bool operator==(const OrderLine &other) const = default;
};

struct Customer
{
    qint64 id = 0;
    QString email; // lower case
    QString name;
    QString phone;    // E.164 when valid
    QString language; // BCP 47 ("th", "en", "pt-BR"); empty = the market's language
    QString taxId;    // CPF/CNPJ, PCCC, VAT… as given

    bool operator==(const Customer &other) const = default;
};

// An order from a sales channel, in the order's currency, with what the shop needs to ship and check it.
struct Order
{
    qint64 id = 0;
    QString number;         // what people call it ("#1001", "113-1234567-1234567")
    QString channel;        // "shopify", "amazon", "ebay", "borderdesk"…
    QString channelOrderId; // the channel's own key; channel + this is unique
    QDateTime createdAt;    // UTC
    QDateTime paidAt;       // UTC, invalid when unpaid
    QString currency;
    qint64 subtotalMinor = 0; // sum of lines before discounts
    qint64 discountMinor = 0;
    qint64 shippingMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    // 1 unit of the order's currency in the base currency, exact decimal text, as of rateDate (recorded at import).
    QString baseCurrency;
    QString rateToBase;
    QString rateDate;
    qint64 totalBaseMinor = 0;
    QString marketCode;    // from the ship-to country; empty when no market covers it
    QString incoterm;      // "DAP" or "DDP"
    QString shipService;   // the channel's shipping method ("Express", "Standard", "Expedited"…)
    QString paymentMethod;
    QString avsResult;     // "Y", "A", "N"… when the file has it
    QString cvvResult;     // "M", "N"… when the file has it
    QString channelRisk;   // the channel's own risk level, when given
    QString tags;
    QString notes;
    OrderStatus status = OrderStatus::New;
    Customer customer;
    Address shipTo;
    Address billTo;
    QList<OrderLine> lines;
    int riskScore = 0;

    Money total() const { return Money(totalMinor, currency); }
    bool isExpress() const; // by the shipping method's words (express, priority, next day, expedited…)

    bool operator==(const Order &other) const = default;
};
