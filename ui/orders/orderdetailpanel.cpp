#include "orderdetailpanel.h"

#include "phonenumber.h"
#include "shipmentspanel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QColor Blocking(0xb0, 0x00, 0x20);
const QColor Advice(0x8a, 0x5a, 0x00);

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QTableWidget *readOnlyTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

OrderDetailPanel::OrderDetailPanel(QWidget *parent)
    : QTabWidget(parent)
    , m_summaryPage(new QWidget(this))
    , m_orderBox(new QGroupBox(m_summaryPage))
    , m_orderForm(new QFormLayout(m_orderBox))
    , m_numberLabel(new QLabel(m_orderBox))
    , m_number(valueLabel(m_orderBox, u"orderNumber"_s))
    , m_createdLabel(new QLabel(m_orderBox))
    , m_created(valueLabel(m_orderBox, u"orderCreated"_s))
    , m_statusLabel(new QLabel(m_orderBox))
    , m_status(valueLabel(m_orderBox, u"orderStatus"_s))
    , m_totalLabel(new QLabel(m_orderBox))
    , m_total(valueLabel(m_orderBox, u"orderTotal"_s))
    , m_customerLabel(new QLabel(m_orderBox))
    , m_customer(valueLabel(m_orderBox, u"orderCustomer"_s))
    , m_phoneLabel(new QLabel(m_orderBox))
    , m_phone(valueLabel(m_orderBox, u"orderPhone"_s))
    , m_taxIdLabel(new QLabel(m_orderBox))
    , m_taxId(valueLabel(m_orderBox, u"orderTaxId"_s))
    , m_serviceLabel(new QLabel(m_orderBox))
    , m_service(valueLabel(m_orderBox, u"orderService"_s))
    , m_shipToBox(new QGroupBox(m_summaryPage))
    , m_shipTo(valueLabel(m_shipToBox, u"shipToAddress"_s))
    , m_billToBox(new QGroupBox(m_summaryPage))
    , m_billTo(valueLabel(m_billToBox, u"billToAddress"_s))
    , m_lines(readOnlyTable(this, u"orderLines"_s))
    , m_checksPage(new QWidget(this))
    , m_shipVerdict(valueLabel(m_checksPage, u"shipVerdict"_s))
    , m_problemsLabel(new QLabel(m_checksPage))
    , m_problems(new QListWidget(m_checksPage))
    , m_reasonsLabel(new QLabel(m_checksPage))
    , m_reasons(readOnlyTable(m_checksPage, u"riskReasons"_s))
    , m_riskTotal(valueLabel(m_checksPage, u"riskTotal"_s))
    , m_historyTable(readOnlyTable(this, u"orderHistory"_s))
    , m_shipments(new ShipmentsPanel(this))
{
    setObjectName(u"orderDetail"_s);
    m_orderForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_orderForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_orderForm->addRow(m_numberLabel, m_number);
    m_orderForm->addRow(m_createdLabel, m_created);
    m_orderForm->addRow(m_statusLabel, m_status);
    m_orderForm->addRow(m_totalLabel, m_total);
    m_orderForm->addRow(m_customerLabel, m_customer);
    m_orderForm->addRow(m_phoneLabel, m_phone);
    m_orderForm->addRow(m_taxIdLabel, m_taxId);
    m_orderForm->addRow(m_serviceLabel, m_service);
    for (auto [box, label] : {std::pair{m_shipToBox, m_shipTo}, std::pair{m_billToBox, m_billTo}}) {
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(label);
        boxLayout->addStretch();
    }
    auto *summaryLayout = new QHBoxLayout(m_summaryPage);
    summaryLayout->addWidget(m_orderBox, 2);
    summaryLayout->addWidget(m_shipToBox, 1);
    summaryLayout->addWidget(m_billToBox, 1);
    // Long addresses and translations grow downwards; a scroll bar beats clipping.
    auto *summaryScroll = new QScrollArea(this);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setWidget(m_summaryPage);

    m_problems->setObjectName(u"orderProblems"_s);
    m_problems->setWordWrap(true);
    m_problemsLabel->setBuddy(m_problems);
    m_reasonsLabel->setBuddy(m_reasons);
    // What stops shipping beside what makes it risky: side by side, so both lists get the panel's height.
    auto *problemsColumn = new QVBoxLayout;
    problemsColumn->addWidget(m_shipVerdict);
    problemsColumn->addWidget(m_problemsLabel);
    problemsColumn->addWidget(m_problems, 1);
    auto *reasonsColumn = new QVBoxLayout;
    reasonsColumn->addWidget(m_riskTotal);
    reasonsColumn->addWidget(m_reasonsLabel);
    reasonsColumn->addWidget(m_reasons, 1);
    auto *checksLayout = new QHBoxLayout(m_checksPage);
    checksLayout->addLayout(problemsColumn, 1);
    checksLayout->addLayout(reasonsColumn, 1);

    addTab(summaryScroll, QString());
    addTab(m_lines, QString());
    addTab(m_checksPage, QString());
    addTab(m_historyTable, QString());
    addTab(m_shipments, QString());
    retranslateUi();
    clear();
}

