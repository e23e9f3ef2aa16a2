#pragma once

#include "connection.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class BackgroundQuickCheck;
class CarriersView;
class DashboardView;
class ReportsView;
class CatalogView;
class LanguageManager;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QUndoStack;
class MarketsView;
class OrdersView;
class PriceListsView;
class RatesView;
class PrintSettings;
class QDialog;
class QSettings;

// The shell: navigation to the feature areas that exist, the File/Edit/Language menus and the status bar.
// Features live in their own ui/ folders; this window only hosts them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database and shows it; asks the first-run questions for a new shop when interactive.
    // A second later its quick_check starts in the background; if it fails, the recovery dialog offers the backups.
    bool openDatabase(const QString &path, QString *error, bool interactive = true);
    QString databasePath() const { return m_connection.path(); }
    CatalogView *catalogView() const { return m_catalog; }
    RatesView *ratesView() const { return m_rates; }
    PriceListsView *priceListsView() const { return m_prices; }
    MarketsView *marketsView() const { return m_markets; }
    OrdersView *ordersView() const { return m_orders; }
    CarriersView *carriersView() const { return m_carriers; }
    DashboardView *dashboardView() const { return m_dashboard; }
    ReportsView *reportsView() const { return m_reports; }
    // The pack station on the open database, full screen (or at 1280×800 for screenshots and tests).
    QWidget *openPackStation(bool fullScreen = true);
    QUndoStack *undoStack() const { return m_undoStack; }
    // True while the dashboard or the reports still read their figures in the background.
    bool isBusy() const;
    // The background quick_check of the open database (see openDatabase).
    BackgroundQuickCheck *integrityCheck() const { return m_integrityCheck; }
    // Replaces the open database by a backup (validated first; what it replaces is kept beside it) and shows the
    // restored shop. On failure the database is unchanged, reopened, and *error says why. *safetyCopy gets the kept file.
    bool restoreDatabase(const QString &backupPath, QString *safetyCopy, QString *error);
    // Shows a feature area by its name ("catalogue"); false if there is no such area.
    bool showView(const QString &name);
    // One of the dialogs of DialogGallery::names() on the open database, not yet shown; null if unknown.
    std::unique_ptr<QDialog> createDialog(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateNavigationIcons();
    void createMenus();
    void createUndoActions();
    void retranslateUi();
    void updateStatus();
    void newDatabase();
    void openDatabaseDialog();
    void backupCopy();
    void restoreFromBackup();
    void showMessage(const QString &message);
    void startIntegrityCheck();
    void offerRecovery(const QString &path, const QString &problem);

    LanguageManager &m_languages;
    Connection m_connection;
    std::unique_ptr<QSettings> m_settings;           // this OS user's settings on this machine
    std::unique_ptr<PrintSettings> m_printSettings;  // printers and paper per document type
    QUndoStack *m_undoStack;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    DashboardView *m_dashboard;
    CatalogView *m_catalog;
    OrdersView *m_orders;
    RatesView *m_rates;
    MarketsView *m_markets;
    PriceListsView *m_prices;
    CarriersView *m_carriers;
    ReportsView *m_reports;
    QLabel *m_databaseLabel;
    QPointer<QWidget> m_packStation;
    BackgroundQuickCheck *m_integrityCheck;
    QTimer *m_integrityCheckDelay; // restarted by every open, so a quick reopen checks once

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importOrdersAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_shippingMenu = nullptr;
    QAction *m_packStationAction = nullptr;
    QAction *m_printersAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};
