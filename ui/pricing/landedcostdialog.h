#pragma once

#include <QDialog>
#include <QSqlDatabase>

class LandedCostPanel;
class QComboBox;
class QDateEdit;
class QLabel;

// A product's landed cost into one market, chosen here, under DAP or DDP: the breakdown panel with every line
// explained. Opened from the catalogue.
class LandedCostDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LandedCostDialog)

public:
    LandedCostDialog(const QSqlDatabase &db, const QString &sku, QWidget *parent = nullptr);

    void setMarket(const QString &code);
    void setIncoterm(const QString &incoterm); // "DAP", "DDP" or "" for the market's default
    void setDate(const QDate &date);
    LandedCostPanel *panel() const { return m_panel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void recalculate();
    void retranslateUi();

    QSqlDatabase m_db;
    QString m_sku;
    QLabel *m_marketLabel;
    QComboBox *m_market;
    QComboBox *m_incoterm;
    QDateEdit *m_date;
    LandedCostPanel *m_panel;
};
