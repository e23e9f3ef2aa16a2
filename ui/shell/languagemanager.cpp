#include "languagemanager.h"

#include "translations.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString SettingsKey = u"ui/language"_s;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

QList<LanguageManager::Language> LanguageManager::available()
{
    // In the order of the Language menu; F12 at the pack station steps through them in this order too.
    return {
        {u"en"_s, u"English"_s},  {u"th"_s, u"ไทย"_s},     {u"zh_CN"_s, u"简体中文"_s},
        {u"ja"_s, u"日本語"_s},   {u"es"_s, u"Español"_s}, {u"de"_s, u"Deutsch"_s},
        {u"fr"_s, u"Français"_s}, {u"ar"_s, u"العربية"_s},
    };
}

QString LanguageManager::preferred() const
{
    const QString saved = QSettings().value(SettingsKey).toString();
    // "zh_CN" is offered as itself; other systems' locales ("de_AT", "es_MX") fall back to their language.
    const QString systemName = QLocale::system().name();
    for (const QString &candidate : {saved, systemName, systemName.section(u'_', 0, 0)}) {
        for (const Language &language : available()) {
            if (language.code == candidate)
                return candidate;
        }
    }
    return u"en"_s;
}

bool LanguageManager::switchTo(const QString &code, bool remember)
{
    const auto languages = available();
    const bool known = std::any_of(languages.cbegin(), languages.cend(),
                                   [&code](const Language &l) { return l.code == code; });
    if (!known)
        return false;

    // Locale first: widgets format numbers and country names with it when they retranslate.
    const QLocale locale(code);
    QLocale::setDefault(locale);
    QApplication::setLayoutDirection(locale.textDirection());
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (Translations::load(m_appTranslator, m_qtTranslator, code)) {
        QCoreApplication::installTranslator(&m_qtTranslator);
        QCoreApplication::installTranslator(&m_appTranslator);
    }
    m_current = code;
    if (remember)
        QSettings().setValue(SettingsKey, code);
    Q_EMIT languageChanged(code);
    return true;
}
