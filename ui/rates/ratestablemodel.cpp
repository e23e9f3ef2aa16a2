#include "ratestablemodel.h"

#include "currency.h"

#include <QLocale>

RatesTableModel::RatesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RatesTableModel::setRates(QList<ExchangeRate> rates)
{
    beginResetModel();
    m_rates = std::move(rates);
    endResetModel();
}

int RatesTableModel::rowOfCurrency(const QString &currency) const
{
    for (int row = 0; row < m_rates.size(); ++row) {
        if (m_rates.at(row).currency == currency)
            return row;
    }
    return -1;
}

void RatesTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, NB_COLUMNS - 1);
    if (!m_rates.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NB_COLUMNS - 1));
}

int RatesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rates.size());
}

int RatesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NB_COLUMNS;
}

QVariant RatesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ExchangeRate &rate = m_rates.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case Currency:
        case Name:
            return rate.currency;
        case PerEuro:
            return rate.perEuro.toString();
        case Date:
            return rate.date;
        default:
            return QVariant();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == PerEuro)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    const QLocale locale;
    switch (index.column()) {
    case Currency:
        return rate.currency;
    case Name:
        return ::Currency::displayName(rate.currency, locale);
    case PerEuro:
        // The exact published figure, in the locale's digits, decimal sign and grouping.
        return rate.perEuro.toString(locale);
    case Date:
        return locale.toString(rate.date, QLocale::ShortFormat);
    default:
        return QVariant();
    }
}

QVariant RatesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Currency:
        return tr("Currency");
    case Name:
        return tr("Name");
    case PerEuro:
        return tr("Per 1 EUR");
    case Date:
        return tr("Rate date");
    default:
        return QVariant();
    }
}
