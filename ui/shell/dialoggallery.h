#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class LanguageManager;
class PrintSettings;
class QDialog;
class QWidget;

// Opens any of Borderdesk's dialogs on the open shop's first order, product and carrier service, so that
// `--screenshot --view dialog/NAME` can show it in every language and the language tests can check each one.
namespace DialogGallery {

struct Context
{
    QSqlDatabase db;
    QString databasePath;
    LanguageManager *languages = nullptr;
    PrintSettings *printSettings = nullptr;
    QWidget *parent = nullptr;
};

// "product", "recipient", "rate-shop"…, in a stable order.
QStringList names();
// The dialog, not yet shown; null when the name is unknown or the shop lacks what the dialog needs (an order…).
std::unique_ptr<QDialog> create(const QString &name, const Context &context);

} // namespace DialogGallery
