#pragma once

#include <QComboBox>

// Picks an ISO 4217 currency, shown as "THB – Thai baht" with the name in the UI language (from ICU). At least as
// wide as the names of the currencies shops use most (the ECB's reference currencies) in the current language and
// font, so "THB – Thai Baht" shows whole; rarer, longer names elide and show whole in the list.
class CurrencyComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrencyComboBox)

public:
    explicit CurrencyComboBox(QWidget *parent = nullptr);

    QString currentCode() const;
    void setCurrentCode(const QString &code);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The widest text the box always has room for.
    int fittedTextWidth() const { return m_fittedText; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void repopulate();
    void refit();

    int m_fittedText = 0;
    int m_fittedWidth = 0;
};
