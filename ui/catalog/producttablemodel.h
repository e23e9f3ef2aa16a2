#pragma once

#include "product.h"
#include "market.h"
#include "productfilter.h"
#include "units.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

// The catalogue as a lazy table: rowCount comes from one COUNT query, rows are read from SQL a page at a time
// when the view asks for them, and only a bounded number of pages is kept. Sorting and filtering happen in SQL.
class ProductTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductTableModel)

public:
    enum Column {
        Sku,
        Name,
        Barcode,
        Category,
        Origin,
        HsCode,
        Weight,
        Price,
        Cost,
        Stock,
        Active,
        Restrictions,
        NB_COLUMNS
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the stored value (minor units, grams, codes) for sorting and tests
        ProductIdRole,
        BadgesRole, // Restrictions column: QVariantList of QVariantMap {market, level} for the badge delegate
    };

    explicit ProductTableModel(QSqlDatabase db, QObject *parent = nullptr);

    // Weights are shown in the shop's units (metric unless the shop is in the US).
    void setUnitSystem(Units::System system);
    Units::System unitSystem() const { return m_units; }

    void setFilter(const ProductFilter &filter);
    ProductFilter filter() const { return m_filter; }
    // Re-reads the count and drops cached pages (after edits and imports).
    void refresh();
    // Re-emits headers and texts after a language change.
    void retranslate();
    std::optional<Product> productAt(int row) const;
    // The markets whose rules stop or slow this product, with the rule.
    QList<QPair<QString, MarketRestriction>> restrictionsFor(const Product &product) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 50;

private:
    const Product *rowProduct(int row) const;
    QVariant displayValue(const Product &p, int column) const;
    static QVariant rawValue(const Product &p, int column);

    QString restrictionText(const Product &p, bool detailed) const;

    QSqlDatabase m_db;
    QList<QPair<QString, MarketRestriction>> m_restrictions;
    ProductFilter m_filter;
    int m_rowCount = 0;
    Units::System m_units = Units::System::Metric;
    mutable QHash<int, QList<Product>> m_pages;
    mutable QList<int> m_pageOrder; // least recently loaded first
};
