#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class FirstRunDialog;
}
class LanguageManager;

// Asked once per new database: the shop's base currency and home country, and the operator's language
// (which switches the UI at once).
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    FirstRunDialog(LanguageManager &languages, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    QString baseCurrency() const;
    QString homeCountry() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    LanguageManager &m_languages;
};
