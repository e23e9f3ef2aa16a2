#include "ordersview.h"

#include "batchprintdialog.h"
#include "orderdetailpanel.h"
#include "orderdocuments.h"
#include "rateshopdialog.h"
#include "shipmentspanel.h"

#include <QAction>
#include <QMessageBox>

using namespace Qt::StringLiterals;

// OrdersView's shipping: rate shopping for the current order and batch printing of the selected orders' documents.

void OrdersView::buildShippingActions()
{
    connect(m_rateShopAction, &QAction::triggered, this, &OrdersView::rateShopCurrent);
    connect(m_printAction, &QAction::triggered, this, &OrdersView::printDocumentsSelected);
    connect(m_detail->shipments(), &ShipmentsPanel::shipmentsChanged, this, [this] {
        reloadKeepingSelection();
        Q_EMIT ordersChanged();
    });
    connect(m_detail->shipments(), &ShipmentsPanel::statusMessage, this, &OrdersView::statusMessage);
}

void OrdersView::setPrintSettings(PrintSettings *settings)
{
    m_printSettings = settings;
    m_detail->shipments()->setPrintSettings(settings);
    updateActions();
}

void OrdersView::updateShippingActions(bool idle, bool anySelected)
{
    m_rateShopAction->setEnabled(idle && m_detail->hasOrder());
    m_printAction->setEnabled(idle && anySelected && m_printSettings && !m_databasePath.isEmpty());
}

void OrdersView::retranslateShippingActions()
{
    m_rateShopAction->setText(tr("&Rate shop…"));
    m_rateShopAction->setToolTip(tr("Compare the services for the current order and create its shipment"));
    m_printAction->setText(tr("&Print documents…"));
    m_printAction->setToolTip(tr("Print the label, customs papers and packing slip of the selected orders"));
}

RateShopDialog *OrdersView::rateShopCurrent()
{
    if (!m_detail->hasOrder())
        return nullptr;
    return m_detail->shipments()->openRateShop();
}

BatchPrintDialog *OrdersView::printDocumentsSelected()
{
    if (!m_printSettings || m_databasePath.isEmpty() || m_busy)
        return nullptr;
    QStringList refused;
    QList<BatchPrintJob::Item> items = OrderDocuments::batchItems(m_db, selectedOrderIds(), &refused);
    if (!refused.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Print documents"),
                                    tr("%Ln order(s) get no documents:", nullptr, int(refused.size())),
                                    QMessageBox::Ok, this);
        box->setObjectName(u"printRefusals"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(refused.mid(0, 10).join(u'\n'));
        box->setDetailedText(refused.join(u'\n'));
        box->open();
    }
    if (items.isEmpty())
        return nullptr;
    auto *dialog = new BatchPrintDialog(std::move(items), OrderDocuments::batchFactory(m_databasePath),
                                        *m_printSettings, DocumentType::ShippingLabel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
