#pragma once

#include "market.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// Markets in the database: each with its countries, duty rates by HS prefix and restriction rules.
// Writes run in the caller's transaction.
class MarketRepository
{
    Q_DECLARE_TR_FUNCTIONS(MarketRepository)

public:
    explicit MarketRepository(QSqlDatabase db);

    QList<Market> list() const;
    std::optional<Market> find(const QString &code) const;
    // A market by its code, or else the market a country belongs to ("DE" finds the EU unless DE has its own).
    std::optional<Market> findByCodeOrCountry(const QString &codeOrCountry) const;
    // Every restriction rule of every market, keyed by market code (for badges in the catalogue).
    QList<QPair<QString, MarketRestriction>> allRestrictions() const;

    // Inserts or replaces the whole market. edited marks a preset the seller changed, so upgrades keep it.
    bool save(const Market &market, QString *error, int presetVersion = 0, bool edited = true) const;
    // Deletes the market; a deleted preset is remembered so upgrades do not bring it back.
    bool remove(const QString &code, QString *error) const;
    QStringList removedPresets() const;
    // Copies a whole set-up under a new code and name (the seller's repeatable strategy).
    bool clone(const QString &fromCode, const QString &newCode, const QString &newName, QString *error) const;
    // Adds a rule and marks the market as the seller's (preset upgrades keep it).
    bool addRestriction(const QString &code, MarketRestriction &restriction, QString *error) const;

    // For preset upgrades: the preset version a market came from and whether the seller edited it.
    struct Origin
    {
        int presetVersion = 0;
        bool edited = false;
    };
    std::optional<Origin> origin(const QString &code) const;

private:
    bool saveChildren(const Market &market, QString *error) const;
    bool insertRestriction(const QString &code, MarketRestriction &restriction, QString *error) const;

    QSqlDatabase m_db;
};
