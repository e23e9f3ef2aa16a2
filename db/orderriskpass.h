#pragma once

#include "ordercheck.h"

#include <QHash>
#include <QList>

#include <QVarLengthArray>

// The fraud signals that depend on a customer's other orders ("first order", "value above history", "several
// orders in a short time"), computed for a whole import at once, in time order, so a file sorted newest-first
// scores the same as one sorted oldest-first.
class OrderRiskPass
{
public:
    struct Entry
    {
        qint64 orderId = 0;
        qint64 customerId = 0;
        size_t addressKey = 0; // hash of OrderChecker::addressKey
        qint64 createdSecs = 0;
        qint64 totalBaseMinor = 0;
        bool cancelled = false;
        bool inserted = false; // new in this import (only new orders are put on hold automatically)
        OrderStatus status = OrderStatus::New;      // as the file says
        QList<RiskReason> orderReasons;             // the signals that need only the order
        QList<RiskReason> writtenReasons;           // what the first pass wrote
        OrderStatus writtenStatus = OrderStatus::New;
    };

    // Feeds orders one by one and says what came before each: the history "so far".
    class Tracker
    {
    public:
        explicit Tracker(int velocityHours)
            : m_window(qint64(velocityHours) * 3600)
        {
        }
        CustomerHistory observe(const Entry &entry);

    private:
        // Times of recent orders, oldest first. Inline room for two: most customers and addresses have one or two
        // orders, and a million of them must not each allocate (a std::deque takes 512 bytes before its first push).
        using RecentTimes = QVarLengthArray<qint64, 2>;
        struct CustomerOrders
        {
            int orders = 0;
            qint64 sumBase = 0;
            RecentTimes recent;
        };
        qint64 m_window;
        QHash<qint64, CustomerOrders> m_customers;
        QHash<size_t, RecentTimes> m_addresses;
    };

    // Sorts the entries by time and calls visit(entry, history) for each with the history before it.
    template<typename Visit>
    static void run(QList<Entry> &entries, int velocityHours, Visit visit)
    {
        sortByTime(entries);
        Tracker tracker(velocityHours);
        for (Entry &entry : entries)
            visit(entry, tracker.observe(entry));
    }

private:
    static void sortByTime(QList<Entry> &entries);
};
