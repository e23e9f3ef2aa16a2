#include "producttablemodel.h"

#include "country.h"
#include "hscode.h"
#include "marketrepository.h"
#include "productrepository.h"

#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QApplication>

namespace {

ProductFilter::SortKey sortKeyFor(int column)
{
    switch (column) {
    case ProductTableModel::Sku:
        return ProductFilter::SortKey::Sku;
    case ProductTableModel::Barcode:
        return ProductFilter::SortKey::Barcode;
    case ProductTableModel::Category:
        return ProductFilter::SortKey::Category;
    case ProductTableModel::Origin:
        return ProductFilter::SortKey::Origin;
    case ProductTableModel::HsCode:
        return ProductFilter::SortKey::HsCode;
    case ProductTableModel::Weight:
        return ProductFilter::SortKey::Weight;
    case ProductTableModel::Price:
        return ProductFilter::SortKey::Price;
    case ProductTableModel::Cost:
        return ProductFilter::SortKey::Cost;
    case ProductTableModel::Stock:
        return ProductFilter::SortKey::Stock;
    case ProductTableModel::Active:
        return ProductFilter::SortKey::Active;
    default:
        return ProductFilter::SortKey::Name;
    }
}

} // namespace

ProductTableModel::ProductTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    m_rowCount = int(ProductRepository(m_db).count(m_filter));
    m_restrictions = MarketRepository(m_db).allRestrictions();
}

void ProductTableModel::setUnitSystem(Units::System system)
{
    m_units = system;
    retranslate();
}

void ProductTableModel::setFilter(const ProductFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void ProductTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_rowCount = int(ProductRepository(m_db).count(m_filter));
    m_restrictions = MarketRepository(m_db).allRestrictions();
    endResetModel();
}

void ProductTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, NB_COLUMNS - 1);
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, NB_COLUMNS - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NB_COLUMNS;
}

const Product *ProductTableModel::rowProduct(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pageOrder.size() >= MaxCachedPages)
            m_pages.remove(m_pageOrder.takeFirst());
        it = m_pages.insert(page, ProductRepository(m_db).list(m_filter, PageSize, page * PageSize));
        m_pageOrder.append(page);
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QList<QPair<QString, MarketRestriction>> ProductTableModel::restrictionsFor(const Product &product) const
{
    QList<QPair<QString, MarketRestriction>> matching;
    for (const auto &entry : m_restrictions) {
        if (entry.second.matches(product))
            matching.append(entry);
    }
    return matching;
}

QString ProductTableModel::restrictionText(const Product &p, bool detailed) const
{
    QStringList parts;
    for (const auto &[market, rule] : restrictionsFor(p)) {
        if (!detailed) {
            if (!parts.contains(market))
                parts.append(market);
            continue;
        }
        QString level;
        switch (rule.level) {
        case MarketRestriction::Level::Prohibited:
            level = tr("prohibited");
            break;
        case MarketRestriction::Level::Restricted:
            level = tr("restricted");
            break;
        case MarketRestriction::Level::Licence:
            level = tr("licence needed");
            break;
        }
        parts.append(rule.note.isEmpty() ? tr("%1: %2").arg(market, level)
                                         : tr("%1: %2 – %3").arg(market, level, rule.note));
    }
    return parts.join(detailed ? QStringLiteral("\n") : QStringLiteral(" "));
}

std::optional<Product> ProductTableModel::productAt(int row) const
{
    if (const Product *p = rowProduct(row))
        return *p;
    return std::nullopt;
}

QVariant ProductTableModel::rawValue(const Product &p, int column)
{
    switch (column) {
    case Sku:
        return p.sku;
    case Name:
        return p.name;
    case Barcode:
        return p.barcode;
    case Category:
        return p.category;
    case Origin:
        return p.originCountry;
    case HsCode:
        return p.hsCode;
    case Weight:
        return p.weightG;
    case Price:
        return p.price.minorUnits();
    case Cost:
        return p.cost.minorUnits();
    case Stock:
        return p.stock;
    case Active:
        return p.active;
    default:
        return QVariant();
    }
}

QVariant ProductTableModel::displayValue(const Product &p, int column) const
{
    const QLocale locale;
    switch (column) {
    case Origin:
        return p.originCountry.isEmpty() ? QString() : Country::displayName(p.originCountry, locale);
    case HsCode:
        return HsCode::formatted(p.hsCode);
    case Weight:
        return Units::formatWeight(p.weightG, m_units, locale);
    case Price:
        return p.price.format(locale);
    case Cost:
        return p.cost.format(locale);
    case Stock:
        return locale.toString(p.stock);
    case Active:
        return p.active ? tr("Active") : tr("Inactive");
    case Restrictions:
        return restrictionText(p, false);
    default:
        return rawValue(p, column);
    }
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Product *p = rowProduct(index.row());
    if (!p)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*p, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && !p->description.isEmpty())
            return p->description;
        if (index.column() == Origin)
            return p->originCountry;
        if (index.column() == Restrictions)
            return restrictionText(*p, true);
        return QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Weight:
        case Price:
        case Cost:
        case Stock:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeading | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if (!p->active)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (index.column() == Stock && p->stock <= 0)
            return QColor(0xb0, 0x00, 0x20);
        return QVariant();
    case RawValueRole:
        if (index.column() == Restrictions)
            return int(restrictionsFor(*p).size());
        return rawValue(*p, index.column());
    case BadgesRole: {
        if (index.column() != Restrictions)
            return QVariant();
        QVariantList badges;
        for (const auto &[market, rule] : restrictionsFor(*p))
            badges.append(QVariantMap{{QStringLiteral("market"), market}, {QStringLiteral("level"), int(rule.level)}});
        return badges;
    }
    case ProductIdRole:
        return p->id;
    default:
        return QVariant();
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Barcode:
        return tr("Barcode");
    case Category:
        return tr("Category");
    case Origin:
        return tr("Origin");
    case HsCode:
        return tr("HS code");
    case Weight:
        return tr("Weight");
    case Price:
        return tr("Price");
    case Cost:
        return tr("Cost");
    case Stock:
        return tr("Stock");
    case Active:
        return tr("Status");
    case Restrictions:
        return tr("Restrictions");
    default:
        return QVariant();
    }
}

void ProductTableModel::sort(int column, Qt::SortOrder order)
{
    ProductFilter filter = m_filter;
    filter.sortKey = sortKeyFor(column);
    filter.descending = order == Qt::DescendingOrder;
    setFilter(filter);
}
