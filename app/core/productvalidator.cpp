#include "productvalidator.h"

#include "country.h"
#include "currency.h"
#include "gtin.h"
#include "hscode.h"

namespace {

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

QList<ProductValidator::Problem> ProductValidator::validate(const Product &p)
{
    QList<Problem> problems;
    auto add = [&problems](ProductField field, const QString &message) { problems.append({field, message}); };

    if (p.sku.trimmed().isEmpty())
        add(ProductField::Sku, tr("SKU is required"));
    else if (p.sku.size() > MaxSkuLength)
        add(ProductField::Sku, tr("SKU is longer than %1 characters").arg(MaxSkuLength));
    else if (p.sku != p.sku.trimmed() || hasControlCharacters(p.sku))
        add(ProductField::Sku, tr("SKU must not start or end with spaces or contain control characters"));

    if (p.name.trimmed().isEmpty())
        add(ProductField::Name, tr("name is required"));
    else if (p.name.size() > MaxNameLength)
        add(ProductField::Name, tr("name is longer than %1 characters").arg(MaxNameLength));

    if (!p.barcode.isEmpty()) {
        const Gtin::Check check = Gtin::check(p.barcode);
        if (!check.ok())
            add(ProductField::Barcode, Gtin::describe(check, p.barcode));
    }
    if (!p.hsCode.isEmpty()) {
        const QString problem = HsCode::problem(p.hsCode);
        if (!problem.isEmpty())
            add(ProductField::HsCode, problem);
    }
    if (!p.originCountry.isEmpty() && !Country::isKnown(p.originCountry))
        add(ProductField::OriginCountry,
            tr("\"%1\" is not an ISO country code (e.g. TH, CN, DE)").arg(p.originCountry));

    if (p.weightG < 0 || p.weightG > MaxWeightG)
        add(ProductField::Weight, tr("weight must be between 0 and %1 g").arg(MaxWeightG));
    const struct
    {
        ProductField field;
        qint64 value;
    } dimensions[] = {{ProductField::Length, p.lengthMm},
                      {ProductField::Width, p.widthMm},
                      {ProductField::Height, p.heightMm}};
    for (const auto &d : dimensions) {
        if (d.value < 0 || d.value > MaxDimensionMm)
            add(d.field, tr("%1 must be between 0 and %2 mm").arg(fieldLabel(d.field)).arg(MaxDimensionMm));
    }

    if (!Currency::isKnown(p.cost.currency()))
        add(ProductField::Cost, tr("cost needs a known currency code"));
    else if (p.cost.minorUnits() < 0)
        add(ProductField::Cost, tr("cost must not be negative"));
    if (!Currency::isKnown(p.price.currency()))
        add(ProductField::Price, tr("price needs a known currency code"));
    else if (p.price.minorUnits() < 0)
        add(ProductField::Price, tr("price must not be negative"));
    return problems;
}

QString ProductValidator::fieldLabel(ProductField field)
{
    switch (field) {
    case ProductField::Sku:
        return tr("SKU");
    case ProductField::Name:
        return tr("Name");
    case ProductField::Description:
        return tr("Description");
    case ProductField::CustomsDescription:
        return tr("Customs description");
    case ProductField::Barcode:
        return tr("Barcode");
    case ProductField::HsCode:
        return tr("HS code");
    case ProductField::OriginCountry:
        return tr("Country of origin");
    case ProductField::Category:
        return tr("Category");
    case ProductField::Weight:
        return tr("Weight");
    case ProductField::Length:
        return tr("Length");
    case ProductField::Width:
        return tr("Width");
    case ProductField::Height:
        return tr("Height");
    case ProductField::Cost:
        return tr("Cost");
    case ProductField::Price:
        return tr("Price");
    case ProductField::Stock:
        return tr("Stock");
    case ProductField::Active:
        return tr("Active");
    }
    return QString();
}
