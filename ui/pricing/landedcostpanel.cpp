#include "landedcostpanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

LandedCostPanel::LandedCostPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_lines(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("landedCostPanel"));
    m_title->setObjectName(QStringLiteral("landedCostTitle"));
    m_lines->setObjectName(QStringLiteral("landedCostLines"));
    m_summary->setObjectName(QStringLiteral("landedCostSummary"));
    m_title->setWordWrap(true);
    m_summary->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_lines->setColumnCount(3);
    m_lines->verticalHeader()->setVisible(false);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A long explanation wraps within the "Why" column. Rows follow that column's width as it changes: heights fixed
    // once, before the panel was laid out, were measured against a column a few characters wide and made the first
    // line hundreds of pixels tall.
    m_lines->setWordWrap(true);
    m_lines->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_summary);
    render();
}

void LandedCostPanel::showQuote(const QString &marketCode, const PriceQuote &quote)
{
    m_market = marketCode;
    m_quote = quote;
    render();
}

void LandedCostPanel::showMessage(const QString &message)
{
    m_quote.reset();
    m_market.clear();
    render();
    m_title->setText(message);
}

void LandedCostPanel::clear()
{
    m_quote.reset();
    m_market.clear();
    render();
}

QString LandedCostPanel::headline() const
{
    return m_title->text();
}

int LandedCostPanel::lineCount() const
{
    return m_lines->rowCount();
}

QString LandedCostPanel::lineName(LandedCost::LineKind kind)
{
    switch (kind) {
    case LandedCost::LineKind::Goods:
        return tr("Goods");
    case LandedCost::LineKind::Shipping:
        return tr("Shipping");
    case LandedCost::LineKind::Duty:
        return tr("Duty");
    case LandedCost::LineKind::Tax:
        return tr("VAT/GST");
    case LandedCost::LineKind::Fees:
        return tr("Fees");
    }
    return QString();
}

void LandedCostPanel::render()
{
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Amount"), tr("Why")});
    if (!m_quote) {
        m_title->setText(tr("Select a price to see its landed cost."));
        m_lines->setRowCount(0);
        m_summary->clear();
        return;
    }
    const QLocale locale;
    const PriceQuote &q = *m_quote;
    m_title->setText(tr("%1 into %2 (%3), rates of %4")
                         .arg(q.price.sku, m_market, Market::incotermKey(q.landed.incoterm),
                              locale.toString(q.rateDate, QLocale::ShortFormat)));
    m_lines->setRowCount(int(q.landed.lines.size()) + 1);
    int row = 0;
    for (const LandedCost::Line &line : q.landed.lines) {
        m_lines->setItem(row, 0, new QTableWidgetItem(lineName(line.kind)));
        auto *amount = new QTableWidgetItem(line.amount.format(locale));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, 1, amount);
        m_lines->setItem(row, 2, new QTableWidgetItem(line.explanation));
        ++row;
    }
    auto *totalName = new QTableWidgetItem(tr("Total"));
    QFont bold = totalName->font();
    bold.setBold(true);
    totalName->setFont(bold);
    auto *total = new QTableWidgetItem(q.landed.total.format(locale));
    total->setFont(bold);
    total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->setItem(row, 0, totalName);
    m_lines->setItem(row, 1, total);
    m_lines->setItem(row, 2, new QTableWidgetItem(tr("the lines above, added up")));
    m_summary->setText(tr("The seller pays %1 (shipping%2). Margin after cost: %3.")
                           .arg(q.landed.sellerPays.format(locale),
                                q.landed.incoterm == Market::Incoterm::DDP ? tr(", duty and tax under DDP") : QString(),
                                q.marginInBase.format(locale)));
}

void LandedCostPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}
