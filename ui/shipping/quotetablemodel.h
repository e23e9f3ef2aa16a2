#pragma once

#include "shipping.h"

#include <QAbstractTableModel>
#include <QHash>

// Rate-shopping quotes as a table, in the order RateShopper sorted them, the default one highlighted: service,
// carrier, price in the card's currency and in the shop's, transit days, and how the billable weight came about.
class QuoteTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteTableModel)

public:
    enum Column { Service, CarrierName, Price, PriceBase, Transit, Billable, NB_COLUMNS };
    enum Role { RawValueRole = Qt::UserRole + 1, IsDefaultRole };

    explicit QuoteTableModel(QObject *parent = nullptr);

    void setQuotes(QList<RateQuote> quotes, const QHash<QString, QString> &carrierNames);
    const QList<RateQuote> &quotes() const { return m_quotes; }
    RateQuote quoteAt(int row) const { return m_quotes.value(row); }
    int defaultRow() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant displayText(const RateQuote &quote, int column) const;
    QVariant rawValue(const RateQuote &quote, int column) const;

    QList<RateQuote> m_quotes;
    QHash<QString, QString> m_carrierNames;
};
