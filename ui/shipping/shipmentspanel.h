#pragma once

#include "orderdocuments.h"
#include "shipmentrepository.h"

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>

class PrintSettings;
class QLabel;
class QPushButton;
class QTreeWidget;
class RateShopDialog;

// The shipments of one order, for the order detail: each shipment with its service, status and cost, its
// packages with their tracking numbers as links to the carrier's tracking page; rate shopping and booking; preview
// and print of the label, the customs form or commercial invoice and the packing slip; marking it shipped. An order
// that must not ship says why, and gets no documents.
class ShipmentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipmentsPanel)

public:
    explicit ShipmentsPanel(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    // Needed to preview and print; without it those buttons are off.
    void setPrintSettings(PrintSettings *settings);
    void showOrder(qint64 orderId); // 0: none
    qint64 orderId() const { return m_orderId; }
    const QList<Shipment> &shipments() const { return m_shipments; }
    QStringList refusals() const { return m_refusals; }

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *previewButton(OrderDocuments::Kind kind) const { return m_previewButtons.value(int(kind)); }
    QPushButton *printButton(OrderDocuments::Kind kind) const { return m_printButtons.value(int(kind)); }
    QPushButton *rateShopButton() const { return m_rateShopButton; }
    QPushButton *shippedButton() const { return m_shippedButton; }
    QPushButton *trackingButton() const { return m_trackingButton; }
    // Stores a tracking number typed or scanned for the selected package (or the shipment's first), checked against
    // the carrier's scheme; a DHL check-digit mismatch is shown as a warning. False with the reason shown otherwise.
    bool setTrackingNumber(const QString &number);

public Q_SLOTS:
    void refresh();
    RateShopDialog *openRateShop();
    bool preview(OrderDocuments::Kind kind);
    bool print(OrderDocuments::Kind kind);
    bool markShipped();

Q_SIGNALS:
    // A shipment was created or moved on (the order's status may have changed with it).
    void shipmentsChanged();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<Shipment> currentShipment() const;
    std::shared_ptr<PrintableDocument> document(OrderDocuments::Kind kind, QString *error) const;
    void fillTree();
    void updateButtons();
    void showProblem(const QString &text);
    void retranslateUi();

    QSqlDatabase m_db;
    PrintSettings *m_printSettings = nullptr;
    qint64 m_orderId = 0;
    bool m_international = true;
    QList<Shipment> m_shipments;
    QStringList m_refusals;

    QLabel *m_refusalLabel;
    QLabel *m_emptyLabel;
    QTreeWidget *m_tree;
    QList<QLabel *> m_documentLabels;
    QHash<int, QPushButton *> m_previewButtons;
    QHash<int, QPushButton *> m_printButtons;
    QPushButton *m_rateShopButton;
    QPushButton *m_shippedButton;
    QPushButton *m_trackingButton;
    QLabel *m_message;
};
