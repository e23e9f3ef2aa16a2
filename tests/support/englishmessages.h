#pragma once

#include <QCoreApplication>
#include <QTranslator>

// Installs Borderdesk's English translation, which supplies the plural forms ("1 product", "2 products"),
// as the app and the CLI do at start-up.
inline void installEnglishMessages()
{
    static QTranslator translator;
    if (translator.isEmpty() && translator.load(QStringLiteral(":/i18n/borderdesk_en.qm")))
        QCoreApplication::installTranslator(&translator);
}
