#include "reportcontrols.h"

#include "currencycombobox.h"
#include "textfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QList<ReportKind> Kinds{ReportKind::SalesByContinent, ReportKind::SalesBySubregion, ReportKind::SalesByCountry,
                              ReportKind::SalesByMarket,    ReportKind::SalesByMonth,     ReportKind::SalesByChannel,
                              ReportKind::MarketScorecard,  ReportKind::TopProducts,      ReportKind::CarrierSpend};
const QList<ReportPeriod> Periods{ReportPeriod::ThisMonth,  ReportPeriod::LastMonth,    ReportPeriod::Last30Days,
                                  ReportPeriod::Last90Days, ReportPeriod::ThisYear,     ReportPeriod::LastYear,
                                  ReportPeriod::Last12Months, ReportPeriod::AllTime,    ReportPeriod::Custom};

} // namespace

ReportControls::ReportControls(QWidget *parent)
    : QWidget(parent)
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_dash(new QLabel(u"–"_s, this))
    , m_to(new QDateEdit(this))
    , m_currencyLabel(new QLabel(this))
    , m_currency(new CurrencyComboBox(this))
    , m_marketLabel(new QLabel(this))
    , m_market(new QComboBox(this))
    , m_compare(new QCheckBox(this))
{
    setObjectName(u"reportControls"_s);
    m_kind->setObjectName(u"reportKind"_s);
    m_period->setObjectName(u"reportPeriod"_s);
    m_from->setObjectName(u"reportFrom"_s);
    m_to->setObjectName(u"reportTo"_s);
    m_currency->setObjectName(u"reportCurrency"_s);
    m_currency->setMinimumContentsLength(20); // "THB – Thai Baht", "EUR – Euro" whole
    m_market->setObjectName(u"reportMarket"_s);
    m_compare->setObjectName(u"reportCompare"_s);
    for (ReportKind kind : Kinds)
        m_kind->addItem(QString(), static_cast<int>(kind));
    for (ReportPeriod period : Periods)
        m_period->addItem(QString(), static_cast<int>(period));
    m_market->addItem(QString(), QString());
    for (QComboBox *combo : {m_kind, m_period, m_market})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    m_kindLabel->setBuddy(m_kind);
    m_periodLabel->setBuddy(m_period);
    m_currencyLabel->setBuddy(m_currency);
    m_marketLabel->setBuddy(m_market);

    // Two rows, so long words (German, French) and wide scripts keep their room without clipping.
    auto *what = new QHBoxLayout;
    what->addWidget(m_kindLabel);
    what->addWidget(m_kind);
    what->addSpacing(16);
    what->addWidget(m_periodLabel);
    what->addWidget(m_period);
    what->addWidget(m_from);
    what->addWidget(m_dash);
    what->addWidget(m_to);
    what->addStretch();
    auto *how = new QHBoxLayout;
    how->addWidget(m_currencyLabel);
    how->addWidget(m_currency);
    how->addSpacing(16);
    how->addWidget(m_marketLabel);
    how->addWidget(m_market);
    how->addSpacing(16);
    how->addWidget(m_compare);
    how->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(what);
    layout->addLayout(how);

    const auto changedByOperator = [this] {
        updateEnabled();
        Q_EMIT changed();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, changedByOperator);
    connect(m_period, &QComboBox::currentIndexChanged, this, changedByOperator);
    connect(m_currency, &QComboBox::currentIndexChanged, this, changedByOperator);
    connect(m_market, &QComboBox::currentIndexChanged, this, changedByOperator);
    connect(m_compare, &QCheckBox::toggled, this, changedByOperator);
    connect(m_from, &QDateEdit::dateChanged, this, changedByOperator);
    connect(m_to, &QDateEdit::dateChanged, this, changedByOperator);
    retranslateUi();
    updateEnabled();
}

ReportRequest ReportControls::request() const
{
    ReportRequest r;
    r.kind = static_cast<ReportKind>(m_kind->currentData().toInt());
    r.period = static_cast<ReportPeriod>(m_period->currentData().toInt());
    r.customFrom = m_from->date();
    r.customTo = m_to->date();
    r.currency = m_currency->currentCode();
    r.marketCode = m_market->currentData().toString();
    r.comparePrevious = m_compare->isChecked() && m_compare->isEnabled();
    return r;
}

