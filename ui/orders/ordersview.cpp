#include "ordersview.h"

#include "connection.h"
#include "country.h"
#include "customermessagedialog.h"
#include "fraudsettingsdialog.h"
#include "fraudsettingsrepository.h"
#include "orderdetailpanel.h"
#include "orderexporter.h"
#include "orderfilterbar.h"
#include "orderimportdialog.h"
#include "orderrepository.h"
#include "ordertablemodel.h"
#include "recipienteditdialog.h"
#include "shipmentspanel.h"
#include "textfit.h"

#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>

using namespace Qt::StringLiterals;

OrdersView::OrdersView(QWidget *parent)
    : QWidget(parent)
    , m_filterBar(new OrderFilterBar(this))
    , m_toolBar(new QToolBar(this))
    , m_table(new QTableView(this))
    , m_detailPages(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_detailPages))
    , m_detail(new OrderDetailPanel(m_detailPages))
    , m_holdAction(new QAction(this))
    , m_releaseAction(new QAction(this))
    , m_cancelAction(new QAction(this))
    , m_readyAction(new QAction(this))
    , m_recheckAction(new QAction(this))
    , m_messageAction(new QAction(this))
    , m_recipientAction(new QAction(this))
    , m_fraudAction(new QAction(this))
    , m_rateShopAction(new QAction(this))
    , m_printAction(new QAction(this))
    , m_importAction(new QAction(this))
    , m_exportAction(new QAction(this))
    , m_exportMenu(new QMenu(this))
    , m_exportSelectedAction(m_exportMenu->addAction(QString()))
    , m_exportAllAction(m_exportMenu->addAction(QString()))
{
    setObjectName(u"ordersView"_s);
    buildActions();

    m_table->setObjectName(u"orderTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);

    m_placeholder->setObjectName(u"orderDetailPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_detailPages->addWidget(m_placeholder);
    m_detailPages->addWidget(m_detail);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"ordersSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detailPages);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 360});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    connect(m_filterBar, &OrderFilterBar::filterChanged, this, &OrdersView::applyFilter);
    auto *focusSearch = new QShortcut(QKeySequence::Find, this);
    connect(focusSearch, &QShortcut::activated, m_filterBar, &OrderFilterBar::focusSearch);
    retranslateUi();
    updateActions();
}

OrdersView::~OrdersView()
{
    // A job still running writes through its own connection; let it finish before the database goes away.
    m_job.cancel();
    m_job.waitForFinished();
}

void OrdersView::buildActions()
{
    m_toolBar->setObjectName(u"orderActions"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setFloatable(false);
    m_toolBar->setMovable(false);
    const QList<std::pair<QAction *, QString>> named{
        {m_holdAction, u"hold"_s},       {m_releaseAction, u"release"_s}, {m_cancelAction, u"cancelOrders"_s},
        {m_readyAction, u"readyToShip"_s}, {m_recheckAction, u"recheck"_s},
        {m_recipientAction, u"editRecipient"_s}, {m_rateShopAction, u"rateShop"_s},
        {m_printAction, u"printDocuments"_s}, {m_messageAction, u"messageCustomer"_s},
        {m_fraudAction, u"fraudRules"_s}, {m_importAction, u"importOrders"_s}, {m_exportAction, u"exportOrders"_s}};
    for (const auto &[action, name] : named) {
        action->setObjectName(name + u"Action"_s);
        m_toolBar->addAction(action);
        if (action == m_messageAction) {
            // The workflow on the left, the shop-wide tools on the right (they move into the » menu when tight).
            auto *spacer = new QWidget(m_toolBar);
            spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
            m_toolBar->addWidget(spacer);
        } else if (action == m_recheckAction) {
            m_toolBar->addSeparator();
        }
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setObjectName(name + u"Button"_s);
    }
    m_exportAction->setMenu(m_exportMenu);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_exportAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    m_exportSelectedAction->setObjectName(u"exportSelectedAction"_s);
    m_exportAllAction->setObjectName(u"exportAllAction"_s);

    connect(m_holdAction, &QAction::triggered, this, &OrdersView::holdSelected);
    connect(m_releaseAction, &QAction::triggered, this, &OrdersView::releaseSelected);
    connect(m_cancelAction, &QAction::triggered, this, &OrdersView::cancelSelected);
    connect(m_readyAction, &QAction::triggered, this, &OrdersView::markReadySelected);
    connect(m_recheckAction, &QAction::triggered, this, &OrdersView::recheckSelected);
    connect(m_messageAction, &QAction::triggered, this, &OrdersView::messageCustomer);
    connect(m_recipientAction, &QAction::triggered, this, &OrdersView::editRecipient);
    connect(m_fraudAction, &QAction::triggered, this, &OrdersView::editFraudRules);
    connect(m_importAction, &QAction::triggered, this, [this] { openImportDialog(); });
    connect(m_exportSelectedAction, &QAction::triggered, this, [this] { exportOrders(true); });
    connect(m_exportAllAction, &QAction::triggered, this, [this] { exportOrders(false); });
    buildShippingActions();
}

void OrdersView::setDatabase(const QSqlDatabase &db, const QString &databasePath)
{
    m_db = db;
    m_databasePath = databasePath;
    m_holdThreshold = FraudSettingsRepository(m_db).load().holdThreshold;
    m_filterBar->setDatabase(db);
    m_detail->shipments()->setDatabase(db);
    auto *oldModel = m_model;
    m_model = new OrderTableModel(db, this);
    m_model->setFilter(m_filterBar->filter());
    QItemSelectionModel *oldSelection = m_table->selectionModel();
    m_table->setModel(m_model);
    connect(m_model, &OrderTableModel::totalCountChanged, this, [this] {
        updateCount();
        updateActions();
    });
    delete oldSelection;
    delete oldModel;
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showCurrentOrder();
        updateActions();
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrdersView::showCurrentOrder);
    fitColumns();
    showCurrentOrder();
    updateCount();
    updateActions();
}

void OrdersView::applyFilter()
{
    if (!m_model)
        return;
    m_model->setFilter(m_filterBar->filter());
    showCurrentOrder();
    updateCount();
    updateActions();
}

void OrdersView::reload()
{
    if (!m_model)
        return;
    m_holdThreshold = FraudSettingsRepository(m_db).load().holdThreshold;
    m_filterBar->refreshMarkets();
    reloadKeepingSelection();
}

void OrdersView::reloadKeepingSelection()
{
    const QList<qint64> selected = selectedOrderIds();
    const qint64 current = m_model->orderIdAt(m_table->currentIndex().row());
    m_model->refresh();
    QItemSelection selection;
    for (qint64 id : selected) {
        const int row = m_model->rowOfOrder(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, OrderTableModel::NB_COLUMNS - 1));
    }
    QItemSelectionModel *selectionModel = m_table->selectionModel();
    const int currentRow = m_model->rowOfOrder(current);
    if (currentRow >= 0)
        selectionModel->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    showCurrentOrder();
    updateActions();
    updateCount();
}

void OrdersView::fitColumns()
{
    if (!m_model)
        return;
    // Each column as wide as its header and its texts in the current language and font: the ship-to countries and
    // markets of the orders shown (with the United States and the United Kingdom, the usual destinations, for a shop
    // without orders yet), the longest status; the ship-to name takes the rest. A rare very long country name elides
    // (the tooltip has the code).
    const QLocale locale;
    QStringList statuses;
    for (OrderStatus status : OrderStatuses::all())
        statuses.append(OrderStatuses::label(status));
    QSet<QString> countryCodes{u"US"_s, u"GB"_s};
    QSet<QString> marketCodes{u"EU"_s};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        countryCodes.insert(m_model->index(row, OrderTableModel::Country).data(OrderTableModel::RawValueRole).toString());
        marketCodes.insert(m_model->index(row, OrderTableModel::Market).data(OrderTableModel::RawValueRole).toString());
    }
    QStringList countries;
    for (const QString &code : std::as_const(countryCodes))
        countries.append(Country::displayName(code, locale));
    const QHash<int, QStringList> cells{
        {OrderTableModel::Number, {u"113-1234567-1234567"_s}},
        {OrderTableModel::Created,
         {locale.toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat)}},
        {OrderTableModel::Channel, {u"borderdesk"_s}},
        {OrderTableModel::Country, countries},
        {OrderTableModel::Market, marketCodes.values()},
        {OrderTableModel::Total, {Money(9999999, u"THB"_s).format(locale)}},
        {OrderTableModel::Status, statuses},
        {OrderTableModel::Risk, {locale.toString(100)}},
        {OrderTableModel::CannotShip, {OrderTableModel::tr("Cannot ship")}},
    };
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int longest = m_table->fontMetrics().horizontalAdvance(u'X') * 20;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        TextFit::fitColumn(m_table, it.key(), it.value(), longest);
    header->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(u"0000"_s));
    header->setSectionResizeMode(OrderTableModel::Customer, QHeaderView::Stretch);
}

