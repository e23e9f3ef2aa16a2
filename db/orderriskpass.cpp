#include "orderriskpass.h"

namespace {

// Drops the times before the window that ends at `now` and counts the rest.
template<typename Times>
int countRecent(Times &times, qint64 now, qint64 window)
{
    const auto old = std::remove_if(times.begin(), times.end(), [&](qint64 t) { return t < now - window; });
    times.erase(old, times.end());
    return int(times.size());
}

} // namespace

CustomerHistory OrderRiskPass::Tracker::observe(const Entry &entry)
{
    CustomerHistory h;
    if (entry.customerId > 0) {
        CustomerOrders &c = m_customers[entry.customerId];
        h.previousOrders = c.orders;
        h.averageBaseMinor = c.orders > 0 ? c.sumBase / c.orders : 0;
        h.recentOrdersSameEmail = countRecent(c.recent, entry.createdSecs, m_window);
        if (!entry.cancelled) {
            ++c.orders;
            c.sumBase += entry.totalBaseMinor;
            c.recent.push_back(entry.createdSecs);
        }
    }
    RecentTimes &atAddress = m_addresses[entry.addressKey];
    h.recentOrdersSameAddress = countRecent(atAddress, entry.createdSecs, m_window);
    if (!entry.cancelled)
        atAddress.push_back(entry.createdSecs);
    return h;
}

void OrderRiskPass::sortByTime(QList<Entry> &entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.createdSecs != b.createdSecs ? a.createdSecs < b.createdSecs : a.orderId < b.orderId;
    });
}
