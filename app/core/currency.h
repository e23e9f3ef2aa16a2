#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// ISO 4217 currency codes, answered by ICU: which exist, their minor units and their names in a language.
namespace Currency {

bool isKnown(const QString &code);
// JPY 0, THB 2, KWD 3. Unknown codes answer 2.
int fractionDigits(const QString &code);
// "Thai Baht" in English, "บาท" in Thai (the locale's language decides).
QString displayName(const QString &code, const QLocale &locale = QLocale());
// Currencies in current use, sorted by code.
QStringList commonCodes();

} // namespace Currency
