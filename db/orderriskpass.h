#pragma once

#include "ordercheck.h"

#include <QList>

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
        OrderStatus status = OrderStatus::New;
        OrderCheck check;        // the problems and the signals that need only the order
        CustomerHistory history; // filled by run()
    };

    // Fills every entry's history from the entries themselves (an import into an empty orders table).
    static void run(QList<Entry> &entries, int velocityHours);
};
