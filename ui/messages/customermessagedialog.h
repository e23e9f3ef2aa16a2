#pragma once

#include "messagetemplate.h"
#include "messagetemplaterepository.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// A message to an order's customer, from a template in their language: the operator picks what the message is
// about, fills in what the order does not know (tracking, the reason for a delay…), checks the preview, then copies
// the text or opens it in the mail client.
class CustomerMessageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerMessageDialog)

public:
    CustomerMessageDialog(const QSqlDatabase &db, const Order &order, QWidget *parent = nullptr);

    MessageKind kind() const;
    void setKind(MessageKind kind);
    QString language() const; // the language chosen in the dialog (the template may fall back to another)
    void setLanguage(const QString &language);
    const RenderedMessage &message() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QLineEdit *edit;
        const char16_t *placeholder;
    };
    QList<Field> fields() const;
    void addRow(QWidget *field);
    void setRowLabel(QWidget *field, const QString &text);
    void fillLanguages(const QString &customerLanguage);
    void loadTemplate();
    void updatePreview();
    void updateNote();
    void copyToClipboard();
    void openInMailClient();
    void rememberShopName();
    void retranslateUi();
    MessageValues values() const;

    QSqlDatabase m_db;
    MessageTemplateRepository m_templates;
    Order m_order;
    QString m_marketLanguage;
    MessageTemplate m_template;
    RenderedMessage m_message;
    QFormLayout *m_form;
    QComboBox *m_kind;
    QComboBox *m_language;
    QLabel *m_recipient;
    QLineEdit *m_shopName;
    QLineEdit *m_carrier;
    QLineEdit *m_trackingNumber;
    QLineEdit *m_trackingUrl;
    QLineEdit *m_delayReason;
    QLineEdit *m_requiredDocuments;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_note;
    QPushButton *m_copy;
    QPushButton *m_openMail;
};
