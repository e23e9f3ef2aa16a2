#pragma once

#include "exchangerate.h"

#include <QDialog>

class CurrencyComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Enters or corrects one dated rate by hand, as units of a currency per 1 EUR (the ECB's way of quoting).
class RateEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateEditDialog)

public:
    explicit RateEditDialog(QWidget *parent = nullptr);

    void setRate(const ExchangeRate &rate);
    ExchangeRate rate() const;
    bool isValid() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslateUi();

    CurrencyComboBox *m_currency;
    QDateEdit *m_date;
    QLineEdit *m_perEuro;
    QLabel *m_currencyLabel;
    QLabel *m_dateLabel;
    QLabel *m_perEuroLabel;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
