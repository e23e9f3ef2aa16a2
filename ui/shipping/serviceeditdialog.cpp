#include "serviceeditdialog.h"

#include "currencycombobox.h"
#include "exactdecimal.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ServiceEditDialog::ServiceEditDialog(const ShippingService &service, const Carrier &carrier, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_carrier(carrier)
    , m_form(new QFormLayout)
    , m_intro(new QLabel(this))
    , m_name(new QLineEdit(service.name, this))
    , m_currency(new CurrencyComboBox(this))
    , m_divisor(new QSpinBox(this))
    , m_weightStep(new QSpinBox(this))
    , m_fuel(new QLineEdit(service.fuelPercent, this))
    , m_express(new QCheckBox(this))
    , m_postal(new QCheckBox(this))
    , m_active(new QCheckBox(this))
    , m_asOf(new QLineEdit(service.asOf, this))
    , m_carrierName(new QLineEdit(carrier.name, this))
    , m_trackingUrl(new QLineEdit(carrier.trackingUrl, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"serviceEditDialog"_s);
    m_name->setObjectName(u"serviceName"_s);
    m_divisor->setObjectName(u"serviceDivisor"_s);
    m_fuel->setObjectName(u"serviceFuel"_s);
    m_carrierName->setObjectName(u"carrierName"_s);
    m_trackingUrl->setObjectName(u"carrierTrackingUrl"_s);
    m_error->setObjectName(u"serviceEditError"_s);
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_currency->setCurrentCode(service.currency);
    m_divisor->setRange(0, 20000);
    m_divisor->setValue(service.dimDivisor);
    m_weightStep->setRange(1, 10000);
    m_weightStep->setValue(int(service.weightStepG));
    m_express->setChecked(service.express);
    m_postal->setChecked(service.postal);
    m_active->setChecked(service.active);
    m_trackingUrl->setMinimumWidth(m_trackingUrl->fontMetrics().horizontalAdvance(u"M"_s) * 30);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Check boxes take the whole row: a caption column beside them would only push them aside.
    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_currency, m_divisor, m_weightStep, m_fuel,
                                                           m_express, m_postal, m_active, m_asOf, m_carrierName,
                                                           m_trackingUrl}) {
        if (qobject_cast<QCheckBox *>(field))
            m_form->addRow(field);
        else
            m_form->addRow(new QLabel(this), field);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServiceEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServiceEditDialog::reject);
    retranslateUi();
}

ShippingService ServiceEditDialog::service() const
{
    ShippingService s = m_service;
    s.name = m_name->text().trimmed();
    s.currency = m_currency->currentCode();
    s.dimDivisor = m_divisor->value();
    s.weightStepG = m_weightStep->value();
    s.fuelPercent = m_fuel->text().trimmed().replace(u',', u'.');
    s.express = m_express->isChecked();
    s.postal = m_postal->isChecked();
    s.active = m_active->isChecked();
    s.asOf = m_asOf->text().trimmed();
    return s;
}

Carrier ServiceEditDialog::carrier() const
{
    Carrier c = m_carrier;
    c.name = m_carrierName->text().trimmed();
    c.trackingUrl = m_trackingUrl->text().trimmed();
    return c;
}

QString ServiceEditDialog::problem() const
{
    const ShippingService s = service();
    if (s.name.isEmpty())
        return tr("The service needs a name.");
    const auto fuel = ExactDecimal::parse(s.fuelPercent);
    if (!fuel || s.fuelPercent.startsWith(u'-'))
        return tr("The fuel surcharge must be a percentage such as 29.25.");
    if (!s.asOf.isEmpty() && !QDate::fromString(s.asOf, Qt::ISODate).isValid())
        return tr("The rate card's date must read like 2026-11-30.");
    const Carrier c = carrier();
    if (c.name.isEmpty())
        return tr("The carrier needs a name.");
    if (!c.trackingUrl.isEmpty() && !c.trackingUrl.contains(u"{n}"_s))
        return tr("The tracking link needs {n} where the tracking number goes.");
    return {};
}

void ServiceEditDialog::accept()
{
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}

void ServiceEditDialog::retranslateUi()
{
    setWindowTitle(tr("Edit %1").arg(m_service.code));
    m_intro->setText(tr("Zones, weight brackets and prices change with a rate-card import."));
    const std::pair<QWidget *, QString> captions[]{
        {m_name, tr("&Name:")},
        {m_currency, tr("&Currency:")},
        {m_divisor, tr("&Dimensional divisor (cm³/kg, 0 = none):")},
        {m_weightStep, tr("&Weight step (g):")},
        {m_fuel, tr("&Fuel surcharge (%):")},
        {m_asOf, tr("Rates &as of:")},
        {m_carrierName, tr("Ca&rrier name:")},
        {m_trackingUrl, tr("&Tracking link:")},
    };
    for (const auto &[field, caption] : captions) {
        auto *label = qobject_cast<QLabel *>(m_form->labelForField(field));
        label->setText(caption);
        label->setBuddy(field);
    }
    m_express->setText(tr("E&xpress (needs the recipient's phone)"));
    m_postal->setText(tr("&Postal item (CN22/CN23 customs forms)"));
    m_active->setText(tr("Offered in rate &shopping"));
    m_asOf->setPlaceholderText(tr("YYYY-MM-DD"));
    m_trackingUrl->setPlaceholderText(tr("https://carrier.example/track?number={n}"));
}

void ServiceEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
