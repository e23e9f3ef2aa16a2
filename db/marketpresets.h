#pragma once

#include "market.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The market presets shipped with the app (resources/reference/markets.json, with an "as of" date). Installing
// adds missing presets and refreshes the ones the seller never edited; a seller's edits survive upgrades.
class MarketPresets
{
    Q_DECLARE_TR_FUNCTIONS(MarketPresets)

public:
    struct Presets
    {
        int version = 0;
        QList<Market> markets;
    };

    static Presets load(QString *error);
    // From a JSON document (the resource, or a test's newer one).
    static Presets parse(const QByteArray &json, QString *error);
    // Runs in its own write transaction. Returns false with *error when the presets could not be applied.
    static bool install(const QSqlDatabase &db, const Presets &presets, QString *error);
};
