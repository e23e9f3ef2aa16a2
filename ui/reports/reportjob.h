#pragma once

#include "connection.h"
#include "salesfacts.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent>

#include <functional>

// Reads a report off the GUI thread, on a connection of its own, and hands the result back on the GUI thread.
// Starting a newer job cancels the one before and drops its result: a view shows only what was asked last.
template<typename Result>
class ReportJob final
{
public:
    // db is invalid (and openError says why) when the database did not open.
    using Work = std::function<Result(const QSqlDatabase &db, const QString &openError, QPromise<Result> &promise)>;
    using Done = std::function<void(const Result &result)>;
    using Progress = std::function<void(int percent)>;

    ReportJob() = default;
    ~ReportJob() { cancelAndWait(); }
    Q_DISABLE_COPY_MOVE(ReportJob)

    // done runs on context's thread, only for the newest job, and not after context is gone.
    void start(QObject *context, const QString &databasePath, const Work &work, const Done &done,
               const Progress &progress = {})
    {
        m_future.cancel();
        const quint64 generation = ++m_generation;
        auto *watcher = new QFutureWatcher<Result>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context, [this, watcher, generation, done] {
            watcher->deleteLater();
            if (generation != m_generation || watcher->future().resultCount() == 0)
                return;
            done(watcher->future().result());
        });
        if (progress)
            QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, context, progress);
        m_future = QtConcurrent::run([databasePath, work](QPromise<Result> &promise) {
            promise.setProgressRange(0, 100);
            QString error;
            const Connection connection = Connection::open(databasePath, &error, Connection::Mode::OpenExisting);
            promise.addResult(work(connection.isOpen() ? connection.database() : QSqlDatabase(), error, promise));
        });
        watcher->setFuture(m_future);
    }

    bool isRunning() const { return m_future.isRunning(); }
    void cancelAndWait()
    {
        ++m_generation;
        m_future.cancel();
        m_future.waitForFinished();
    }

private:
    QFuture<Result> m_future;
    quint64 m_generation = 0;
};

// Counts the orders changed since the last report again (seconds after a big import, else next to nothing).
// Returns false when it failed or the job was cancelled.
template<typename Result>
bool refreshSalesFacts(const QSqlDatabase &db, QPromise<Result> &promise, QString *error)
{
    return SalesFacts(db).refresh(error, [&promise](int percent) {
        promise.setProgressValue(percent);
        return !promise.isCanceled();
    }) >= 0;
}
