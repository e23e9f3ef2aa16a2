#pragma once

#include "market.h"
#include "pricelist.h"
#include "productfilter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

// The price preview grid: one row per product (paged lazily from SQL) and, for every chosen market, the current
// list price, the new price the market's rule gives, the change, the landed cost and the margin in the base
// currency. Nothing is written: this is what a seller looks at before applying.
class PricePreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricePreviewModel)

public:
    enum FixedColumn { Sku, Name };
    static constexpr int FixedColumns = 2;
    // Each chosen market adds these columns, in this order.
    enum MarketColumn { Current, Proposed, Change, Landed, Margin };
    static constexpr int ColumnsPerMarket = 5;
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit PricePreviewModel(QSqlDatabase db, QObject *parent = nullptr);

    void setMarkets(const QList<Market> &markets);
    QList<Market> markets() const { return m_markets; }
    void setDate(const QDate &date);
    void setFilter(const ProductFilter &filter);
    void refresh();
    void retranslate();
    // The market of a column, or -1 for the SKU and name columns.
    int marketIndexOfColumn(int column) const;
    std::optional<PriceQuote> quoteAt(int row, int marketIndex) const;
    // Why a page could not be priced (no exchange rate, …); empty when all is well.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 20;

Q_SIGNALS:
    void pricingFailed(const QString &message);

private:
    struct Page
    {
        QList<Product> products;
        QList<QList<PriceQuote>> quotes; // [market][row in page]
    };
    const Page *page(int row) const;

    QSqlDatabase m_db;
    QList<Market> m_markets;
    QDate m_date;
    ProductFilter m_filter;
    int m_rowCount = 0;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_pageOrder;
    mutable QString m_lastError;
};
