#pragma once

#include "connection.h"
#include "importissue.h"

#include <QDate>
#include <QJsonValue>

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// What a CLI command gets: the database path, its own arguments, and where to write.
struct CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    QString databasePath;
    QStringList arguments; // after the command word(s)
    QTextStream &out;
    QTextStream &err;

    // Takes "--name" from the arguments; true if it was there.
    bool takeFlag(const QString &name);
    // Takes "--name VALUE" or "--name=VALUE"; *missingValue is set when the flag has no value.
    QString takeOption(const QString &name, bool *missingValue);
    // Takes every "--name VALUE" listed; false when one of them was given without a value.
    bool takeOptions(std::initializer_list<std::pair<QString, QString *>> options);
    // Indented JSON text of an object or array, for --json output.
    static QString jsonText(const QJsonValue &value);
    // An argument starting with "--" that no command took.
    QString firstUnknownOption() const;
    // Runs quick_check on an existing database, then opens it (creating it when asked), printing the error on failure
    // (for a damaged file: the problem and how to restore a backup). For commands that change the database.
    Connection open(Connection::Mode mode = Connection::Mode::OpenExisting);
    // For commands that only read (lists, reports, exports): the cheap check that the file is a database instead of
    // quick_check, which reads the whole file (seconds for a million orders); `check` runs the full one.
    Connection openForReading();
    // An import's problems on stderr, one "error: file:line: column: problem" or "warning: …" per line.
    void printIssues(const QList<ImportIssue> &issues, const QString &error);

private:
    Connection openChecked(Connection::Mode mode, bool fullCheck);
};

// `init`: create or open the database, set the shop's base currency and home country, add demo data.
class InitCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    static int run(CliContext &context); // returns a Cli::ExitCode
};

// `products import|export|list`.
class ProductsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProductsCommand)

public:
    static int run(CliContext &context, const QString &subcommand); // returns a Cli::ExitCode

private:
    static int importFile(CliContext &context);
    static int exportFile(CliContext &context);
    static int list(CliContext &context);
};

// `rates import|convert|list|set`.
class RatesCommand
{
    Q_DECLARE_TR_FUNCTIONS(RatesCommand)

public:
    static int run(CliContext &context, const QString &subcommand); // returns a Cli::ExitCode

private:
    static int importFile(CliContext &context);
    static int convert(CliContext &context);
    static int list(CliContext &context);
    static int set(CliContext &context);
};

// `markets list|show|restrict|clone`.
class MarketsCommand
{
    Q_DECLARE_TR_FUNCTIONS(MarketsCommand)

public:
    static int run(CliContext &context, const QString &subcommand); // returns a Cli::ExitCode

private:
    static int list(CliContext &context);
    static int show(CliContext &context);
    static int restrict(CliContext &context);
    static int clone(CliContext &context);
};

// `price SKU --market CODE` (price, landed cost, margin) and `price apply --market CODE`.
class PriceCommand
{
    Q_DECLARE_TR_FUNCTIONS(PriceCommand)

public:
    static int run(CliContext &context); // returns a Cli::ExitCode

private:
    static int quote(CliContext &context, const QString &sku, const QString &market, const QDate &date, bool json);
    static int apply(CliContext &context, const QString &market, const QDate &date);
    static int exportPrices(CliContext &context, const QString &market, const QString &file, bool shopify,
                            const QDate &date);
    static int fix(CliContext &context, const QString &sku, const QString &market, const QString &amount);
};

// `orders import|export|list|show|check|set-status|edit|fraud-rules|forwarders|message`.
class OrdersCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrdersCommand)

public:
    static int run(CliContext &context, const QString &subcommand); // returns a Cli::ExitCode

private:
    static int importFile(CliContext &context);
    static int exportFile(CliContext &context);
    static int list(CliContext &context);
    static int show(CliContext &context, bool recheck);
    static int setStatus(CliContext &context);
    static int fraudRules(CliContext &context);
    static int message(CliContext &context);
    static int edit(CliContext &context);
    static int forwarders(CliContext &context);
};

// `ship quote|create|list|track|packed|shipped|services|rates|sender|rule|numbers`.
class ShipCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShipCommand)

public:
    static int run(CliContext &context, const QString &subcommand); // returns a Cli::ExitCode

private:
    static int quote(CliContext &context);
    static int create(CliContext &context);
    static int list(CliContext &context);
    static int mark(CliContext &context, const QString &what);
    static int track(CliContext &context);
    static int services(CliContext &context);
    static int rates(CliContext &context);
    static int sender(CliContext &context);
    static int rule(CliContext &context);
    static int numbers(CliContext &context);
};

// `tracking validate NUMBER [--carrier C] [--json]`.
class TrackingCommand
{
    Q_DECLARE_TR_FUNCTIONS(TrackingCommand)

public:
    static int run(CliContext &context, const QString &subcommand); // returns a Cli::ExitCode
};

// `report sales --by region|subregion|country|month|market|channel [--from D] [--to D] [--currency C] [--market M]
// [--country CC] [--compare] [--json] [--out FILE.csv|.xlsx]`, `report products|carriers`, `report fees [CHANNEL
// PERCENT]`, `report timezone [ZONE]`, `report rebuild`.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static int run(CliContext &context, const QString &subcommand); // returns a Cli::ExitCode

private:
    static int sales(CliContext &context);
    static int lists(CliContext &context, const QString &what);
    static int settings(CliContext &context, const QString &what);
};

// `backup FILE`, `restore FILE` and `check`: a checked copy of the database, the database replaced by a checked
// backup (what it replaces kept beside it), and a quick_check.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    static int backup(CliContext &context); // returns a Cli::ExitCode
    static int restore(CliContext &context);
    static int check(CliContext &context);
};

// `labels ORDER... --format pdf|zpl --out FILE [--dpi 203|300]`, `customs ORDER --out FILE` and
// `barcodes SKU... --out FILE [--copies N] [--roll]`.
class DocumentsCommand
{
    Q_DECLARE_TR_FUNCTIONS(DocumentsCommand)

public:
    static int labels(CliContext &context);
    static int customs(CliContext &context);
    static int barcodes(CliContext &context);
};
