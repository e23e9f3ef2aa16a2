#include "shopifyproductcsv.h"

#include "productcells.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The columns we use, located once; each name list covers the current and the legacy template.
struct Columns
{
    explicit Columns(const CsvColumns &c)
        : handle(c.find({u"Handle", u"URL handle"}))
        , title(c.find({u"Title"}))
        , body(c.find({u"Body (HTML)", u"Description"}))
        , type(c.find({u"Type"}))
        , productCategory(c.find({u"Product Category", u"Product category"}))
        , status(c.find({u"Status"}))
        , published(c.find({u"Published", u"Published on online store"}))
        , sku(c.find({u"Variant SKU", u"SKU"}))
        , grams(c.find({u"Variant Grams", u"Weight value (grams)"}))
        , stock(c.find({u"Variant Inventory Qty", u"Inventory quantity"}))
        , price(c.find({u"Variant Price", u"Price"}))
        , barcode(c.find({u"Variant Barcode", u"Barcode"}))
        , cost(c.find({u"Cost per item"}))
        , hsCode(c.find({u"Variant HS Code", u"HS Code", u"Harmonized System Code", u"HS tariff code"}))
        , origin(c.find({u"Variant Country of Origin", u"Country of Origin", u"Country/Region of origin",
                         u"Country of origin"}))
        , options{c.find({u"Option1 Value", u"Option1 value"}), c.find({u"Option2 Value", u"Option2 value"}),
                  c.find({u"Option3 Value", u"Option3 value"})}
    {
    }

    int handle, title, body, type, productCategory, status, published, sku, grams, stock, price, barcode, cost,
        hsCode, origin;
    int options[3];
};

// What the first row of a handle says about every variant that follows.
struct ProductHead
{
    QString handle;
    QString title;
    QString description;
    QString category;
    bool active = true;
};

bool isImageOnlyRow(const ProductCells &cells, const Columns &col)
{
    for (const int c : {col.sku, col.price, col.barcode, col.grams, col.options[0]}) {
        if (!cells.text(c).isEmpty())
            return false;
    }
    return true;
}

QString categoryOf(const ProductCells &cells, const Columns &col)
{
    const QString type = cells.text(col.type);
    if (!type.isEmpty())
        return type;
    // "Apparel & Accessories > Clothing > Shirts & Tops" -> "Shirts & Tops"
    const QString taxonomy = cells.text(col.productCategory);
    return taxonomy.section(u'>', -1).trimmed();
}

QStringList optionValues(const ProductCells &cells, const Columns &col)
{
    QStringList values;
    for (const int c : col.options) {
        const QString v = cells.text(c);
        if (!v.isEmpty() && v != u"Default Title")
            values.append(v);
    }
    return values;
}

} // namespace

QString ShopifyProductCsv::plainTextFromHtml(const QString &html)
{
    static const QRegularExpression breaks(u"<\\s*(br|/p|/div|/li|/h[1-6])\\s*/?\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression spaces(u"[ \\t\\r\\f]+"_s);
    static const QRegularExpression blankLines(u"\\n\\s*\\n+"_s);
    QString text = html;
    text.replace(breaks, u"\n"_s);
    text.remove(tags);
    text.replace(u"&nbsp;"_s, u" "_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#39;"_s, u"'"_s)
        .replace(u"&amp;"_s, u"&"_s);
    text.replace(spaces, u" "_s);
    text.replace(blankLines, u"\n"_s);
    return text.trimmed();
}

void ShopifyProductCsv::read(CsvReader &reader, const CsvColumns &c, const ProductCsv::Options &options, ProductCsvSink &sink,
          ParsedProducts &out)
{
    const Columns col(c);
    const QHash<ProductField, int> fieldColumns{
        {ProductField::Sku, col.sku},         {ProductField::Name, col.title},
        {ProductField::Barcode, col.barcode}, {ProductField::HsCode, col.hsCode},
        {ProductField::OriginCountry, col.origin}, {ProductField::Weight, col.grams},
        {ProductField::Cost, col.cost},       {ProductField::Price, col.price},
        {ProductField::Stock, col.stock},     {ProductField::Category, col.type},
        {ProductField::Active, col.status >= 0 ? col.status : col.published},
    };

    ProductHead head;
    CsvReader::Record record;
    int rows = 0;
    while (reader.next(record)) {
        ++rows;
        if (options.progress && rows % 1000 == 0 && !options.progress(reader.percentDone())) {
            out.cancelled = true;
            return;
        }
        const ProductCells cells(record.fields, record.line, sink);
        const QString handle = cells.text(col.handle);
        if (handle.isEmpty() && col.handle >= 0) {
            sink.error(record.line, col.handle, tr("every row needs the product's handle"));
            continue;
        }
        // Without a handle column, a row with a title starts a new product.
        const bool startsProduct = col.handle >= 0 ? handle != head.handle
                                                   : (!cells.text(col.title).isEmpty() || rows == 1);
        if (startsProduct) {
            // The first row of a handle carries the product itself.
            head = ProductHead{};
            head.handle = handle;
            head.title = cells.text(col.title);
            head.description = plainTextFromHtml(cells.text(col.body));
            head.category = categoryOf(cells, col);
            if (col.status >= 0)
                head.active = cells.text(col.status).compare(u"active", Qt::CaseInsensitive) == 0;
            else
                head.active = cells.flag(col.published, true);
            if (head.title.isEmpty())
                sink.error(record.line, col.title, tr("the first row of product \"%1\" needs its title").arg(handle));
        }
        if (head.title.isEmpty())
            continue; // already reported on the product's first row
        if (isImageOnlyRow(cells, col))
            continue;

        Product p;
        const QStringList variant = optionValues(cells, col);
        p.name = variant.isEmpty() ? head.title : head.title + u" - " + variant.join(u" / ");
        p.sku = cells.text(col.sku);
        if (p.sku.isEmpty()) {
            QStringList parts{handle};
            for (const QString &v : variant)
                parts.append(v.toLower().replace(u' ', u'-'));
            p.sku = parts.join(u'-');
            sink.warning(record.line, col.sku, tr("no SKU; using \"%1\"").arg(p.sku));
        }
        p.description = head.description;
        p.category = head.category;
        p.active = head.active;
        p.barcode = cells.barcode(col.barcode);
        p.hsCode = cells.hsCode(col.hsCode);
        p.originCountry = cells.country(col.origin);
        p.weightG = cells.roundedDecimal(col.grams);
        p.stock = cells.integer(col.stock, 0, true);
        p.price = cells.money(col.price, options.defaultCurrency, true);
        p.cost = cells.money(col.cost, options.defaultCurrency, false);
        sink.add(p, record.line, fieldColumns);
    }
}
