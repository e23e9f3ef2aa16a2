#pragma once

#include "pricelist.h"

#include <QWidget>

class QLabel;
class QTableWidget;

// Shows one price quote as a landed-cost breakdown: each line with its amount and the rule behind it, the total,
// what the seller pays under the Incoterm, and the margin in the base currency.
class LandedCostPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LandedCostPanel)

public:
    explicit LandedCostPanel(QWidget *parent = nullptr);

    void showQuote(const QString &marketCode, const PriceQuote &quote);
    void showMessage(const QString &message);
    void clear();
    QString headline() const;
    int lineCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    static QString lineName(LandedCost::LineKind kind);

    QLabel *m_title;
    QTableWidget *m_lines;
    QLabel *m_summary;
    QString m_market;
    std::optional<PriceQuote> m_quote;
};
