#pragma once

#include "market.h"

#include <QAbstractTableModel>

// The markets the seller sells to, one per row: code, name, currency, VAT, default duty, Incoterm and the date
// the figures were checked.
class MarketListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketListModel)

public:
    enum Column { Code, Name, Currency, Vat, Duty, Incoterm, AsOf, NB_COLUMNS };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit MarketListModel(QObject *parent = nullptr);

    void setMarkets(QList<Market> markets);
    Market marketAt(int row) const { return m_markets.value(row); }
    int rowOfCode(const QString &code) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const Market &market, int column) const;
    QString toolTip(const Market &market, int column) const;

    QList<Market> m_markets;
};
