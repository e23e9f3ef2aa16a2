#include "rateeditdialog.h"

#include "currencycombobox.h"
#include "textfit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

RateEditDialog::RateEditDialog(QWidget *parent)
    : QDialog(parent)
    , m_currency(new CurrencyComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_perEuro(new QLineEdit(this))
    , m_currencyLabel(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_perEuroLabel(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_perEuro->setObjectName(QStringLiteral("perEuroEdit"));
    m_problem->setObjectName(QStringLiteral("rateProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_date->setCalendarPopup(true);
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_currencyLabel, m_currency);
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_perEuroLabel, m_perEuro);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_perEuro, &QLineEdit::textChanged, this, &RateEditDialog::validate);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &RateEditDialog::validate);
    retranslateUi();
    validate();
}

void RateEditDialog::setRate(const ExchangeRate &rate)
{
    m_currency->setCurrentCode(rate.currency);
    m_date->setDate(rate.date);
    m_perEuro->setText(rate.perEuro.toString());
}

ExchangeRate RateEditDialog::rate() const
{
    return ExchangeRate{m_currency->currentCode(), m_date->date(),
                        ExactDecimal::parse(m_perEuro->text()).value_or(ExactDecimal{})};
}

bool RateEditDialog::isValid() const
{
    const auto value = ExactDecimal::parse(m_perEuro->text());
    return value && value->isPositive() && m_currency->currentCode() != u"EUR";
}

void RateEditDialog::validate()
{
    QString problem;
    if (m_currency->currentCode() == u"EUR")
        problem = tr("The euro is always 1; choose another currency.");
    else if (!isValid())
        problem = tr("Type how many %1 one euro buys, with a point for decimals (e.g. 37.852).")
                      .arg(m_currency->currentCode());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void RateEditDialog::retranslateUi()
{
    setWindowTitle(tr("Exchange rate"));
    m_currencyLabel->setText(tr("Currency"));
    m_dateLabel->setText(tr("Date"));
    TextFit::fitDateEdit(m_date);
    m_perEuroLabel->setText(tr("Units per 1 EUR"));
    validate();
}

void RateEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
