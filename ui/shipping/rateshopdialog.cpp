#include "rateshopdialog.h"

#include "carrierrepository.h"
#include "country.h"
#include "countrycombobox.h"
#include "orderrepository.h"
#include "packagerows.h"
#include "quotetablemodel.h"
#include "rateshopping.h"
#include "shipmentbooking.h"
#include "tableselection.h"
#include "units.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RateShopDialog::RateShopDialog(const QSqlDatabase &db, qint64 orderId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_orderId(orderId)
    , m_model(new QuoteTableModel(this))
    , m_intro(new QLabel(this))
    , m_refusalLabel(new QLabel(this))
    , m_parcelBox(new QGroupBox(this))
    , m_countryLabel(new QLabel(m_parcelBox))
    , m_country(new CountryComboBox(m_parcelBox))
    , m_weightLabel(new QLabel(m_parcelBox))
    , m_weight(new QLineEdit(m_parcelBox))
    , m_dimensionsLabel(new QLabel(m_parcelBox))
    , m_dimensions(new QLineEdit(m_parcelBox))
    , m_countLabel(new QLabel(m_parcelBox))
    , m_count(new QSpinBox(m_parcelBox))
    , m_packages(new PackageRows(m_parcelBox))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_createButton(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
{
    setObjectName(u"rateShopDialog"_s);
    m_country->setObjectName(u"rateShopCountry"_s);
    m_weight->setObjectName(u"rateShopWeight"_s);
    m_dimensions->setObjectName(u"rateShopDimensions"_s);
    m_count->setObjectName(u"packageCount"_s);
    m_table->setObjectName(u"quoteTable"_s);
    m_message->setObjectName(u"rateShopMessage"_s);
    m_refusalLabel->setObjectName(u"rateShopRefusals"_s);
    m_createButton->setObjectName(u"createShipmentButton"_s);
    for (QLabel *label : {m_intro, m_refusalLabel, m_message}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_refusalLabel->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_count->setRange(1, 50);
    m_country->setMinimumContentsLength(28);
    const int digit = m_weight->fontMetrics().horizontalAdvance(u"0"_s);
    m_weight->setMinimumWidth(digit * 16);
    m_dimensions->setMinimumWidth(digit * 24);
    m_countryLabel->setBuddy(m_country);
    m_weightLabel->setBuddy(m_weight);
    m_dimensionsLabel->setBuddy(m_dimensions);
    m_countLabel->setBuddy(m_count);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 12);

    auto *parcelForm = new QFormLayout(m_parcelBox);
    parcelForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    parcelForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (const CarrierRepository repo(m_db); const Carrier &carrier : repo.carriers())
        m_carriers.insert(carrier.code, carrier);
    if (m_orderId > 0) {
        m_order = OrderRepository(m_db).load(m_orderId);
        m_refusals = m_order ? ShipmentBooking(m_db).refusals(m_orderId) : QStringList{tr("The order is gone.")};
        const Parcel first = m_order ? RateShopping(m_db).parcelFor(*m_order, &m_parcelNote) : Parcel();
        m_packages->setCount(1, first);
        parcelForm->addRow(m_countLabel, m_count);
        parcelForm->addRow(m_packages);
        m_packages->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        for (QWidget *adHoc : std::initializer_list<QWidget *>{m_countryLabel, m_country, m_weightLabel, m_weight,
                                                               m_dimensionsLabel, m_dimensions})
            adHoc->hide();
        connect(m_count, &QSpinBox::valueChanged, this, [this](int count) { m_packages->setCount(count, Parcel()); });
        connect(m_packages, &PackageRows::parcelsEdited, this, &RateShopDialog::requote);
        connect(m_packages, &PackageRows::trackingEdited, this, &RateShopDialog::updateCreate);
    } else {
        m_country->setCurrentCode(u"DE"_s);
        m_weight->setText(Units::formatWeight(1000, Units::System::Metric, QLocale()));
        parcelForm->addRow(m_countryLabel, m_country);
        parcelForm->addRow(m_weightLabel, m_weight);
        parcelForm->addRow(m_dimensionsLabel, m_dimensions);
        for (QWidget *orderOnly : std::initializer_list<QWidget *>{m_countLabel, m_count, m_packages, m_refusalLabel})
            orderOnly->hide();
        m_createButton->hide();
        connect(m_country, &QComboBox::currentIndexChanged, this, &RateShopDialog::requote);
        connect(m_weight, &QLineEdit::textChanged, this, &RateShopDialog::requote);
        connect(m_dimensions, &QLineEdit::textChanged, this, &RateShopDialog::requote);
    }
    m_refusalLabel->setVisible(!m_refusals.isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_refusalLabel);
    layout->addWidget(m_parcelBox);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RateShopDialog::reject);
    connect(m_createButton, &QPushButton::clicked, this, &RateShopDialog::createShipment);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RateShopDialog::updateCreate);
    resize(980, 640);
    retranslateUi();
    requote();
}

RateShopDialog::~RateShopDialog() = default;

