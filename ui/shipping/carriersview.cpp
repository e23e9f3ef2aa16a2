#include "carriersview.h"

#include "carrierrepository.h"
#include "printsettingsdialog.h"
#include "ratecardwidget.h"
#include "rateshopdialog.h"
#include "rateshopping.h"
#include "serviceeditdialog.h"
#include "servicetablemodel.h"
#include "shipfromdialog.h"
#include "shopsettings.h"
#include "writeerror.h"
#include "writetransaction.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CarriersView::CarriersView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ServiceTableModel(this))
    , m_toolBar(new QToolBar(this))
    , m_table(new QTableView(this))
    , m_card(new RateCardWidget(this))
    , m_ruleBox(new QGroupBox(this))
    , m_maxDaysLabel(new QLabel(m_ruleBox))
    , m_maxDays(new QSpinBox(m_ruleBox))
    , m_packagingLabel(new QLabel(m_ruleBox))
    , m_packaging(new QSpinBox(m_ruleBox))
    , m_saveRule(new QPushButton(m_ruleBox))
    , m_editAction(new QAction(this))
    , m_toggleAction(new QAction(this))
    , m_removeAction(new QAction(this))
    , m_importAction(new QAction(this))
    , m_exportAction(new QAction(this))
    , m_shipFromAction(new QAction(this))
    , m_printersAction(new QAction(this))
    , m_rateShopAction(new QAction(this))
{
    setObjectName(u"carriersView"_s);
    buildActions();
    m_table->setObjectName(u"serviceTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ServiceTableModel::Service, QHeaderView::Stretch);
    m_maxDays->setObjectName(u"ruleMaxDays"_s);
    m_maxDays->setRange(0, 60);
    m_packaging->setObjectName(u"rulePackagingWeight"_s);
    m_packaging->setRange(0, 20000);
    m_packaging->setSingleStep(10);
    m_saveRule->setObjectName(u"saveRuleButton"_s);
    m_maxDaysLabel->setBuddy(m_maxDays);
    m_packagingLabel->setBuddy(m_packaging);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_card);
    splitter->setSizes({280, 420});

    auto *ruleLayout = new QHBoxLayout(m_ruleBox);
    ruleLayout->addWidget(m_maxDaysLabel);
    ruleLayout->addWidget(m_maxDays);
    ruleLayout->addSpacing(16);
    ruleLayout->addWidget(m_packagingLabel);
    ruleLayout->addWidget(m_packaging);
    ruleLayout->addStretch();
    ruleLayout->addWidget(m_saveRule);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_ruleBox);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CarriersView::showCurrentService);
    connect(m_table, &QTableView::doubleClicked, this, &CarriersView::editCurrentService);
    connect(m_saveRule, &QPushButton::clicked, this, &CarriersView::saveRule);
    retranslateUi();
    updateActions();
}

void CarriersView::buildActions()
{
    m_toolBar->setObjectName(u"carrierActions"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setFloatable(false);
    m_toolBar->setMovable(false);
    const QList<std::pair<QAction *, QString>> named{
        {m_editAction, u"editService"_s},       {m_toggleAction, u"toggleService"_s},
        {m_removeAction, u"removeService"_s},   {m_importAction, u"importRateCards"_s},
        {m_exportAction, u"exportRateCards"_s}, {m_shipFromAction, u"shipFrom"_s},
        {m_printersAction, u"printers"_s},      {m_rateShopAction, u"rateShop"_s}};
    for (const auto &[action, name] : named) {
        action->setObjectName(name + u"Action"_s);
        m_toolBar->addAction(action);
        if (action == m_removeAction || action == m_exportAction || action == m_printersAction)
            m_toolBar->addSeparator();
    }
    connect(m_editAction, &QAction::triggered, this, &CarriersView::editCurrentService);
    connect(m_toggleAction, &QAction::triggered, this, [this] {
        const ShippingService s = m_model->serviceAt(m_table->currentIndex().row());
        if (!s.code.isEmpty())
            setServiceActive(s.code, !s.active);
    });
    connect(m_removeAction, &QAction::triggered, this, [this] {
        const QString code = currentServiceCode();
        if (code.isEmpty())
            return;
        auto *box = new QMessageBox(QMessageBox::Question, tr("Remove service"),
                                    tr("Remove %1 and its rate card? Shipments already booked keep their price.")
                                        .arg(code),
                                    QMessageBox::NoButton, this);
        box->setObjectName(u"confirmRemoveService"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
        box->addButton(QMessageBox::Cancel);
        connect(box, &QMessageBox::buttonClicked, this, [this, remove, code](QAbstractButton *button) {
            if (button == remove)
                removeService(code);
        });
        box->open();
    });
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import rate cards"), QString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importRateCards(path);
    });
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export rate cards"), tr("rate-cards.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportRateCards(path);
    });
    connect(m_shipFromAction, &QAction::triggered, this, &CarriersView::editShipFrom);
    connect(m_printersAction, &QAction::triggered, this, &CarriersView::editPrinters);
    connect(m_rateShopAction, &QAction::triggered, this, &CarriersView::openRateShop);
}

