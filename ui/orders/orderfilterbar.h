#pragma once

#include "orderfilter.h"

#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class CountryComboBox;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

// The orders view's filters: free text (searched after a short pause in typing), status, market, ship-to
// country, a date range whose ends are each switched on by a check box, and a minimum risk score. Also shows how
// many orders match.
class OrderFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFilterBar)

public:
    explicit OrderFilterBar(QWidget *parent = nullptr);

    OrderFilter filter() const;
    // Lists the markets of this database (keeping the chosen one when it still exists).
    void setDatabase(const QSqlDatabase &db);
    void refreshMarkets();
    void setCountText(const QString &text);
    void focusSearch();
    // Shows these statuses: one status, all, or the ones waiting to ship (new, ready to ship, picked, packed).
    void showStatuses(const QList<OrderStatus> &statuses);
    static QList<OrderStatus> waitingToShip();

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int WaitingToShip = -2;
    void emitNow();
    void retranslateUi();

    QSqlDatabase m_db;
    QTimer m_searchDelay;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_market;
    CountryComboBox *m_country;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QLabel *m_minRiskLabel;
    QSpinBox *m_minRisk;
    QLabel *m_count;
};
