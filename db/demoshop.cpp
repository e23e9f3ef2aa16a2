#include "demoshop.h"

#include "ecbrates.h"
#include "exchangeraterepository.h"
#include "gtin.h"
#include "productcsv.h"
#include "productimporter.h"
#include "shopsettings.h"
#include "writetransaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

struct CategorySpec
{
    const char16_t *category;
    const char16_t *hsCode;
    const char16_t *customs;
    std::initializer_list<const char16_t *> origins;
    std::initializer_list<const char16_t *> items;
    int minWeightG, maxWeightG;
    int minPriceThb, maxPriceThb; // whole baht
    int lengthMm, widthMm, heightMm;
};

const CategorySpec Categories[] = {
    {u"Apparel", u"610910", u"Cotton T-shirt", {u"TH", u"VN", u"BD"},
     {u"Elephant print T-shirt", u"Cotton tee", u"Muay Thai shorts", u"Linen shirt", u"Fisherman pants"},
     120, 450, 290, 1290, 300, 250, 30},
    {u"Silk & Textiles", u"621410", u"Silk scarf", {u"TH", u"LA", u"IN"},
     {u"Thai silk scarf", u"Silk cushion cover", u"Handwoven table runner", u"Silk tie", u"Ikat shawl"},
     60, 400, 490, 3900, 250, 200, 20},
    {u"Home & Kitchen", u"691200", u"Ceramic tableware", {u"TH", u"CN", u"JP"},
     {u"Celadon bowl", u"Benjarong mug", u"Teak serving board", u"Coconut shell bowl", u"Stoneware plate"},
     150, 1800, 190, 2500, 220, 220, 120},
    {u"Beauty", u"330499", u"Skin care preparation", {u"TH", u"KR", u"FR"},
     {u"Tamarind body scrub", u"Jasmine face cream", u"Coconut lip balm", u"Lemongrass massage oil",
      u"Herbal compress ball"},
     30, 500, 120, 1490, 120, 80, 80},
    {u"Tea & Coffee", u"090210", u"Green tea", {u"TH", u"CN", u"JP", u"VN"},
     {u"Oolong tea leaves", u"Jasmine green tea", u"Doi Chaang coffee beans", u"Butterfly pea tea",
      u"Thai milk tea mix"},
     100, 1000, 150, 990, 180, 100, 70},
    {u"Jewellery", u"711311", u"Silver jewellery", {u"TH", u"IN", u"IT"},
     {u"Karen silver bracelet", u"Sterling silver ring", u"Moonstone earrings", u"Silver pendant",
      u"Hill tribe bangle"},
     10, 120, 590, 6900, 100, 80, 40},
    {u"Toys", u"950300", u"Toy", {u"CN", u"TH", u"DE"},
     {u"Wooden elephant puzzle", u"Rubberwood train", u"Plush tuk-tuk", u"Shadow puppet kit", u"Wooden yo-yo"},
     80, 900, 150, 1590, 250, 200, 100},
    {u"Electronics accessories", u"851830", u"Headphones", {u"CN", u"VN", u"TW"},
     {u"Wireless earbuds", u"USB-C charging cable", u"Phone case", u"Power bank 10000 mAh", u"Bluetooth speaker"},
     40, 600, 190, 2990, 160, 100, 60},
    {u"Bags", u"420222", u"Handbag of textile", {u"TH", u"VN", u"IN"},
     {u"Water hyacinth tote", u"Canvas backpack", u"Rattan clutch", u"Hmong embroidered bag", u"Leather wallet"},
     150, 1200, 390, 3490, 350, 300, 120},
};

const char16_t *const Variants[] = {u"Indigo", u"Saffron", u"Jade", u"Ivory", u"Charcoal", u"Lotus pink",
                                    u"Small", u"Medium", u"Large", u"Natural"};

// Rough demo magnitudes per base currency (demo data only; real prices come from price lists).
int thbPerUnit(const QString &currency)
{
    if (currency == u"THB")
        return 1;
    if (currency == u"JPY")
        return -4; // negative: multiply
    if (currency == u"GBP")
        return 44;
    if (currency == u"EUR")
        return 38;
    return 35;
}

qint64 priceInBase(int baht, const QString &currency)
{
    const int factor = thbPerUnit(currency);
    const int digits = Money(0, currency).fractionDigits();
    qint64 major = factor < 0 ? qint64(baht) * -factor : qMax<qint64>(1, baht / factor);
    qint64 minor = major;
    for (int i = 0; i < digits; ++i)
        minor *= 10;
    // Local price endings: x.99 for cents, whole tens for yen.
    if (digits == 2)
        minor -= 1;
    else if (digits == 0)
        minor = minor / 10 * 10;
    return qMax<qint64>(minor, 1);
}

QString ean13(int itemNumber)
{
    const QString body = u"8850457"_s + QString::number(itemNumber).rightJustified(5, u'0');
    return body + QString::number(Gtin::checkDigit(body));
}

} // namespace

