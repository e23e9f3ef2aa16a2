#pragma once

#include <QObject>
#include <QString>

#include <mutex>

class QSqlDatabase;
class QThread;

// DatabaseBackup::quickCheck on a thread of its own, so that a window paints and answers while SQLite reads the
// whole file. cancel() (and the destructor) stops a running check: SQLite is interrupted where Borderdesk links the
// SQLite library Qt's driver uses, elsewhere the check is left to end and its result dropped.
class BackgroundQuickCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundQuickCheck)

public:
    explicit BackgroundQuickCheck(QObject *parent = nullptr);
    ~BackgroundQuickCheck() override;

    // Cancels a check still running, then checks path.
    void start(const QString &path);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // One of these per check that was not cancelled, on the thread that owns this object; neither when the file
    // could not be read at all (a full disk, say: no verdict on damage).
    void passed(const QString &path);
    void failed(const QString &path, const QString &problem);

private:
    void run(const QString &path, quint64 generation);
    void watch(const QSqlDatabase *db, quint64 generation);

    QThread *m_thread = nullptr;
    mutable std::mutex m_mutex;
    void *m_handle = nullptr; // the running check's sqlite3*, under m_mutex
    quint64 m_generation = 0; // under m_mutex; a check whose generation is not current was cancelled
};