void OrderDetailPanel::showOrder(const Order &order, const StoredOrderCheck &check,
                                 const QList<OrderHistoryEntry> &history, int holdThreshold)
{
    m_order = order;
    m_check = check;
    m_history = history;
    m_holdThreshold = holdThreshold;
    setEnabled(true);
    fill();
    m_shipments->showOrder(order.id);
}

void OrderDetailPanel::clear()
{
    m_order = Order();
    m_check = StoredOrderCheck();
    m_history.clear();
    setEnabled(false);
    fill();
    m_shipments->showOrder(0);
}

void OrderDetailPanel::fill()
{
    fillSummary();
    fillLines();
    fillChecks();
    fillHistory();
    setTabText(1, hasOrder() ? tr("Lines (%L1)").arg(m_order.lines.size()) : tr("Lines"));
    const int blocking = static_cast<int>(std::count_if(m_check.problems.cbegin(), m_check.problems.cend(),
                                                        [](const OrderProblem &p) { return p.blocking; }));
    setTabText(2, blocking > 0 ? tr("Checks (%Ln blocking)", nullptr, blocking) : tr("Checks"));
}

void OrderDetailPanel::fillSummary()
{
    const Order &o = m_order;
    if (!hasOrder()) {
        for (QLabel *label : {m_number, m_created, m_status, m_total, m_customer, m_phone, m_taxId, m_service, m_shipTo,
                              m_billTo})
            label->clear();
        return;
    }
    const QLocale locale;
    m_number->setText(tr("%1 (%2, order %3)").arg(o.number, o.channel, o.channelOrderId));
    m_created->setText(o.paidAt.isValid() ? tr("%1, paid %2").arg(localTime(o.createdAt), localTime(o.paidAt))
                                          : tr("%1, not paid").arg(localTime(o.createdAt)));
    m_status->setText(OrderStatuses::label(o.status));
    auto money = [&o, &locale](qint64 minor) { return Money(minor, o.currency).format(locale); };
    m_total->setText(tr("%1\ngoods %2 · discount %3 · shipping %4 · tax %5")
                         .arg(money(o.totalMinor), money(o.subtotalMinor), money(o.discountMinor),
                              money(o.shippingMinor), money(o.taxMinor)));
    const QString name = o.customer.name.isEmpty() ? o.billTo.name : o.customer.name;
    m_customer->setText(o.customer.email.isEmpty() ? name
                        : name.isEmpty()           ? o.customer.email
                                                   : tr("%1 <%2>").arg(name, o.customer.email));
    const QString phone = !o.shipTo.phone.isEmpty() ? o.shipTo.phone : o.customer.phone;
    m_phone->setText(phone.isEmpty() ? tr("none") : PhoneNumber::formatInternational(phone));
    m_taxId->setText(o.customer.taxId.isEmpty() ? tr("none") : o.customer.taxId);
    QStringList service;
    for (const QString &part : {o.shipService, o.incoterm, o.marketCode.isEmpty() ? QString() : tr("market %1").arg(o.marketCode)}) {
        if (!part.isEmpty())
            service.append(part);
    }
    m_service->setText(service.join(u" · "_s));
    m_shipTo->setText(o.shipTo.isEmpty() ? tr("No ship-to address") : AddressFormat::lines(o.shipTo).join(u'\n'));
    m_billTo->setText(o.billTo.isEmpty() ? tr("No billing address") : AddressFormat::lines(o.billTo).join(u'\n'));
}

void OrderDetailPanel::fillLines()
{
    m_lines->setRowCount(static_cast<int>(m_order.lines.size()));
    const QLocale locale;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const OrderLine &line = m_order.lines.at(row);
        auto *sku = new QTableWidgetItem(line.sku);
        auto *name = new QTableWidgetItem(line.name);
        auto *quantity = new QTableWidgetItem(locale.toString(line.quantity));
        quantity->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        auto *price = new QTableWidgetItem(Money(line.unitPriceMinor, m_order.currency).format(locale));
        price->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        const bool known = line.productId > 0;
        auto *catalogue = new QTableWidgetItem(known ? tr("In catalogue") : tr("Not in catalogue"));
        if (!known)
            catalogue->setForeground(Blocking);
        const QList<QTableWidgetItem *> cells{sku, name, quantity, price, catalogue};
        for (int column = 0; column < cells.size(); ++column)
            m_lines->setItem(row, column, cells.at(column));
    }
}

