#include "quotetablemodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

QuoteTableModel::QuoteTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QuoteTableModel::setQuotes(QList<RateQuote> quotes, const QHash<QString, QString> &carrierNames)
{
    beginResetModel();
    m_quotes = std::move(quotes);
    m_carrierNames = carrierNames;
    endResetModel();
}

int QuoteTableModel::defaultRow() const
{
    for (int row = 0; row < m_quotes.size(); ++row) {
        if (m_quotes.at(row).isDefault)
            return row;
    }
    return -1;
}

void QuoteTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, NB_COLUMNS - 1);
    if (!m_quotes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NB_COLUMNS - 1));
}

int QuoteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_quotes.size());
}

int QuoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NB_COLUMNS;
}

QVariant QuoteTableModel::rawValue(const RateQuote &q, int column) const
{
    switch (column) {
    case Service:
        return q.serviceCode;
    case CarrierName:
        return q.carrierCode;
    case Price:
        return q.available ? QVariant(q.total.minorUnits()) : QVariant();
    case PriceBase:
        return q.available && q.totalBase ? QVariant(q.totalBase->minorUnits()) : QVariant();
    case Transit:
        return q.transitDaysMax;
    case Billable:
        return q.billableG;
    default:
        return {};
    }
}

QVariant QuoteTableModel::displayText(const RateQuote &q, int column) const
{
    const QLocale locale;
    switch (column) {
    case Service:
        return q.isDefault ? tr("%1 (default)").arg(q.serviceName) : q.serviceName;
    case CarrierName:
        return m_carrierNames.value(q.carrierCode, q.carrierCode);
    case Price:
        return q.available ? q.total.format(locale) : tr("Not available");
    case PriceBase:
        return q.available && q.totalBase ? q.totalBase->format(locale) : QString();
    case Transit:
        if (!q.available)
            return QString();
        return q.transitDaysMin == q.transitDaysMax
                   ? tr("%Ln day(s)", nullptr, q.transitDaysMax)
                   : tr("%1–%2 days").arg(locale.toString(q.transitDaysMin), locale.toString(q.transitDaysMax));
    case Billable:
        return q.available ? q.basisText() : q.unavailableReason;
    default:
        return {};
    }
}

QVariant QuoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RateQuote &q = m_quotes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(q, index.column());
    case RawValueRole:
        return rawValue(q, index.column());
    case IsDefaultRole:
        return q.isDefault;
    case Qt::FontRole:
        if (q.isDefault) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // Light enough for dark text in light and dark palettes alike; the bold face carries it without colour.
        if (q.isDefault)
            return QColor(0xdf, 0xf2, 0xdf);
        return {};
    case Qt::ForegroundRole:
        if (q.isDefault)
            return QColor(Qt::black);
        if (!q.available)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == PriceBase)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags QuoteTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A service that cannot take the parcel cannot be chosen.
    return m_quotes.at(index.row()).available ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
}

QVariant QuoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Service:
        return tr("Service");
    case CarrierName:
        return tr("Carrier");
    case Price:
        return tr("Price");
    case PriceBase:
        return tr("In base currency");
    case Transit:
        return tr("Transit");
    case Billable:
        return tr("Billable weight");
    default:
        return {};
    }
}