bool DemoShop::populate(const QSqlDatabase &db, int productCount, QString *error, quint32 seed)
{
    QRandomGenerator random(seed);
    const QString currency = ShopSettings(db).baseCurrency();
    ParsedProducts products;
    products.fileName = tr("demo data");
    const int categoryCount = int(std::size(Categories));
    for (int i = 0; i < productCount; ++i) {
        const CategorySpec &spec = Categories[i % categoryCount];
        const int itemIndex = (i / categoryCount) % int(spec.items.size());
        const int variantIndex = (i / categoryCount / int(spec.items.size())) % int(std::size(Variants));
        Product p;
        p.sku = QString::fromUtf16(spec.category).left(3).toUpper() + u'-'
                + QString::number(1000 + i).rightJustified(5, u'0');
        p.name = QString::fromUtf16(spec.items.begin()[itemIndex]) + u" - "_s + QString::fromUtf16(Variants[variantIndex]);
        p.category = QString::fromUtf16(spec.category);
        p.customsDescription = QString::fromUtf16(spec.customs);
        p.description = tr("%1, made with care and shipped from Chiang Mai.").arg(p.name);
        p.hsCode = QString::fromUtf16(spec.hsCode);
        p.originCountry = QString::fromUtf16(spec.origins.begin()[random.bounded(int(spec.origins.size()))]);
        p.barcode = i % 11 == 10 ? QString() : ean13(i + 1);
        p.weightG = random.bounded(spec.minWeightG, spec.maxWeightG + 1);
        p.lengthMm = spec.lengthMm;
        p.widthMm = spec.widthMm;
        p.heightMm = spec.heightMm;
        const int baht = random.bounded(spec.minPriceThb, spec.maxPriceThb + 1);
        p.price = Money(priceInBase(baht, currency), currency);
        p.cost = Money(p.price.minorUnits() * random.bounded(30, 56) / 100, currency);
        p.stock = random.bounded(0, 250);
        p.active = i % 17 != 16;
        products.products.append(p);
        products.lines.append(i + 1);
    }
    ProductImportReport report;
    if (!ProductImporter::write(db, products, report, {})) {
        *error = report.error;
        return false;
    }
    return addDemoRates(db, error) && addDemoShipping(db, error);
}

bool DemoShop::addDemoShipping(const QSqlDatabase &db, QString *error)
{
    // The ship-from address and tax numbers labels and customs forms print, and a bin for every product so picking
    // and batch printing can go shelf by shelf. Made-up numbers in the right form.
    const QList<std::pair<QString, QString>> sender{
        {u"ship_from_name"_s, u"Nok Srisuk"_s},
        {u"ship_from_company"_s, u"Siam Crafts Co., Ltd."_s},
        {u"ship_from_line1"_s, u"99/12 Nimmanhaemin Road"_s},
        {u"ship_from_line2"_s, u"Suthep"_s},
        {u"ship_from_city"_s, u"Mueang Chiang Mai"_s},
        {u"ship_from_province"_s, u"Chiang Mai"_s},
        {u"ship_from_postal_code"_s, u"50200"_s},
        {u"ship_from_phone"_s, u"+6653123456"_s},
        {u"shop_email"_s, u"orders@siamcrafts.example"_s},
        {u"shop_vat_number"_s, u"0505561012345"_s},
        {u"shop_ioss"_s, u"IM7640000123"_s},
        {u"shop_signatory"_s, u"Nok Srisuk"_s},
        // EMS numbers the post allocated to the shop, so pack-station labels carry a real S10 number.
        {u"s10_range_THP-EMS-WORLD"_s, u"EE 20261000 20269999 TH"_s},
    };
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    ShopSettings settings(db);
    for (const auto &[key, value] : sender) {
        if (settings.value(key).isEmpty() && !settings.setValue(key, value, error))
            return false;
    }
    QSqlQuery q(db);
    if (!q.exec(u"UPDATE products SET bin = char(65 + id % 6) || '-' || printf('%02d', (id / 6) % 20 + 1) || '-' "
                u"|| (id % 4 + 1) WHERE bin = ''"_s)) {
        *error = q.lastError().text();
        return false;
    }
    return transaction.commit(error);
}

bool DemoShop::addDemoRates(const QSqlDatabase &db, QString *error)
{
    // Three days of ECB-style reference rates, so prices and landed costs show at once; "Update rates" replaces them.
    QFile file(u":/borderdesk/reference/demo-ecb-rates.xml"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the demo exchange rates are missing from this build");
        return false;
    }
    const ParsedRates rates = EcbRates::parse(file.readAll(), file.fileName());
    WriteTransaction transaction(db);
    *error = transaction.error();
    return transaction.isActive() && ExchangeRateRepository(db).save(rates.rates, u"demo"_s, error)
           && transaction.commit(error);
}
