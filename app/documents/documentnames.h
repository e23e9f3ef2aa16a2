#pragma once

#include "printabledocument.h"
#include "shippingdocument.h"

#include <QCoreApplication>
#include <QList>

// Translated names and stable keys of document types and customs categories.
class DocumentNames
{
    Q_DECLARE_TR_FUNCTIONS(DocumentNames)

public:
    static QList<DocumentType> allTypes();
    static QString key(DocumentType type);   // "shipping_label", "customs_form"… (settings keys, CLI)
    static QString label(DocumentType type); // "Shipping label"
    static QString key(CustomsCategory category);   // "sale_of_goods"
    static QString label(CustomsCategory category); // "Sale of goods"
};
