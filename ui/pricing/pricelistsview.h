#pragma once

#include "pricelist.h"

#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class LandedCostPanel;
class PricePreviewModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

// Price lists: a preview grid (products × chosen markets: price now, new price, change, landed cost, margin) that
// reads lazily, a landed-cost breakdown for the selected price, and Apply and Export per market.
class PriceListsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceListsView)

public:
    explicit PriceListsView(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db, const QString &databasePath);
    PricePreviewModel *model() const { return m_model; }
    LandedCostPanel *panel() const { return m_panel; }
    QTableView *table() const { return m_table; }
    // Chooses the markets shown as column groups.
    void showMarkets(const QStringList &codes);

public Q_SLOTS:
    void reload();
    // Reprices a market's list off the GUI thread; asks first when confirm is true.
    bool applyMarket(const QString &code, bool confirm = true);
    bool exportMarket(const QString &code, const QString &filePath, bool shopify);
    // Fixes the price of a row's product in a market (amount text in the market's currency); empty text returns
    // it to the market's rule. Double-clicking a market's cell asks for it.
    bool fixPrice(int row, int marketIndex, const QString &amountText);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildMarketButtons();
    void updateColumns();
    void fitColumns();
    void showSelectedQuote();
    void retranslateUi();
    template <typename Result, typename Work>
    Result runInBackground(const QString &label, Work work);

    QSqlDatabase m_db;
    QString m_databasePath;
    PricePreviewModel *m_model = nullptr;
    QTimer m_searchDelay;
    QLineEdit *m_search;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_marketsLabel;
    QHBoxLayout *m_marketButtons;
    QList<QToolButton *> m_marketToggles;
    QTableView *m_table;
    LandedCostPanel *m_panel;
    QLabel *m_error;
    QComboBox *m_actionMarket;
    QPushButton *m_applyButton;
    QPushButton *m_exportButton;
    QCheckBox *m_shopifyForm;
};
