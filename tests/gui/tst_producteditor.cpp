#include "producteditordialog.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include "englishmessages.h"

#include <QTest>

class TestProductEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installEnglishMessages(); }

    void showsProblemsUnderEachFieldAsYouType()
    {
        TestDatabase t(3);
        Product fresh;
        fresh.cost = Money(0, QStringLiteral("THB"));
        fresh.price = Money(0, QStringLiteral("THB"));
        ProductEditorDialog dialog(ProductRepository(t.db()), fresh);
        dialog.show();
        auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        auto *barcodeError = dialog.findChild<QLabel *>(QStringLiteral("barcodeError"));

        QVERIFY(!dialog.isValid()); // SKU and name are missing
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.problemText(ProductField::Sku), QStringLiteral("SKU is required"));

        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("skuEdit")), QStringLiteral("APP-01000"));
        QVERIFY(dialog.problemText(ProductField::Sku).contains(QStringLiteral("already used")));
        auto *sku = dialog.findChild<QLineEdit *>(QStringLiteral("skuEdit"));
        sku->clear();
        QTest::keyClicks(sku, QStringLiteral("NEW-1"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Lamp"));
        QVERIFY(dialog.isValid());
        QVERIFY(ok->isEnabled());
        QVERIFY(barcodeError->isHidden());

        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("barcodeEdit")), QStringLiteral("4006381333932"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(barcodeError->isVisible());
        QVERIFY(barcodeError->text().contains(QStringLiteral("should end in 1, not 2")));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("barcodeEdit")), Qt::Key_Backspace);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("barcodeEdit")), QStringLiteral("1"));
        QVERIFY(ok->isEnabled());

        auto *price = dialog.findChild<QLineEdit *>(QStringLiteral("priceEdit"));
        price->setText(QStringLiteral("12.999"));
        QVERIFY(dialog.problemText(ProductField::Price).contains(QStringLiteral("more decimals than THB")));
        price->setText(QStringLiteral("1290.50"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("hsCodeEdit")), QStringLiteral("6912"));
        QVERIFY(dialog.problemText(ProductField::HsCode).contains(QStringLiteral("4 digits")));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("hsCodeEdit")), QStringLiteral(".00"));
        QVERIFY(dialog.isValid());

        const Product p = dialog.product();
        QCOMPARE(p.sku, QStringLiteral("NEW-1"));
        QCOMPARE(p.barcode, QStringLiteral("4006381333931"));
        QCOMPARE(p.hsCode, QStringLiteral("691200"));
        QCOMPARE(p.price, Money(129050, QStringLiteral("THB")));
    }
};

QTEST_MAIN(TestProductEditor)
#include "tst_producteditor.moc"
