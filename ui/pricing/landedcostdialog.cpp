#include "landedcostdialog.h"

#include "landedcostpanel.h"
#include "marketrepository.h"
#include "pricelist.h"
#include "textfit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

LandedCostDialog::LandedCostDialog(const QSqlDatabase &db, const QString &sku, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_sku(sku)
    , m_marketLabel(new QLabel(this))
    , m_market(new QComboBox(this))
    , m_incoterm(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_panel(new LandedCostPanel(this))
{
    setObjectName(QStringLiteral("landedCostDialog"));
    m_market->setObjectName(QStringLiteral("landedCostMarket"));
    m_incoterm->setObjectName(QStringLiteral("landedCostIncoterm"));
    resize(880, 460);
    m_date->setCalendarPopup(true);
    for (const Market &market : MarketRepository(db).list())
        m_market->addItem(market.code + QStringLiteral(" – ") + market.name, market.code);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_marketLabel);
    choices->addWidget(m_market, 1);
    choices->addWidget(m_incoterm);
    choices->addWidget(m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    retranslateUi();
    for (QComboBox *combo : {m_market, m_incoterm})
        connect(combo, &QComboBox::currentIndexChanged, this, &LandedCostDialog::recalculate);
    connect(m_date, &QDateEdit::dateChanged, this, &LandedCostDialog::recalculate);
    recalculate();
}

void LandedCostDialog::setMarket(const QString &code)
{
    m_market->setCurrentIndex(m_market->findData(code));
}

void LandedCostDialog::setIncoterm(const QString &incoterm)
{
    m_incoterm->setCurrentIndex(qMax(0, m_incoterm->findData(incoterm)));
}

void LandedCostDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

void LandedCostDialog::recalculate()
{
    const QString code = m_market->currentData().toString();
    if (code.isEmpty())
        return;
    std::optional<Market::Incoterm> incoterm;
    const QString chosen = m_incoterm->currentData().toString();
    if (!chosen.isEmpty())
        incoterm = chosen == u"DDP" ? Market::Incoterm::DDP : Market::Incoterm::DAP;
    QString error;
    const auto quote = PriceListService(m_db).quote(m_sku, code, incoterm, m_date->date(), &error);
    if (quote)
        m_panel->showQuote(code, *quote);
    else
        m_panel->showMessage(error);
}

void LandedCostDialog::retranslateUi()
{
    setWindowTitle(tr("Landed cost of %1").arg(m_sku));
    m_marketLabel->setText(tr("Market:"));
    TextFit::fitDateEdit(m_date);
    const QSignalBlocker blocker(m_incoterm);
    const int current = qMax(0, m_incoterm->currentIndex());
    m_incoterm->clear();
    m_incoterm->addItem(tr("Market's Incoterm"), QString());
    m_incoterm->addItem(tr("DAP – buyer pays duty and tax"), QStringLiteral("DAP"));
    m_incoterm->addItem(tr("DDP – seller pays duty and tax"), QStringLiteral("DDP"));
    m_incoterm->setCurrentIndex(current);
}

void LandedCostDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        recalculate();
    }
    QDialog::changeEvent(event);
}
