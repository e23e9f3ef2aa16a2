#include "recipienteditdialog.h"

#include "orderrepository.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecipientEditDialog::RecipientEditDialog(const QSqlDatabase &db, const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_order(order)
    , m_form(new QFormLayout)
    , m_phone(addField(u"phone"_s, order.shipTo.phone))
    , m_taxId(addField(u"taxId"_s, order.customer.taxId))
    , m_language(addField(u"language"_s, order.customer.language))
    , m_line1(addField(u"address1"_s, order.shipTo.line1))
    , m_line2(addField(u"address2"_s, order.shipTo.line2))
    , m_city(addField(u"city"_s, order.shipTo.city))
    , m_province(addField(u"province"_s, order.shipTo.province))
    , m_postalCode(addField(u"postalCode"_s, order.shipTo.postalCode))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"recipientEditDialog"_s);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_error->setObjectName(u"recipientError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

QLineEdit *RecipientEditDialog::addField(const QString &name, const QString &value)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(name);
    edit->setMinimumWidth(320);
    m_form->addRow(new QLabel(this), edit);
    return edit;
}

bool RecipientEditDialog::save()
{
    auto changed = [](const QLineEdit *edit, const QString &old) -> std::optional<QString> {
        const QString value = edit->text().trimmed();
        return value == old ? std::nullopt : std::optional<QString>(value);
    };
    OrderRepository::ContactChanges changes;
    changes.phone = changed(m_phone, m_order.shipTo.phone);
    changes.taxId = changed(m_taxId, m_order.customer.taxId);
    changes.language = changed(m_language, m_order.customer.language);
    changes.line1 = changed(m_line1, m_order.shipTo.line1);
    changes.line2 = changed(m_line2, m_order.shipTo.line2);
    changes.city = changed(m_city, m_order.shipTo.city);
    changes.province = changed(m_province, m_order.shipTo.province);
    changes.postalCode = changed(m_postalCode, m_order.shipTo.postalCode);
    QString error;
    if (!OrderRepository(m_db).editContact(m_order.id, changes, &error)) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

QString RecipientEditDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RecipientEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecipientEditDialog::retranslateUi()
{
    setWindowTitle(tr("Recipient of order %1").arg(m_order.number));
    const QList<std::pair<QLineEdit *, QString>> labels{
        {m_phone, tr("&Phone:")},           {m_taxId, tr("&Tax ID:")},        {m_language, tr("&Language:")},
        {m_line1, tr("Address line &1:")}, {m_line2, tr("Address line &2:")}, {m_city, tr("C&ity:")},
        {m_province, tr("P&rovince or state:")}, {m_postalCode, tr("P&ostal code:")}};
    for (const auto &[edit, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(edit))) {
            label->setText(text);
            label->setBuddy(edit);
        }
    }
    m_phone->setPlaceholderText(tr("as the customer wrote it, e.g. 081 234 5678"));
    m_language->setPlaceholderText(tr("e.g. th, de, pt-BR; empty = the market's language"));
}
