#pragma once

#include "order.h"
#include "shipping.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Rate shopping: every active service's price for a parcel or an order, with billable weight explained, in the
// card's and the shop's base currency, sorted, and the default picked by the shop's rule ("cheapest arriving within
// N days"; express orders prefer express services).
class RateShopping
{
    Q_DECLARE_TR_FUNCTIONS(RateShopping)

public:
    struct Result
    {
        QString country;
        QList<Parcel> parcels;
        QString parcelNote; // how the parcel was worked out from an order's products
        QList<RateQuote> quotes;

        const RateQuote *defaultQuote() const;
        const RateQuote *find(const QString &serviceCode) const;
    };

    explicit RateShopping(const QSqlDatabase &db);

    Result quote(const QString &country, const QList<Parcel> &parcels, bool expressOrder = false,
                 const QDate &date = QDate::currentDate()) const;
    // The order's parcel from its products' weights (plus the packaging allowance) and, for a single item, its size.
    std::optional<Result> quoteOrder(qint64 orderId, QString *error) const;
    Parcel parcelFor(const Order &order, QString *note) const;

    // The shop's rule, kept in settings.
    int maxTransitDays() const;
    bool setMaxTransitDays(int days, QString *error) const;
    qint64 packagingWeightG() const;

private:
    QSqlDatabase m_db;
    mutable std::optional<QList<ShippingService>> m_services;
};
