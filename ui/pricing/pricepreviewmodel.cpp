#include "pricepreviewmodel.h"

#include "decimal.h"
#include "productrepository.h"

#include <QColor>
#include <QFont>
#include <QLocale>

PricePreviewModel::PricePreviewModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_date(QDate::currentDate())
{
    m_filter.sortKey = ProductFilter::SortKey::Sku;
}

void PricePreviewModel::setMarkets(const QList<Market> &markets)
{
    beginResetModel();
    m_markets = markets;
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
}

void PricePreviewModel::setDate(const QDate &date)
{
    m_date = date;
    refresh();
}

void PricePreviewModel::setFilter(const ProductFilter &filter)
{
    m_filter = filter;
    m_filter.sortKey = ProductFilter::SortKey::Sku;
    refresh();
}

void PricePreviewModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_lastError.clear();
    m_rowCount = int(ProductRepository(m_db).count(m_filter));
    endResetModel();
}

void PricePreviewModel::retranslate()
{
    // The explanations are written in the language and figures of their moment: read the pages again.
    m_pages.clear();
    m_pageOrder.clear();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
}

int PricePreviewModel::marketIndexOfColumn(int column) const
{
    return column < FixedColumns ? -1 : (column - FixedColumns) / ColumnsPerMarket;
}

const PricePreviewModel::Page *PricePreviewModel::page(int row) const
{
    const int number = row / PageSize;
    auto it = m_pages.find(number);
    if (it != m_pages.end())
        return &it.value();
    Page fresh;
    fresh.products = ProductRepository(m_db).list(m_filter, PageSize, number * PageSize);
    const PriceListService service(m_db);
    for (const Market &market : m_markets) {
        QString error;
        QList<PriceQuote> quotes = service.quotes(fresh.products, market, std::nullopt, m_date, &error);
        if (quotes.size() != fresh.products.size() && m_lastError.isEmpty()) {
            m_lastError = tr("%1: %2").arg(market.code, error);
            Q_EMIT const_cast<PricePreviewModel *>(this)->pricingFailed(m_lastError);
        }
        fresh.quotes.append(std::move(quotes));
    }
    if (m_pageOrder.size() >= MaxCachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder.append(number);
    return &m_pages.insert(number, std::move(fresh)).value();
}

std::optional<PriceQuote> PricePreviewModel::quoteAt(int row, int marketIndex) const
{
    if (row < 0 || row >= m_rowCount || marketIndex < 0 || marketIndex >= m_markets.size())
        return std::nullopt;
    const Page *p = page(row);
    const int offset = row % PageSize;
    const QList<PriceQuote> &quotes = p->quotes.at(marketIndex);
    if (offset >= quotes.size())
        return std::nullopt;
    return quotes.at(offset);
}

int PricePreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PricePreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumns + int(m_markets.size()) * ColumnsPerMarket;
}

QVariant PricePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Page *p = page(index.row());
    const int offset = index.row() % PageSize;
    if (offset >= p->products.size())
        return QVariant();
    const Product &product = p->products.at(offset);
    if (index.column() < FixedColumns) {
        if (role == Qt::DisplayRole || role == RawValueRole)
            return index.column() == Sku ? product.sku : product.name;
        return QVariant();
    }
    const int marketIndex = marketIndexOfColumn(index.column());
    const int part = (index.column() - FixedColumns) % ColumnsPerMarket;
    const QList<PriceQuote> &quotes = p->quotes.at(marketIndex);
    if (offset >= quotes.size())
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("—")) : QVariant();
    const PriceQuote &q = quotes.at(offset);
    const QLocale locale;
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return part == Landed || part == Margin ? QVariant() : QVariant(q.price.explanation);
    if (role == Qt::ForegroundRole) {
        if (part == Margin && q.marginInBase.minorUnits() < 0)
            return QColor(0xb0, 0x00, 0x20);
        return QVariant();
    }
    if (role == Qt::FontRole && part == Proposed && q.price.changes()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == RawValueRole) {
        switch (part) {
        case Current:
            return q.price.current ? QVariant(q.price.current->minorUnits()) : QVariant();
        case Proposed:
            return q.price.proposed.minorUnits();
        case Change:
            return q.price.changeBasisPoints;
        case Landed:
            return q.landed.total.minorUnits();
        case Margin:
            return q.marginInBase.minorUnits();
        default:
            return QVariant();
        }
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (part) {
    case Current:
        return q.price.current ? q.price.current->format(locale) : QString();
    case Proposed:
        return q.price.fixed ? tr("%1 (fixed)").arg(q.price.proposed.format(locale)) : q.price.proposed.format(locale);
    case Change:
        if (!q.price.current)
            return tr("new");
        return QString(Decimal::formatScaled(q.price.changeBasisPoints, 2, locale) + QStringLiteral(" %"));
    case Landed:
        return q.landed.total.format(locale);
    case Margin:
        return q.marginInBase.format(locale);
    default:
        return QVariant();
    }
}

QVariant PricePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Sku)
        return tr("SKU");
    if (section == Name)
        return tr("Name");
    const int marketIndex = marketIndexOfColumn(section);
    if (marketIndex < 0 || marketIndex >= m_markets.size())
        return QVariant();
    const QString market = m_markets.at(marketIndex).code;
    switch ((section - FixedColumns) % ColumnsPerMarket) {
    case Current:
        return tr("%1 now").arg(market);
    case Proposed:
        return tr("%1 new").arg(market);
    case Change:
        return tr("%1 change").arg(market);
    case Landed:
        return tr("%1 landed").arg(market);
    case Margin:
        return tr("%1 margin").arg(market);
    default:
        return QVariant();
    }
}
