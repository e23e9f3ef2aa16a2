#pragma once

#include <QSqlDatabase>
#include <QWidget>

class PrintSettings;
class QAction;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolBar;
class RateCardWidget;
class RateShopDialog;
class ServiceEditDialog;
class ServiceTableModel;
class ShipFromDialog;
struct ShippingService;

// The carriers page: every shipping service with its carrier, currency, divisor, fuel surcharge, transit days and
// countries; the selected service's rate card (weight brackets × zones, and each zone's countries, extra price
// and transit days); editing a service, switching it off, removing it; rate-card CSV import and export; the
// ship-from address, the default-service rule and the printers.
class CarriersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarriersView)

public:
    explicit CarriersView(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db, const QString &databasePath);
    // Where the Printers… button keeps its choices; without it the button is off.
    void setPrintSettings(PrintSettings *settings);

    ServiceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RateCardWidget *rateCard() const { return m_card; }
    QString currentServiceCode() const;
    void selectService(const QString &code);

public Q_SLOTS:
    void reload();
    // All or nothing: a file with problems lists every one ("file:line: column: problem") and changes nothing.
    bool importRateCards(const QString &filePath);
    bool exportRateCards(const QString &filePath);
    ServiceEditDialog *editCurrentService(); // opens the dialog (returned for tests)
    bool setServiceActive(const QString &code, bool active);
    bool removeService(const QString &code);
    ShipFromDialog *editShipFrom();
    RateShopDialog *openRateShop(); // ad hoc: a country, a weight, a box
    void editPrinters();
    bool saveRule();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // Services were imported, edited, switched or removed: rate shopping elsewhere should ask again.
    void servicesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void showCurrentService();
    void loadRule();
    void updateActions();
    void retranslateUi();
    bool saveEdited(const ServiceEditDialog &dialog);
    void showError(const QString &title, const QString &text, const QString &details = QString());

    QSqlDatabase m_db;
    QString m_databasePath;
    PrintSettings *m_printSettings = nullptr;
    ServiceTableModel *m_model;

    QToolBar *m_toolBar;
    QTableView *m_table;
    RateCardWidget *m_card;
    QGroupBox *m_ruleBox;
    QLabel *m_maxDaysLabel;
    QSpinBox *m_maxDays;
    QLabel *m_packagingLabel;
    QSpinBox *m_packaging;
    QPushButton *m_saveRule;

    QAction *m_editAction;
    QAction *m_toggleAction;
    QAction *m_removeAction;
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_shipFromAction;
    QAction *m_printersAction;
    QAction *m_rateShopAction;
};
