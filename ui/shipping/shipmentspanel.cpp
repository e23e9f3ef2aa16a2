#include "shipmentspanel.h"

#include "carrierrepository.h"
#include "documentprinter.h"
#include "orderrepository.h"
#include "rateshopdialog.h"
#include "shipmentbooking.h"
#include "shippingdocumentbuilder.h"
#include "shopsettings.h"
#include "units.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int ShipmentIdRole = Qt::UserRole + 1;
constexpr int PackageSeqRole = Qt::UserRole + 2;
enum TreeColumn { ItemColumn, ServiceColumn, StatusColumn, CostColumn, WeightColumn, TrackingColumn, TreeColumns };
const QList<OrderDocuments::Kind> Kinds{OrderDocuments::Kind::Label, OrderDocuments::Kind::Customs,
                                        OrderDocuments::Kind::PackingSlip};

} // namespace

ShipmentsPanel::ShipmentsPanel(QWidget *parent)
    : QWidget(parent)
    , m_refusalLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_rateShopButton(new QPushButton(this))
    , m_shippedButton(new QPushButton(this))
    , m_trackingButton(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"shipmentsPanel"_s);
    m_refusalLabel->setObjectName(u"shipmentRefusals"_s);
    m_tree->setObjectName(u"shipmentTree"_s);
    m_rateShopButton->setObjectName(u"rateShopButton"_s);
    m_shippedButton->setObjectName(u"markShippedButton"_s);
    m_trackingButton->setObjectName(u"trackingButton"_s);
    m_message->setObjectName(u"shipmentMessage"_s);
    for (QLabel *label : {m_refusalLabel, m_emptyLabel, m_message}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_refusalLabel->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_tree->setColumnCount(TreeColumns);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *documents = new QGridLayout;
    const QStringList names{u"label"_s, u"customs"_s, u"packingSlip"_s};
    for (int row = 0; row < Kinds.size(); ++row) {
        const OrderDocuments::Kind kind = Kinds.at(row);
        auto *label = new QLabel(this);
        auto *previewButton = new QPushButton(this);
        auto *printButton = new QPushButton(this);
        previewButton->setObjectName(names.at(row) + u"PreviewButton"_s);
        printButton->setObjectName(names.at(row) + u"PrintButton"_s);
        documents->addWidget(label, row, 0);
        documents->addWidget(previewButton, row, 1);
        documents->addWidget(printButton, row, 2);
        m_documentLabels.append(label);
        m_previewButtons.insert(int(kind), previewButton);
        m_printButtons.insert(int(kind), printButton);
        connect(previewButton, &QPushButton::clicked, this, [this, kind] { preview(kind); });
        connect(printButton, &QPushButton::clicked, this, [this, kind] { print(kind); });
    }
    documents->setRowStretch(int(Kinds.size()), 1);
    auto *actions = new QVBoxLayout;
    actions->addWidget(m_rateShopButton);
    actions->addWidget(m_trackingButton);
    actions->addWidget(m_shippedButton);
    actions->addLayout(documents);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_refusalLabel);
    listColumn->addWidget(m_emptyLabel);
    listColumn->addWidget(m_tree, 1);
    listColumn->addWidget(m_message);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(listColumn, 3);
    layout->addLayout(actions, 1);

    connect(m_rateShopButton, &QPushButton::clicked, this, &ShipmentsPanel::openRateShop);
    connect(m_shippedButton, &QPushButton::clicked, this, &ShipmentsPanel::markShipped);
    connect(m_trackingButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString number = QInputDialog::getText(this, tr("Tracking number"),
                                                     tr("Type or scan the carrier's tracking number:"),
                                                     QLineEdit::Normal, QString(), &ok);
        if (ok && !number.trimmed().isEmpty())
            setTrackingNumber(number);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ShipmentsPanel::updateButtons);
    retranslateUi();
    refresh();
}

void ShipmentsPanel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_orderId = 0;
    refresh();
}

void ShipmentsPanel::setPrintSettings(PrintSettings *settings)
{
    m_printSettings = settings;
    updateButtons();
}

void ShipmentsPanel::showOrder(qint64 orderId)
{
    m_orderId = orderId;
    m_message->clear();
    m_message->hide();
    refresh();
}

void ShipmentsPanel::refresh()
{
    m_shipments.clear();
    m_refusals.clear();
    if (m_db.isValid() && m_orderId > 0) {
        m_shipments = ShipmentRepository(m_db).forOrder(m_orderId);
        m_refusals = OrderDocuments::refusals(m_db, m_orderId);
        const auto order = OrderRepository(m_db).load(m_orderId);
        m_international = !order || order->shipTo.country != ShopSettings(m_db).homeCountry();
    }
    fillTree();
    retranslateUi();
}

