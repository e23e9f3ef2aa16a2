#include "shipfromdialog.h"

#include "country.h"
#include "shippingdocumentbuilder.h"
#include "shopsettings.h"
#include "writetransaction.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShipFromDialog::ShipFromDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_keys(ShippingDocumentBuilder::senderKeys())
    , m_form(new QFormLayout)
    , m_intro(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"shipFromDialog"_s);
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const ShopSettings settings(m_db);
    for (const QString &key : std::as_const(m_keys)) {
        auto *edit = new QLineEdit(settings.value(key), this);
        edit->setObjectName(key);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"M"_s) * 24);
        auto *label = new QLabel(this);
        label->setBuddy(edit);
        m_form->addRow(label, edit);
        m_fields.insert(key, edit);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ShipFromDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ShipFromDialog::reject);
    retranslateUi();
}

QString ShipFromDialog::labelFor(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {u"ship_from_name"_s, QT_TR_NOOP("&Name:")},
        {u"ship_from_company"_s, QT_TR_NOOP("&Company:")},
        {u"ship_from_line1"_s, QT_TR_NOOP("Address line &1:")},
        {u"ship_from_line2"_s, QT_TR_NOOP("Address line &2:")},
        {u"ship_from_city"_s, QT_TR_NOOP("C&ity:")},
        {u"ship_from_province"_s, QT_TR_NOOP("&Province or state:")},
        {u"ship_from_postal_code"_s, QT_TR_NOOP("P&ostal code:")},
        {u"ship_from_phone"_s, QT_TR_NOOP("P&hone:")},
        {u"shop_email"_s, QT_TR_NOOP("&Email:")},
        {u"shop_vat_number"_s, QT_TR_NOOP("&VAT number:")},
        {u"shop_eori"_s, QT_TR_NOOP("E&ORI number:")},
        {u"shop_ioss"_s, QT_TR_NOOP("IOSS n&umber:")},
        {u"shop_signatory"_s, QT_TR_NOOP("&Signatory:")},
    };
    const char *source = labels.value(key);
    return source ? tr(source) : key + u':';
}

void ShipFromDialog::accept()
{
    ShopSettings settings(m_db);
    WriteTransaction transaction(m_db);
    QString error = transaction.error();
    if (transaction.isActive()) {
        for (const QString &key : std::as_const(m_keys)) {
            if (!settings.setValue(key, m_fields.value(key)->text().trimmed(), &error))
                break;
        }
        if (error.isEmpty())
            transaction.commit(&error);
    }
    m_error->setText(tr("Nothing was saved: %1").arg(error));
    m_error->setVisible(!error.isEmpty());
    if (error.isEmpty())
        QDialog::accept();
}

void ShipFromDialog::retranslateUi()
{
    setWindowTitle(tr("Ship-from address"));
    m_intro->setText(tr("Labels, customs forms and invoices print this address and these numbers. The country is "
                        "the shop's home country, %1.")
                         .arg(Country::displayName(ShopSettings(m_db).homeCountry(), QLocale())));
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labelFor(m_keys.value(row)));
    }
}

void ShipFromDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
