#pragma once

#include "market.h"

#include <QWidget>

#include <optional>

class CountryComboBox;
class CurrencyComboBox;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// A form for one market's whole set-up (taxes, duties, thresholds, rounding, restricted goods), naming every
// problem as the seller types.
class MarketEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketEditor)

public:
    explicit MarketEditor(QWidget *parent = nullptr);

    // Shows a market; its code can no longer be changed once it has one (it is the key other data refers to).
    void setMarket(const Market &market);
    // The market as typed, or nullopt with the reasons in problems (each naming its field).
    std::optional<Market> market(QStringList *problems = nullptr) const;
    QStringList problems() const;

Q_SIGNALS:
    // The seller changed something (not sent by setMarket).
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void edited();
    void revalidate();
    void retranslateUi();
    void addDutyRateRow(const DutyRate &rate);
    void addRestrictionRow(const MarketRestriction &restriction);
    void setLabel(QWidget *field, const QString &text);
    void readRows(Market &market, QStringList &problems) const;

    bool m_loading = false;
    QGroupBox *m_marketGroup;
    QGroupBox *m_taxGroup;
    QGroupBox *m_priceGroup;
    QGroupBox *m_restrictionGroup;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_countries;
    CountryComboBox *m_countryPicker;
    CurrencyComboBox *m_currency;
    QLineEdit *m_language;
    QDateEdit *m_asOf;
    QLineEdit *m_vat;
    QLineEdit *m_duty;
    QTableWidget *m_dutyRates;
    QPushButton *m_addDutyRate;
    QPushButton *m_removeDutyRate;
    QComboBox *m_valuation;
    QLineEdit *m_dutyThreshold;
    QLineEdit *m_taxThreshold;
    QLineEdit *m_flatDuty;
    QCheckBox *m_sellerCollects;
    QComboBox *m_incoterm;
    QLineEdit *m_requiredTaxId;
    QComboBox *m_priceBasis;
    QLineEdit *m_markup;
    QLineEdit *m_rounding;
    QLabel *m_roundingDescription;
    QLineEdit *m_reprice;
    QLineEdit *m_shipping;
    QTableWidget *m_restrictions;
    QPushButton *m_addRestriction;
    QPushButton *m_removeRestriction;
    QPlainTextEdit *m_notes;
    QLabel *m_problems;
};
