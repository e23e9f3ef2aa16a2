#include "ordertablemodel.h"

#include "country.h"
#include "fraudsettingsrepository.h"
#include "orderrepository.h"

#include "connection.h"

#include <QColor>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
const QColor Warning(0xb0, 0x00, 0x20);
}

OrderTableModel::OrderTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    refresh();
}

void OrderTableModel::setFilter(const OrderFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    beginResetModel();
    m_rows.clear();
    m_rows = readRows(PageSize, {});
    m_atEnd = m_rows.size() < PageSize;
    endResetModel();
    updateTotal(m_atEnd);
}

void OrderTableModel::updateTotal(bool allRead)
{
    const int generation = ++m_countGeneration;
    if (allRead || m_db.databaseName().isEmpty() || m_db.databaseName() == u":memory:"_s) {
        m_total = allRead ? m_rows.size() : OrderRepository(m_db).count(m_filter);
        Q_EMIT totalCountChanged();
        return;
    }
    m_total = -1;
    Q_EMIT totalCountChanged();
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_countGeneration)
            return;
        m_total = watcher->result();
        Q_EMIT totalCountChanged();
    });
    watcher->setFuture(QtConcurrent::run([path = m_db.databaseName(), filter = m_filter]() -> qint64 {
        QString error;
        const Connection connection = Connection::open(path, &error, Connection::Mode::OpenExisting);
        return connection.isOpen() ? OrderRepository(connection.database()).count(filter) : 0;
    }));
}

void OrderTableModel::refresh()
{
    // Read again as many rows as the operator has scrolled through, so the view can keep its place (up to a bound:
    // each row costs a look-up of its check, and a refresh runs on the GUI thread).
    const int wanted = static_cast<int>(std::clamp<qsizetype>(m_rows.size(), PageSize, MaxRefreshRows));
    beginResetModel();
    m_rows.clear();
    m_holdThreshold = FraudSettingsRepository(m_db).load().holdThreshold;
    m_rows = readRows(wanted, {});
    m_atEnd = m_rows.size() < wanted;
    endResetModel();
    updateTotal(m_atEnd);
}

void OrderTableModel::retranslate()
{
    m_countryNames.clear();
    const OrderRepository orders(m_db);
    for (Row &row : m_rows) {
        row.totalText.clear();
        row.createdText.clear();
        if (!row.canShip) {
            row.blocking.clear();
            for (const OrderProblem &problem : orders.storedCheck(row.id).problems) {
                if (problem.blocking)
                    row.blocking.append(problem.message());
            }
        }
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, NB_COLUMNS - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NB_COLUMNS - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

QList<OrderTableModel::Row> OrderTableModel::readRows(int limit, const OrderFilter::Cursor &after) const
{
    const OrderRepository orders(m_db);
    QList<StoredOrderCheck> checks;
    const QList<Order> page = orders.page(m_filter, limit, after, &checks);
    QList<Row> rows;
    rows.reserve(page.size());
    for (qsizetype i = 0; i < page.size(); ++i) {
        const Order &o = page.at(i);
        Row row;
        row.id = o.id;
        row.number = o.number;
        row.createdAt = o.createdAt;
        row.createdKey = o.createdAt.toString(Qt::ISODate);
        row.channel = o.channel;
        row.name = o.shipTo.name.isEmpty() ? o.customer.email : o.shipTo.name;
        row.country = o.shipTo.country;
        row.market = o.marketCode;
        row.totalMinor = o.totalMinor;
        row.currency = o.currency;
        row.status = o.status;
        row.risk = o.riskScore;
        const StoredOrderCheck &check = checks.at(i);
        row.canShip = check.canShip;
        for (const OrderProblem &problem : check.problems) {
            if (problem.blocking)
                row.blocking.append(problem.message());
        }
        rows.append(std::move(row));
    }
    return rows;
}

bool OrderTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void OrderTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const OrderFilter::Cursor after =
        m_rows.isEmpty() ? OrderFilter::Cursor{} : OrderFilter::Cursor{m_rows.constLast().createdKey, m_rows.constLast().id};
    QList<Row> more = readRows(PageSize, after);
    m_atEnd = more.size() < PageSize;
    if (more.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(more.size()) - 1);
    m_rows.append(std::move(more));
    endInsertRows();
}

qint64 OrderTableModel::orderIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

std::optional<OrderStatus> OrderTableModel::statusAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).status;
}

QString OrderTableModel::numberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).number : QString();
}

int OrderTableModel::rowOfOrder(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NB_COLUMNS;
}

QString OrderTableModel::countryName(const QString &code) const
{
    if (code.isEmpty())
        return code;
    auto it = m_countryNames.constFind(code);
    if (it == m_countryNames.cend())
        it = m_countryNames.insert(code, Country::displayName(code, QLocale()));
    return *it;
}

QVariant OrderTableModel::rawValue(const Row &row, int column)
{
    switch (column) {
    case Number:
        return row.number;
    case Created:
        return row.createdAt;
    case Channel:
        return row.channel;
    case Customer:
        return row.name;
    case Country:
        return row.country;
    case Market:
        return row.market;
    case Total:
        return row.totalMinor;
    case Status:
        return OrderStatuses::key(row.status);
    case Risk:
        return row.risk;
    case CannotShip:
        return !row.canShip;
    default:
        return QVariant();
    }
}

QVariant OrderTableModel::displayValue(const Row &row, int column) const
{
    switch (column) {
    case Created:
        if (row.createdText.isEmpty())
            row.createdText = QLocale().toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
        return row.createdText;
    case Country:
        return countryName(row.country);
    case Total:
        if (row.totalText.isEmpty())
            row.totalText = Money(row.totalMinor, row.currency).format(QLocale());
        return row.totalText;
    case Status:
        return OrderStatuses::label(row.status);
    case Risk:
        return QLocale().toString(row.risk);
    case CannotShip:
        return row.canShip ? QString() : tr("Cannot ship");
    default:
        return rawValue(row, column);
    }
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CannotShip && !row.canShip)
            return row.blocking.join(u'\n');
        if (index.column() == Country)
            return row.country;
        if (index.column() == Risk && row.risk >= m_holdThreshold)
            return tr("At or above the hold threshold (%1)").arg(m_holdThreshold);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Risk)
            return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeading | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if ((index.column() == CannotShip && !row.canShip) || (index.column() == Risk && row.risk >= m_holdThreshold))
            return Warning;
        return QVariant();
    case RawValueRole:
        return rawValue(row, index.column());
    case OrderIdRole:
        return row.id;
    default:
        return QVariant();
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Order");
    case Created:
        return tr("Created");
    case Channel:
        return tr("Channel");
    case Customer:
        return tr("Ship to");
    case Country:
        return tr("Country");
    case Market:
        return tr("Market");
    case Total:
        return tr("Total");
    case Status:
        return tr("Status");
    case Risk:
        return tr("Risk");
    case CannotShip:
        return tr("Shipping");
    default:
        return QVariant();
    }
}
