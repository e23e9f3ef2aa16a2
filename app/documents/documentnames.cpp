#include "documentnames.h"

using namespace Qt::StringLiterals;

QList<DocumentType> DocumentNames::allTypes()
{
    return {DocumentType::ShippingLabel, DocumentType::CustomsForm, DocumentType::CommercialInvoice,
            DocumentType::PackingSlip, DocumentType::ProductLabels};
}

QString DocumentNames::key(DocumentType type)
{
    switch (type) {
    case DocumentType::ShippingLabel: return u"shipping_label"_s;
    case DocumentType::CustomsForm: return u"customs_form"_s;
    case DocumentType::CommercialInvoice: return u"commercial_invoice"_s;
    case DocumentType::PackingSlip: return u"packing_slip"_s;
    case DocumentType::ProductLabels: return u"product_labels"_s;
    }
    return {};
}

QString DocumentNames::label(DocumentType type)
{
    switch (type) {
    case DocumentType::ShippingLabel: return tr("Shipping label");
    case DocumentType::CustomsForm: return tr("Customs form");
    case DocumentType::CommercialInvoice: return tr("Commercial invoice");
    case DocumentType::PackingSlip: return tr("Packing slip");
    case DocumentType::ProductLabels: return tr("Product labels");
    }
    return {};
}

QString DocumentNames::key(CustomsCategory category)
{
    switch (category) {
    case CustomsCategory::Gift: return u"gift"_s;
    case CustomsCategory::CommercialSample: return u"commercial_sample"_s;
    case CustomsCategory::Documents: return u"documents"_s;
    case CustomsCategory::ReturnedGoods: return u"returned_goods"_s;
    case CustomsCategory::SaleOfGoods: return u"sale_of_goods"_s;
    case CustomsCategory::Other: return u"other"_s;
    }
    return {};
}

QString DocumentNames::label(CustomsCategory category)
{
    switch (category) {
    case CustomsCategory::Gift: return tr("Gift");
    case CustomsCategory::CommercialSample: return tr("Commercial sample");
    case CustomsCategory::Documents: return tr("Documents");
    case CustomsCategory::ReturnedGoods: return tr("Returned goods");
    case CustomsCategory::SaleOfGoods: return tr("Sale of goods");
    case CustomsCategory::Other: return tr("Other");
    }
    return {};
}
