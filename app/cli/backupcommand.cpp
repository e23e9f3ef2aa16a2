#include "cli.h"
#include "clicontext.h"
#include "databasebackup.h"
#include "migrator.h"

using namespace Qt::StringLiterals;

int BackupCommand::backup(CliContext &context)
{
    if (context.arguments.size() != 1 || !context.firstUnknownOption().isEmpty())
        return Cli::Usage;
    const QString target = context.arguments.front();
    Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    QString error;
    if (!DatabaseBackup::copyTo(connection.database(), target, &error)) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    context.out << tr("Backup copy written to %1 and checked.").arg(target) << Qt::endl;
    return Cli::Done;
}

int BackupCommand::restore(CliContext &context)
{
    if (context.arguments.size() != 1 || !context.firstUnknownOption().isEmpty())
        return Cli::Usage;
    const QString source = context.arguments.front();
    QString kept;
    QString error;
    if (!DatabaseBackup::restore(context.databasePath, source, &kept, &error)) {
        context.err << tr("Nothing was restored: %1").arg(error) << Qt::endl;
        return Cli::BadInput;
    }
    // Opening brings an older backup's schema up to date (after its own automatic backup).
    Connection connection = Connection::open(context.databasePath, &error, Connection::Mode::OpenExisting);
    if (!connection.isOpen()) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    context.out << tr("Restored %1 from %2.").arg(connection.path(), source) << Qt::endl;
    if (!kept.isEmpty())
        context.out << tr("The database it replaced is kept at %1.").arg(kept) << Qt::endl;
    return Cli::Done;
}

int BackupCommand::check(CliContext &context)
{
    if (!context.arguments.isEmpty())
        return Cli::Usage;
    Connection connection = context.open(); // runs quick_check and explains how to recover
    if (!connection.isOpen())
        return Cli::BadInput;
    context.out << tr("%1: quick_check ok, schema %2.").arg(connection.path()).arg(Migrator::currentVersion(connection.database()))
                << Qt::endl;
    return Cli::Done;
}
