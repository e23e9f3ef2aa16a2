#pragma once

#include "bulkstatement.h"
#include "ordercheck.h"

#include <QCoreApplication>
#include <QHash>

// Writes orders, their customers, lines and history with prepared statements inside the caller's transaction.
class OrderWriter
{
    Q_DECLARE_TR_FUNCTIONS(OrderWriter)

public:
    // freshTable: the orders table was empty when the import began, so no order can conflict with a stored one
    // (plain INSERTs, no upsert).
    OrderWriter(const QSqlDatabase &db, QString actor, bool freshTable = false);

    // False with the reason when a statement could not be prepared (an old schema, say).
    bool isValid(QString *error) const;

    struct Existing
    {
        qint64 id = 0;
        OrderStatus status = OrderStatus::New;
    };
    // The stored order with the same channel and channel order id, if any.
    bool findExisting(const Order &order, std::optional<Existing> *existing, QString *error);
    // The customer's id, inserted or updated by key (email, or name + country + postal code).
    bool customerId(const Order &order, qint64 *id, QString *error);
    // Inserts or updates the order (status as the upsert rules say) and replaces its lines; sets order.id.
    bool write(Order &order, const OrderCheck &check, bool replaceLines, QString *error);
    bool addHistory(qint64 orderId, const QString &event, const QString &oldValue, const QString &newValue,
                    const QString &note, QString *error);
    bool updateRisk(qint64 orderId, const OrderCheck &check, const QString &status, QString *error);

    static QString customerKey(const Order &order);
    static QString actorName(); // the OS user

private:
    QSqlDatabase m_db;
    QString m_actor;
    QString m_now;
    BulkStatement m_findExisting;
    BulkStatement m_findCustomer;
    BulkStatement m_insertCustomer;
    BulkStatement m_updateCustomer;
    BulkStatement m_upsertOrder;
    BulkStatement m_deleteLines;
    BulkStatement m_insertLine;
    BulkStatement m_insertHistory;
    BulkStatement m_updateRisk;
    QHash<QString, Customer> m_customers; // key → id and what this import wrote
    bool m_freshTable = false;
};