QList<qint64> OrdersView::selectedOrderIds() const
{
    QList<qint64> ids;
    if (!m_model)
        return ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->orderIdAt(index.row()));
    return ids;
}

void OrdersView::showCurrentOrder()
{
    // The order under the cursor when it is selected, else the first one selected.
    qint64 id = 0;
    if (m_model) {
        const QModelIndex current = m_table->currentIndex();
        const QModelIndexList selected = m_table->selectionModel()->selectedRows();
        if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row()))
            id = m_model->orderIdAt(current.row());
        else if (!selected.isEmpty())
            id = m_model->orderIdAt(selected.constFirst().row());
    }
    const OrderRepository orders(m_db);
    const auto order = id > 0 ? orders.load(id) : std::nullopt;
    if (!order) {
        m_detail->clear();
        m_detailPages->setCurrentWidget(m_placeholder);
        return;
    }
    m_detail->showOrder(*order, orders.storedCheck(id), orders.history(id), m_holdThreshold);
    m_detailPages->setCurrentWidget(m_detail);
}

void OrdersView::updateActions()
{
    QList<OrderStatus> statuses;
    if (m_model) {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
            if (const auto status = m_model->statusAt(index.row()))
                statuses.append(*status);
        }
    }
    const bool idle = m_model && !m_busy;
    auto anyCanMove = [&statuses](OrderStatus to) {
        return std::any_of(statuses.cbegin(), statuses.cend(),
                           [to](OrderStatus from) { return OrderStatuses::canMove(from, to); });
    };
    m_holdAction->setEnabled(idle && anyCanMove(OrderStatus::OnHold));
    m_releaseAction->setEnabled(idle && statuses.contains(OrderStatus::OnHold));
    m_cancelAction->setEnabled(idle && anyCanMove(OrderStatus::Cancelled));
    m_readyAction->setEnabled(idle && anyCanMove(OrderStatus::ReadyToShip));
    m_recheckAction->setEnabled(idle && !statuses.isEmpty());
    m_messageAction->setEnabled(m_model && m_detail->hasOrder());
    m_recipientAction->setEnabled(idle && m_detail->hasOrder());
    m_exportSelectedAction->setEnabled(idle && !statuses.isEmpty());
    m_exportAllAction->setEnabled(idle && m_model->rowCount() > 0);
    m_exportAction->setEnabled(idle);
    m_importAction->setEnabled(m_model != nullptr);
    m_fraudAction->setEnabled(m_model != nullptr);
    updateShippingActions(idle, !statuses.isEmpty());
}

