#pragma once

#include "orderrepository.h"

#include <QTabWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class ShipmentsPanel;
class QTableWidget;

// Everything about one order, in tabs: the order and its addresses, its lines, its checks (what stops it shipping,
// the risk reasons with their weights and the score), its history and its shipments.
class OrderDetailPanel final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDetailPanel)

public:
    explicit OrderDetailPanel(QWidget *parent = nullptr);

    void showOrder(const Order &order, const StoredOrderCheck &check, const QList<OrderHistoryEntry> &history,
                   int holdThreshold);
    void clear();
    bool hasOrder() const { return m_order.id > 0; }
    const Order &order() const { return m_order; }
    ShipmentsPanel *shipments() const { return m_shipments; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void fillSummary();
    void fillLines();
    void fillChecks();
    void fillHistory();
    void retranslateUi();
    QString eventText(const OrderHistoryEntry &entry) const;
    QString changeText(const OrderHistoryEntry &entry) const;

    Order m_order;
    StoredOrderCheck m_check;
    QList<OrderHistoryEntry> m_history;
    int m_holdThreshold = 100;

    QWidget *m_summaryPage;
    QGroupBox *m_orderBox;
    QFormLayout *m_orderForm;
    QLabel *m_numberLabel;
    QLabel *m_number;
    QLabel *m_createdLabel;
    QLabel *m_created;
    QLabel *m_statusLabel;
    QLabel *m_status;
    QLabel *m_totalLabel;
    QLabel *m_total;
    QLabel *m_customerLabel;
    QLabel *m_customer;
    QLabel *m_phoneLabel;
    QLabel *m_phone;
    QLabel *m_taxIdLabel;
    QLabel *m_taxId;
    QLabel *m_serviceLabel;
    QLabel *m_service;
    QGroupBox *m_shipToBox;
    QLabel *m_shipTo;
    QGroupBox *m_billToBox;
    QLabel *m_billTo;

    QTableWidget *m_lines;

    QWidget *m_checksPage;
    QLabel *m_shipVerdict;
    QLabel *m_problemsLabel;
    QListWidget *m_problems;
    QLabel *m_reasonsLabel;
    QTableWidget *m_reasons;
    QLabel *m_riskTotal;

    QTableWidget *m_historyTable;
    ShipmentsPanel *m_shipments;
};
