#include "mainwindow.h"

#include "backgroundquickcheck.h"
#include "carriersview.h"
#include "catalogview.h"
#include "dashboardview.h"
#include "databasebackup.h"
#include "firstrundialog.h"
#include "dialoggallery.h"
#include "directionalicon.h"
#include "languagemanager.h"
#include "productrepository.h"
#include "marketsview.h"
#include "ordersview.h"
#include "packstationwindow.h"
#include "pricelistsview.h"
#include "printsettings.h"
#include "ratesview.h"
#include "recoverydialog.h"
#include "reportsview.h"
#include "shopsettings.h"

#include <QActionGroup>
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
const QString CatalogueView = u"catalogue"_s;
// Item data of the navigation: the icon's name under :/borderdesk/icons.
constexpr int IconRole = Qt::UserRole + 1;
const QString OrdersViewName = u"orders"_s;
const QString RatesViewName = u"rates"_s;
const QString PricesViewName = u"prices"_s;
const QString MarketsViewName = u"markets"_s;
const QString ShippingViewName = u"shipping"_s;
const QString DashboardViewName = u"dashboard"_s;
const QString ReportsViewName = u"reports"_s;
constexpr int StatusMessageMs = 6000;
} // namespace

MainWindow::MainWindow(LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_settings(std::make_unique<QSettings>())
    , m_printSettings(std::make_unique<PrintSettings>(*m_settings))
    , m_undoStack(new QUndoStack(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_dashboard(new DashboardView(this))
    , m_catalog(new CatalogView(m_undoStack, this))
    , m_orders(new OrdersView(this))
    , m_rates(new RatesView(this))
    , m_markets(new MarketsView(this))
    , m_prices(new PriceListsView(this))
    , m_carriers(new CarriersView(this))
    , m_reports(new ReportsView(this))
    , m_databaseLabel(new QLabel(this))
    , m_integrityCheck(new BackgroundQuickCheck(this))
    , m_integrityCheckDelay(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/borderdesk/icons/borderdesk.svg"_s));
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setMaximumWidth(200);
    // Home first: what waits and where sales come from. Icons of movement (the truck, the rising rate) face the
    // way the language reads; NavigationIcons turns them round for right-to-left.
    const std::tuple<const char16_t *, QString, QWidget *> areas[]{
        {u"dashboard", DashboardViewName, m_dashboard}, {u"catalogue", CatalogueView, m_catalog},
        {u"orders", OrdersViewName, m_orders},          {u"shipping", ShippingViewName, m_carriers},
        {u"reports", ReportsViewName, m_reports},       {u"rates", RatesViewName, m_rates},
        {u"markets", MarketsViewName, m_markets},       {u"prices", PricesViewName, m_prices},
    };
    for (const auto &[icon, name, page] : areas) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setData(Qt::UserRole, name);
        item->setData(IconRole, QString::fromUtf16(icon));
        m_pages->addWidget(page);
    }
    updateNavigationIcons();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // Back on the dashboard: its figures again (a refresh reads only the orders changed since).
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() == m_dashboard && m_connection.isOpen())
            m_dashboard->reload();
    });
    m_navigation->setCurrentRow(0);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({150, 1130});
    setCentralWidget(splitter);

    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    statusBar()->addPermanentWidget(m_databaseLabel);
    connect(m_catalog, &CatalogView::statusMessage, this, &MainWindow::showMessage);
    connect(m_rates, &RatesView::statusMessage, this, &MainWindow::showMessage);
    connect(m_prices, &PriceListsView::statusMessage, this, &MainWindow::showMessage);
    connect(m_markets, &MarketsView::statusMessage, this, &MainWindow::showMessage);
    connect(m_orders, &OrdersView::statusMessage, this, &MainWindow::showMessage);
    connect(m_carriers, &CarriersView::statusMessage, this, &MainWindow::showMessage);
    connect(m_reports, &ReportsView::statusMessage, this, &MainWindow::showMessage);
    connect(m_dashboard, &DashboardView::openOrders, this, [this](const OrderFilter &filter) {
        showView(OrdersViewName);
        m_orders->showStatuses(filter.statuses);
    });
    connect(m_dashboard, &DashboardView::openReports, this, [this] { showView(ReportsViewName); });
    m_reports->setPrintSettings(m_printSettings.get());
    m_orders->setPrintSettings(m_printSettings.get());
    m_catalog->setPrintSettings(m_printSettings.get());
    m_carriers->setPrintSettings(m_printSettings.get());
    // Market changes show up in the catalogue's badges, the price lists and the orders' market filter.
    connect(m_markets, &MarketsView::marketsChanged, m_catalog, &CatalogView::reload);
    connect(m_markets, &MarketsView::marketsChanged, m_orders, &OrdersView::reload);
    connect(m_markets, &MarketsView::marketsChanged, m_prices, &PriceListsView::reload);
    connect(m_catalog, &CatalogView::catalogueChanged, this, &MainWindow::updateStatus);

    createMenus();
    connect(m_integrityCheck, &BackgroundQuickCheck::failed, this, &MainWindow::offerRecovery);
    m_integrityCheckDelay->setSingleShot(true);
    m_integrityCheckDelay->setInterval(1000);
    connect(m_integrityCheckDelay, &QTimer::timeout, this, &MainWindow::startIntegrityCheck);
    retranslateUi();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_integrityCheck->cancel();
    // The views and the pack station hold handles on the connection: let them go before it closes.
    delete m_packStation;
    delete takeCentralWidget();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), QKeySequence::New, this, &MainWindow::newDatabase);
    m_openAction = m_fileMenu->addAction(QString(), QKeySequence::Open, this, &MainWindow::openDatabaseDialog);
    m_backupAction = m_fileMenu->addAction(QString(), this, &MainWindow::backupCopy);
    m_restoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::restoreFromBackup);
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), m_catalog, &CatalogView::importProducts);
    m_exportAction = m_fileMenu->addAction(QString(), m_catalog, &CatalogView::exportProducts);
    m_importOrdersAction = m_fileMenu->addAction(QString(), m_orders, [this] {
        showView(OrdersViewName);
        m_orders->openImportDialog();
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(QString());
    createUndoActions();

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageGroup = new QActionGroup(this);
    for (const LanguageManager::Language &language : LanguageManager::available()) {
        QAction *action = m_languageMenu->addAction(language.nativeName);
        action->setObjectName(u"language_"_s + language.code);
        action->setCheckable(true);
        action->setData(language.code);
        action->setChecked(language.code == m_languages.current());
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { m_languages.switchTo(action->data().toString()); });

    m_shippingMenu = menuBar()->addMenu(QString());
    m_packStationAction = m_shippingMenu->addAction(QString(), this, [this] { openPackStation(); });
    m_packStationAction->setObjectName(u"packStationAction"_s);
    m_packStationAction->setShortcut(Qt::Key_F9);
    m_printersAction = m_shippingMenu->addAction(QString(), m_carriers, &CarriersView::editPrinters);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Borderdesk"),
                           tr("Borderdesk %1\nThe back office for small sellers who sell abroad.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createUndoActions()
{
    // QUndoStack fixes the "Undo %1" prefix when it makes the action, so a new language needs new actions.
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_connection.isOpen() ? tr("Borderdesk – %1").arg(QFileInfo(m_connection.path()).fileName())
                                         : tr("Borderdesk"));
    const QHash<QString, QString> titles{{CatalogueView, tr("Catalogue")},
                                         {OrdersViewName, tr("Orders")},
                                         {RatesViewName, tr("Exchange rates")},
                                         {MarketsViewName, tr("Markets")},
                                         {PricesViewName, tr("Price lists")},
                                         {ShippingViewName, tr("Shipping")},
                                         {DashboardViewName, tr("Dashboard")},
                                         {ReportsViewName, tr("Reports")}};
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        item->setText(titles.value(item->data(Qt::UserRole).toString()));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New database…"));
    m_openAction->setText(tr("&Open database…"));
    m_backupAction->setText(tr("&Backup copy…"));
    m_restoreAction->setText(tr("&Restore from backup…"));
    m_importAction->setText(tr("&Import products…"));
    m_exportAction->setText(tr("&Export products…"));
    m_importOrdersAction->setText(tr("Import &orders…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    createUndoActions();
    m_languageMenu->setTitle(tr("&Language"));
    m_shippingMenu->setTitle(tr("&Shipping"));
    m_packStationAction->setText(tr("&Pack station"));
    m_printersAction->setText(tr("P&rinters and paper…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Borderdesk"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages.current());
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::LayoutDirectionChange)
        updateNavigationIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateNavigationIcons()
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        item->setIcon(DirectionalIcon::forArea(item->data(IconRole).toString(), layoutDirection()));
    }
}

bool MainWindow::isBusy() const
{
    return m_dashboard->isBusy() || m_reports->isBusy();
}

bool MainWindow::showView(const QString &name)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == name) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

std::unique_ptr<QDialog> MainWindow::createDialog(const QString &name)
{
    if (!m_connection.isOpen())
        return nullptr;
    return DialogGallery::create(
        name, {m_connection.database(), m_connection.path(), &m_languages, m_printSettings.get(), this});
}

bool MainWindow::openDatabase(const QString &path, QString *error, bool interactive)
{
    Connection connection = Connection::open(path, error);
    if (!connection.isOpen())
        return false;
    ShopSettings settings(connection.database());
    if (!settings.isConfigured()) {
        QString currency = settings.baseCurrency();
        QString country = settings.homeCountry();
        if (interactive) {
            FirstRunDialog dialog(m_languages, this);
            if (dialog.exec() == QDialog::Accepted) {
                currency = dialog.baseCurrency();
                country = dialog.homeCountry();
            }
        }
        settings.setBaseCurrency(currency);
        settings.setHomeCountry(country);
    }
    m_undoStack->clear();
    m_catalog->setDatabase(connection.database(), connection.path(), settings.baseCurrency(), settings.homeCountry());
    m_orders->setDatabase(connection.database(), connection.path());
    m_rates->setDatabase(connection.database(), connection.path(), settings.baseCurrency());
    m_markets->setDatabase(connection.database());
    m_prices->setDatabase(connection.database(), connection.path());
    m_carriers->setDatabase(connection.database(), connection.path());
    m_reports->setDatabase(connection.database(), connection.path());
    m_dashboard->setDatabase(connection.database(), connection.path());
    m_connection = std::move(connection);
    retranslateUi();
    // After the first screen has its figures: the check reads the whole file, seconds for a million orders.
    m_integrityCheck->cancel();
    m_integrityCheckDelay->start();
    return true;
}

void MainWindow::startIntegrityCheck()
{
    if (m_connection.isOpen() && !m_integrityCheck->isRunning())
        m_integrityCheck->start(m_connection.path());
}

void MainWindow::offerRecovery(const QString &path, const QString &problem)
{
    if (!m_connection.isOpen() || path != m_connection.path())
        return;
    RecoveryDialog recovery(path, problem, this, [this](const QString &backup, QString *kept, QString *error) {
        return restoreDatabase(backup, kept, error);
    });
    if (recovery.exec() == QDialog::Accepted)
        showMessage(tr("Restored from %1; the database it replaced is kept at %2.")
                        .arg(recovery.restoredFrom(), recovery.safetyCopy()));
    else
        close();
}

QWidget *MainWindow::openPackStation(bool fullScreen)
{
    if (!m_connection.isOpen())
        return nullptr;
    // Its own top-level window, so the packer sees nothing else; F10 or Ctrl+Q closes it.
    if (m_packStation) {
        m_packStation->raise();
        m_packStation->activateWindow();
        return m_packStation;
    }
    auto *station = new PackStationWindow(m_connection.database(), *m_printSettings);
    station->setAttribute(Qt::WA_DeleteOnClose);
    // Warehouse staff switch to their own language without a mouse: F12 steps through the languages.
    connect(station, &PackStationWindow::languageRequested, this, [this] {
        const QList<LanguageManager::Language> languages = LanguageManager::available();
        qsizetype index = 0;
        while (index < languages.size() && languages.at(index).code != m_languages.current())
            ++index;
        m_languages.switchTo(languages.at((index + 1) % languages.size()).code);
    });
    m_packStation = station;
    if (fullScreen) {
        station->showFullScreen();
    } else {
        station->resize(1280, 800);
        station->show();
    }
    return station;
}

void MainWindow::updateStatus()
{
    if (!m_connection.isOpen()) {
        m_databaseLabel->setText(tr("No database open"));
        return;
    }
    const qint64 products = ProductRepository(m_connection.database()).count();
    m_databaseLabel->setText(tr("%1 · %Ln product(s)", nullptr, int(products)).arg(m_connection.path()));
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, StatusMessageMs);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), tr("my-shop.sqlite"),
                                                      tr("Borderdesk databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 already exists. Use Open to work with it, or choose a new name.").arg(path));
        return;
    }
    QString error;
    if (!openDatabase(path, &error))
        QMessageBox::critical(this, tr("New database"), error);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QString(),
                                                      tr("Borderdesk databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openDatabase(path, &error))
        QMessageBox::critical(this, tr("Open database"), error);
}

