#pragma once

#include "exchangerate.h"

#include <QAbstractTableModel>

// The newest rate of each currency: code, name in the UI language, units per euro, and the rate's date.
class RatesTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatesTableModel)

public:
    enum Column { Currency, Name, PerEuro, Date, NB_COLUMNS };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit RatesTableModel(QObject *parent = nullptr);

    void setRates(QList<ExchangeRate> rates);
    ExchangeRate rateAt(int row) const { return m_rates.value(row); }
    int rowOfCurrency(const QString &currency) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ExchangeRate> m_rates;
};