void CarriersView::setDatabase(const QSqlDatabase &db, const QString &databasePath)
{
    m_db = db;
    m_databasePath = databasePath;
    reload();
    loadRule();
}

void CarriersView::setPrintSettings(PrintSettings *settings)
{
    m_printSettings = settings;
    updateActions();
}

void CarriersView::reload()
{
    if (!m_db.isValid())
        return;
    const QString current = currentServiceCode();
    const CarrierRepository repo(m_db);
    m_model->setServices(repo.services(), repo.carriers());
    selectService(current.isEmpty() && m_model->rowCount() > 0 ? m_model->serviceAt(0).code : current);
    showCurrentService();
}

QString CarriersView::currentServiceCode() const
{
    return m_model->serviceAt(m_table->currentIndex().row()).code;
}

void CarriersView::selectService(const QString &code)
{
    const int row = m_model->rowOfCode(code);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void CarriersView::showCurrentService()
{
    const ShippingService s = m_model->serviceAt(m_table->currentIndex().row());
    m_card->setService(s);
    updateActions();
}

void CarriersView::loadRule()
{
    const RateShopping shopping(m_db);
    m_maxDays->setValue(shopping.maxTransitDays());
    m_packaging->setValue(int(shopping.packagingWeightG()));
}

bool CarriersView::saveRule()
{
    if (!m_db.isValid())
        return false;
    WriteTransaction transaction(m_db);
    QString error = transaction.error();
    const bool ok = transaction.isActive() && RateShopping(m_db).setMaxTransitDays(m_maxDays->value(), &error)
                    && ShopSettings(m_db).setValue(u"packaging_weight_g"_s, QString::number(m_packaging->value()),
                                                   &error)
                    && transaction.commit(&error);
    if (!ok) {
        showError(tr("Default service"), tr("The rule was not saved: %1").arg(error));
        return false;
    }
    Q_EMIT statusMessage(m_maxDays->value() > 0
                             ? tr("Default service: the cheapest arriving within %Ln day(s).", nullptr,
                                  m_maxDays->value())
                             : tr("Default service: the cheapest."));
    Q_EMIT servicesChanged();
    return true;
}

bool CarriersView::importRateCards(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Import rate cards"), tr("%1 cannot be read: %2").arg(filePath, file.errorString()));
        return false;
    }
    QList<ImportIssue> issues;
    const auto services = RateCardCsv::read(file.readAll(), QFileInfo(filePath).fileName(), &issues);
    if (!services) {
        QStringList lines;
        for (const ImportIssue &issue : std::as_const(issues))
            lines.append(issue.toString());
        showError(tr("Import rate cards"),
                  tr("Nothing was imported: %Ln problem(s) in the file.", nullptr, int(lines.size())),
                  lines.join(u'\n'));
        return false;
    }
    QString error;
    if (!CarrierRepository(m_db).importServices(*services, &error)) {
        showError(tr("Import rate cards"), tr("Nothing was imported: %1").arg(error));
        return false;
    }
    reload();
    if (!services->isEmpty())
        selectService(services->constFirst().code);
    Q_EMIT statusMessage(tr("%Ln rate card(s) imported.", nullptr, int(services->size())));
    Q_EMIT servicesChanged();
    return true;
}

bool CarriersView::exportRateCards(const QString &filePath)
{
    QSaveFile file(filePath);
    const QByteArray bytes = RateCardCsv::write(CarrierRepository(m_db).services());
    QString error;
    if (!file.open(QIODevice::WriteOnly)) {
        error = WriteError::fromFile(file);
    } else {
        file.write(bytes);
        WriteError::commit(file, &error);
    }
    if (!error.isEmpty()) {
        showError(tr("Export rate cards"), tr("%1 cannot be written: %2").arg(filePath, error));
        return false;
    }
    Q_EMIT statusMessage(tr("Rate cards written to %1.").arg(filePath));
    return true;
}

ServiceEditDialog *CarriersView::editCurrentService()
{
    const ShippingService s = m_model->serviceAt(m_table->currentIndex().row());
    if (s.code.isEmpty())
        return nullptr;
    const auto carrier = CarrierRepository(m_db).carrier(s.carrierCode);
    auto *dialog = new ServiceEditDialog(s, carrier.value_or(Carrier{0, s.carrierCode, s.carrierCode, {}, {}, true}),
                                         this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveEdited(*dialog); });
    dialog->open();
    return dialog;
}

