#pragma once

#include "order.h"
#include "shipmentrepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Books shipments for orders: refuses orders that must not ship, prices the service from its rate card, validates
// tracking numbers per carrier, chooses the customs form, and moves the order to packed/shipped with its history.
class ShipmentBooking
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentBooking)

public:
    explicit ShipmentBooking(const QSqlDatabase &db, QString actor = QString());

    // Why the order may not get a label now (on hold, cancelled, already shipped, a blocking problem such as a
    // restricted item or a missing HS code, origin, weight, phone or tax ID), translated; empty when it may.
    QStringList refusals(qint64 orderId) const;

    struct Request
    {
        QString serviceCode;      // empty: the rate-shopping default
        QList<Parcel> parcels;    // empty: one parcel worked out from the order's products
        QStringList trackingNumbers; // per package, when the carrier's numbers are known already
    };
    // Creates the shipment. Warnings (a DHL check digit that did not match) are returned, not refused.
    std::optional<Shipment> create(qint64 orderId, const Request &request, QStringList *warnings,
                                   QString *error) const;
    // Checks a tracking number against the carrier's scheme and stores it on the package (seq 1-based).
    bool setTracking(qint64 shipmentId, int seq, const QString &number, QStringList *warnings, QString *error) const;
    // After the documents printed: the shipment's label is printed and the order moves on to packed.
    bool markPacked(qint64 shipmentId, QString *error) const;
    // Handed to the carrier: the shipment and the order are shipped.
    bool markShipped(qint64 shipmentId, QString *error) const;

    // CN22 up to 300 SDR (the shop's "cn22_limit" setting in a currency with ECB rates), CN23 above; postal only.
    QString customsFormFor(const QString &serviceCode, const Money &goodsValue, const QString &fromCountry,
                           const QString &toCountry) const;

    // Postal services: the sender's allocated range of UPU S10 numbers ("EE", serial from–to, "TH"), kept in the
    // settings "s10_range_<SERVICE>" ("EE 10000000 19999999 TH") and "s10_next_<SERVICE>". Call inside a write
    // transaction; an empty string when the service has no range or it is used up.
    QString nextS10Number(const QString &serviceCode, QString *error) const;
    bool setS10Range(const QString &serviceCode, const QString &prefix, qint64 from, qint64 to, const QString &country,
                     QString *error) const;

private:
    bool checkTracking(const QString &carrierCode, const QString &number, QString *kind, bool *valid, QString *note,
                       QStringList *warnings, QString *error) const;
    bool moveOrder(qint64 orderId, const QList<OrderStatus> &path, const QString &note, QString *error) const;
    QSqlDatabase m_db;
    QString m_actor;
};
