#include "fraudsettingsdialog.h"

#include "fraudsettingsrepository.h"
#include "writetransaction.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FraudSettingsDialog::FraudSettingsDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_thresholdLabel(new QLabel(this))
    , m_threshold(new QSpinBox(this))
    , m_categoriesLabel(new QLabel(this))
    , m_categories(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"fraudSettingsDialog"_s);
    m_intro->setWordWrap(true);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const QString &rule : RiskReason::rules()) {
        auto *label = new QLabel(this);
        auto *weight = new QSpinBox(this);
        weight->setObjectName(u"weight_"_s + rule);
        weight->setRange(0, 100);
        label->setBuddy(weight);
        m_form->addRow(label, weight);
        m_weights.insert(rule, weight);
        m_weightLabels.insert(rule, label);
    }
    m_threshold->setObjectName(u"holdThreshold"_s);
    m_threshold->setRange(1, 100);
    m_thresholdLabel->setBuddy(m_threshold);
    m_form->addRow(m_thresholdLabel, m_threshold);
    m_categories->setObjectName(u"highRiskCategories"_s);
    m_categoriesLabel->setBuddy(m_categories);
    m_form->addRow(m_categoriesLabel, m_categories);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FraudSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FraudSettingsDialog::reject);
    load();
    retranslateUi();
    // Room for the rule names on one line in most languages; the form wraps rows that still do not fit.
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 80, 0)));
}

void FraudSettingsDialog::load()
{
    const FraudSettings settings = FraudSettingsRepository(m_db).load();
    for (auto it = m_weights.cbegin(); it != m_weights.cend(); ++it)
        it.value()->setValue(settings.weights.value(it.key(), 0));
    m_threshold->setValue(settings.holdThreshold);
    m_categories->setText(settings.highRiskCategories.join(u", "_s));
}

bool FraudSettingsDialog::save(QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    const FraudSettingsRepository repository(m_db);
    for (auto it = m_weights.cbegin(); it != m_weights.cend(); ++it) {
        if (!repository.setWeight(it.key(), it.value()->value(), error))
            return false;
    }
    return repository.setHoldThreshold(m_threshold->value(), error)
           && repository.setHighRiskCategories(m_categories->text().split(u','), error) && transaction.commit(error);
}

void FraudSettingsDialog::accept()
{
    QString error;
    if (!save(&error)) {
        QMessageBox::warning(this, windowTitle(), tr("The fraud rules were not saved: %1").arg(error));
        return;
    }
    QDialog::accept();
}

void FraudSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Fraud rules"));
    m_intro->setText(tr("Each signal that fires adds its points to an order's risk score (at most 100); 0 turns a "
                        "rule off. New orders at or above the hold threshold go on hold. Changes apply to orders "
                        "imported or checked again from now on."));
    for (auto it = m_weightLabels.cbegin(); it != m_weightLabels.cend(); ++it)
        it.value()->setText(tr("%1:").arg(RiskReason::ruleName(it.key())));
    for (QSpinBox *weight : std::as_const(m_weights))
        weight->setSuffix(tr(" points"));
    m_thresholdLabel->setText(tr("&Hold new orders at a risk of:"));
    m_categoriesLabel->setText(tr("High-risk &categories:"));
    m_categories->setPlaceholderText(tr("Product categories, separated by commas"));
}

void FraudSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
