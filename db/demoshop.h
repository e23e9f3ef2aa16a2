#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

// A believable small shop for first looks, screenshots and tests: a Thai seller of crafts, apparel, beauty,
// tea and gadgets, with real HS codes, origins, GS1 barcodes, weights and prices. Deterministic for a seed.
class DemoShop
{
    Q_DECLARE_TR_FUNCTIONS(DemoShop)

public:
    static constexpr int DefaultProductCount = 600;

    // Adds productCount products priced in the shop's base currency, in one transaction.
    // Also stores a few days of sample exchange rates (see addDemoRates).
    static bool populate(const QSqlDatabase &db, int productCount, QString *error, quint32 seed = 20261128);
    // The demo shop's ship-from address and tax numbers, and warehouse bins for its products.
    static bool addDemoShipping(const QSqlDatabase &db, QString *error);
    static bool addDemoRates(const QSqlDatabase &db, QString *error);
    // Adds orderCount international orders for the demo catalogue, through the order import (checks, risk, holds).
    static bool addDemoOrders(const QSqlDatabase &db, int orderCount, QString *error, quint32 seed = 20261128);
    static constexpr int DefaultOrderCount = 240;
    // A year of sales before those orders (delivered, returned, cancelled, with their shipments and month-start
    // exchange rates), so the dashboard and the reports have a past to show. About 1,500 orders.
    static bool addDemoHistory(const QSqlDatabase &db, QString *error, quint32 seed = 20251125);
    static constexpr int Months = 13;
};
