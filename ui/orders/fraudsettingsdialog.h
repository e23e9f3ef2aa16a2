#pragma once

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// The seller's fraud rules: the points each signal adds to an order's risk score, the score at which new orders go
// on hold, and the product categories that count as high risk.
class FraudSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FraudSettingsDialog)

public:
    explicit FraudSettingsDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    // Writes every setting in one transaction; false with *error when the database refused.
    bool save(QString *error);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslateUi();

    QSqlDatabase m_db;
    QLabel *m_intro;
    QFormLayout *m_form;
    QHash<QString, QSpinBox *> m_weights;
    QHash<QString, QLabel *> m_weightLabels;
    QLabel *m_thresholdLabel;
    QSpinBox *m_threshold;
    QLabel *m_categoriesLabel;
    QLineEdit *m_categories;
    QDialogButtonBox *m_buttons;
};
