#include "dialoggallery.h"

#include "carrierrepository.h"
#include "databasebackup.h"
#include "channelfeesdialog.h"
#include "customermessagedialog.h"
#include "firstrundialog.h"
#include "fraudsettingsdialog.h"
#include "landedcostdialog.h"
#include "orderimportdialog.h"
#include "orderrepository.h"
#include "printsettingsdialog.h"
#include "producteditordialog.h"
#include "productrepository.h"
#include "rateeditdialog.h"
#include "rateshopdialog.h"
#include "recipienteditdialog.h"
#include "recoverydialog.h"
#include "serviceeditdialog.h"
#include "shipfromdialog.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace DialogGallery {

namespace {

// The newest order, as an operator would open it first.
std::optional<Order> firstOrder(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT id FROM orders ORDER BY id DESC LIMIT 1"_s) || !query.next())
        return std::nullopt;
    return OrderRepository(db).load(query.value(0).toLongLong());
}

std::optional<Product> firstProduct(const QSqlDatabase &db)
{
    const QList<Product> products = ProductRepository(db).list({}, 1);
    if (products.isEmpty())
        return std::nullopt;
    return products.first();
}

std::unique_ptr<QDialog> serviceEditor(const Context &c)
{
    const CarrierRepository carriers(c.db);
    for (const ShippingService &service : carriers.services()) {
        if (const auto carrier = carriers.carrier(service.carrierCode))
            return std::make_unique<ServiceEditDialog>(service, *carrier, c.parent);
    }
    return nullptr;
}

} // namespace

QStringList names()
{
    return {u"first-run"_s,   u"product"_s,          u"landed-cost"_s,  u"order-import"_s, u"recipient"_s,
            u"rate-shop"_s,   u"customer-message"_s, u"fraud-rules"_s,  u"ship-from"_s,    u"service"_s,
            u"exchange-rate"_s, u"print-settings"_s, u"channel-fees"_s, u"recovery"_s};
}

std::unique_ptr<QDialog> create(const QString &name, const Context &c)
{
    if (name == u"first-run" && c.languages)
        return std::make_unique<FirstRunDialog>(*c.languages, c.parent);
    if (name == u"order-import")
        return std::make_unique<OrderImportDialog>(c.databasePath, c.parent);
    if (name == u"fraud-rules")
        return std::make_unique<FraudSettingsDialog>(c.db, c.parent);
    if (name == u"ship-from")
        return std::make_unique<ShipFromDialog>(c.db, c.parent);
    if (name == u"exchange-rate")
        return std::make_unique<RateEditDialog>(c.parent);
    if (name == u"print-settings" && c.printSettings)
        return std::make_unique<PrintSettingsDialog>(*c.printSettings, c.parent);
    if (name == u"channel-fees")
        return std::make_unique<ChannelFeesDialog>(c.db, c.databasePath, c.parent);
    if (name == u"service")
        return serviceEditor(c);
    if (name == u"recovery") {
        // What a failed start-up check shows, with SQLite's words for a damaged page; restoring is refused here.
        const QString problem = DatabaseBackup::tr("%1 is damaged (quick_check: %2)")
                                    .arg(c.databasePath, u"*** in database main *** Page 42: btreeInitPage() returns "
                                                         "error code 11"_s);
        return std::make_unique<RecoveryDialog>(c.databasePath, problem, c.parent,
                                                [](const QString &, QString *, QString *error) {
                                                    *error = RecoveryDialog::tr("This is a preview: nothing is "
                                                                                "restored from here.");
                                                    return false;
                                                });
    }
    if (name == u"product" || name == u"landed-cost") {
        const auto product = firstProduct(c.db);
        if (!product)
            return nullptr;
        if (name == u"product")
            return std::make_unique<ProductEditorDialog>(ProductRepository(c.db), *product, c.parent);
        return std::make_unique<LandedCostDialog>(c.db, product->sku, c.parent);
    }
    if (name == u"recipient" || name == u"rate-shop" || name == u"customer-message") {
        const auto order = firstOrder(c.db);
        if (!order)
            return nullptr;
        if (name == u"recipient")
            return std::make_unique<RecipientEditDialog>(c.db, *order, c.parent);
        if (name == u"rate-shop")
            return std::make_unique<RateShopDialog>(c.db, order->id, c.parent);
        return std::make_unique<CustomerMessageDialog>(c.db, *order, c.parent);
    }
    return nullptr;
}

} // namespace DialogGallery