void MainWindow::backupCopy()
{
    if (!m_connection.isOpen())
        return;
    const QString suggestion = QFileInfo(m_connection.path()).completeBaseName() + u"-backup-"_s
                               + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s) + u".sqlite"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Backup copy"), suggestion,
                                                      tr("Borderdesk databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    QString error;
    if (DatabaseBackup::copyTo(m_connection.database(), path, &error))
        showMessage(tr("Backup copy written to %1 and checked.").arg(path));
    else
        QMessageBox::critical(this, tr("Backup copy"), error);
}

void MainWindow::restoreFromBackup()
{
    if (!m_connection.isOpen())
        return;
    const QString backup =
        QFileDialog::getOpenFileName(this, tr("Restore from backup"), QFileInfo(m_connection.path()).absolutePath(),
                                     tr("Borderdesk databases (*.sqlite *.db);;All files (*)"));
    if (backup.isEmpty())
        return;
    // Refuse a bad file before asking anything.
    QString error;
    if (!DatabaseBackup::validate(backup, &error)) {
        QMessageBox::critical(this, tr("Restore from backup"), tr("Nothing was restored: %1").arg(error));
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Restore from backup"),
        tr("Replace everything in %1 by the backup %2?\n\nWhat is in the database now is kept as a copy beside it.")
            .arg(m_connection.path(), backup),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString kept;
    if (restoreDatabase(backup, &kept, &error))
        showMessage(tr("Restored from %1; the database it replaced is kept at %2.").arg(backup, kept));
    else
        QMessageBox::critical(this, tr("Restore from backup"), error);
}

bool MainWindow::restoreDatabase(const QString &backupPath, QString *safetyCopy, QString *error)
{
    if (!m_connection.isOpen())
        return false;
    const QString path = m_connection.path();
    QString problem;
    if (!DatabaseBackup::validate(backupPath, &problem)) {
        *error = tr("Nothing was restored: %1").arg(problem);
        return false;
    }
    // Stop the check, let the views' background readers finish, then close the database so its file can be swapped.
    m_integrityCheck->cancel();
    QElapsedTimer waited;
    waited.start();
    while (isBusy() && waited.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    m_connection = Connection();
    const bool restored = DatabaseBackup::restore(path, backupPath, safetyCopy, &problem);
    QString openError;
    if (!openDatabase(path, &openError, false)) {
        *error = openError;
        return false;
    }
    if (!restored) {
        *error = tr("Nothing was restored: %1").arg(problem);
        return false;
    }
    updateStatus();
    return true;
}