void ShipmentsPanel::fillTree()
{
    m_tree->clear();
    const QLocale locale;
    const CarrierRepository carriers(m_db);
    QTreeWidgetItem *latest = nullptr;
    for (const Shipment &s : std::as_const(m_shipments)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(ItemColumn, ShipmentIdRole, s.id);
        item->setText(ItemColumn, tr("Shipment %1").arg(s.id));
        item->setText(ServiceColumn, s.serviceCode);
        item->setText(StatusColumn, Shipment::statusLabel(s.status));
        item->setText(CostColumn, s.cost.format(locale));
        item->setTextAlignment(CostColumn, Qt::AlignTrailing | Qt::AlignVCenter);
        item->setText(WeightColumn, Units::formatWeight(s.billableWeightG, Units::System::Metric, locale));
        item->setText(TrackingColumn, s.customsForm.isEmpty() ? QString() : tr("customs form %1").arg(s.customsForm));
        const auto carrier = carriers.carrier(s.carrierCode);
        for (const ShipmentPackage &p : s.packages) {
            auto *child = new QTreeWidgetItem(item);
            child->setData(ItemColumn, ShipmentIdRole, s.id);
            child->setData(ItemColumn, PackageSeqRole, p.seq);
            child->setText(ItemColumn, tr("Package %1").arg(p.seq));
            child->setText(WeightColumn, Units::formatWeight(p.parcel.weightG, Units::System::Metric, locale));
            if (p.trackingNumber.isEmpty()) {
                child->setText(TrackingColumn, tr("no tracking number yet"));
                continue;
            }
            const QString link = carrier ? carrier->trackingLink(p.trackingNumber) : QString();
            auto *label = new QLabel(m_tree);
            label->setObjectName(u"trackingLink%1_%2"_s.arg(s.id).arg(p.seq));
            label->setTextFormat(Qt::RichText);
            label->setOpenExternalLinks(true);
            label->setTextInteractionFlags(Qt::TextBrowserInteraction);
            QString text = link.isEmpty() ? p.trackingNumber.toHtmlEscaped()
                                          : u"<a href=\"%1\">%2</a>"_s.arg(link.toHtmlEscaped(),
                                                                         p.trackingNumber.toHtmlEscaped());
            if (!p.trackingNote.isEmpty())
                text += u" — "_s + p.trackingNote.toHtmlEscaped();
            label->setText(text);
            label->setToolTip(link);
            m_tree->setItemWidget(child, TrackingColumn, label);
        }
        latest = item;
    }
    m_tree->expandAll();
    if (latest)
        m_tree->setCurrentItem(latest);
}

std::optional<Shipment> ShipmentsPanel::currentShipment() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const qint64 id = item ? item->data(ItemColumn, ShipmentIdRole).toLongLong() : 0;
    for (const Shipment &s : m_shipments) {
        if (s.id == id)
            return s;
    }
    if (m_shipments.isEmpty())
        return std::nullopt;
    return m_shipments.constLast();
}

void ShipmentsPanel::updateButtons()
{
    const auto shipment = currentShipment();
    const bool mayPrint = m_orderId > 0 && m_refusals.isEmpty() && m_printSettings;
    for (OrderDocuments::Kind kind : Kinds) {
        // The label and the customs papers name the carrier and the packages: they need a booked shipment.
        bool enabled = mayPrint && (kind == OrderDocuments::Kind::PackingSlip || shipment.has_value());
        if (kind == OrderDocuments::Kind::Customs)
            enabled = enabled && m_international;
        m_previewButtons.value(int(kind))->setEnabled(enabled);
        m_printButtons.value(int(kind))->setEnabled(enabled);
    }
    m_rateShopButton->setEnabled(m_orderId > 0 && m_db.isValid());
    m_trackingButton->setEnabled(shipment && shipment->status != u"cancelled" && shipment->status != u"returned");
    m_shippedButton->setEnabled(m_orderId > 0 && m_refusals.isEmpty() && shipment
                                && (shipment->status == u"created" || shipment->status == u"label_printed"));
    const QString customs = !m_international          ? tr("Customs papers (not needed at home)")
                            : shipment && !shipment->customsForm.isEmpty() ? tr("Customs form %1").arg(shipment->customsForm)
                            : shipment && shipment->customsForm.isEmpty()  ? tr("Commercial invoice")
                                                                           : tr("Customs form or invoice");
    m_documentLabels.at(1)->setText(customs);
}

