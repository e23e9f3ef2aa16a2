#include "customermessagedialog.h"

#include "marketrepository.h"
#include "shopsettings.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString shopNameSetting()
{
    return u"shop_name"_s;
}

QString marketLanguage(const QSqlDatabase &db, const Order &order)
{
    const QString code = order.marketCode.isEmpty() ? order.shipTo.country : order.marketCode;
    if (code.isEmpty())
        return {};
    const std::optional<Market> market = MarketRepository(db).findByCodeOrCountry(code);
    return market ? market->language : QString();
}

// Right-to-left languages (Arabic, Hebrew…) read from the right on every line, even one that starts with "#1001".
void setTextDirection(QLineEdit *subject, QPlainTextEdit *body, Qt::LayoutDirection direction)
{
    subject->setLayoutDirection(direction);
    body->setLayoutDirection(direction);
    QTextOption option = body->document()->defaultTextOption();
    option.setTextDirection(direction);
    // QPlainTextEdit does not mirror a leading alignment for right-to-left text: say which edge, absolutely.
    option.setAlignment(direction == Qt::RightToLeft ? Qt::AlignRight | Qt::AlignAbsolute : Qt::AlignLeft);
    body->document()->setDefaultTextOption(option);
}

} // namespace

CustomerMessageDialog::CustomerMessageDialog(const QSqlDatabase &db, const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_templates(db)
    , m_order(order)
    , m_marketLanguage(marketLanguage(db, order))
    , m_form(new QFormLayout)
    , m_kind(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_recipient(new QLabel(this))
    , m_shopName(new QLineEdit(ShopSettings(db).value(shopNameSetting()), this))
    , m_carrier(new QLineEdit(this))
    , m_trackingNumber(new QLineEdit(this))
    , m_trackingUrl(new QLineEdit(this))
    , m_delayReason(new QLineEdit(this))
    , m_requiredDocuments(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
    , m_copy(new QPushButton(this))
    , m_openMail(new QPushButton(this))
{
    setObjectName(u"customerMessageDialog"_s);
    m_kind->setObjectName(u"messageKind"_s);
    m_language->setObjectName(u"messageLanguage"_s);
    m_recipient->setObjectName(u"messageRecipient"_s);
    m_shopName->setObjectName(u"shopNameEdit"_s);
    m_carrier->setObjectName(u"carrierEdit"_s);
    m_trackingNumber->setObjectName(u"trackingNumberEdit"_s);
    m_trackingUrl->setObjectName(u"trackingUrlEdit"_s);
    m_delayReason->setObjectName(u"delayReasonEdit"_s);
    m_requiredDocuments->setObjectName(u"requiredDocumentsEdit"_s);
    m_subject->setObjectName(u"messageSubject"_s);
    m_body->setObjectName(u"messageBody"_s);
    m_note->setObjectName(u"messageNote"_s);
    m_copy->setObjectName(u"copyMessageButton"_s);
    m_openMail->setObjectName(u"openMailButton"_s);
    resize(680, 760);

    m_recipient->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->setReadOnly(true);
    m_body->setReadOnly(true);
    // Long URLs and long compound words wrap instead of running off the preview.
    m_body->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_note->setWordWrap(true);
    for (MessageKind kind : MessageKinds::all())
        m_kind->addItem(QString(), MessageKinds::key(kind));
    fillLanguages(order.customer.language);

    // In languages with long words a label that does not fit puts its field underneath instead of squeezing it.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QWidget *field : std::initializer_list<QWidget *>{m_kind, m_language, m_recipient, m_shopName, m_carrier,
                                                           m_trackingNumber, m_trackingUrl, m_delayReason,
                                                           m_requiredDocuments, m_subject})
        addRow(field);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openMail, QDialogButtonBox::ActionRole);
    m_openMail->setEnabled(!m_order.customer.email.trimmed().isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    retranslateUi();

    for (QComboBox *combo : {m_kind, m_language})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerMessageDialog::loadTemplate);
    for (const Field &field : fields())
        connect(field.edit, &QLineEdit::textChanged, this, &CustomerMessageDialog::updatePreview);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &CustomerMessageDialog::copyToClipboard);
    connect(m_openMail, &QPushButton::clicked, this, &CustomerMessageDialog::openInMailClient);
    loadTemplate();
}

MessageKind CustomerMessageDialog::kind() const
{
    return MessageKinds::fromKey(m_kind->currentData().toString()).value_or(MessageKind::Confirmation);
}

void CustomerMessageDialog::setKind(MessageKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(MessageKinds::key(kind)));
}

QString CustomerMessageDialog::language() const
{
    return m_language->currentData().toString();
}

void CustomerMessageDialog::setLanguage(const QString &language)
{
    const int index = m_language->findData(MessageTemplate::normalizedLanguage(language));
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

QList<CustomerMessageDialog::Field> CustomerMessageDialog::fields() const
{
    return {{m_shopName, u"{shop_name}"},
            {m_carrier, u"{carrier}"},
            {m_trackingNumber, u"{tracking_number}"},
            {m_trackingUrl, u"{tracking_url}"},
            {m_delayReason, u"{delay_reason}"},
            {m_requiredDocuments, u"{required_documents}"}};
}

void CustomerMessageDialog::addRow(QWidget *field)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_form->addRow(label, field);
}

