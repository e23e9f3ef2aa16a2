#pragma once

#include "shipping.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The carrier presets shipped with the app (resources/reference/carriers.json, with an "as of" date): DHL Express,
// FedEx, UPS and a postal service with illustrative rate cards. Installing adds the carriers and services the
// database lacks, once per preset version; a seller's edits and own services are never overwritten.
class CarrierPresets
{
    Q_DECLARE_TR_FUNCTIONS(CarrierPresets)

public:
    struct Presets
    {
        int version = 0;
        QString asOf;
        QList<Carrier> carriers;
        QList<ShippingService> services;
        Money cn22Limit; // 300 SDR in a currency the ECB quotes
    };
    static Presets load(QString *error);
    static Presets parse(const QByteArray &json, QString *error);
    // Runs in its own write transaction when there is something to add.
    static bool install(const QSqlDatabase &db, const Presets &presets, QString *error);
};
