#include "countrycombobox.h"

#include "country.h"

#include <QCollator>
#include <QEvent>
#include <QSignalBlocker>

CountryComboBox::CountryComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    repopulate();
}

void CountryComboBox::setNoneText(const QString &text)
{
    m_noneText = text;
    m_hasNone = true;
    repopulate();
}

void CountryComboBox::setCodes(const QStringList &codes)
{
    m_codes = codes;
    repopulate();
}

QString CountryComboBox::currentCode() const
{
    return currentData().toString();
}

void CountryComboBox::setCurrentCode(const QString &code)
{
    const int index = findData(code);
    setCurrentIndex(index >= 0 ? index : 0);
}

void CountryComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        repopulate();
    QComboBox::changeEvent(event);
}

void CountryComboBox::repopulate()
{
    const QString selected = currentCode();
    const QSignalBlocker blocker(this);
    clear();
    const QLocale locale;
    struct Entry
    {
        QString name;
        QString code;
    };
    QList<Entry> entries;
    for (const QString &code : m_codes.isEmpty() ? Country::codes() : m_codes)
        entries.append({Country::displayName(code, locale), code});
    QCollator collator(locale);
    std::sort(entries.begin(), entries.end(),
              [&collator](const Entry &a, const Entry &b) { return collator.compare(a.name, b.name) < 0; });
    if (m_hasNone)
        addItem(m_noneText, QString());
    for (const Entry &e : std::as_const(entries))
        addItem(e.name + QStringLiteral(" (") + e.code + u')', e.code);
    const int index = findData(selected);
    setCurrentIndex(index >= 0 ? index : 0);
}
