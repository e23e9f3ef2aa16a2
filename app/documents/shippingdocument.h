#pragma once

#include "address.h"
#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

// Everything a shipping label, a customs form, a commercial invoice and a packing slip print, gathered from the
// order, its products, its shipment and the shop's settings (db/shippingdocumentbuilder). Plain data: the
// renderers in this folder only draw it.

// The shop (sender, exporter) or the customer (addressee, importer).
struct DocumentParty
{
    Address address;       // name, company, lines, city, province, postal code, country, phone
    QString email;
    QString taxId;         // the importer's reference: CPF/CNPJ, PCCC, VAT… or the exporter's VAT number
    QString eori;          // exporter's EORI, when the shop has one
    QString iossNumber;    // the shop's IOSS number for EU parcels (also VOEC, UK VAT…: customsReference below)
};

// One order line as customs and the packer see it. Values are in the declared currency, net of the order's
// discounts (the discount is shared over lines by value), at the order's recorded rate.
struct DocumentLine
{
    QString sku;
    QString name;                 // as sold (the packing slip, in the customer's script)
    QString customsDescription;   // in English, for customs (falls back to name)
    QString hsCode;               // digits
    QString originCountry;        // ISO 3166-1 alpha-2
    QString gtin;                 // digits, or empty
    QString bin;                  // warehouse location, or empty
    qint64 quantity = 0;
    qint64 unitNetWeightG = 0;
    Money unitValue;              // declared currency, net of discount
    Money totalValue;             // quantity × unit value (exact, from the net line total)
};

// One package of a shipment (a label is printed per package).
struct DocumentPackage
{
    int number = 1;               // n of count
    int count = 1;
    qint64 weightG = 0;
    qint64 lengthMm = 0;
    qint64 widthMm = 0;
    qint64 heightMm = 0;
    QString trackingNumber;       // may be empty before the carrier assigned one
};

enum class CustomsFormKind { None, CN22, CN23 };
enum class CustomsCategory { Gift, CommercialSample, Documents, ReturnedGoods, SaleOfGoods, Other };

struct ShippingDocument
{
    QString orderNumber;
    QString invoiceNumber;         // "INV-" + order number unless the shop numbers invoices
    QDate date;                    // the shipping date
    QString customerLanguage;      // BCP 47; the packing slip speaks it
    DocumentParty sender;
    DocumentParty recipient;
    QString carrierName;           // "DHL Express"
    QString serviceName;           // "DHL Express Worldwide"
    QString serviceCode;           // "DHL-EXP-WW"
    bool express = false;
    bool international = true;     // sender and recipient countries differ
    QString incoterm;              // "DAP" or "DDP"
    QString customsReference;      // what customs needs to see on the label: "IOSS IM1234567890", "PCCC P123…"
    CustomsFormKind customsForm = CustomsFormKind::None;
    CustomsCategory category = CustomsCategory::SaleOfGoods;
    QString reasonForExport;       // "Sale" unless set
    QString declaredCurrency;
    QList<DocumentLine> lines;
    Money goodsTotal;              // sum of lines' total values
    Money shippingCharge;          // what the customer paid for shipping (postal charges on CN23), declared currency
    qint64 totalNetWeightG = 0;
    qint64 totalGrossWeightG = 0;
    QList<DocumentPackage> packages; // at least one
    QString signatory;             // the person signing CN23 / the invoice (shop owner by default)
    QString notes;                 // the customer's note, printed on the packing slip
};
