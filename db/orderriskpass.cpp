#include "orderriskpass.h"

#include <QHash>

#include <deque>

namespace {

// Times of recent orders, oldest first; counts those inside the window before `now`.
int countRecent(std::deque<qint64> &times, qint64 now, qint64 window)
{
    while (!times.empty() && times.front() < now - window)
        times.pop_front();
    return int(times.size());
}

} // namespace

void OrderRiskPass::run(QList<Entry> &entries, int velocityHours)
{
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.createdSecs != b.createdSecs ? a.createdSecs < b.createdSecs : a.orderId < b.orderId;
    });
    struct CustomerOrders
    {
        int orders = 0;
        qint64 sumBase = 0;
        std::deque<qint64> recent;
    };
    QHash<qint64, CustomerOrders> customers;
    QHash<size_t, std::deque<qint64>> addresses;
    const qint64 window = qint64(velocityHours) * 3600;
    for (Entry &entry : entries) {
        CustomerHistory &h = entry.history;
        if (entry.customerId > 0) {
            CustomerOrders &c = customers[entry.customerId];
            h.previousOrders = c.orders;
            h.averageBaseMinor = c.orders > 0 ? c.sumBase / c.orders : 0;
            h.recentOrdersSameEmail = countRecent(c.recent, entry.createdSecs, window);
            if (!entry.cancelled) {
                ++c.orders;
                c.sumBase += entry.totalBaseMinor;
                c.recent.push_back(entry.createdSecs);
            }
        }
        std::deque<qint64> &atAddress = addresses[entry.addressKey];
        h.recentOrdersSameAddress = countRecent(atAddress, entry.createdSecs, window);
        if (!entry.cancelled)
            atAddress.push_back(entry.createdSecs);
    }
}
