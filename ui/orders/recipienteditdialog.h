#pragma once

#include "order.h"

#include <QDialog>
#include <QSqlDatabase>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// Corrects an order's recipient: phone (checked with libphonenumber and stored as E.164), tax ID (CPF/CNPJ, PCCC…
// checked by the market's kind), the customer's language and the ship-to address. Saving checks the order again;
// a refused value keeps the dialog open with the reason under the fields.
class RecipientEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipientEditDialog)

public:
    RecipientEditDialog(const QSqlDatabase &db, const Order &order, QWidget *parent = nullptr);

    // Writes the changes; false with the reason shown in the dialog.
    bool save();
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *addField(const QString &name, const QString &value);
    void retranslateUi();

    QSqlDatabase m_db;
    Order m_order;
    QFormLayout *m_form;
    QLineEdit *m_phone;
    QLineEdit *m_taxId;
    QLineEdit *m_language;
    QLineEdit *m_line1;
    QLineEdit *m_line2;
    QLineEdit *m_city;
    QLineEdit *m_province;
    QLineEdit *m_postalCode;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
