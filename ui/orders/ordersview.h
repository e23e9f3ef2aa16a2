#pragma once

#include "order.h"
#include "orderfilter.h"

#include <QFuture>
#include <QPromise>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class FraudSettingsDialog;
class OrderDetailPanel;
class OrderFilterBar;
class OrderImportDialog;
class OrderTableModel;
class BatchPrintDialog;
class PrintSettings;
class RateShopDialog;
class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;
class QToolBar;

// The orders: filter by status, market, country, dates, risk and text (number, email, name); the detail of the
// current order; move the selected orders through the workflow (hold, release, cancel, ready to ship), check them
// again, message a customer; import and export order files; rate shop and book a shipment, print the documents
// of the selected orders as one batch. Work on many orders runs off the GUI thread.
class OrdersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersView)

public:
    explicit OrdersView(QWidget *parent = nullptr);
    ~OrdersView() override;

    // Shows the orders of this database; databasePath is for background jobs, which open their own connection.
    void setDatabase(const QSqlDatabase &db, const QString &databasePath);
    // Where printing remembers its printers and paper; without it the print actions are off.
    void setPrintSettings(PrintSettings *settings);
    OrderTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    OrderDetailPanel *detail() const { return m_detail; }
    QList<qint64> selectedOrderIds() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void holdSelected();
    void releaseSelected();
    void cancelSelected(); // asks first
    void markReadySelected();
    void recheckSelected();
    // Moves every selected order to the status; refusals are summed up in a message box afterwards.
    void moveSelected(OrderStatus to);
    OrderImportDialog *openImportDialog(const QString &filePath = QString());
    void exportOrders(bool selectedOnly);
    // Writes the selected orders (or all the filter shows) as Borderdesk orders CSV, off the GUI thread.
    void exportTo(const QString &filePath, bool selectedOnly);
    void messageCustomer();
    // Corrects the current order's phone, tax ID, language or address (opens a dialog; returns it for tests).
    class RecipientEditDialog *editRecipient();
    FraudSettingsDialog *editFraudRules();
    // Labels, customs papers and packing slips of the selected orders in one job (orders that must not ship are
    // left out, and said so). Returns the dialog for tests.
    BatchPrintDialog *printDocumentsSelected();
    RateShopDialog *rateShopCurrent();
    void reload();
    // Shows the orders of these statuses (from the dashboard).
    void showStatuses(const QList<OrderStatus> &statuses);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void ordersChanged();
    // A bulk action finished: how many orders it changed and why the others were refused.
    void actionFinished(int done, const QStringList &refusals);
    void exportFinished(qint64 written, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    // What a bulk action does to one order: an empty string when done, else why not.
    using OrderWork = std::function<QString(const QSqlDatabase &db, qint64 id, const QString &number)>;
    // A job on its own connection off the GUI thread; db is invalid (and openError says why) when it did not open.
    using Job = std::function<void(const QSqlDatabase &db, const QString &openError, QPromise<void> &promise)>;

    void buildActions();
    void buildShippingActions();
    void updateShippingActions(bool idle, bool anySelected);
    void retranslateShippingActions();
    void applyFilter();
    void fitColumns();
    void showCurrentOrder();
    void updateActions();
    void updateCount();
    void retranslateUi();
    void runJob(const QString &label, const Job &job, const std::function<void()> &finished);
    void runOnSelected(const QString &label, const QString &title, const OrderWork &work);
    void showRefusals(const QString &title, int done, const QStringList &refusals);
    void reloadKeepingSelection();

    QSqlDatabase m_db;
    QString m_databasePath;
    OrderTableModel *m_model = nullptr;
    bool m_busy = false;
    QFuture<void> m_job;
    int m_holdThreshold = 60;
    PrintSettings *m_printSettings = nullptr;

    OrderFilterBar *m_filterBar;
    QToolBar *m_toolBar;
    QTableView *m_table;
    QStackedWidget *m_detailPages;
    QLabel *m_placeholder;
    OrderDetailPanel *m_detail;

    QAction *m_holdAction;
    QAction *m_releaseAction;
    QAction *m_cancelAction;
    QAction *m_readyAction;
    QAction *m_recheckAction;
    QAction *m_messageAction;
    QAction *m_recipientAction;
    QAction *m_fraudAction;
    QAction *m_rateShopAction;
    QAction *m_printAction;
    QAction *m_importAction;
    QAction *m_exportAction;
    QMenu *m_exportMenu;
    QAction *m_exportSelectedAction;
    QAction *m_exportAllAction;
};
