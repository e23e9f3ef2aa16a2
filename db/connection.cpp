#include "connection.h"

#include "carrierpresets.h"
#include "databasebackup.h"
#include "marketpresets.h"
#include "migrator.h"
#include "writeerror.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ApplicationId = 0x42444B31; // "BDK1", set by the first migration
constexpr int BusyTimeoutMs = 10000;

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"borderdesk-"_s + QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

std::optional<qint64> pragmaValue(QSqlDatabase &db, const QString &pragma, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + pragma) || !query.next()) {
        if (error)
            *error = sqlErrorText(query);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

} // namespace

QString sqlErrorText(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    bool isCode = false;
    const int code = e.nativeErrorCode().toInt(&isCode); // QSQLITE gives SQLite's result code
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return isCode ? WriteError::fromSqlite(code, text) : text;
}

Connection::~Connection()
{
    close();
}

Connection::Connection(Connection &&other) noexcept
    : m_name(std::exchange(other.m_name, QString()))
    , m_path(std::exchange(other.m_path, QString()))
{
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_name = std::exchange(other.m_name, QString());
        m_path = std::exchange(other.m_path, QString());
    }
    return *this;
}

void Connection::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QString Connection::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"borderdesk.sqlite"_s);
}

Connection Connection::open(const QString &path, QString *error, Mode mode)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return Connection();
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == Mode::OpenExisting)
            return fail(tr("%1: no such database file").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(tr("%1: cannot create the folder for the database").arg(path));
    }

    Connection connection;
    connection.m_name = uniqueConnectionName();
    connection.m_path = info.absoluteFilePath();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection.m_name);
    db.setDatabaseName(connection.m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(BusyTimeoutMs));
    if (!db.open())
        return fail(tr("%1: cannot open the database: %2").arg(path, db.lastError().text()));

    // Read the schema version before changing anything: a newer or foreign file is left exactly as it is.
    QString problem;
    const auto version = pragmaValue(db, u"user_version"_s, &problem);
    const auto appId = pragmaValue(db, u"application_id"_s, &problem);
    const auto tables = pragmaValue(db, u"schema_version"_s, &problem);
    if (!version || !appId || !tables)
        return fail(tr("%1: this is not a database file (%2)").arg(path, problem));
    if (*version > Migrator::latestVersion())
        return fail(tr("%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3). "
                       "It has not been changed. Please update Borderdesk to open it.")
                        .arg(path)
                        .arg(*version)
                        .arg(Migrator::latestVersion()));
    const bool empty = *version == 0 && *tables == 0;
    if (!empty && *appId != ApplicationId)
        return fail(tr("%1 is an SQLite database, but not a Borderdesk one. It has not been changed.").arg(path));

    // Before a schema update, a checked copy of the database as it is: the update only runs when the copy exists.
    if (*version > 0 && *version < Migrator::latestVersion()) {
        const QString backup = DatabaseBackup::automaticBackupPath(connection.m_path, Migrator::latestVersion());
        if (!DatabaseBackup::copyTo(db, backup, &problem))
            return fail(tr("%1 needs a schema update, but the backup copy before it failed, so nothing was changed: %2")
                            .arg(path, problem));
    }

    QSqlQuery pragma(db);
    for (const QString &statement :
         {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s}) {
        if (!pragma.exec(statement))
            return fail(tr("%1: cannot configure the database: %2").arg(path, sqlErrorText(pragma)));
    }
    if (!Migrator::migrate(db, &problem))
        return fail(tr("%1: %2").arg(path, problem));
    // Market presets ship with the app: add new ones, refresh those the seller never edited.
    static const MarketPresets::Presets presets = MarketPresets::load(&problem);
    if (!MarketPresets::install(db, presets, &problem))
        return fail(tr("%1: %2").arg(path, problem));
    static const CarrierPresets::Presets carriers = CarrierPresets::load(&problem);
    if (!CarrierPresets::install(db, carriers, &problem))
        return fail(tr("%1: %2").arg(path, problem));
    return connection;
}
