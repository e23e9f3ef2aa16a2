#pragma once

#include "money.h"

#include <QString>

// One sellable item (one SKU) in the catalogue, with what customs and carriers need to know about it.
struct Product
{
    qint64 id = 0; // 0 until stored
    QString sku;
    QString name;
    QString description;
    QString customsDescription;
    QString barcode;       // GTIN digits, or empty
    QString hsCode;        // digits only (6–10), or empty
    QString originCountry; // ISO 3166-1 alpha-2, or empty
    QString category;
    qint64 weightG = 0;
    qint64 lengthMm = 0;
    qint64 widthMm = 0;
    qint64 heightMm = 0;
    Money cost;
    Money price;
    qint64 stock = 0;
    bool active = true;

    bool operator==(const Product &other) const = default;
};

// The editable fields of a product, for validation messages and for mapping file columns.
enum class ProductField {
    Sku,
    Name,
    Description,
    CustomsDescription,
    Barcode,
    HsCode,
    OriginCountry,
    Category,
    Weight,
    Length,
    Width,
    Height,
    Cost,
    Price,
    Stock,
    Active,
};
