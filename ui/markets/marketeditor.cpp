#include "marketeditor.h"

#include "countrycombobox.h"
#include "currencycombobox.h"
#include "hscode.h"
#include "textfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum DutyColumn { DutyPrefix, DutyPercent };
enum RestrictionColumn { RuleHsPrefix, RuleCategory, RuleLevel, RuleNote };

template<typename W>
W *named(W *widget, const char16_t *name)
{
    widget->setObjectName(QString::fromUtf16(name));
    return widget;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// A table four rows high with its buttons under it: the usual handful of rows needs no scroll bar of its own.
QWidget *tableWithButtons(QTableWidget *table, QPushButton *add, QPushButton *remove, QWidget *parent)
{
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
                          + 4 * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    box->setFocusProxy(table);
    return box;
}

// The levels in the order they are added to each row's combo box.
void setLevelTexts(QComboBox *level)
{
    level->setItemText(0, MarketEditor::tr("Prohibited"));
    level->setItemText(1, MarketEditor::tr("Restricted"));
    level->setItemText(2, MarketEditor::tr("Licence needed"));
}

} // namespace

MarketEditor::MarketEditor(QWidget *parent)
    : QWidget(parent)
    , m_marketGroup(new QGroupBox(this))
    , m_taxGroup(new QGroupBox(this))
    , m_priceGroup(new QGroupBox(this))
    , m_restrictionGroup(new QGroupBox(this))
    , m_code(named(new QLineEdit(this), u"codeEdit"))
    , m_name(named(new QLineEdit(this), u"nameEdit"))
    , m_countries(named(new QLineEdit(this), u"countriesEdit"))
    , m_countryPicker(named(new CountryComboBox(this), u"countryPicker"))
    , m_currency(named(new CurrencyComboBox(this), u"currencyCombo"))
    , m_language(named(new QLineEdit(this), u"languageEdit"))
    , m_asOf(named(new QDateEdit(this), u"asOfEdit"))
    , m_vat(named(new QLineEdit(this), u"vatEdit"))
    , m_duty(named(new QLineEdit(this), u"dutyEdit"))
    , m_dutyRates(named(new QTableWidget(0, 2, this), u"dutyRatesTable"))
    , m_addDutyRate(named(new QPushButton(this), u"addDutyRateButton"))
    , m_removeDutyRate(named(new QPushButton(this), u"removeDutyRateButton"))
    , m_valuation(named(new QComboBox(this), u"valuationCombo"))
    , m_dutyThreshold(named(new QLineEdit(this), u"dutyThresholdEdit"))
    , m_taxThreshold(named(new QLineEdit(this), u"taxThresholdEdit"))
    , m_flatDuty(named(new QLineEdit(this), u"flatDutyEdit"))
    , m_sellerCollects(named(new QCheckBox(this), u"sellerCollectsCheck"))
    , m_incoterm(named(new QComboBox(this), u"incotermCombo"))
    , m_requiredTaxId(named(new QLineEdit(this), u"requiredTaxIdEdit"))
    , m_priceBasis(named(new QComboBox(this), u"priceBasisCombo"))
    , m_markup(named(new QLineEdit(this), u"markupEdit"))
    , m_rounding(named(new QLineEdit(this), u"roundingEdit"))
    , m_roundingDescription(named(new QLabel(this), u"roundingDescription"))
    , m_reprice(named(new QLineEdit(this), u"repriceEdit"))
    , m_shipping(named(new QLineEdit(this), u"shippingEdit"))
    , m_restrictions(named(new QTableWidget(0, 4, this), u"restrictionsTable"))
    , m_addRestriction(named(new QPushButton(this), u"addRestrictionButton"))
    , m_removeRestriction(named(new QPushButton(this), u"removeRestrictionButton"))
    , m_notes(named(new QPlainTextEdit(this), u"notesEdit"))
    , m_problems(named(new QLabel(this), u"marketProblems"))
{
    setObjectName(u"marketEditor"_s);
    m_asOf->setCalendarPopup(true);
    m_roundingDescription->setWordWrap(true);
    QPalette hint = m_roundingDescription->palette();
    hint.setColor(QPalette::WindowText, hint.color(QPalette::PlaceholderText));
    m_roundingDescription->setPalette(hint);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->setWordWrap(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_valuation->addItems({QString(), QString()});
    m_incoterm->addItems({u"DAP"_s, u"DDP"_s});
    m_priceBasis->addItems({QString(), QString()});
    const int digit = m_vat->fontMetrics().horizontalAdvance(u"0"_s);
    for (QWidget *narrow : std::initializer_list<QWidget *>{m_code, m_language, m_vat, m_duty, m_markup, m_reprice})
        narrow->setMaximumWidth(digit * 12);
    for (QWidget *amount : std::initializer_list<QWidget *>{m_dutyThreshold, m_taxThreshold, m_flatDuty, m_shipping,
                                                            m_asOf})
        amount->setMaximumWidth(digit * 18);
    for (QWidget *wide : std::initializer_list<QWidget *>{m_valuation, m_incoterm, m_priceBasis, m_requiredTaxId})
        wide->setMaximumWidth(digit * 30);
    m_countryPicker->setMinimumContentsLength(16);
    m_countryPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_restrictions->horizontalHeader()->setSectionResizeMode(RuleLevel, QHeaderView::ResizeToContents);

    auto *countriesRow = new QWidget(m_marketGroup);
    auto *countriesLayout = new QHBoxLayout(countriesRow);
    countriesLayout->setContentsMargins(0, 0, 0, 0);
    countriesLayout->addWidget(m_countries, 1);
    countriesLayout->addWidget(m_countryPicker);
    countriesRow->setFocusProxy(m_countries);
    const auto addRows = [](QGroupBox *group, std::initializer_list<QWidget *> fields) {
        auto *form = new QFormLayout(group);
        for (QWidget *field : fields) {
            auto *label = new QLabel(group);
            label->setBuddy(field);
            form->addRow(label, field);
        }
    };
    addRows(m_marketGroup, {m_code, m_name, countriesRow, m_currency, m_language, m_asOf, m_notes});
    addRows(m_taxGroup, {m_vat, m_duty, tableWithButtons(m_dutyRates, m_addDutyRate, m_removeDutyRate, m_taxGroup),
                         m_valuation, m_dutyThreshold, m_taxThreshold, m_flatDuty, m_sellerCollects, m_incoterm,
                         m_requiredTaxId});
    addRows(m_priceGroup, {m_priceBasis, m_markup, m_rounding, m_roundingDescription, m_reprice, m_shipping});
    (new QVBoxLayout(m_restrictionGroup))
        ->addWidget(tableWithButtons(m_restrictions, m_addRestriction, m_removeRestriction, m_restrictionGroup));
    auto *layout = new QVBoxLayout(this);
    for (QWidget *part : std::initializer_list<QWidget *>{m_problems, m_marketGroup, m_taxGroup, m_priceGroup,
                                                          m_restrictionGroup})
        layout->addWidget(part);
    layout->addStretch();

    for (QLineEdit *edit : {m_code, m_name, m_countries, m_language, m_vat, m_duty, m_dutyThreshold, m_taxThreshold,
                            m_flatDuty, m_requiredTaxId, m_markup, m_rounding, m_reprice, m_shipping})
        connect(edit, &QLineEdit::textChanged, this, &MarketEditor::edited);
    for (QComboBox *combo : {static_cast<QComboBox *>(m_currency), m_valuation, m_incoterm, m_priceBasis})
        connect(combo, &QComboBox::currentIndexChanged, this, &MarketEditor::edited);
    connect(m_asOf, &QDateEdit::dateChanged, this, &MarketEditor::edited);
    connect(m_sellerCollects, &QCheckBox::toggled, this, &MarketEditor::edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &MarketEditor::edited);
    for (QTableWidget *table : {m_dutyRates, m_restrictions})
        connect(table, &QTableWidget::itemChanged, this, &MarketEditor::edited);
    // Picking a country adds it to the list; the picker then goes back to its "add" entry.
    connect(m_countryPicker, &QComboBox::activated, this, [this] {
        const QString code = m_countryPicker->currentCode();
        QStringList codes = m_countries->text().split(u',', Qt::SkipEmptyParts);
        for (QString &c : codes)
            c = c.trimmed();
        if (!code.isEmpty() && !codes.contains(code))
            m_countries->setText((codes << code).join(u", "_s));
        m_countryPicker->setCurrentIndex(0);
    });
    // A new row opens its HS prefix for typing.
    const auto openLastRow = [this](QTableWidget *table) {
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
        edited();
    };
    connect(m_addDutyRate, &QPushButton::clicked, this, [this, openLastRow] {
        addDutyRateRow({});
        openLastRow(m_dutyRates);
    });
    connect(m_addRestriction, &QPushButton::clicked, this, [this, openLastRow] {
        addRestrictionRow({});
        openLastRow(m_restrictions);
    });
    for (const auto &[table, button] :
         {std::pair{m_dutyRates, m_removeDutyRate}, std::pair{m_restrictions, m_removeRestriction}}) {
        connect(button, &QPushButton::clicked, this, [this, rows = table] {
            if (rows->currentRow() >= 0) {
                rows->removeRow(rows->currentRow());
                edited();
            }
        });
    }
    retranslateUi();
}

void MarketEditor::addDutyRateRow(const DutyRate &rate)
{
    const int row = m_dutyRates->rowCount();
    m_dutyRates->insertRow(row);
    m_dutyRates->setItem(row, DutyPrefix, new QTableWidgetItem(rate.hsPrefix));
    m_dutyRates->setItem(row, DutyPercent,
                         new QTableWidgetItem(rate.hsPrefix.isEmpty() ? QString() : rate.percent.toString()));
}

void MarketEditor::addRestrictionRow(const MarketRestriction &restriction)
{
    const int row = m_restrictions->rowCount();
    m_restrictions->insertRow(row);
    auto *prefix = new QTableWidgetItem(restriction.hsPrefix);
    prefix->setData(Qt::UserRole, restriction.id);
    m_restrictions->setItem(row, RuleHsPrefix, prefix);
    m_restrictions->setItem(row, RuleCategory, new QTableWidgetItem(restriction.category));
    m_restrictions->setItem(row, RuleNote, new QTableWidgetItem(restriction.note));
    auto *level = named(new QComboBox(m_restrictions), u"restrictionLevelCombo");
    for (auto value : {MarketRestriction::Level::Prohibited, MarketRestriction::Level::Restricted,
                       MarketRestriction::Level::Licence})
        level->addItem(QString(), MarketRestriction::levelKey(value));
    level->setCurrentIndex(level->findData(MarketRestriction::levelKey(restriction.level)));
    setLevelTexts(level);
    m_restrictions->setCellWidget(row, RuleLevel, level);
    connect(level, &QComboBox::currentIndexChanged, this, &MarketEditor::edited);
}

void MarketEditor::setMarket(const Market &market)
{
    m_loading = true;
    const auto amount = [&market](qint64 minor) { return Money(minor, market.currency).toDecimalString(); };
    m_code->setText(market.code);
    m_code->setReadOnly(!market.code.isEmpty());
    m_name->setText(market.name);
    m_countries->setText(market.countries.join(u", "_s));
    m_countries->setCursorPosition(0);
    m_currency->setCurrentCode(market.currency);
    m_language->setText(market.language);
    m_asOf->setDate(market.asOf.isValid() ? market.asOf : QDate::currentDate());
    m_notes->setPlainText(market.notes);
    m_vat->setText(market.vatPercent.toString());
    m_duty->setText(market.dutyPercent.toString());
    m_dutyRates->setRowCount(0);
    for (const DutyRate &rate : market.dutyRates)
        addDutyRateRow(rate);
    m_valuation->setCurrentIndex(market.valuation == Market::Valuation::GoodsAndShipping ? 1 : 0);
    m_dutyThreshold->setText(amount(market.dutyThresholdMinor));
    m_taxThreshold->setText(amount(market.taxThresholdMinor));
    m_flatDuty->setText(amount(market.flatDutyPerItemMinor));
    m_sellerCollects->setChecked(market.sellerCollectsTax);
    m_incoterm->setCurrentIndex(market.incoterm == Market::Incoterm::DDP ? 1 : 0);
    m_requiredTaxId->setText(market.requiredTaxId);
    m_priceBasis->setCurrentIndex(market.priceBasis == Market::PriceBasis::CostMarkup ? 1 : 0);
    m_markup->setText(market.markupPercent.toString());
    m_rounding->setText(market.rounding.toText(market.currency));
    m_reprice->setText(market.repricePercent.toString());
    m_shipping->setText(amount(market.shippingEstimateMinor));
    m_restrictions->setRowCount(0);
    for (const MarketRestriction &restriction : market.restrictions)
        addRestrictionRow(restriction);
    m_loading = false;
    revalidate();
}

std::optional<Market> MarketEditor::market(QStringList *problems) const
{
    QStringList found;
    // Problems name their field by its label, e.g. "Duty threshold (JPY): …".
    const auto problem = [&found](QWidget *field, const QString &message) {
        const auto *form = qobject_cast<const QFormLayout *>(field->parentWidget()->layout());
        const auto *label = form ? qobject_cast<const QLabel *>(form->labelForField(field)) : nullptr;
        found.append(tr("%1: %2").arg(label ? label->text() : field->objectName(), message));
    };
    Market m;
    m.code = m_code->text().trimmed();
    m.name = m_name->text().trimmed();
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    for (const QString &country : m_countries->text().split(separators, Qt::SkipEmptyParts))
        m.countries.append(country.toUpper());
    m.countries.removeDuplicates();
    m.currency = m_currency->currentCode();
    m.language = m_language->text().trimmed();
    if (m.language.isEmpty())
        problem(m_language, tr("type a language tag such as en, ja or pt-BR"));
    m.asOf = m_asOf->date();
    m.notes = m_notes->toPlainText().trimmed();
    const auto percent = [&problem](QLineEdit *edit) {
        const QString text = edit->text().trimmed();
        const auto value = ExactDecimal::parse(text);
        if (!value)
            problem(edit, text.isEmpty() ? tr("type a number, e.g. 7.5")
                                         : tr("\"%1\" is not a number (use a point for decimals, e.g. 7.5)").arg(text));
        return value.value_or(ExactDecimal{});
    };
    m.vatPercent = percent(m_vat);
    m.dutyPercent = percent(m_duty);
    m.markupPercent = percent(m_markup);
    m.repricePercent = percent(m_reprice);
    if (m.markupPercent.mantissa < 0) // the validator checks the other percentages
        problem(m_markup, tr("must not be negative"));
    const auto amount = [&problem, &m](QLineEdit *edit) -> qint64 {
        const QString text = edit->text().trimmed();
        QString error;
        const auto money = Money::fromDecimal(text.isEmpty() ? u"0"_s : text, m.currency, &error);
        if (!money)
            problem(edit, error);
        else if (money->minorUnits() < 0)
            problem(edit, tr("must not be negative"));
        return money ? std::max<qint64>(money->minorUnits(), 0) : 0;
    };
    m.dutyThresholdMinor = amount(m_dutyThreshold);
    m.taxThresholdMinor = amount(m_taxThreshold);
    m.flatDutyPerItemMinor = amount(m_flatDuty);
    m.shippingEstimateMinor = amount(m_shipping);
    m.valuation = m_valuation->currentIndex() == 1 ? Market::Valuation::GoodsAndShipping : Market::Valuation::Goods;
    m.sellerCollectsTax = m_sellerCollects->isChecked();
    m.incoterm = m_incoterm->currentIndex() == 1 ? Market::Incoterm::DDP : Market::Incoterm::DAP;
    m.requiredTaxId = m_requiredTaxId->text().trimmed();
    m.priceBasis = m_priceBasis->currentIndex() == 1 ? Market::PriceBasis::CostMarkup : Market::PriceBasis::BasePrice;
    QString roundingError;
    const auto rounding = PriceRounding::parse(m_rounding->text().trimmed(), m.currency, &roundingError);
    if (rounding)
        m.rounding = *rounding;
    else
        problem(m_rounding, roundingError);
    readRows(m, found);
    found.append(MarketValidator::validate(m));
    found.removeDuplicates();
    if (problems)
        *problems = found;
    return found.isEmpty() ? std::optional<Market>(m) : std::nullopt;
}

void MarketEditor::readRows(Market &m, QStringList &problems) const
{
    for (int row = 0; row < m_dutyRates->rowCount(); ++row) {
        const QString prefix = HsCode::normalized(cellText(m_dutyRates, row, DutyPrefix));
        const QString text = cellText(m_dutyRates, row, DutyPercent);
        if (prefix.isEmpty() && text.isEmpty())
            continue; // a row added and left blank
        const auto percent = ExactDecimal::parse(text);
        if (!percent)
            problems.append(tr("Duty rate for HS %1: \"%2\" is not a percentage").arg(prefix, text));
        const auto samePrefix = [&prefix](const DutyRate &r) { return r.hsPrefix == prefix; };
        if (std::any_of(m.dutyRates.cbegin(), m.dutyRates.cend(), samePrefix))
            problems.append(tr("Duty rates: HS %1 is listed twice").arg(prefix));
        m.dutyRates.append({prefix, percent.value_or(ExactDecimal{})});
    }
    for (int row = 0; row < m_restrictions->rowCount(); ++row) {
        MarketRestriction r;
        r.hsPrefix = HsCode::normalized(cellText(m_restrictions, row, RuleHsPrefix));
        r.category = cellText(m_restrictions, row, RuleCategory);
        r.note = cellText(m_restrictions, row, RuleNote);
        if (r.hsPrefix.isEmpty() && r.category.isEmpty() && r.note.isEmpty())
            continue;
        if (std::any_of(r.hsPrefix.cbegin(), r.hsPrefix.cend(), [](QChar c) { return !c.isDigit(); }))
            problems.append(tr("Restricted goods, row %1: the HS prefix must be digits").arg(row + 1));
        r.id = m_restrictions->item(row, RuleHsPrefix)->data(Qt::UserRole).toLongLong();
        if (const auto *level = qobject_cast<const QComboBox *>(m_restrictions->cellWidget(row, RuleLevel)))
            r.level = MarketRestriction::levelFromKey(level->currentData().toString()).value_or(r.level);
        m.restrictions.append(r);
    }
}

QStringList MarketEditor::problems() const
{
    QStringList found;
    market(&found);
    return found;
}

void MarketEditor::edited()
{
    if (m_loading)
        return;
    revalidate();
    Q_EMIT changed();
}

void MarketEditor::revalidate()
{
    const QString currency = m_currency->currentCode();
    const QString unit = u" ("_s + currency + u')';
    setLabel(m_dutyThreshold, tr("Duty threshold") + unit);
    setLabel(m_taxThreshold, tr("Tax threshold") + unit);
    setLabel(m_flatDuty, tr("Flat duty per item") + unit);
    setLabel(m_shipping, tr("Shipping estimate") + unit);
    m_markup->setEnabled(m_priceBasis->currentIndex() == 1);
    QString error;
    const auto rounding = PriceRounding::parse(m_rounding->text().trimmed(), currency, &error);
    m_roundingDescription->setText(rounding ? rounding->describe(currency)
                                            : error + u'\n'
                                                  + tr("Format: step:up|nearest|down:ending, e.g. 1:up:0.01, or a "
                                                       "ladder such as 0=1:up:0.01;100=10:up:0.05"));
    QStringList lines = problems();
    for (QString &line : lines)
        line.prepend(u"• "_s);
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty() && isEnabled()); // a disabled, empty form has nothing to fix
}