void OrdersView::updateCount()
{
    if (!m_model) {
        m_filterBar->setCountText(QString());
        return;
    }
    QString text = m_model->totalCount() < 0
        ? tr("%Ln+ order(s), counting…", nullptr, static_cast<int>(m_model->rowCount()))
        : tr("%Ln order(s)", nullptr, static_cast<int>(m_model->totalCount()));
    const int selected = static_cast<int>(m_table->selectionModel()->selectedRows().size());
    if (selected > 1)
        text = tr("%1, %Ln selected", nullptr, selected).arg(text);
    m_filterBar->setCountText(text);
}

void OrdersView::moveSelected(OrderStatus to)
{
    runOnSelected(tr("Changing orders to “%1”…").arg(OrderStatuses::label(to)), OrderStatuses::label(to),
                  [to](const QSqlDatabase &db, qint64 id, const QString &) {
                      QString error;
                      return OrderRepository(db).setStatus(id, to, QString(), &error) ? QString() : error;
                  });
}

void OrdersView::holdSelected()
{
    moveSelected(OrderStatus::OnHold);
}

void OrdersView::releaseSelected()
{
    // Release means "back to new" for held orders only; for any other order it would be a different move.
    runOnSelected(tr("Releasing orders…"), tr("Release"), [](const QSqlDatabase &db, qint64 id, const QString &number) {
        const OrderRepository orders(db);
        const auto order = orders.load(id);
        if (order && order->status != OrderStatus::OnHold)
            return tr("order %1 is not on hold").arg(number);
        QString error;
        return orders.setStatus(id, OrderStatus::New, QString(), &error) ? QString() : error;
    });
}

void OrdersView::cancelSelected()
{
    const int count = static_cast<int>(selectedOrderIds().size());
    if (count == 0 || m_busy)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel orders"),
                                tr("Cancel %Ln order(s)? A cancelled order cannot be reopened.", nullptr, count),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"confirmCancelOrders"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Cancel %Ln order(s)", nullptr, count), QMessageBox::DestructiveRole);
    box->addButton(tr("Keep them"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *button) {
        if (button == confirm)
            moveSelected(OrderStatus::Cancelled);
    });
    box->open();
}

void OrdersView::markReadySelected()
{
    moveSelected(OrderStatus::ReadyToShip);
}