void ReportControls::setMarkets(const QList<std::pair<QString, QString>> &markets)
{
    const QString selected = m_market->currentData().toString();
    {
        const QSignalBlocker blocker(m_market);
        while (m_market->count() > 1)
            m_market->removeItem(1);
        for (const auto &[code, name] : markets)
            m_market->addItem(name.isEmpty() || name == code ? code : tr("%1 (%2)").arg(name, code), code);
        const int index = m_market->findData(selected);
        m_market->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (m_market->currentData().toString() != selected)
        Q_EMIT changed();
}

void ReportControls::setBaseCurrency(const QString &code)
{
    const QSignalBlocker blocker(m_currency);
    m_currency->setCurrentCode(code);
}

void ReportControls::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void ReportControls::setPeriod(ReportPeriod period)
{
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(period)));
}

void ReportControls::setCustomRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    if (request().period == ReportPeriod::Custom) {
        Q_EMIT changed();
        return;
    }
    setPeriod(ReportPeriod::Custom);
}

void ReportControls::setCurrency(const QString &code)
{
    m_currency->setCurrentCode(code);
}

void ReportControls::setMarket(const QString &code)
{
    m_market->setCurrentIndex(std::max(0, m_market->findData(code)));
}

void ReportControls::setComparePrevious(bool compare)
{
    m_compare->setChecked(compare);
}

void ReportControls::updateEnabled()
{
    const ReportRequest r = request();
    const bool custom = r.period == ReportPeriod::Custom;
    m_from->setVisible(custom);
    m_dash->setVisible(custom);
    m_to->setVisible(custom);
    // The scorecard always compares; months, products and carriers have no "previous" column.
    const bool comparable = ReportQuery::isSalesKind(r.kind) && r.kind != ReportKind::SalesByMonth
                            && r.kind != ReportKind::MarketScorecard && r.period != ReportPeriod::AllTime;
    m_compare->setEnabled(comparable);
}

void ReportControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportControls::retranslateUi()
{
    m_kindLabel->setText(tr("&Report:"));
    m_periodLabel->setText(tr("&Period:"));
    m_currencyLabel->setText(tr("C&urrency:"));
    m_marketLabel->setText(tr("&Market:"));
    m_compare->setText(tr("&Compare with the previous period"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindName(static_cast<ReportKind>(m_kind->itemData(i).toInt())));
    for (int i = 0; i < m_period->count(); ++i)
        m_period->setItemText(i, periodName(static_cast<ReportPeriod>(m_period->itemData(i).toInt())));
    m_market->setItemText(0, tr("All markets"));
    for (QDateEdit *edit : {m_from, m_to})
        TextFit::fitDateEdit(edit);
}

QString ReportControls::kindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::SalesByContinent: return tr("Sales by region (continent)");
    case ReportKind::SalesBySubregion: return tr("Sales by sub-region");
    case ReportKind::SalesByCountry: return tr("Sales by country");
    case ReportKind::SalesByMarket: return tr("Sales by market");
    case ReportKind::SalesByMonth: return tr("Sales by month");
    case ReportKind::SalesByChannel: return tr("Sales by channel");
    case ReportKind::MarketScorecard: return tr("Market scorecard");
    case ReportKind::TopProducts: return tr("Top products");
    case ReportKind::CarrierSpend: return tr("Carrier spend");
    }
    return {};
}

QString ReportControls::periodName(ReportPeriod period)
{
    switch (period) {
    case ReportPeriod::ThisMonth: return tr("This month");
    case ReportPeriod::LastMonth: return tr("Last month");
    case ReportPeriod::Last30Days: return tr("Last 30 days");
    case ReportPeriod::Last90Days: return tr("Last 90 days");
    case ReportPeriod::ThisYear: return tr("This year");
    case ReportPeriod::LastYear: return tr("Last year");
    case ReportPeriod::Last12Months: return tr("Last 12 months");
    case ReportPeriod::AllTime: return tr("All time");
    case ReportPeriod::Custom: return tr("Custom…");
    }
    return {};
}
