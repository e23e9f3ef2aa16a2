#include "currencycombobox.h"

#include "currency.h"
#include "textfit.h"

#include <QEvent>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace {

// The currencies of the ECB's reference rates: the ones shops price and pay in most.
const QStringList &usualCodes()
{
    static const QStringList codes = u"EUR USD JPY BGN CZK DKK GBP HUF PLN RON SEK CHF ISK NOK TRY AUD BRL CAD CNY "
                                     u"HKD IDR ILS INR KRW MXN MYR NZD PHP SGD THB ZAR"_s.split(u' ');
    return codes;
}

} // namespace

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

QSize CurrencyComboBox::sizeHint() const
{
    QSize size = QComboBox::sizeHint();
    size.setWidth(qMax(size.width(), m_fittedWidth));
    return size;
}

QSize CurrencyComboBox::minimumSizeHint() const
{
    QSize size = QComboBox::minimumSizeHint();
    size.setWidth(qMax(size.width(), m_fittedWidth));
    return size;
}

void CurrencyComboBox::changeEvent(QEvent *event)
{
    QComboBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        repopulate();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        refit();
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
    refit();
}

void CurrencyComboBox::refit()
{
    QStringList texts;
    for (const QString &code : usualCodes()) {
        const int index = findData(code);
        if (index >= 0)
            texts.append(itemText(index));
    }
    // A bound in case a font draws some script very wide: the box stays usable beside an amount field.
    const int bound = fontMetrics().horizontalAdvance(u'X') * 34;
    m_fittedText = qMin(TextFit::widest(fontMetrics(), texts), bound);
    m_fittedWidth = TextFit::comboWidthFor(this, m_fittedText);
    updateGeometry();
}