void OrdersView::recheckSelected()
{
    runOnSelected(tr("Checking orders again…"), tr("Check again"),
                  [](const QSqlDatabase &db, qint64 id, const QString &number) {
                      QString error;
                      return OrderRepository(db).recheck(id, &error) ? QString() : tr("%1: %2").arg(number, error);
                  });
}

OrderImportDialog *OrdersView::openImportDialog(const QString &filePath)
{
    if (m_databasePath.isEmpty())
        return nullptr;
    auto *dialog = new OrderImportDialog(m_databasePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!filePath.isEmpty())
        dialog->setFilePath(filePath);
    connect(dialog, &OrderImportDialog::importFinished, this, [this](bool written) {
        if (!written)
            return;
        reload();
        Q_EMIT ordersChanged();
    });
    dialog->open();
    return dialog;
}

void OrdersView::exportOrders(bool selectedOnly)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export orders"), tr("orders.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, selectedOnly);
}

void OrdersView::exportTo(const QString &filePath, bool selectedOnly)
{
    if (!m_model || m_busy)
        return;
    const QList<qint64> ids = selectedOnly ? selectedOrderIds() : QList<qint64>();
    if (selectedOnly && ids.isEmpty())
        return;
    const OrderFilter filter = m_model->filter();
    struct Outcome
    {
        qint64 written = -1;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    const Job job = [filePath, filter, ids, outcome](const QSqlDatabase &db, const QString &openError,
                                                      QPromise<void> &promise) {
        if (!db.isValid()) {
            outcome->error = openError;
            return;
        }
        outcome->written = OrderExporter::exportCsv(db, filePath, filter, ids, &outcome->error, [&promise](int percent) {
            promise.setProgressValue(percent);
            return !promise.isCanceled();
        });
    };
    runJob(tr("Exporting orders…"), job, [this, outcome, filePath] {
        if (outcome->written < 0 && !outcome->error.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export orders"), outcome->error, QMessageBox::Ok, this);
            box->setObjectName(u"exportError"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else if (outcome->written >= 0)
            Q_EMIT statusMessage(tr("Exported %Ln order(s) to %1.", nullptr, static_cast<int>(outcome->written)).arg(filePath));
        Q_EMIT exportFinished(outcome->written, outcome->error);
    });
}

void OrdersView::messageCustomer()
{
    if (!m_detail->hasOrder())
        return;
    auto *dialog = new CustomerMessageDialog(m_db, m_detail->order(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

RecipientEditDialog *OrdersView::editRecipient()
{
    if (!m_detail->hasOrder())
        return nullptr;
    auto *dialog = new RecipientEditDialog(m_db, m_detail->order(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reloadKeepingSelection();
        Q_EMIT statusMessage(tr("Recipient corrected; the order was checked again."));
    });
    dialog->open();
    return dialog;
}

FraudSettingsDialog *OrdersView::editFraudRules()
{
    if (!m_db.isValid())
        return nullptr;
    auto *dialog = new FraudSettingsDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT statusMessage(tr("Fraud rules saved. They apply to orders imported or checked again from now on."));
    });
    dialog->open();
    return dialog;
}

void OrdersView::retranslateUi()
{
    m_placeholder->setText(tr("Select an order to see its lines, addresses, checks and history."));
    m_holdAction->setText(tr("&Hold"));
    m_holdAction->setToolTip(tr("Put the selected orders on hold"));
    m_releaseAction->setText(tr("Re&lease"));
    m_releaseAction->setToolTip(tr("Release the selected orders on hold (back to new)"));
    m_cancelAction->setText(tr("&Cancel order"));
    m_cancelAction->setToolTip(tr("Cancel the selected orders"));
    m_readyAction->setText(tr("Mark read&y to ship"));
    m_recheckAction->setText(tr("Check a&gain"));
    m_recheckAction->setToolTip(tr("Check the selected orders again with today's catalogue, markets and fraud rules"));
    m_messageAction->setText(tr("&Message customer…"));
    m_recipientAction->setText(tr("Edit recipie&nt…"));
    m_recipientAction->setToolTip(tr("Correct the phone, tax ID, language or address, then check the order again"));
    m_fraudAction->setText(tr("Fra&ud rules…"));
    m_importAction->setText(tr("&Import…"));
    m_exportAction->setText(tr("E&xport"));
    m_exportSelectedAction->setText(tr("Export the &selected orders…"));
    m_exportAllAction->setText(tr("Export &all orders the filter shows…"));
    retranslateShippingActions();
    if (m_model) {
        m_model->retranslate();
        fitColumns();
    }
    updateCount();
}

void OrdersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OrdersView::showStatuses(const QList<OrderStatus> &statuses)
{
    m_filterBar->showStatuses(statuses);
}
