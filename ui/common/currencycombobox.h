#pragma once

#include <QComboBox>

// Picks an ISO 4217 currency, shown as "THB – Thai baht" with the name in the UI language (from ICU).
class CurrencyComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrencyComboBox)

public:
    explicit CurrencyComboBox(QWidget *parent = nullptr);

    QString currentCode() const;
    void setCurrentCode(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void repopulate();
};
