#pragma once

#include "shipping.h"

#include <QDialog>

class CurrencyComboBox;
class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// Edits a shipping service's own fields (name, currency, divisor, weight step, fuel surcharge, express, postal,
// active, as-of date) and its carrier's name and tracking link. Zones and prices come from rate-card imports.
class ServiceEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceEditDialog)

public:
    ServiceEditDialog(const ShippingService &service, const Carrier &carrier, QWidget *parent = nullptr);

    ShippingService service() const;
    Carrier carrier() const;
    void accept() override; // checks the fields first

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString problem() const;

    ShippingService m_service;
    Carrier m_carrier;
    QFormLayout *m_form;
    QLabel *m_intro;
    QLineEdit *m_name;
    CurrencyComboBox *m_currency;
    QSpinBox *m_divisor;
    QSpinBox *m_weightStep;
    QLineEdit *m_fuel;
    QCheckBox *m_express;
    QCheckBox *m_postal;
    QCheckBox *m_active;
    QLineEdit *m_asOf;
    QLineEdit *m_carrierName;
    QLineEdit *m_trackingUrl;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