void CustomerMessageDialog::setRowLabel(QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
        label->setText(text);
}

// Every language any kind of message is written in; a kind missing one falls back like a customer's language does.
void CustomerMessageDialog::fillLanguages(const QString &customerLanguage)
{
    QStringList languages;
    for (MessageKind kind : MessageKinds::all()) {
        for (const QString &language : m_templates.languages(kind)) {
            if (!languages.contains(language))
                languages.append(language);
        }
    }
    languages.sort();
    for (const QString &language : languages)
        m_language->addItem(MessageTemplate::languageName(language), language);
    setLanguage(MessageTemplate::chooseLanguage(languages, customerLanguage, m_marketLanguage));
}

void CustomerMessageDialog::loadTemplate()
{
    m_template = m_templates.find(kind(), language(), m_marketLanguage)
                     .value_or(MessageTemplate{kind(), language(), QString(), QString()});
    // Ask only for what this wording uses (the seller's own wording may use more or less).
    for (const Field &field : fields()) {
        const QString placeholder = QString::fromUtf16(field.placeholder);
        m_form->setRowVisible(field.edit,
                              m_template.subject.contains(placeholder) || m_template.body.contains(placeholder));
    }
    setTextDirection(m_subject, m_body, QLocale(m_template.language).textDirection());
    updatePreview();
}

MessageValues CustomerMessageDialog::values() const
{
    MessageValues extra;
    extra.shopName = m_shopName->text();
    extra.carrier = m_carrier->text();
    extra.trackingNumber = m_trackingNumber->text();
    extra.trackingUrl = m_trackingUrl->text();
    extra.delayReason = m_delayReason->text();
    extra.requiredDocuments = m_requiredDocuments->text();
    return extra;
}

void CustomerMessageDialog::updatePreview()
{
    m_message = MessageRenderer::render(m_template, m_order, values());
    m_subject->setText(m_message.subject);
    m_subject->setCursorPosition(0);
    m_body->setPlainText(m_message.body);
    updateNote();
}

void CustomerMessageDialog::updateNote()
{
    QStringList notes;
    if (!m_template.language.isEmpty() && m_template.language != language()) {
        notes.append(tr("This message has no wording in %1 yet; it is shown in %2.")
                         .arg(MessageTemplate::languageName(language()),
                              MessageTemplate::languageName(m_template.language)));
    }
    if (!m_message.unfilled.isEmpty()) {
        QStringList placeholders;
        for (const QString &name : m_message.unfilled)
            placeholders.append(u'{' + name + u'}');
        notes.append(tr("Still to fill in: %1").arg(placeholders.join(u", "_s)));
    }
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());
}

void CustomerMessageDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(m_message.text());
    rememberShopName();
}

void CustomerMessageDialog::openInMailClient()
{
    rememberShopName();
    if (!QDesktopServices::openUrl(MessageRenderer::mailtoUrl(m_order.customer.email, m_message))) {
        QMessageBox::warning(this, tr("Open in mail client"),
                             tr("No mail client opened the message. Use Copy and paste the text into your mail "
                                "instead."));
    }
}

// The shop signs every message: keep the name the operator typed for the next one.
void CustomerMessageDialog::rememberShopName()
{
    const QString name = m_shopName->text().trimmed();
    ShopSettings settings(m_db);
    if (!name.isEmpty() && name != settings.value(shopNameSetting()))
        settings.setValue(shopNameSetting(), name);
}

void CustomerMessageDialog::retranslateUi()
{
    setWindowTitle(tr("Message to the customer of order %1").arg(m_order.number));
    setRowLabel(m_kind, tr("Message:"));
    setRowLabel(m_language, tr("Language:"));
    setRowLabel(m_recipient, tr("To:"));
    setRowLabel(m_shopName, tr("Shop name:"));
    setRowLabel(m_carrier, tr("Carrier:"));
    setRowLabel(m_trackingNumber, tr("Tracking number:"));
    setRowLabel(m_trackingUrl, tr("Tracking link:"));
    setRowLabel(m_delayReason, tr("Reason for the delay:"));
    setRowLabel(m_requiredDocuments, tr("Documents needed:"));
    setRowLabel(m_subject, tr("Subject:"));
    const QString email = m_order.customer.email.trimmed();
    m_recipient->setText(email.isEmpty() ? tr("No email address for this customer") : email);
    // What the operator types goes into the message as it is.
    for (QLineEdit *edit : {m_delayReason, m_requiredDocuments})
        edit->setPlaceholderText(tr("In the customer's language"));
    m_body->setAccessibleName(tr("Message text"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copies the subject and the text, to paste into any mail or chat"));
    m_openMail->setText(tr("Open in mail client"));
    m_openMail->setToolTip(email.isEmpty() ? tr("This customer has no email address") : QString());
    const QSignalBlocker kindBlocker(m_kind);
    for (int i = 0; i < m_kind->count(); ++i) {
        if (const auto kind = MessageKinds::fromKey(m_kind->itemData(i).toString()))
            m_kind->setItemText(i, MessageKinds::label(*kind));
    }
    const QSignalBlocker languageBlocker(m_language);
    for (int i = 0; i < m_language->count(); ++i)
        m_language->setItemText(i, MessageTemplate::languageName(m_language->itemData(i).toString()));
    updateNote();
}

void CustomerMessageDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
