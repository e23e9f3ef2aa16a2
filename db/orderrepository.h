#pragma once

#include "ordercheck.h"
#include "orderfilter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

// One row of an order's history: who changed what and when.
struct OrderHistoryEntry
{
    QDateTime at; // UTC
    QString actor;
    QString event; // imported, updated, status, checked
    QString oldValue;
    QString newValue;
    QString note;
};

// The last stored check of an order.
struct StoredOrderCheck
{
    int riskScore = 0;
    bool canShip = true;
    QList<OrderProblem> problems;
    QList<RiskReason> reasons;
    QDateTime checkedAt;
};

// Orders in the database: find, load with lines, customer, check and history; move through the status workflow;
// check again on demand.
class OrderRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)

public:
    explicit OrderRepository(QSqlDatabase db, QString actor = QString());

    // The ids of orders with this number (or channel order id); usually one.
    QList<qint64> findByNumber(const QString &number) const;
    // Exactly one order by number, or an error naming the problem (none, or several across channels).
    std::optional<qint64> resolve(const QString &number, QString *error) const;
    std::optional<Order> load(qint64 id) const;
    StoredOrderCheck storedCheck(qint64 id) const;
    QList<OrderHistoryEntry> history(qint64 id) const;
    qint64 count(const OrderFilter &filter) const;
    // A page of orders (without lines), newest first; with their stored checks in *checks when asked (one query).
    QList<Order> page(const OrderFilter &filter, int limit, const OrderFilter::Cursor &after = {},
                      QList<StoredOrderCheck> *checks = nullptr) const;

    // Moves an order through the workflow, recording who did it. Refuses moves the workflow does not allow, and
    // moves towards shipping while the order has a blocking problem (restricted goods, missing customs data…).
    bool setStatus(qint64 id, OrderStatus to, const QString &note, QString *error) const;
    // Corrects what the customer or the channel got wrong (a phone in national form, a missing CPF, a mistyped postal
    // code) and checks the order again. The phone is validated with libphonenumber and stored as E.164; each changed
    // field is recorded in the history.
    struct ContactChanges
    {
        std::optional<QString> phone;
        std::optional<QString> taxId;
        std::optional<QString> language;
        std::optional<QString> postalCode;
        std::optional<QString> line1;
        std::optional<QString> line2;
        std::optional<QString> city;
        std::optional<QString> province;
    };
    bool editContact(qint64 id, const ContactChanges &changes, QString *error) const;
    // Checks the order again with today's catalogue, markets and fraud settings; stores and returns the result.
    // A new order over the hold threshold goes on hold.
    std::optional<OrderCheck> recheck(qint64 id, QString *error) const;

    static QJsonObject toJson(const Order &order, const StoredOrderCheck &check);

private:
    QSqlDatabase m_db;
    QString m_actor;
};
