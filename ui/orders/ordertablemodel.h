#pragma once

#include "order.h"
#include "orderfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

// The orders as a lazy table, newest first: rows arrive a page at a time (canFetchMore/fetchMore) by key from
// OrderRepository::page, so the first paint costs the same with a thousand orders or a million. Only what a row
// shows is kept; the whole order (lines, addresses, history) is loaded for the one the operator looks at.
class OrderTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTableModel)

public:
    enum Column { Number, Created, Channel, Customer, Country, Market, Total, Status, Risk, CannotShip, NB_COLUMNS };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the stored value (UTC time, minor units, status key, score) for tests
        OrderIdRole,
    };

    explicit OrderTableModel(QSqlDatabase db, QObject *parent = nullptr);

    // Shows the orders this filter matches, from the newest; drops every row read so far.
    void setFilter(const OrderFilter &filter);
    OrderFilter filter() const { return m_filter; }
    // Reads again the rows shown so far (after status changes, checks and imports), and the total.
    void refresh();
    // Re-emits headers and texts after a language change.
    void retranslate();
    // How many orders the filter matches (rowCount() is how many have been read so far); -1 while they are being
    // counted. A filter that matches hundreds of thousands of orders takes a while to count exactly, so the first
    // page shows at once and the count follows from a background thread (totalCountChanged).
    qint64 totalCount() const { return m_total; }

    qint64 orderIdAt(int row) const;
    std::optional<OrderStatus> statusAt(int row) const;
    QString numberAt(int row) const;
    int rowOfOrder(qint64 id) const; // -1 when the order is not among the rows read

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged();

public:
    static constexpr int PageSize = 200;
    static constexpr int MaxRefreshRows = 25 * PageSize;

private:
    // What a row shows; the formatted texts are made on first paint and dropped when the language changes.
    struct Row
    {
        qint64 id = 0;
        QString number;
        QDateTime createdAt; // UTC
        QString createdKey;  // as stored, for the page cursor
        QString channel;
        QString name;
        QString country;
        QString market;
        qint64 totalMinor = 0;
        QString currency;
        OrderStatus status = OrderStatus::New;
        int risk = 0;
        bool canShip = true;
        QStringList blocking; // why it cannot ship, translated when read
        mutable QString totalText;
        mutable QString createdText;
    };

    QList<Row> readRows(int limit, const OrderFilter::Cursor &after) const;
    // Sets the total from the rows when they are all read, else counts on its own connection off the GUI thread.
    void updateTotal(bool allRead);
    QVariant displayValue(const Row &row, int column) const;
    static QVariant rawValue(const Row &row, int column);
    QString countryName(const QString &code) const;

    QSqlDatabase m_db;
    OrderFilter m_filter;
    QList<Row> m_rows;
    qint64 m_total = 0;
    int m_countGeneration = 0; // drops counts of filters no longer shown
    bool m_atEnd = true;
    int m_holdThreshold = 100;
    mutable QHash<QString, QString> m_countryNames;
};
