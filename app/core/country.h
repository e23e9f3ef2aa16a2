#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// ISO 3166-1 alpha-2 country codes with names in any UI language, from ICU.
namespace Country {

bool isKnown(const QString &code);
// "Thailand" in English, "ไทย" in Thai.
QString displayName(const QString &code, const QLocale &locale = QLocale());
// All current ISO 3166-1 codes, sorted.
QStringList codes();
// "TH", "th", "Thailand" or "THAILAND" -> "TH". English names only, as shops export them.
std::optional<QString> fromCodeOrName(const QString &text);

} // namespace Country