std::optional<QList<Parcel>> RateShopDialog::parcels(QString *error) const
{
    if (m_order)
        return m_packages->parcels(error);
    const auto grams = Units::parseWeight(m_weight->text().trimmed(), u"kg", QLocale());
    if (!grams || *grams <= 0) {
        *error = tr("Type the weight: 1.2 (kg), 850 g or 3 lb.");
        return std::nullopt;
    }
    if (m_dimensions->text().trimmed().isEmpty())
        return QList<Parcel>{Parcel{*grams, 0, 0, 0}};
    QString why;
    const auto sized = Parcel::parseDimensions(m_dimensions->text().trimmed(), *grams, &why);
    if (!sized) {
        *error = tr("Size: %1").arg(why);
        return std::nullopt;
    }
    return QList<Parcel>{*sized};
}

void RateShopDialog::requote()
{
    const QString previous = selectedServiceCode();
    QString error;
    const auto typed = parcels(&error);
    const QString country = m_order ? m_order->shipTo.country : m_country->currentCode();
    if (!typed || country.isEmpty()) {
        m_model->setQuotes({}, {});
        showMessage(typed ? tr("Choose the destination country.") : error, true);
        updateCreate();
        return;
    }
    const RateShopping::Result result =
        RateShopping(m_db).quote(country, *typed, m_order ? m_order->isExpress() : false);
    QHash<QString, QString> names;
    for (const Carrier &carrier : std::as_const(m_carriers))
        names.insert(carrier.code, carrier.name);
    m_model->setQuotes(result.quotes, names);
    if (result.quotes.isEmpty())
        showMessage(tr("No active service ships to %1.").arg(Country::displayName(country)), true);
    else if (!m_created)
        showMessage(QString(), false);
    if (previous.isEmpty() || !selectService(previous))
        selectDefault();
    updateCreate();
}

void RateShopDialog::selectDefault()
{
    const int row = m_model->defaultRow();
    if (row >= 0)
        TableSelection::selectRow(m_table, row);
}

QString RateShopDialog::selectedServiceCode() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->quoteAt(rows.constFirst().row()).serviceCode;
}

bool RateShopDialog::selectService(const QString &code)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RateQuote quote = m_model->quoteAt(row);
        if (quote.serviceCode == code && quote.available) {
            TableSelection::selectRow(m_table, row);
            return true;
        }
    }
    return false;
}

void RateShopDialog::updateCreate()
{
    if (!m_order)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const RateQuote quote = rows.isEmpty() ? RateQuote() : m_model->quoteAt(rows.constFirst().row());
    // Checked against the chosen service's carrier, so a UPS number on a DHL shipment is caught as it is typed.
    const bool numbersOk = m_packages->checkTracking(m_carriers.value(quote.carrierCode).trackingKind);
    m_createButton->setEnabled(!m_created && m_refusals.isEmpty() && quote.available && numbersOk);
}

bool RateShopDialog::createShipment()
{
    if (!m_order || m_created)
        return false;
    QString error;
    const auto typed = parcels(&error);
    const QString service = selectedServiceCode();
    if (typed && service.isEmpty())
        error = tr("Choose a service.");
    QStringList warnings;
    std::optional<Shipment> shipment;
    if (typed && !service.isEmpty())
        shipment = ShipmentBooking(m_db).create(m_orderId, {service, *typed, m_packages->trackingNumbers()},
                                                &warnings, &error);
    if (!shipment) {
        showMessage(tr("No shipment was created: %1").arg(error), true);
        return false;
    }
    m_created = shipment;
    QString text = tr("Shipment %1 created with %2 for %3.")
                       .arg(QString::number(shipment->id), shipment->serviceCode, shipment->cost.format(QLocale()));
    for (const QString &warning : std::as_const(warnings))
        text += u'\n' + tr("Warning: %1").arg(warning);
    showMessage(text, !warnings.isEmpty());
    updateCreate();
    Q_EMIT shipmentCreated(shipment->id);
    return true;
}

void RateShopDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"color: #b00020;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

void RateShopDialog::retranslateUi()
{
    if (m_order) {
        setWindowTitle(tr("Ship order %1").arg(m_order->number));
        m_intro->setText(tr("Order %1 to %2. Estimated parcel: %3.")
                             .arg(m_order->number, Country::displayName(m_order->shipTo.country), m_parcelNote));
        m_refusalLabel->setText(tr("This order may not get a label: %1").arg(m_refusals.join(u"; "_s)));
    } else {
        setWindowTitle(tr("Rate shopping"));
        m_intro->setText(tr("Every active service's price for one parcel; the shop's default service is in bold."));
    }
    m_parcelBox->setTitle(m_order ? tr("Packages") : tr("Parcel"));
    m_countryLabel->setText(tr("&Country:"));
    m_weightLabel->setText(tr("&Weight:"));
    m_weight->setPlaceholderText(tr("e.g. 1.2 kg"));
    m_dimensionsLabel->setText(tr("&Size (L×W×H cm):"));
    m_dimensions->setPlaceholderText(tr("e.g. 40x30x20, or empty"));
    m_countLabel->setText(tr("&Number of packages:"));
    m_createButton->setText(tr("C&reate shipment"));
    m_model->retranslate();
}

void RateShopDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
