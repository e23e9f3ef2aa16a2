#include "clicontext.h"

#include "databasebackup.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

bool CliContext::takeFlag(const QString &name)
{
    return arguments.removeAll(name) > 0;
}

QString CliContext::takeOption(const QString &name, bool *missingValue)
{
    *missingValue = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == name) {
            if (i + 1 >= arguments.size()) {
                *missingValue = true;
                arguments.removeAt(i);
                return QString();
            }
            const QString value = arguments.at(i + 1);
            arguments.remove(i, 2);
            return value;
        }
        if (arg.startsWith(name + u'=')) {
            const QString value = arg.mid(name.size() + 1);
            arguments.removeAt(i);
            return value;
        }
    }
    return QString();
}

QString CliContext::firstUnknownOption() const
{
    for (const QString &arg : arguments) {
        if (arg.startsWith(u"--"_s))
            return arg;
    }
    return QString();
}

Connection CliContext::open(Connection::Mode mode)
{
    return openChecked(mode, true);
}

Connection CliContext::openForReading()
{
    return openChecked(Connection::Mode::OpenExisting, false);
}

Connection CliContext::openChecked(Connection::Mode mode, bool fullCheck)
{
    QString error;
    bool inaccessible = false;
    const bool fine = fullCheck ? DatabaseBackup::quickCheck(databasePath, &error, {}, &inaccessible)
                                : DatabaseBackup::isReadable(databasePath, &error, &inaccessible);
    if (!fine) {
        err << error << Qt::endl;
        if (inaccessible) // not damage: a backup would not help
            return Connection();
        QString hint = tr("Nothing was changed. Restore a backup with: borderdesk-cli --db %1 restore FILE")
                           .arg(QFileInfo(databasePath).absoluteFilePath());
        for (const QString &backup : DatabaseBackup::backupsBeside(databasePath))
            hint += u"\n  "_s + backup;
        err << hint << Qt::endl;
        return Connection();
    }
    Connection connection = Connection::open(databasePath, &error, mode);
    if (!connection.isOpen())
        err << error << Qt::endl;
    return connection;
}

void CliContext::printIssues(const QList<ImportIssue> &issues, const QString &error)
{
    for (const ImportIssue &issue : issues)
        err << (issue.isError() ? tr("error: ") : tr("warning: ")) << issue.toString() << Qt::endl;
    if (!error.isEmpty())
        err << tr("error: ") << error << Qt::endl;
}

bool CliContext::takeOptions(std::initializer_list<std::pair<QString, QString *>> options)
{
    bool ok = true;
    for (const auto &[name, value] : options) {
        bool missing = false;
        *value = takeOption(name, &missing);
        ok = ok && !missing;
    }
    return ok;
}

QString CliContext::jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}
