#include "producteditordialog.h"
#include "ui_producteditordialog.h"

#include "gtin.h"
#include "hscode.h"
#include "productvalidator.h"

#include <QEvent>
#include <QPushButton>

ProductEditorDialog::ProductEditorDialog(const ProductRepository &repository, const Product &product,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProductEditorDialog>())
    , m_repository(repository)
{
    m_ui->setupUi(this);
    m_ui->originCombo->setNoneText(tr("— not set —"));
    m_ui->categoryCombo->addItems(m_repository.categories());
    load(product);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_valid)
            accept();
    });
    const auto revalidate = [this] { validate(); };
    for (QLineEdit *edit : {m_ui->skuEdit, m_ui->nameEdit, m_ui->customsEdit, m_ui->barcodeEdit, m_ui->hsCodeEdit,
                            m_ui->costEdit, m_ui->priceEdit})
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    for (QComboBox *combo : {static_cast<QComboBox *>(m_ui->originCombo), static_cast<QComboBox *>(m_ui->costCurrencyCombo),
                             static_cast<QComboBox *>(m_ui->priceCurrencyCombo)})
        connect(combo, &QComboBox::currentIndexChanged, this, revalidate);
    for (QSpinBox *spin : {m_ui->weightSpin, m_ui->lengthSpin, m_ui->widthSpin, m_ui->heightSpin})
        connect(spin, &QSpinBox::valueChanged, this, revalidate);
    validate();
}

ProductEditorDialog::~ProductEditorDialog() = default;

void ProductEditorDialog::load(const Product &p)
{
    m_id = p.id;
    setWindowTitle(p.id > 0 ? tr("Edit product %1").arg(p.sku) : tr("New product"));
    m_ui->skuEdit->setText(p.sku);
    m_ui->nameEdit->setText(p.name);
    m_ui->descriptionEdit->setPlainText(p.description);
    m_ui->customsEdit->setText(p.customsDescription);
    m_ui->barcodeEdit->setText(p.barcode);
    m_ui->hsCodeEdit->setText(HsCode::formatted(p.hsCode));
    m_ui->originCombo->setCurrentCode(p.originCountry);
    m_ui->categoryCombo->setCurrentText(p.category);
    m_ui->weightSpin->setValue(int(p.weightG));
    m_ui->lengthSpin->setValue(int(p.lengthMm));
    m_ui->widthSpin->setValue(int(p.widthMm));
    m_ui->heightSpin->setValue(int(p.heightMm));
    m_ui->costEdit->setText(p.cost.toDecimalString());
    m_ui->costCurrencyCombo->setCurrentCode(p.cost.currency());
    m_ui->priceEdit->setText(p.price.toDecimalString());
    m_ui->priceCurrencyCombo->setCurrentCode(p.price.currency());
    m_ui->stockSpin->setValue(int(p.stock));
    m_ui->activeCheck->setChecked(p.active);
}

Product ProductEditorDialog::product() const
{
    Product p;
    p.id = m_id;
    p.sku = m_ui->skuEdit->text().trimmed();
    p.name = m_ui->nameEdit->text().trimmed();
    p.description = m_ui->descriptionEdit->toPlainText().trimmed();
    p.customsDescription = m_ui->customsEdit->text().trimmed();
    p.barcode = Gtin::normalized(m_ui->barcodeEdit->text().trimmed());
    p.hsCode = HsCode::normalized(m_ui->hsCodeEdit->text().trimmed());
    p.originCountry = m_ui->originCombo->currentCode();
    p.category = m_ui->categoryCombo->currentText().trimmed();
    p.weightG = m_ui->weightSpin->value();
    p.lengthMm = m_ui->lengthSpin->value();
    p.widthMm = m_ui->widthSpin->value();
    p.heightMm = m_ui->heightSpin->value();
    const QString costCurrency = m_ui->costCurrencyCombo->currentCode();
    const QString priceCurrency = m_ui->priceCurrencyCombo->currentCode();
    p.cost = Money::fromDecimal(m_ui->costEdit->text().trimmed(), costCurrency).value_or(Money(0, costCurrency));
    p.price = Money::fromDecimal(m_ui->priceEdit->text().trimmed(), priceCurrency).value_or(Money(0, priceCurrency));
    p.stock = m_ui->stockSpin->value();
    p.active = m_ui->activeCheck->isChecked();
    return p;
}

QLabel *ProductEditorDialog::errorLabel(ProductField field) const
{
    switch (field) {
    case ProductField::Sku:
        return m_ui->skuError;
    case ProductField::Name:
        return m_ui->nameError;
    case ProductField::Barcode:
        return m_ui->barcodeError;
    case ProductField::HsCode:
        return m_ui->hsCodeError;
    case ProductField::OriginCountry:
        return m_ui->originError;
    case ProductField::Weight:
        return m_ui->weightError;
    case ProductField::Length:
    case ProductField::Width:
    case ProductField::Height:
        return m_ui->dimensionsError;
    case ProductField::Cost:
        return m_ui->costError;
    case ProductField::Price:
        return m_ui->priceError;
    default:
        return nullptr;
    }
}

QString ProductEditorDialog::problemText(ProductField field) const
{
    const QLabel *label = errorLabel(field);
    return label ? label->text() : QString();
}

void ProductEditorDialog::validate()
{
    QHash<QLabel *, QStringList> messages;
    for (QLabel *label : {m_ui->skuError, m_ui->nameError, m_ui->barcodeError, m_ui->hsCodeError, m_ui->originError,
                          m_ui->weightError, m_ui->dimensionsError, m_ui->costError, m_ui->priceError})
        messages.insert(label, {});

    const Product p = product();
    for (const ProductValidator::Problem &problem : ProductValidator::validate(p)) {
        if (QLabel *label = errorLabel(problem.field))
            messages[label].append(problem.message);
    }
    // Money text is checked here: product() falls back to zero for text that is not an amount.
    const struct
    {
        QLineEdit *edit;
        QString currency;
        QLabel *label;
    } amounts[] = {{m_ui->costEdit, p.cost.currency(), m_ui->costError},
                   {m_ui->priceEdit, p.price.currency(), m_ui->priceError}};
    for (const auto &amount : amounts) {
        QString problem;
        if (!amount.edit->text().trimmed().isEmpty()
            && !Money::fromDecimal(amount.edit->text().trimmed(), amount.currency, &problem))
            messages[amount.label].append(problem);
    }
    if (!p.sku.isEmpty()) {
        const auto other = m_repository.findBySku(p.sku);
        if (other && other->id != m_id)
            messages[m_ui->skuError].append(tr("SKU %1 is already used by \"%2\"").arg(p.sku, other->name));
    }

    m_valid = true;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        it.key()->setText(it.value().join(u'\n'));
        it.key()->setVisible(!it.value().isEmpty());
        if (!it.value().isEmpty())
            m_valid = false;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

void ProductEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const Product current = product();
        m_ui->retranslateUi(this);
        m_ui->originCombo->setNoneText(tr("— not set —"));
        setWindowTitle(m_id > 0 ? tr("Edit product %1").arg(current.sku) : tr("New product"));
        validate();
    }
    QDialog::changeEvent(event);
}