void MarketEditor::setLabel(QWidget *field, const QString &text)
{
    auto *form = qobject_cast<QFormLayout *>(field->parentWidget()->layout());
    if (auto *label = form ? qobject_cast<QLabel *>(form->labelForField(field)) : nullptr)
        label->setText(text);
}

void MarketEditor::retranslateUi()
{
    m_marketGroup->setTitle(tr("Market"));
    m_taxGroup->setTitle(tr("Taxes and duties"));
    m_priceGroup->setTitle(tr("Prices"));
    m_restrictionGroup->setTitle(tr("Restricted goods"));
    const std::pair<QWidget *, QString> labels[] = {
        {m_code, tr("Code")}, {m_name, tr("Name")}, {m_countries->parentWidget(), tr("Countries")},
        {m_currency, tr("Currency")}, {m_language, tr("Language")}, {m_asOf, tr("Figures as of")},
        {m_notes, tr("Notes")}, {m_vat, tr("VAT/GST (%)")}, {m_duty, tr("Default duty (%)")},
        {m_dutyRates->parentWidget(), tr("Duty by HS prefix")}, {m_valuation, tr("Duty and tax on")},
        {m_incoterm, tr("Default Incoterm")}, {m_requiredTaxId, tr("Recipient tax ID")},
        {m_priceBasis, tr("Price basis")}, {m_markup, tr("Markup (%)")}, {m_rounding, tr("Price rounding")},
        {m_reprice, tr("Reprice threshold (%)")}};
    for (const auto &[field, text] : labels)
        setLabel(field, text);
    m_countries->setPlaceholderText(tr("ISO codes, e.g. JP or AT, BE, DE"));
    m_countryPicker->setNoneText(tr("Add a country…"));
    m_countryPicker->setCurrentIndex(0);
    m_code->setToolTip(tr("A saved market keeps its code: price lists refer to it. Clone it to get a new code."));
    m_sellerCollects->setText(tr("The seller collects VAT/GST (IOSS, UK VAT, AU GST, NO VOEC…)"));
    m_valuation->setItemText(0, tr("Goods"));
    m_valuation->setItemText(1, tr("Goods + shipping"));
    m_incoterm->setToolTip(tr("DAP: the buyer pays duty and tax on delivery.\n"
                              "DDP: the seller pays them; prices include them."));
    m_priceBasis->setItemText(0, tr("Base price"));
    m_priceBasis->setItemText(1, tr("Cost + markup"));
    m_requiredTaxId->setPlaceholderText(tr("e.g. CPF/CNPJ or PCCC"));
    m_reprice->setToolTip(tr("Suggest new prices when exchange rates move a price by more than this."));
    m_dutyThreshold->setToolTip(tr("No duty at or under this value."));
    m_taxThreshold->setToolTip(tr("No import VAT/GST at or under this value, unless the seller collects it."));
    m_dutyRates->setHorizontalHeaderLabels({tr("HS prefix"), tr("Duty (%)")});
    m_restrictions->setHorizontalHeaderLabels({tr("HS prefix"), tr("Category"), tr("Level"), tr("Note")});
    // Columns as wide as their headers in this language, and as an HS prefix or a category name.
    const QString prefix = HsCode::formatted(u"84713000");
    TextFit::fitColumn(m_dutyRates, DutyPrefix, {prefix});
    TextFit::fitColumn(m_restrictions, RuleHsPrefix, {prefix});
    TextFit::fitColumn(m_restrictions, RuleCategory, {QString(16, u'0')});
    TextFit::fitDateEdit(m_asOf);
    for (int row = 0; row < m_restrictions->rowCount(); ++row) {
        if (auto *level = qobject_cast<QComboBox *>(m_restrictions->cellWidget(row, RuleLevel)))
            setLevelTexts(level);
    }
    for (QPushButton *add : {m_addDutyRate, m_addRestriction})
        add->setText(tr("Add row"));
    for (QPushButton *remove : {m_removeDutyRate, m_removeRestriction})
        remove->setText(tr("Remove row"));
    revalidate();
}

void MarketEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::EnabledChange)
        revalidate();
    QWidget::changeEvent(event);
}
