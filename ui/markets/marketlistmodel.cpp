#include "marketlistmodel.h"

#include "country.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// "20 %", "10,9 %": the exact figure in the locale's digits and decimal sign.
QString percentText(const ExactDecimal &percent, const QLocale &locale)
{
    return MarketListModel::tr("%1 %", "a percentage, e.g. 20 %").arg(percent.toString(locale));
}

} // namespace

MarketListModel::MarketListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MarketListModel::setMarkets(QList<Market> markets)
{
    beginResetModel();
    m_markets = std::move(markets);
    endResetModel();
}

int MarketListModel::rowOfCode(const QString &code) const
{
    for (int row = 0; row < m_markets.size(); ++row) {
        if (m_markets.at(row).code == code)
            return row;
    }
    return -1;
}

void MarketListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, NB_COLUMNS - 1);
    if (!m_markets.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NB_COLUMNS - 1));
}

int MarketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_markets.size());
}

int MarketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NB_COLUMNS;
}

QVariant MarketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Market &market = m_markets.at(index.row());
    switch (role) {
    case RawValueRole:
        switch (index.column()) {
        case Code:
            return market.code;
        case Name:
            return market.name;
        case Currency:
            return market.currency;
        case Vat:
            return market.vatPercent.toString();
        case Duty:
            return market.dutyPercent.toString();
        case Incoterm:
            return Market::incotermKey(market.incoterm);
        case AsOf:
            return market.asOf;
        default:
            return QVariant();
        }
    case Qt::DisplayRole:
        return displayText(market, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(market, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Vat || index.column() == Duty)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant MarketListModel::displayText(const Market &market, int column) const
{
    const QLocale locale;
    switch (column) {
    case Code:
        return market.code;
    case Name:
        return market.name;
    case Currency:
        return market.currency;
    case Vat:
        return percentText(market.vatPercent, locale);
    case Duty:
        return percentText(market.dutyPercent, locale);
    case Incoterm:
        return Market::incotermKey(market.incoterm);
    case AsOf:
        return locale.toString(market.asOf, QLocale::ShortFormat);
    default:
        return QVariant();
    }
}

QString MarketListModel::toolTip(const Market &market, int column) const
{
    const QLocale locale;
    if (column == Name || column == Code) {
        QStringList names;
        for (const QString &country : market.countries)
            names.append(Country::displayName(country, locale));
        return names.join(u", "_s);
    }
    if (column == Duty) {
        QStringList lines{tr("Default: %1").arg(percentText(market.dutyPercent, locale))};
        for (const DutyRate &rate : market.dutyRates)
            lines.append(tr("HS %1…: %2").arg(rate.hsPrefix, percentText(rate.percent, locale)));
        return lines.join(u'\n');
    }
    return QString();
}

QVariant MarketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Currency:
        return tr("Currency");
    case Vat:
        return tr("VAT/GST");
    case Duty:
        return tr("Duty");
    case Incoterm:
        return tr("Incoterm");
    case AsOf:
        return tr("As of");
    default:
        return QVariant();
    }
}
