#pragma once

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// The shop's ship-from address and the numbers its customs papers carry (VAT, EORI, IOSS, signatory), kept as
// the "ship_from_*" and "shop_*" settings that labels and customs forms print.
class ShipFromDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipFromDialog)

public:
    explicit ShipFromDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    void accept() override; // saves in one transaction, then closes

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    static QString labelFor(const QString &key);

    QSqlDatabase m_db;
    QStringList m_keys;
    QHash<QString, QLineEdit *> m_fields;
    QFormLayout *m_form;
    QLabel *m_intro;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
