#include "orderfilterbar.h"

#include "countrycombobox.h"
#include "marketrepository.h"
#include "textfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int SearchDelayMs = 250;
}

OrderFilterBar::OrderFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_market(new QComboBox(this))
    , m_country(new CountryComboBox(this))
    , m_fromEnabled(new QCheckBox(this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_toEnabled(new QCheckBox(this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_minRiskLabel(new QLabel(this))
    , m_minRisk(new QSpinBox(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"orderFilterBar"_s);
    m_search->setObjectName(u"orderSearch"_s);
    m_status->setObjectName(u"orderStatusFilter"_s);
    m_market->setObjectName(u"orderMarketFilter"_s);
    m_country->setObjectName(u"orderCountryFilter"_s);
    m_fromEnabled->setObjectName(u"orderFromEnabled"_s);
    m_from->setObjectName(u"orderFrom"_s);
    m_toEnabled->setObjectName(u"orderToEnabled"_s);
    m_to->setObjectName(u"orderTo"_s);
    m_minRisk->setObjectName(u"orderMinRisk"_s);
    m_count->setObjectName(u"orderCount"_s);

    m_search->setClearButtonEnabled(true);
    // Country and market names differ in length by language: let the boxes shrink and show the rest in the popup.
    for (QComboBox *combo : {m_status, m_market, static_cast<QComboBox *>(m_country)}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setEnabled(false);
    }
    m_minRisk->setRange(0, 100);
    m_minRiskLabel->setBuddy(m_minRisk);

    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_search, 3);
    firstRow->addWidget(m_status, 1);
    firstRow->addWidget(m_market, 1);
    firstRow->addWidget(m_country, 1);
    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(m_fromEnabled);
    secondRow->addWidget(m_from);
    secondRow->addSpacing(8);
    secondRow->addWidget(m_toEnabled);
    secondRow->addWidget(m_to);
    secondRow->addSpacing(8);
    secondRow->addWidget(m_minRiskLabel);
    secondRow->addWidget(m_minRisk);
    secondRow->addStretch(1);
    secondRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(firstRow);
    layout->addLayout(secondRow);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &OrderFilterBar::emitNow);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &OrderFilterBar::emitNow);
    for (QComboBox *combo : {m_status, m_market, static_cast<QComboBox *>(m_country)})
        connect(combo, &QComboBox::currentIndexChanged, this, &OrderFilterBar::emitNow);
    for (auto [enabled, date] : {std::pair{m_fromEnabled, m_from}, std::pair{m_toEnabled, m_to}}) {
        connect(enabled, &QCheckBox::toggled, date, &QDateEdit::setEnabled);
        connect(enabled, &QCheckBox::toggled, this, &OrderFilterBar::emitNow);
        connect(date, &QDateEdit::dateChanged, this, [this, enabled] {
            if (enabled->isChecked())
                emitNow();
        });
    }
    connect(m_minRisk, &QSpinBox::valueChanged, this, &OrderFilterBar::emitNow);
    retranslateUi();
    // The country list starts on its first country until it has an "all" entry to show.
    const QSignalBlocker blocker(m_country);
    m_country->setCurrentCode(QString());
}

void OrderFilterBar::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    refreshMarkets();
}

OrderFilter OrderFilterBar::filter() const
{
    OrderFilter filter;
    const int status = m_status->currentData().toInt();
    if (status == WaitingToShip)
        filter.statuses = waitingToShip();
    else if (status >= 0)
        filter.statuses = {static_cast<OrderStatus>(status)};
    filter.marketCode = m_market->currentData().toString();
    filter.country = m_country->currentCode();
    if (m_fromEnabled->isChecked())
        filter.from = m_from->date();
    if (m_toEnabled->isChecked())
        filter.to = m_to->date();
    filter.minRisk = m_minRisk->value();
    filter.text = m_search->text().trimmed();
    return filter;
}

QList<OrderStatus> OrderFilterBar::waitingToShip()
{
    return {OrderStatus::New, OrderStatus::ReadyToShip, OrderStatus::Picked, OrderStatus::Packed};
}

void OrderFilterBar::showStatuses(const QList<OrderStatus> &statuses)
{
    int wanted = -1;
    if (statuses == waitingToShip())
        wanted = WaitingToShip;
    else if (statuses.size() == 1)
        wanted = static_cast<int>(statuses.front());
    const int index = m_status->findData(wanted);
    if (index == m_status->currentIndex())
        emitNow();
    else
        m_status->setCurrentIndex(qMax(index, 0));
}

void OrderFilterBar::emitNow()
{
    m_searchDelay.stop();
    Q_EMIT filterChanged();
}

void OrderFilterBar::refreshMarkets()
{
    const QSignalBlocker blocker(m_market);
    const QString chosen = m_market->currentData().toString();
    m_market->clear();
    m_market->addItem(tr("All markets"), QString());
    if (m_db.isValid()) {
        for (const Market &market : MarketRepository(m_db).list())
            m_market->addItem(tr("%1 – %2").arg(market.code, market.name), market.code);
    }
    const int index = m_market->findData(chosen);
    m_market->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !chosen.isEmpty())
        Q_EMIT filterChanged(); // the chosen market is gone
}

void OrderFilterBar::setCountText(const QString &text)
{
    m_count->setText(text);
}

void OrderFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void OrderFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search order number, email or ship-to name"));
    {
        const QSignalBlocker blocker(m_status);
        const int index = m_status->currentIndex();
        m_status->clear();
        m_status->addItem(tr("All statuses"), -1);
        m_status->addItem(tr("Waiting to ship"), WaitingToShip);
        for (OrderStatus status : OrderStatuses::all())
            m_status->addItem(OrderStatuses::label(status), static_cast<int>(status));
        m_status->setCurrentIndex(qMax(index, 0));
    }
    refreshMarkets();
    m_country->setNoneText(tr("All countries"));
    m_fromEnabled->setText(tr("&From"));
    m_toEnabled->setText(tr("&To"));
    m_minRiskLabel->setText(tr("&Risk at least"));
    m_minRisk->setSpecialValueText(tr("any"));
    for (QDateEdit *date : {m_from, m_to})
        TextFit::fitDateEdit(date);
}

void OrderFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
