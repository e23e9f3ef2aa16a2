#include "marketpresets.h"

#include "marketrepository.h"
#include "writetransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

MarketPresets::Presets MarketPresets::load(QString *error)
{
    QFile file(u":/borderdesk/reference/markets.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the market presets are missing from this build");
        return {};
    }
    return parse(file.readAll(), error);
}

MarketPresets::Presets MarketPresets::parse(const QByteArray &json, QString *error)
{
    Presets presets;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = tr("market presets: %1").arg(parseError.errorString());
        return {};
    }
    presets.version = document[u"version"_s].toInt();
    for (const QJsonValue &value : document[u"markets"_s].toArray()) {
        const auto market = Market::fromJson(value.toObject(), error);
        if (!market)
            return {};
        presets.markets.append(*market);
    }
    return presets;
}

bool MarketPresets::install(const QSqlDatabase &db, const Presets &presets, QString *error)
{
    const MarketRepository repo(db);
    const QStringList removed = repo.removedPresets();
    // Cheap check first: nothing to do when every preset is there at this version or was edited.
    bool needed = false;
    for (const Market &preset : presets.markets) {
        if (removed.contains(preset.code))
            continue;
        const auto origin = repo.origin(preset.code);
        if (!origin || (!origin->edited && origin->presetVersion > 0 && origin->presetVersion < presets.version)) {
            needed = true;
            break;
        }
    }
    if (!needed)
        return true;
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    for (const Market &preset : presets.markets) {
        if (removed.contains(preset.code))
            continue; // the seller deleted it
        const auto origin = repo.origin(preset.code);
        const bool missing = !origin;
        // A seller's own market with a preset's code, or an edited preset, is never overwritten.
        const bool stale = origin && !origin->edited && origin->presetVersion > 0
                           && origin->presetVersion < presets.version;
        if ((missing || stale) && !repo.save(preset, error, presets.version, false))
            return false;
    }
    return transaction.commit(error);
}
