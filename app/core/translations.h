#pragma once

#include <QString>
#include <QTranslator>

// Borderdesk's translations (embedded) and Qt's own, for one language. Used by the GUI's language switch and the CLI.
namespace Translations {

// Loads both translators for a BCP 47 language code ("th", "en"); they are not installed. False if Borderdesk has
// no translation for that language.
bool load(QTranslator &borderdesk, QTranslator &qt, const QString &code);

// The code of the translation that best speaks a BCP 47 or locale language ("de-AT" → "de", "zh-Hans" → "zh_CN"),
// or an empty string when Borderdesk speaks nothing close.
QString matching(const QString &language);

// The language of the system locale if Borderdesk speaks it, else "en".
QString systemLanguage();

} // namespace Translations
