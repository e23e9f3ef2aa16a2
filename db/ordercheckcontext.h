#pragma once

#include "exactdecimal.h"
#include "market.h"
#include "ordercheck.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

// What checking and importing orders needs from the database, loaded once: markets by country, catalogue products
// by SKU, the fraud settings, the base currency and the exchange rates used so far.
class OrderCheckContext
{
    Q_DECLARE_TR_FUNCTIONS(OrderCheckContext)

public:
    explicit OrderCheckContext(QSqlDatabase db);

    // Loads the whole catalogue at once (imports); otherwise products are looked up one SKU at a time.
    void loadAllProducts();
    const CheckedProduct *product(const QString &sku);
    QList<const CheckedProduct *> productsOf(const Order &order);
    // The market a ship-to country belongs to: its own market, else the smallest group that has it.
    const Market *marketFor(const QString &country) const;
    const OrderChecker &checker() const { return m_checker; }
    QString baseCurrency() const { return m_baseCurrency; }

    // Records the rate from the order's currency to the base currency on the order's day (the latest rates on or
    // before it) and the total in the base currency. False with a reason when there is no such rate.
    bool recordBaseRate(Order &order, QString *why);

    // Everything the checks say about an order, given its customer's history.
    OrderCheck check(const Order &order, const CustomerHistory &history);
    // The history of an order's customer and address from the orders already stored (other than this one).
    CustomerHistory storedHistory(const Order &order) const;

private:
    struct Rate
    {
        bool found = false;
        ExactDecimal fromPerEuro;
        ExactDecimal toPerEuro;
        QDate date;
        QString why;
    };

    QSqlDatabase m_db;
    QString m_baseCurrency;
    QList<Market> m_markets;
    QHash<QString, qsizetype> m_marketByCountry;
    QHash<QString, CheckedProduct> m_products; // by SKU; entries with id 0 mark SKUs known to be missing
    bool m_allProducts = false;
    OrderChecker m_checker;
    QHash<QString, Rate> m_rates; // "USD|2026-11-20"
};
