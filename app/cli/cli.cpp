#include "cli.h"

#include "clicontext.h"
#include "connection.h"

using namespace Qt::StringLiterals;

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString Cli::usageText() const
{
    QString text = tr("Usage: borderdesk-cli [--db PATH] COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  init [--demo] [--base-currency CUR] [--home-country CC]\n"
              "                         create or open the database; --demo adds a sample shop\n"
              "  products import FILE [--dry-run] [--currency CUR]\n"
              "                         import a Shopify or Borderdesk product CSV (all or nothing)\n"
              "  products export FILE   write the catalogue as Borderdesk product CSV\n"
              "  products list [--json] [--search TEXT] [--category NAME]\n"
              "  rates import FILE      import an ECB reference-rate file (daily/history XML or CSV)\n"
              "  rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]\n"
              "                         convert at the latest rates on or before the date (default today)\n"
              "  rates list [--currency CUR] [--json]\n"
              "                         the newest rate of each currency, or one currency's history\n"
              "  rates set CUR RATE [--date YYYY-MM-DD]\n"
              "                         enter a rate by hand: RATE units of CUR per 1 EUR\n"
              "  markets list [--json]  the markets and their taxes, duties and thresholds\n"
              "  markets show CODE [--json]\n"
              "  markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]\n"
              "  markets clone CODE NEWCODE [--name NAME]\n"
              "                         copy a market's whole set-up to a new market\n"
              "  price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]\n"
              "                         the price in a market with its landed cost and margin\n"
              "  price apply --market CODE [--dry-run] [--date YYYY-MM-DD]\n"
              "                         reprice a market's price list (every change kept in the history)\n"
              "  price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]\n"
              "                         a market's prices as CSV, or XLSX when FILE ends in .xlsx\n"
              "  price fix SKU --market CODE AMOUNT|--clear\n"
              "                         fix a product's price in a market, or return it to the market's rule\n"
              "  orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]\n"
              "                         import a Shopify, Amazon or eBay order report or a Borderdesk orders CSV\n"
              "  orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]\n"
              "  orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N]\n"
              "              [--from DATE] [--to DATE] [--limit N] [--json]\n"
              "  orders show NUMBER [--json]\n"
              "  orders check NUMBER [--json]\n"
              "                         check again: restricted goods, shipping readiness, fraud score and reasons\n"
              "  orders set-status NUMBER STATUS [--note TEXT]\n"
              "                         new, on_hold, ready_to_ship, picked, packed, shipped, delivered, cancelled, returned\n"
              "  orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT]\n"
              "              [--address2 TEXT] [--city TEXT] [--province TEXT]\n"
              "                         correct the recipient's details (phone checked, stored as E.164) and check again\n"
              "  orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories \"A,B,…\"] [--json]\n"
              "                         the fraud rules' weights and the hold threshold\n"
              "  orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]\n"
              "                         the freight forwarders' addresses the fraud check knows\n"
              "  orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG]\n"
              "              [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--mailto]\n"
              "                         a message to the customer in their language, or as a mailto: link\n"
              "  ship quote (ORDER | --to CC --weight G [--dims LxWxH]) [--json]\n"
              "                         every service's price with the billable weight explained, the default marked\n"
              "  ship create ORDER [--service CODE] [--tracking N]… [--weight G [--dims LxWxH]]\n"
              "                         book a shipment (refused when the order must not ship)\n"
              "  ship list ORDER [--json]    the order's shipments, packages and tracking links\n"
              "  ship track ORDER NUMBER [--package N]\n"
              "                         the carrier's tracking number for a package, checked against its scheme\n"
              "  ship packed ORDER | ship shipped ORDER\n"
              "  ship services [--json]      carriers' services and their rate cards\n"
              "  ship rates import|export FILE [--dry-run]\n"
              "                         rate cards as CSV (all or nothing)\n"
              "  ship sender [--name N] [--company C] [--line1 …] [--city …] [--postal-code Z] [--phone P]\n"
              "              [--email E] [--vat-number V] [--eori E] [--ioss I] [--signatory S]\n"
              "                         the ship-from address and the shop's tax numbers on labels and customs forms\n"
              "  ship rule [--max-days N]    default service: the cheapest arriving within N days (0 = cheapest)\n"
              "  ship numbers SERVICE PREFIX FROM TO COUNTRY\n"
              "                         the S10 tracking numbers the post allocated (e.g. EE 20261000 20269999 TH)\n"
              "  labels ORDER… --format pdf|zpl --out FILE [--dpi 203|300]\n"
              "                         4×6 in shipping labels (one per package)\n"
              "  customs ORDER --out FILE [--document customs|invoice|packing-slip]\n"
              "                         the CN22/CN23 (postal) or commercial invoice (courier) as PDF\n"
              "  barcodes SKU… --out FILE [--copies N] [--roll]\n"
              "                         product barcode labels (EAN-13 or Code 128) on A4 sheets or a thermal roll\n"
              "  tracking validate NUMBER [--carrier C] [--json]\n"
              "                         carrier, check digit and tracking link of a tracking number\n"
              "  report sales [--by region|subregion|country|month|market|channel] [--from YYYY-MM-DD]\n"
              "              [--to YYYY-MM-DD] [--currency CUR] [--market M] [--country CC] [--compare] [--json]\n"
              "              [--out FILE.csv|FILE.xlsx]\n"
              "                         orders, revenue net of returns and margin per group; --compare adds the\n"
              "                         period before\n"
              "  report products|carriers [--from] [--to] [--currency] [--market] [--country] [--limit N] [--json]\n"
              "                         best sellers; carrier spend and average cost per shipment by destination\n"
              "  report fees [CHANNEL PERCENT]   channel fees that the margin subtracts\n"
              "  report timezone [ZONE]  the shop's time zone for report days (e.g. Asia/Bangkok)\n"
              "  report rebuild          count every order again\n"
              "\n"
              "Without --db the database is %1\n"
              "Exit codes: 0 done, 1 bad input or refused, 2 usage error.")
                             .arg(Connection::defaultPath());
    // The backup commands in a message of their own, before the closing paragraph.
    const QString backup = tr("  backup FILE            a consistent copy of the database, synced and checked\n"
                              "  restore FILE           replace the database by a checked backup (the old one is kept)\n"
                              "  check                  run quick_check on the database\n");
    const qsizetype closing = text.lastIndexOf(u"\n\n"_s);
    return closing < 0 ? text + u"\n"_s + backup : text.insert(closing + 1, backup);
}

