#pragma once

#include "shipping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

// One package of a shipment, with the carrier's tracking number once it is known.
struct ShipmentPackage
{
    qint64 id = 0;
    int seq = 1;
    Parcel parcel;
    QString trackingNumber;
    QString trackingKind;
    bool trackingValid = false;
    QString trackingNote; // why the number did not pass its check (a warning for DHL)
};

// A shipment of an order with one service: its packages, what it cost and where it is.
struct Shipment
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString serviceCode;
    QString carrierCode;
    QString status = QStringLiteral("created"); // created, label_printed, shipped, delivered, returned, cancelled
    Money cost;
    std::optional<Money> costBase;
    qint64 billableWeightG = 0;
    QString customsForm; // "", "CN22", "CN23"
    QDateTime createdAt;
    QString createdBy;
    QList<ShipmentPackage> packages;

    static QStringList statuses();
    static QString statusLabel(const QString &status); // translated
};

// Shipments and packages in the database.
class ShipmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentRepository)

public:
    explicit ShipmentRepository(const QSqlDatabase &db);

    QList<Shipment> forOrder(qint64 orderId) const;
    std::optional<Shipment> find(qint64 id) const;
    // The shipment whose package carries this tracking number.
    std::optional<Shipment> findByTracking(const QString &number) const;
    // Call inside a write transaction; sets shipment.id and the packages' ids.
    bool insert(Shipment &shipment, QString *error) const;
    bool setStatus(qint64 shipmentId, const QString &status, QString *error) const;
    bool setTracking(qint64 packageId, const QString &number, const QString &kind, bool valid, const QString &note,
                     QString *error) const;

private:
    bool loadPackages(Shipment &shipment) const;
    QList<Shipment> select(const QString &where, const QVariant &value) const;
    QSqlDatabase m_db;
};
