#include "cli.h"
#include "clicontext.h"
#include "country.h"
#include "currency.h"
#include "demoshop.h"
#include "migrator.h"
#include "productrepository.h"
#include "shopsettings.h"

using namespace Qt::StringLiterals;

int InitCommand::run(CliContext &context)
{
    const bool demo = context.takeFlag(u"--demo"_s);
    bool missing = false;
    const QString currency = context.takeOption(u"--base-currency"_s, &missing).toUpper();
    if (missing) {
        context.err << tr("--base-currency needs a currency code, e.g. THB") << Qt::endl;
        return Cli::Usage;
    }
    const QString country = context.takeOption(u"--home-country"_s, &missing).toUpper();
    if (missing) {
        context.err << tr("--home-country needs a country code, e.g. TH") << Qt::endl;
        return Cli::Usage;
    }
    if (const QString unknown = context.firstUnknownOption(); !unknown.isEmpty() || !context.arguments.isEmpty()) {
        context.err << tr("init: unexpected argument %1").arg(unknown.isEmpty() ? context.arguments.front() : unknown)
                    << Qt::endl;
        return Cli::Usage;
    }
    if (!currency.isEmpty() && !Currency::isKnown(currency)) {
        context.err << tr("--base-currency: \"%1\" is not an ISO 4217 currency code").arg(currency) << Qt::endl;
        return Cli::BadInput;
    }
    if (!country.isEmpty() && !Country::isKnown(country)) {
        context.err << tr("--home-country: \"%1\" is not an ISO 3166 country code").arg(country) << Qt::endl;
        return Cli::BadInput;
    }

    const Connection connection = context.open(Connection::Mode::OpenOrCreate);
    if (!connection.isOpen())
        return Cli::BadInput;
    ShopSettings settings(connection.database());
    QString error;
    if (!settings.isConfigured() || !currency.isEmpty()) {
        if (!settings.setBaseCurrency(currency.isEmpty() ? settings.baseCurrency() : currency, &error)) {
            context.err << error << Qt::endl;
            return Cli::BadInput;
        }
    }
    if (!country.isEmpty() || settings.value(u"home_country"_s).isEmpty())
        settings.setHomeCountry(country.isEmpty() ? settings.homeCountry() : country, &error);

    const ProductRepository products(connection.database());
    if (demo) {
        if (products.count() > 0) {
            context.err << tr("%1 already has products; demo data only goes into an empty catalogue")
                               .arg(connection.path())
                        << Qt::endl;
            return Cli::BadInput;
        }
        if (!DemoShop::populate(connection.database(), DemoShop::DefaultProductCount, &error)
            || !DemoShop::addDemoHistory(connection.database(), &error)
            || !DemoShop::addDemoOrders(connection.database(), DemoShop::DefaultOrderCount, &error)) {
            context.err << error << Qt::endl;
            return Cli::BadInput;
        }
    }
    context.out << tr("Database %1 is ready (schema %2). Base currency %3, home country %4, %n product(s).", nullptr,
                      int(products.count()))
                       .arg(connection.path())
                       .arg(Migrator::currentVersion(connection.database()))
                       .arg(settings.baseCurrency(), settings.homeCountry())
                << Qt::endl;
    return Cli::Done;
}
