#pragma once

#include "market.h"
#include "order.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

// What the checks know of a catalogue product.
struct CheckedProduct
{
    qint64 id = 0;
    QString sku;
    QString hsCode;
    QString originCountry;
    QString category;
    qint64 weightG = 0;
};

// One reason an order cannot ship (blocking) or should be looked at. Stored by code with its subject (a SKU, a
// phone number) so it reads in whatever language the operator uses later.
struct OrderProblem
{
    QString code;    // "restricted", "hs_code_missing", "origin_missing", "weight_missing", "unknown_sku",
                     // "phone_missing", "phone_invalid", "tax_id_missing", "tax_id_invalid", "postal_code",
                     // "address_incomplete", "country_missing", "no_market"
    QString subject; // the SKU, number or value concerned
    QString detail;  // e.g. the restriction's level and note, or the postal-code message
    bool blocking = true;

    QString message() const; // translated
    bool operator==(const OrderProblem &other) const = default;
};

// One fraud signal that fired, with the points it adds.
struct RiskReason
{
    QString rule; // a fraud_rules key
    int weight = 0;
    QString detail; // the evidence: "AVS N", "billing DE, shipping NG", "Shipito"

    QString message() const; // translated
    static QString ruleName(const QString &rule); // translated name of a rule, for the settings
    static QStringList rules();
    bool operator==(const RiskReason &other) const = default;
};

struct OrderCheck
{
    QList<OrderProblem> problems;
    QList<RiskReason> reasons;

    int riskScore() const; // sum of weights, at most 100
    bool canShip() const;  // no blocking problem
    QJsonArray problemsJson() const;
    QJsonArray reasonsJson() const;
    // The same as compact JSON text, written directly: an import stores it for every order.
    QString problemsJsonText() const;
    QString reasonsJsonText() const;
    static QList<OrderProblem> problemsFromJson(const QByteArray &json);
    static QList<RiskReason> reasonsFromJson(const QByteArray &json);
};

// The seller's fraud settings: weights per rule (0 or disabled = off), the hold threshold and the rule parameters.
struct FraudSettings
{
    struct Forwarder
    {
        QString name;
        QString fragment;
        QString postalCode;
        QString country;
    };

    QHash<QString, int> weights;
    int holdThreshold = 60;
    QStringList highRiskCategories;
    int velocityHours = 24;
    int velocityOrders = 3;  // this many orders (this one included) from one email or address within the hours
    int historyMultiple = 3; // value above this multiple of the customer's average
    QList<Forwarder> forwarders;
};

// A customer's earlier orders, as far as the fraud rules need them.
struct CustomerHistory
{
    int previousOrders = 0;
    qint64 averageBaseMinor = 0; // average total of the previous orders in the base currency
    int recentOrdersSameEmail = 0;   // within the velocity window before this order, this one excluded
    int recentOrdersSameAddress = 0;
};

// Checks an order before it ships: restricted goods in its market, shipping readiness, and a fraud risk score whose
// reasons are listed with their weights.
class OrderChecker
{
    Q_DECLARE_TR_FUNCTIONS(OrderChecker)

public:
    explicit OrderChecker(FraudSettings settings);

    // products: one per order line, nullptr where the SKU is not in the catalogue. market: nullptr when none covers
    // the ship-to country.
    void checkShipping(const Order &order, const QList<const CheckedProduct *> &products, const Market *market,
                       OrderCheck &check) const;
    // Signals that need only the order: AVS, CVV, billing vs shipping country, forwarders, categories, channel risk.
    void scoreOrder(const Order &order, const QList<const CheckedProduct *> &products, OrderCheck &check) const;
    // Signals that need the customer's other orders.
    void scoreHistory(const Order &order, const CustomerHistory &history, OrderCheck &check) const;
    bool shouldHold(const OrderCheck &check) const { return check.riskScore() >= m_settings.holdThreshold; }
    const FraudSettings &settings() const { return m_settings; }

    // The key that groups orders to one address for the velocity rule.
    static QString addressKey(const Address &address);

private:
    void addReason(OrderCheck &check, const QString &rule, const QString &detail) const;

    FraudSettings m_settings;
};
