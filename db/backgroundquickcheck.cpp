#include "backgroundquickcheck.h"

#include "databasebackup.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>
#include <QVariant>

#ifdef BORDERDESK_SHARED_SQLITE
#include <sqlite3.h>
#endif

BackgroundQuickCheck::BackgroundQuickCheck(QObject *parent)
    : QObject(parent)
{
}

BackgroundQuickCheck::~BackgroundQuickCheck()
{
    cancel();
}

void BackgroundQuickCheck::start(const QString &path)
{
    cancel();
    quint64 generation = 0;
    {
        const std::lock_guard lock(m_mutex);
        generation = ++m_generation;
    }
    m_thread = QThread::create([this, path, generation] { run(path, generation); });
    m_thread->setObjectName(QStringLiteral("quick_check"));
    m_thread->start(QThread::LowPriority);
}

void BackgroundQuickCheck::cancel()
{
    if (!m_thread)
        return;
    {
        const std::lock_guard lock(m_mutex);
        ++m_generation;
#ifdef BORDERDESK_SHARED_SQLITE
        if (m_handle)
            sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
#endif
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool BackgroundQuickCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundQuickCheck::watch(const QSqlDatabase *db, quint64 generation)
{
    const std::lock_guard lock(m_mutex);
    m_handle = nullptr;
    if (!db)
        return;
    const QVariant handle = db->driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<void *const *>(handle.constData());
#ifdef BORDERDESK_SHARED_SQLITE
    if (m_handle && generation != m_generation) // cancelled while the connection opened
        sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
#else
    Q_UNUSED(generation)
#endif
}

void BackgroundQuickCheck::run(const QString &path, quint64 generation)
{
    QString problem;
    bool inaccessible = false;
    const bool ok = DatabaseBackup::quickCheck(
        path, &problem, [this, generation](const QSqlDatabase *db) { watch(db, generation); }, &inaccessible);
    const std::lock_guard lock(m_mutex);
    if (generation != m_generation || inaccessible)
        return;
    // Queued to the owner's thread; dropped by Qt if this object is gone by then (the destructor waits for us first).
    QMetaObject::invokeMethod(
        this,
        [this, ok, path, problem, generation] {
            {
                const std::lock_guard current(m_mutex);
                if (generation != m_generation)
                    return;
            }
            if (ok)
                Q_EMIT passed(path);
            else
                Q_EMIT failed(path, problem);
        },
        Qt::QueuedConnection);
}
