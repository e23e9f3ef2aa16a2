#pragma once

#include "reportquery.h"

#include <QWidget>

class CurrencyComboBox;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

// What a report shows: its kind, the period (a preset or two days), the currency, the market and whether to
// compare with the period before. Says changed() on every change the operator makes.
class ReportControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportControls)

public:
    explicit ReportControls(QWidget *parent = nullptr);

    ReportRequest request() const;
    // Markets offered by the filter (code and name), after "All markets".
    void setMarkets(const QList<std::pair<QString, QString>> &markets);
    // The currency chosen until the operator picks another.
    void setBaseCurrency(const QString &code);

    void setKind(ReportKind kind);
    void setPeriod(ReportPeriod period);
    void setCustomRange(const QDate &from, const QDate &to); // also switches to Custom
    void setCurrency(const QString &code);
    void setMarket(const QString &code);
    void setComparePrevious(bool compare);

    static QString kindName(ReportKind kind);
    static QString periodName(ReportPeriod period);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QDateEdit *m_from;
    QLabel *m_dash;
    QDateEdit *m_to;
    QLabel *m_currencyLabel;
    CurrencyComboBox *m_currency;
    QLabel *m_marketLabel;
    QComboBox *m_market;
    QCheckBox *m_compare;
};