std::shared_ptr<PrintableDocument> ShipmentsPanel::document(OrderDocuments::Kind kind, QString *error) const
{
    const auto shipment = currentShipment();
    const auto content = ShippingDocumentBuilder(m_db).build(m_orderId, shipment ? shipment->id : 0, error);
    if (!content)
        return nullptr;
    auto made = OrderDocuments::make(*content, kind);
    if (!made)
        *error = tr("This parcel stays in the country: it needs no customs papers.");
    return made;
}

bool ShipmentsPanel::preview(OrderDocuments::Kind kind)
{
    if (!m_printSettings || !m_refusals.isEmpty())
        return false;
    QString error;
    const auto made = document(kind, &error);
    if (!made) {
        showProblem(error);
        return false;
    }
    DocumentPrinter printer(*m_printSettings);
    const PrintResult result = printer.preview(*made, this);
    if (result.status == PrintResult::Status::Failed)
        showProblem(result.error);
    return result.ok();
}

bool ShipmentsPanel::print(OrderDocuments::Kind kind)
{
    if (!m_printSettings || !m_refusals.isEmpty())
        return false;
    QString error;
    const auto made = document(kind, &error);
    if (!made) {
        showProblem(error);
        return false;
    }
    DocumentPrinter printer(*m_printSettings);
    const PrintResult result = printer.printWithDialog(*made, this);
    if (result.status == PrintResult::Status::Failed)
        showProblem(result.error);
    if (!result.ok())
        return false;
    // Once its label is printed the shipment is packed, and the order moves on with it.
    const auto shipment = currentShipment();
    if (kind == OrderDocuments::Kind::Label && shipment && shipment->status == u"created") {
        if (!ShipmentBooking(m_db).markPacked(shipment->id, &error))
            showProblem(error);
        refresh();
        Q_EMIT shipmentsChanged();
    }
    Q_EMIT statusMessage(tr("%1 sent to the printer.").arg(made->title()));
    return true;
}

bool ShipmentsPanel::markShipped()
{
    const auto shipment = currentShipment();
    if (!shipment || !m_refusals.isEmpty())
        return false;
    QString error;
    if (!ShipmentBooking(m_db).markShipped(shipment->id, &error)) {
        showProblem(error);
        return false;
    }
    refresh();
    Q_EMIT statusMessage(tr("Shipment %1 is shipped.").arg(shipment->id));
    Q_EMIT shipmentsChanged();
    return true;
}

bool ShipmentsPanel::setTrackingNumber(const QString &number)
{
    const auto shipment = currentShipment();
    if (!shipment)
        return false;
    const QTreeWidgetItem *item = m_tree->currentItem();
    const int seq = item && item->data(ItemColumn, PackageSeqRole).toInt() > 0
                        ? item->data(ItemColumn, PackageSeqRole).toInt()
                        : 1;
    QString error;
    QStringList warnings;
    if (!ShipmentBooking(m_db).setTracking(shipment->id, seq, number, &warnings, &error)) {
        showProblem(error);
        return false;
    }
    refresh();
    if (!warnings.isEmpty())
        showProblem(warnings.join(u'\n'));
    Q_EMIT statusMessage(tr("Tracking number of package %1 saved.").arg(seq));
    Q_EMIT shipmentsChanged();
    return true;
}

RateShopDialog *ShipmentsPanel::openRateShop()
{
    if (m_orderId <= 0 || !m_db.isValid())
        return nullptr;
    auto *dialog = new RateShopDialog(m_db, m_orderId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RateShopDialog::shipmentCreated, this, [this] {
        refresh();
        Q_EMIT shipmentsChanged();
    });
    dialog->open();
    return dialog;
}

void ShipmentsPanel::showProblem(const QString &text)
{
    m_message->setText(text);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->setVisible(!text.isEmpty());
}

void ShipmentsPanel::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Shipment"), tr("Service"), tr("Status"), tr("Cost"), tr("Weight"), tr("Tracking")});
    m_refusalLabel->setText(tr("No label for this order: %1").arg(m_refusals.join(u"; "_s)));
    m_refusalLabel->setVisible(m_orderId > 0 && !m_refusals.isEmpty());
    m_emptyLabel->setText(tr("No shipment yet. Rate shop to choose a service and create one."));
    m_emptyLabel->setVisible(m_orderId > 0 && m_shipments.isEmpty());
    m_rateShopButton->setText(tr("Rate shop / create &shipment…"));
    m_shippedButton->setText(tr("Mark shi&pped"));
    m_trackingButton->setText(tr("&Tracking number…"));
    m_documentLabels.at(0)->setText(tr("Shipping label"));
    m_documentLabels.at(2)->setText(tr("Packing slip"));
    for (QPushButton *button : std::as_const(m_previewButtons))
        button->setText(tr("Preview"));
    for (QPushButton *button : std::as_const(m_printButtons))
        button->setText(tr("Print…"));
    updateButtons();
}

void ShipmentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
