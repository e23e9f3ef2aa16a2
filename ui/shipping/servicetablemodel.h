#pragma once

#include "shipping.h"

#include <QAbstractTableModel>
#include <QHash>

// The shop's shipping services as a table: service, carrier, currency, dimensional divisor, fuel surcharge,
// transit range, countries served, express/postal and whether rate shopping offers it.
class ServiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceTableModel)

public:
    enum Column { Service, CarrierName, Currency, Divisor, Fuel, Transit, Countries, Kind, Active, NB_COLUMNS };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit ServiceTableModel(QObject *parent = nullptr);

    void setServices(QList<ShippingService> services, const QList<Carrier> &carriers);
    const QList<ShippingService> &services() const { return m_services; }
    ShippingService serviceAt(int row) const { return m_services.value(row); }
    int rowOfCode(const QString &code) const;
    QString carrierName(const QString &carrierCode) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const ShippingService &service, int column) const;
    QVariant rawValue(const ShippingService &service, int column) const;

    QList<ShippingService> m_services;
    QHash<QString, QString> m_carrierNames;
};
