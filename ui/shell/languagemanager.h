#pragma once

#include <QList>
#include <QObject>
#include <QTranslator>

// Owns the installed translators and switches the whole UI language at runtime. Installing a translator makes
// Qt send QEvent::LanguageChange to every widget, which each one answers by retranslating itself.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    struct Language
    {
        QString code;       // as the .qm files are named: "en", "th", "zh_CN"
        QString nativeName; // as its speakers write it: "English", "ไทย", "العربية"
    };

    explicit LanguageManager(QObject *parent = nullptr);

    static QList<Language> available();
    QString current() const { return m_current; }
    // The language this operator (OS user) chose last time, or the system's if we have it, or English.
    QString preferred() const;
    // Switches every window now; remembers the choice for this operator unless remember is false
    // (a --lang given on the command line is for that run only).
    bool switchTo(const QString &code, bool remember = true);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_current;
};