bool CarriersView::saveEdited(const ServiceEditDialog &dialog)
{
    const CarrierRepository repo(m_db);
    WriteTransaction transaction(m_db);
    QString error = transaction.error();
    const bool ok = transaction.isActive() && repo.saveCarrier(dialog.carrier(), &error)
                    && repo.saveService(dialog.service(), &error) && transaction.commit(&error);
    if (!ok) {
        showError(tr("Edit service"), tr("The service was not saved: %1").arg(error));
        return false;
    }
    reload();
    Q_EMIT statusMessage(tr("%1 saved.").arg(dialog.service().name));
    Q_EMIT servicesChanged();
    return true;
}

bool CarriersView::setServiceActive(const QString &code, bool active)
{
    const CarrierRepository repo(m_db);
    auto service = repo.service(code);
    if (!service)
        return false;
    service->active = active;
    WriteTransaction transaction(m_db);
    QString error = transaction.error();
    if (!transaction.isActive() || !repo.saveService(*service, &error) || !transaction.commit(&error)) {
        showError(tr("Switch service"), tr("%1 was not changed: %2").arg(code, error));
        return false;
    }
    reload();
    Q_EMIT statusMessage(active ? tr("%1 is offered in rate shopping again.").arg(service->name)
                                : tr("%1 is switched off: rate shopping no longer offers it.").arg(service->name));
    Q_EMIT servicesChanged();
    return true;
}

bool CarriersView::removeService(const QString &code)
{
    QString error;
    WriteTransaction transaction(m_db);
    error = transaction.error();
    if (!transaction.isActive() || !CarrierRepository(m_db).removeService(code, &error) || !transaction.commit(&error)) {
        showError(tr("Remove service"), tr("%1 was not removed: %2").arg(code, error));
        return false;
    }
    reload();
    Q_EMIT statusMessage(tr("%1 removed.").arg(code));
    Q_EMIT servicesChanged();
    return true;
}

ShipFromDialog *CarriersView::editShipFrom()
{
    if (!m_db.isValid())
        return nullptr;
    auto *dialog = new ShipFromDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { Q_EMIT statusMessage(tr("Ship-from address saved.")); });
    dialog->open();
    return dialog;
}

RateShopDialog *CarriersView::openRateShop()
{
    if (!m_db.isValid())
        return nullptr;
    auto *dialog = new RateShopDialog(m_db, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CarriersView::editPrinters()
{
    if (!m_printSettings)
        return;
    auto *dialog = new PrintSettingsDialog(*m_printSettings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CarriersView::showError(const QString &title, const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(u"carriersError"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Every problem, not only the first: the operator fixes the file once.
    if (!details.isEmpty()) {
        box->setInformativeText(details.section(u'\n', 0, 9));
        box->setDetailedText(details);
    }
    box->open();
}

void CarriersView::updateActions()
{
    const ShippingService s = m_model->serviceAt(m_table->currentIndex().row());
    const bool open = m_db.isValid();
    m_editAction->setEnabled(!s.code.isEmpty());
    m_toggleAction->setEnabled(!s.code.isEmpty());
    m_toggleAction->setText(s.code.isEmpty() || s.active ? tr("Switch &off") : tr("Switch &on"));
    m_removeAction->setEnabled(!s.code.isEmpty());
    m_importAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    m_shipFromAction->setEnabled(open);
    m_printersAction->setEnabled(m_printSettings != nullptr);
    m_rateShopAction->setEnabled(open);
    m_ruleBox->setEnabled(open);
}

void CarriersView::retranslateUi()
{
    m_editAction->setText(tr("&Edit…"));
    m_editAction->setToolTip(tr("Edit the service's fields and its carrier's name and tracking link"));
    m_removeAction->setText(tr("&Remove…"));
    m_importAction->setText(tr("&Import rate cards…"));
    m_exportAction->setText(tr("E&xport rate cards…"));
    m_shipFromAction->setText(tr("Ship-&from address…"));
    m_printersAction->setText(tr("&Printers…"));
    m_rateShopAction->setText(tr("Ra&te shop…"));
    m_rateShopAction->setToolTip(tr("Compare every active service's price for a parcel to a country"));
    m_ruleBox->setTitle(tr("Default service"));
    m_maxDaysLabel->setText(tr("The cheapest arriving &within (days, 0 = any):"));
    m_packagingLabel->setText(tr("&Packaging weight (g):"));
    m_saveRule->setText(tr("&Save rule"));
    m_model->retranslate();
    showCurrentService();
}

void CarriersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
