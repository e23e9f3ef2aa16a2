#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// One open SQLite connection to a Borderdesk database, configured the same way everywhere
// (WAL, foreign keys, busy timeout) and closed when this object goes. Use it only in the thread that opened it.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(Connection)

public:
    enum class Mode {
        OpenOrCreate, // a missing file becomes a new, empty database
        OpenExisting, // a missing file is an error
    };

    Connection() = default;
    ~Connection();
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Q_DISABLE_COPY(Connection)

    // Opens the file, refuses one written by a newer Borderdesk (without touching it) or one that is not
    // Borderdesk's, then brings the schema up to date. On failure returns a closed Connection and sets *error.
    static Connection open(const QString &path, QString *error, Mode mode = Mode::OpenOrCreate);

    bool isOpen() const { return !m_name.isEmpty(); }
    QSqlDatabase database() const;
    QString path() const { return m_path; }

    // Where the GUI and the CLI keep the database unless --db says otherwise.
    static QString defaultPath();

private:
    void close();

    QString m_name;
    QString m_path;
};

// The text of a failed query's error, for messages.
QString sqlErrorText(const class QSqlQuery &query);
