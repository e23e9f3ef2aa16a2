#pragma once

#include "product.h"

#include <QCoreApplication>
#include <QList>

// Checks a product against the catalogue's rules; every problem names its field and says what is wrong.
class ProductValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProductValidator)

public:
    struct Problem
    {
        ProductField field;
        QString message;
    };

    static QList<Problem> validate(const Product &product);
    // The field's name as people see it ("SKU", "HS code", …), translated.
    static QString fieldLabel(ProductField field);

    static constexpr int MaxSkuLength = 64;
    static constexpr int MaxNameLength = 255;
    static constexpr qint64 MaxWeightG = 1000000;     // one tonne: beyond any parcel
    static constexpr qint64 MaxDimensionMm = 10000;   // ten metres
};
