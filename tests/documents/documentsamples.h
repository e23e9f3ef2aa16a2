#pragma once

#include "productlabels.h"
#include "shippingdocument.h"

#include <QDate>
#include <QList>
#include <QMetaType>

// Shipping documents for the document tests: a Berlin shop sending parcels to the US, Norway (CN23), the UK
// (CN22), Thailand, the United Arab Emirates and Japan. Values are in EUR minor units.
namespace DocumentSamples {

inline DocumentLine line(const QString &sku, const QString &name, const QString &description,
                         const QString &hsCode, const QString &origin, qint64 quantity, qint64 unitCents,
                         qint64 unitNetWeightG, const QString &gtin = {}, const QString &bin = {}) {
    DocumentLine result;
    result.sku = sku;
    result.name = name;
    result.customsDescription = description;
    result.hsCode = hsCode;
    result.originCountry = origin;
    result.gtin = gtin;
    result.bin = bin;
    result.quantity = quantity;
    result.unitNetWeightG = unitNetWeightG;
    result.unitValue = Money(unitCents, QStringLiteral("EUR"));
    result.totalValue = Money(unitCents * quantity, QStringLiteral("EUR"));
    return result;
}

inline DocumentParty shop() {
    using namespace Qt::StringLiterals;
    DocumentParty party;
    party.address = Address{u"Anna Schmidt"_s,
                            u"Elefant Handels GmbH"_s,
                            u"Hauptstra\u00DFe 5"_s,
                            {},
                            u"Berlin"_s,
                            {},
                            u"10115"_s,
                            u"DE"_s,
                            u"+49301234567"_s};
    party.email = u"shop@elefant.example"_s;
    party.taxId = u"DE123456789"_s;
    party.eori = u"DE1234567890123"_s;
    party.iossNumber = u"IM2760000001"_s;
    return party;
}

// A DHL Express parcel to San Francisco, two packages.
inline ShippingDocument usParcel() {
    using namespace Qt::StringLiterals;
    ShippingDocument doc;
    doc.orderNumber = u"#1001"_s;
    doc.invoiceNumber = u"INV-1001"_s;
    doc.date = QDate(2026, 11, 27);
    doc.customerLanguage = u"en"_s;
    doc.sender = shop();
    doc.recipient.address = Address{u"John Smith"_s,    u"Acme Inc."_s, u"1 Main Street"_s, u"Suite 400"_s,
                                    u"San Francisco"_s, u"CA"_s,        u"94105"_s,         u"US"_s,
                                    u"+14155550100"_s};
    doc.recipient.email = u"john@acme.example"_s;
    doc.carrierName = u"DHL Express"_s;
    doc.serviceName = u"DHL Express Worldwide"_s;
    doc.serviceCode = u"DHL-EXP-WW"_s;
    doc.express = true;
    doc.international = true;
    doc.incoterm = u"DAP"_s;
    doc.customsReference = u"EIN 12-3456789"_s;
    doc.customsForm = CustomsFormKind::None;
    doc.category = CustomsCategory::SaleOfGoods;
    doc.reasonForExport = u"Sale"_s;
    doc.declaredCurrency = u"EUR"_s;
    doc.lines = {line(u"APP-01000"_s, u"Elephant print T-shirt"_s, u"Men's cotton T-shirt, knitted"_s,
                      u"61091000"_s, u"PT"_s, 2, 2490, 180, u"4006381333931"_s, u"A-01-3"_s),
                 line(u"MUG-22"_s, u"Ceramic mug"_s, u"Porcelain mug"_s, u"691200"_s, u"DE"_s, 1, 1450, 320,
                      u"036000291452"_s, u"B-02-1"_s)};
    doc.goodsTotal = Money(2 * 2490 + 1450, u"EUR"_s);
    doc.shippingCharge = Money(2990, u"EUR"_s);
    doc.totalNetWeightG = 2 * 180 + 320;
    doc.totalGrossWeightG = 1250;
    DocumentPackage first;
    first.number = 1;
    first.count = 2;
    first.weightG = 800;
    first.trackingNumber = u"3318810025"_s;
    DocumentPackage second = first;
    second.number = 2;
    second.weightG = 450;
    second.trackingNumber = u"3318810036"_s;
    doc.packages = {first, second};
    doc.signatory = u"Anna Schmidt"_s;
    doc.notes = u"Please leave the parcel with the neighbour at number 3."_s;
    return doc;
}

// A postal parcel to Oslo above 300 SDR: CN23, VOEC number as the importer's reference.
inline ShippingDocument cn23Parcel() {
    using namespace Qt::StringLiterals;
    ShippingDocument doc = usParcel();
    doc.orderNumber = u"#1002"_s;
    doc.invoiceNumber = u"INV-1002"_s;
    doc.recipient.address = Address{u"Kari Nordmann"_s, {},      u"Storgata 1"_s, {}, u"Oslo"_s, {},
                                    u"0155"_s,          u"NO"_s, u"+4722123456"_s};
    doc.recipient.email = u"kari@example.no"_s;
    doc.recipient.taxId = u"NO987654321"_s;
    doc.carrierName = u"Deutsche Post"_s;
    doc.serviceName = u"Paket International"_s;
    doc.serviceCode = u"DP-PAKET-INT"_s;
    doc.express = false;
    doc.customsReference = u"VOEC 2024123"_s;
    doc.customsForm = CustomsFormKind::CN23;
    doc.lines = {
        line(u"BAG-01"_s, u"Leather bag"_s, u"Handbag, outer surface of leather"_s, u"42022100"_s, u"IT"_s, 1,
             28900, 900),
        line(u"SCARF-7"_s, u"Silk scarf"_s, u"Silk scarf, woven"_s, u"621410"_s, u"FR"_s, 2, 4550, 60),
        line(u"MUG-22"_s, u"Ceramic mug"_s, u"Porcelain mug"_s, u"691200"_s, u"DE"_s, 4, 1225, 320)};
    doc.goodsTotal = Money(28900 + 2 * 4550 + 4 * 1225, u"EUR"_s); // 429.00 EUR, about 350 SDR
    doc.shippingCharge = Money(2490, u"EUR"_s);
    doc.totalNetWeightG = 900 + 2 * 60 + 4 * 320;
    doc.totalGrossWeightG = 2750;
    DocumentPackage package;
    package.weightG = 2750;
    package.trackingNumber = u"RR123456785DE"_s;
    doc.packages = {package};
    return doc;
}

// A small gift to London: CN22.
inline ShippingDocument cn22Parcel() {
    using namespace Qt::StringLiterals;
    ShippingDocument doc = cn23Parcel();
    doc.orderNumber = u"#1003"_s;
    doc.invoiceNumber = u"INV-1003"_s;
    doc.recipient.address = Address{u"Jane Doe"_s, {},      u"10 Downing Street"_s, {}, u"London"_s, {},
                                    u"SW1A 2AA"_s, u"GB"_s, u"+442071234567"_s};
    doc.recipient.taxId.clear();
    doc.customsReference = u"GB VAT 123456789"_s;
    doc.customsForm = CustomsFormKind::CN22;
    doc.category = CustomsCategory::Gift;
    doc.lines = {line(u"APP-01000"_s, u"Elephant print T-shirt"_s, u"Cotton T-shirt"_s, u"610910"_s, u"PT"_s,
                      2, 1990, 180)};
    doc.goodsTotal = Money(3980, u"EUR"_s);
    doc.shippingCharge = Money(699, u"EUR"_s);
    doc.totalNetWeightG = 360;
    doc.totalGrossWeightG = 420;
    doc.packages.first().weightG = 420;
    doc.packages.first().trackingNumber = u"RR123456785DE"_s;
    return doc;
}

// Parcels whose address is in another script.
inline ShippingDocument thaiParcel() {
    using namespace Qt::StringLiterals;
    ShippingDocument doc = usParcel();
    doc.orderNumber = u"#1004"_s;
    doc.customerLanguage = u"th"_s;
    doc.recipient.address =
        Address{u"\u0E2A\u0E21\u0E0A\u0E32\u0E22 \u0E43\u0E08\u0E14\u0E35"_s,
                {},
                u"99/1 \u0E16\u0E19\u0E19\u0E2A\u0E38\u0E02\u0E38\u0E21\u0E27\u0E34\u0E17"_s,
                u"\u0E41\u0E02\u0E27\u0E07\u0E04\u0E25\u0E2D\u0E07\u0E40\u0E15\u0E22"_s,
                u"\u0E40\u0E02\u0E15\u0E04\u0E25\u0E2D\u0E07\u0E40\u0E15\u0E22"_s,
                u"\u0E01\u0E23\u0E38\u0E07\u0E40\u0E17\u0E1E\u0E21\u0E2B\u0E32\u0E19\u0E04\u0E23"_s,
                u"10110"_s,
                u"TH"_s,
                u"+66812345678"_s};
    doc.customsReference.clear();
    doc.lines.first().name =
        u"\u0E40\u0E2A\u0E37\u0E49\u0E2D\u0E22\u0E37\u0E14\u0E25\u0E32\u0E22\u0E0A\u0E49\u0E32\u0E07"_s;
    doc.packages = {doc.packages.first()};
    doc.packages.first().count = 1;
    return doc;
}

inline ShippingDocument arabicParcel() {
    using namespace Qt::StringLiterals;
    ShippingDocument doc = usParcel();
    doc.orderNumber = u"#1005"_s;
    doc.customerLanguage = u"ar"_s;
    doc.recipient.address =
        Address{u"\u0645\u062D\u0645\u062F \u0623\u062D\u0645\u062F"_s,
                {},
                u"\u0634\u0627\u0631\u0639 \u0627\u0644\u0634\u064A\u062E \u0632\u0627\u064A\u062F"_s,
                u"\u0628\u0631\u062C \u0627\u0644\u0625\u0645\u0627\u0631\u0627\u062A"_s,
                u"\u062F\u0628\u064A"_s,
                {},
                {},
                u"AE"_s,
                u"+971501234567"_s};
    doc.customsReference.clear();
    doc.packages = {doc.packages.first()};
    doc.packages.first().count = 1;
    return doc;
}

inline ShippingDocument japaneseParcel() {
    using namespace Qt::StringLiterals;
    ShippingDocument doc = usParcel();
    doc.orderNumber = u"#1006"_s;
    doc.customerLanguage = u"ja"_s;
    doc.recipient.address = Address{u"\u5C71\u7530 \u592A\u90CE"_s,
                                    {},
                                    u"\u6E0B\u8C372\u4E01\u76EE21-1"_s,
                                    u"\u6E0B\u8C37\u30D2\u30AB\u30EA\u30A8 11\u968E"_s,
                                    u"\u6E0B\u8C37\u533A"_s,
                                    u"\u6771\u4EAC\u90FD"_s,
                                    u"150-8510"_s,
                                    u"JP"_s,
                                    u"+81312345678"_s};
    doc.customsReference.clear();
    doc.packages = {doc.packages.first()};
    doc.packages.first().count = 1;
    return doc;
}

// A domestic parcel (no customs block on the label).
inline ShippingDocument domesticParcel() {
    using namespace Qt::StringLiterals;
    ShippingDocument doc = usParcel();
    doc.orderNumber = u"#1007"_s;
    doc.recipient.address = Address{
        u"Max Mustermann"_s, {}, u"Unter den Linden 77"_s, {}, u"Berlin"_s, {}, u"10117"_s, u"DE"_s, {}};
    doc.international = false;
    doc.carrierName = u"DHL Paket"_s;
    doc.serviceName = u"DHL Paket"_s;
    doc.express = false;
    doc.packages = {doc.packages.first()};
    doc.packages.first().count = 1;
    doc.packages.first().trackingNumber = u"00340434161094042557"_s;
    return doc;
}

// Field data with the characters ZPL treats as commands (^ and ~) and its hex indicator (_).
inline ShippingDocument zplSpecialCharacters() {
    using namespace Qt::StringLiterals;
    ShippingDocument doc = usParcel();
    doc.orderNumber = u"#1008^XZ"_s;
    doc.recipient.address.company = u"Caret^Tilde~Under_score Ltd"_s;
    doc.packages = {doc.packages.first()};
    doc.packages.first().count = 1;
    doc.packages.first().trackingNumber = u"1Z999AA10123456784"_s;
    return doc;
}

// `count` lines, to make forms run over several pages.
inline ShippingDocument manyLines(ShippingDocument doc, int count) {
    using namespace Qt::StringLiterals;
    doc.lines.clear();
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        doc.lines.append(line(u"SKU-%1"_s.arg(i + 1, 3, 10, QChar(u'0')), u"Item %1"_s.arg(i + 1),
                              u"Wooden toy number %1"_s.arg(i + 1), u"950300"_s, u"DE"_s, 1, 1000 + i, 100));
        total += 1000 + i;
    }
    doc.goodsTotal = Money(total, u"EUR"_s);
    return doc;
}

inline QList<ProductLabelItem> productItems() {
    using namespace Qt::StringLiterals;
    return {{u"APP-01000"_s, u"Elephant print T-shirt"_s, u"4006381333931"_s, 2},
            {u"MUG-22"_s, u"Ceramic mug"_s, u"036000291452"_s, 1},
            {u"SCARF-7"_s, u"Silk scarf \u0E1C\u0E49\u0E32\u0E44\u0E2B\u0E21"_s, {}, 1},
            {u"BAD-GTIN-1"_s, u"Notebook with a wrong GTIN"_s, u"4006381333932"_s, 1}};
}

} // namespace DocumentSamples

Q_DECLARE_METATYPE(ShippingDocument)
