#include "servicetablemodel.h"

#include "decimal.h"

#include <QLocale>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

ServiceTableModel::ServiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ServiceTableModel::setServices(QList<ShippingService> services, const QList<Carrier> &carriers)
{
    beginResetModel();
    m_services = std::move(services);
    m_carrierNames.clear();
    for (const Carrier &carrier : carriers)
        m_carrierNames.insert(carrier.code, carrier.name);
    endResetModel();
}

int ServiceTableModel::rowOfCode(const QString &code) const
{
    const auto it = std::find_if(m_services.cbegin(), m_services.cend(),
                                 [&code](const ShippingService &s) { return s.code == code; });
    return it == m_services.cend() ? -1 : int(it - m_services.cbegin());
}

QString ServiceTableModel::carrierName(const QString &carrierCode) const
{
    return m_carrierNames.value(carrierCode, carrierCode);
}

void ServiceTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, NB_COLUMNS - 1);
    if (!m_services.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NB_COLUMNS - 1));
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NB_COLUMNS;
}

QVariant ServiceTableModel::rawValue(const ShippingService &s, int column) const
{
    switch (column) {
    case Service:
        return s.code;
    case CarrierName:
        return s.carrierCode;
    case Currency:
        return s.currency;
    case Divisor:
        return s.dimDivisor;
    case Fuel:
        return s.fuelPercent;
    case Transit:
        return s.transitDaysMax();
    case Countries:
        return int(s.zoneByCountry.size());
    case Kind:
        return s.express ? u"express"_s : s.postal ? u"postal"_s : u"standard"_s;
    case Active:
        return s.active;
    default:
        return {};
    }
}

QVariant ServiceTableModel::displayText(const ShippingService &s, int column) const
{
    const QLocale locale;
    switch (column) {
    case Service:
        return tr("%1 (%2)").arg(s.name, s.code);
    case CarrierName:
        return carrierName(s.carrierCode);
    case Currency:
        return s.currency;
    case Divisor:
        return s.dimDivisor > 0 ? locale.toString(s.dimDivisor) : tr("by weight only");
    case Fuel:
        return tr("%1 %", "a percentage").arg(Decimal::localized(s.fuelPercent, locale));
    case Transit:
        return s.transitDaysMin() == s.transitDaysMax()
                   ? tr("%Ln day(s)", nullptr, s.transitDaysMax())
                   : tr("%1–%2 days").arg(locale.toString(s.transitDaysMin()), locale.toString(s.transitDaysMax()));
    case Countries:
        return locale.toString(s.zoneByCountry.size());
    case Kind:
        return s.express ? tr("Express") : s.postal ? tr("Postal") : tr("Standard");
    case Active:
        return s.active ? tr("On") : tr("Off");
    default:
        return {};
    }
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ShippingService &s = m_services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(s, index.column());
    case RawValueRole:
        return rawValue(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Countries) {
            QStringList codes = s.zoneByCountry.keys();
            codes.sort();
            return codes.join(u' ');
        }
        return displayText(s, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Divisor || index.column() == Fuel || index.column() == Countries)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // A service switched off stays listed (it can be switched on again) but reads as inactive.
        if (!s.active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Service:
        return tr("Service");
    case CarrierName:
        return tr("Carrier");
    case Currency:
        return tr("Currency");
    case Divisor:
        return tr("Divisor");
    case Fuel:
        return tr("Fuel");
    case Transit:
        return tr("Transit");
    case Countries:
        return tr("Countries");
    case Kind:
        return tr("Type");
    case Active:
        return tr("Active");
    default:
        return {};
    }
}