int Cli::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << tr("borderdesk-cli: %1").arg(problem) << Qt::endl << Qt::endl;
    m_err << usageText() << Qt::endl;
    return Usage;
}

int Cli::run(const QStringList &arguments)
{
    QStringList args = arguments;
    CliContext context{Connection::defaultPath(), {}, m_out, m_err};
    // Global options come before the command.
    while (!args.isEmpty() && args.front().startsWith(u"--"_s)) {
        const QString option = args.takeFirst();
        if (option == u"--help" || option == u"-h") {
            m_out << usageText() << Qt::endl;
            return Done;
        }
        if (option == u"--version") {
            m_out << "borderdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Done;
        }
        if (option == u"--db") {
            if (args.isEmpty())
                return usage(tr("--db needs a file path"));
            context.databasePath = args.takeFirst();
        } else if (option.startsWith(u"--db="_s)) {
            context.databasePath = option.mid(5);
        } else {
            return usage(tr("unknown option %1").arg(option));
        }
    }
    if (args.isEmpty())
        return usage(tr("no command given"));

    const QString command = args.takeFirst();
    if (command == u"help")
        return usage();
    if (command == u"init") {
        context.arguments = args;
        return InitCommand::run(context);
    }
    if (command == u"products") {
        if (args.isEmpty())
            return usage(tr("products needs import, export or list"));
        const QString subcommand = args.takeFirst();
        context.arguments = args;
        const int code = ProductsCommand::run(context, subcommand);
        return code == Usage ? usage() : code;
    }
    if (command == u"rates") {
        if (args.isEmpty())
            return usage(tr("rates needs import, convert, list or set"));
        const QString subcommand = args.takeFirst();
        context.arguments = args;
        const int code = RatesCommand::run(context, subcommand);
        return code == Usage ? usage() : code;
    }
    if (command == u"markets") {
        if (args.isEmpty())
            return usage(tr("markets needs list, show, restrict or clone"));
        const QString subcommand = args.takeFirst();
        context.arguments = args;
        const int code = MarketsCommand::run(context, subcommand);
        return code == Usage ? usage() : code;
    }
    if (command == u"orders") {
        if (args.isEmpty())
            return usage(tr("orders needs import, export, list, show, check, set-status, edit, fraud-rules, forwarders or message"));
        const QString subcommand = args.takeFirst();
        context.arguments = args;
        const int code = OrdersCommand::run(context, subcommand);
        return code == Usage ? usage() : code;
    }
    if (command == u"ship") {
        if (args.isEmpty())
            return usage(tr("ship needs quote, create, list, track, packed, shipped, services, rates, sender, rule or numbers"));
        const QString subcommand = args.takeFirst();
        context.arguments = args;
        const int code = ShipCommand::run(context, subcommand);
        return code == Usage ? usage() : code;
    }
    if (command == u"tracking") {
        if (args.isEmpty())
            return usage(tr("tracking needs validate"));
        const QString subcommand = args.takeFirst();
        context.arguments = args;
        const int code = TrackingCommand::run(context, subcommand);
        return code == Usage ? usage() : code;
    }
    if (command == u"report") {
        if (args.isEmpty())
            return usage(tr("report needs sales, products, carriers, fees, timezone or rebuild"));
        const QString subcommand = args.takeFirst();
        context.arguments = args;
        const int code = ReportCommand::run(context, subcommand);
        return code == Usage ? usage() : code;
    }
    if (command == u"labels" || command == u"customs" || command == u"barcodes") {
        context.arguments = args;
        const int code = command == u"labels"    ? DocumentsCommand::labels(context)
                         : command == u"customs" ? DocumentsCommand::customs(context)
                                                 : DocumentsCommand::barcodes(context);
        return code == Usage ? usage() : code;
    }
    if (command == u"backup" || command == u"restore" || command == u"check") {
        context.arguments = args;
        const int code = command == u"backup"    ? BackupCommand::backup(context)
                         : command == u"restore" ? BackupCommand::restore(context)
                                                 : BackupCommand::check(context);
        return code == Usage ? usage() : code;
    }
    if (command == u"price") {
        context.arguments = args;
        const int code = PriceCommand::run(context);
        return code == Usage ? usage() : code;
    }
    return usage(tr("unknown command %1").arg(command));
}
