#include "productvalidator.h"

#include <QTest>

namespace {
Product validProduct()
{
    Product p;
    p.sku = QStringLiteral("MUG-1");
    p.name = QStringLiteral("Mug");
    p.barcode = QStringLiteral("4006381333931");
    p.hsCode = QStringLiteral("691200");
    p.originCountry = QStringLiteral("TH");
    p.weightG = 350;
    p.cost = Money(9500, QStringLiteral("THB"));
    p.price = Money(59000, QStringLiteral("THB"));
    return p;
}

QList<ProductField> fields(const QList<ProductValidator::Problem> &problems)
{
    QList<ProductField> result;
    for (const auto &p : problems)
        result.append(p.field);
    return result;
}
} // namespace

class TestProductValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aValidProductHasNoProblems()
    {
        QVERIFY(ProductValidator::validate(validProduct()).isEmpty());
    }

    void eachFieldIsChecked()
    {
        Product p = validProduct();
        p.sku = QStringLiteral(" MUG");
        p.name.clear();
        p.barcode = QStringLiteral("4006381333932");
        p.hsCode = QStringLiteral("6912");
        p.originCountry = QStringLiteral("XX");
        p.weightG = -1;
        p.heightMm = 20000;
        p.cost = Money(-1, QStringLiteral("THB"));
        p.price = Money(100, QStringLiteral("XYZ"));
        const auto problems = ProductValidator::validate(p);
        QCOMPARE(fields(problems),
                 (QList<ProductField>{ProductField::Sku, ProductField::Name, ProductField::Barcode, ProductField::HsCode,
                                      ProductField::OriginCountry, ProductField::Weight, ProductField::Height,
                                      ProductField::Cost, ProductField::Price}));
        QVERIFY(problems.at(2).message.contains(QStringLiteral("check digit")));
    }
};

QTEST_GUILESS_MAIN(TestProductValidator)
#include "tst_productvalidator.moc"
