#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTimeZone>

#include <functional>

// Keeps the sales aggregates that reports read. Triggers mark every order whose order row, lines or shipments
// change (schema 7, table report_dirty); refresh() computes those orders' figures again (one row each in
// sales_facts, in base currency) and triggers on sales_facts keep the per-day sums in sales_daily, so a report over
// a million orders reads a few thousand rows. Cheap when little changed; the first refresh after a big import
// reads every new order once.
class SalesFacts
{
    Q_DECLARE_TR_FUNCTIONS(SalesFacts)

public:
    explicit SalesFacts(QSqlDatabase db);

    // Orders waiting to be counted again.
    qint64 pending() const;
    // Counts the pending orders again, 20,000 to a write transaction so other writers wait well under a second.
    // progress: 0–100; returning false cancels: the batch under way changes nothing, batches already counted stay
    // (each is correct on its own). Returns the number of orders counted, or -1 with *error set.
    qint64 refresh(QString *error, const std::function<bool(int)> &progress = {}) const;
    // Marks every order pending (after the time zone, fees or product costs change) and refreshes.
    qint64 rebuild(QString *error, const std::function<bool(int)> &progress = {}) const;

    // The shop's time zone for report days: setting report_time_zone (IANA id), else the system's, stored the
    // first time so days stay put.
    QTimeZone timeZone() const;
    bool setTimeZone(const QByteArray &ianaId, QString *error) const;
    // Channel fees in percent of revenue (setting fee_percent_<channel>), exact decimal text.
    QString feePercent(const QString &channel) const;
    bool setFeePercent(const QString &channel, const QString &percent, QString *error) const;
    QStringList channels() const; // channels that have orders or a fee

private:
    QSqlDatabase m_db;
};