void OrderDetailPanel::fillChecks()
{
    m_problems->clear();
    m_reasons->setRowCount(0);
    if (!hasOrder()) {
        m_shipVerdict->clear();
        m_riskTotal->clear();
        return;
    }
    int blocking = 0;
    for (const OrderProblem &problem : std::as_const(m_check.problems)) {
        auto *item = new QListWidgetItem(problem.blocking ? tr("Blocks shipping: %1").arg(problem.message())
                                                          : tr("To look at: %1").arg(problem.message()),
                                         m_problems);
        item->setForeground(problem.blocking ? Blocking : Advice);
        blocking += problem.blocking ? 1 : 0;
    }
    if (m_check.problems.isEmpty())
        new QListWidgetItem(tr("No problems found."), m_problems);
    m_shipVerdict->setText(blocking > 0 ? tr("This order cannot ship until %Ln problem(s) are solved.", nullptr, blocking)
                                        : tr("Nothing stops this order from shipping."));
    m_shipVerdict->setStyleSheet(blocking > 0 ? u"color: #b00020; font-weight: bold;"_s : QString());

    m_reasons->setRowCount(static_cast<int>(m_check.reasons.size()));
    const QLocale locale;
    for (int row = 0; row < m_reasons->rowCount(); ++row) {
        const RiskReason &reason = m_check.reasons.at(row);
        auto *points = new QTableWidgetItem(locale.toString(reason.weight));
        points->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_reasons->setItem(row, 0, points);
        m_reasons->setItem(row, 1, new QTableWidgetItem(reason.message()));
    }
    QString total = tr("Risk score: %1 of 100. Orders at %2 or more go on hold.")
                        .arg(locale.toString(m_check.riskScore), locale.toString(m_holdThreshold));
    if (m_check.checkedAt.isValid())
        total += u' ' + tr("Checked %1.").arg(localTime(m_check.checkedAt));
    m_riskTotal->setText(total);
    m_riskTotal->setStyleSheet(m_check.riskScore >= m_holdThreshold ? u"color: #b00020;"_s : QString());
}

QString OrderDetailPanel::eventText(const OrderHistoryEntry &entry) const
{
    if (entry.event == u"imported"_s)
        return tr("Imported");
    if (entry.event == u"updated"_s)
        return tr("Updated by an import");
    if (entry.event == u"status"_s)
        return tr("Status changed");
    if (entry.event == u"checked"_s)
        return tr("Checked");
    return entry.event;
}

QString OrderDetailPanel::changeText(const OrderHistoryEntry &entry) const
{
    if (entry.event == u"checked"_s)
        return tr("risk %1").arg(entry.newValue);
    auto status = [](const QString &key) {
        const auto s = OrderStatuses::fromKey(key);
        return s ? OrderStatuses::label(*s) : key;
    };
    if (entry.oldValue.isEmpty())
        return status(entry.newValue);
    return tr("%1 → %2").arg(status(entry.oldValue), status(entry.newValue));
}

void OrderDetailPanel::fillHistory()
{
    m_historyTable->setRowCount(static_cast<int>(m_history.size()));
    for (int row = 0; row < m_historyTable->rowCount(); ++row) {
        const OrderHistoryEntry &entry = m_history.at(row);
        const QStringList cells{localTime(entry.at), entry.actor, eventText(entry), changeText(entry), entry.note};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_historyTable->setItem(row, column, item);
        }
    }
    if (m_historyTable->rowCount() > 0)
        m_historyTable->scrollToBottom();
}

void OrderDetailPanel::retranslateUi()
{
    setTabText(0, tr("Order"));
    setTabText(3, tr("History"));
    setTabText(4, tr("Shipments"));
    m_orderBox->setTitle(tr("Order"));
    m_shipToBox->setTitle(tr("Ship to"));
    m_billToBox->setTitle(tr("Bill to"));
    m_numberLabel->setText(tr("Number:"));
    m_createdLabel->setText(tr("Created:"));
    m_statusLabel->setText(tr("Status:"));
    m_totalLabel->setText(tr("Total:"));
    m_customerLabel->setText(tr("Customer:"));
    m_phoneLabel->setText(tr("Phone:"));
    m_taxIdLabel->setText(tr("Tax ID:"));
    m_serviceLabel->setText(tr("Shipping:"));
    m_problemsLabel->setText(tr("&Problems:"));
    m_reasonsLabel->setText(tr("&Risk reasons:"));
    m_lines->setColumnCount(5);
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Name"), tr("Qty"), tr("Unit price"), tr("Catalogue")});
    m_lines->horizontalHeader()->setStretchLastSection(false);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_reasons->setColumnCount(2);
    m_reasons->setHorizontalHeaderLabels({tr("Points"), tr("Reason")});
    m_historyTable->setColumnCount(5);
    m_historyTable->setHorizontalHeaderLabels({tr("Time"), tr("By"), tr("Event"), tr("Change"), tr("Note")});
}

void OrderDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QTabWidget::changeEvent(event);
}
