#include "currencycombobox.h"

#include "currency.h"

#include <QEvent>
#include <QSignalBlocker>

CurrencyComboBox::CurrencyComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8);
    repopulate();
}

QString CurrencyComboBox::currentCode() const
{
    return currentData().toString();
}

void CurrencyComboBox::setCurrentCode(const QString &code)
{
    const int index = findData(code);
    if (index >= 0)
        setCurrentIndex(index);
}

void CurrencyComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        repopulate();
    QComboBox::changeEvent(event);
}

void CurrencyComboBox::repopulate()
{
    const QString selected = currentCode();
    const QSignalBlocker blocker(this);
    clear();
    const QLocale locale;
    for (const QString &code : Currency::commonCodes())
        addItem(code + QStringLiteral(" – ") + Currency::displayName(code, locale), code);
    const int index = findData(selected.isEmpty() ? QStringLiteral("THB") : selected);
    setCurrentIndex(index >= 0 ? index : 0);
}
