#include "productimportdialog.h"
#include "productrepository.h"
#include "testdatabase.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badFileIsShownAndCannotBeImported()
    {
        TestDatabase t(5);
        ProductImportDialog dialog(t.path(), testDataPath(QStringLiteral("shopify_products_bad_barcode.csv")),
                                   QStringLiteral("THB"));
        QSignalSpy ready(&dialog, &ProductImportDialog::previewReady);
        dialog.show();
        dialog.startPreview();
        QVERIFY(ready.wait(10000));
        QVERIFY(!dialog.canImport());
        auto *issues = dialog.findChild<QListWidget *>(QStringLiteral("importIssues"));
        QVERIFY(issues->count() >= 1);
        QVERIFY2(issues->item(0)->text().startsWith(QStringLiteral("shopify_products_bad_barcode.csv:8: Variant Barcode:")),
                 qPrintable(issues->item(0)->text()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("nothing can be imported")));
        dialog.startImport(); // refused
        QCOMPARE(ProductRepository(t.db()).count(), 5);
    }

    void goodFileImportsOffTheGuiThread()
    {
        TestDatabase t;
        ProductImportDialog dialog(t.path(), testDataPath(QStringLiteral("shopify_products_legacy.csv")),
                                   QStringLiteral("EUR"));
        QSignalSpy ready(&dialog, &ProductImportDialog::previewReady);
        QSignalSpy finished(&dialog, &ProductImportDialog::importFinished);
        dialog.show();
        dialog.startPreview();
        QVERIFY(ready.wait(10000));
        QVERIFY(dialog.canImport());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("6 new")));
        dialog.startImport();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(ProductRepository(t.db()).count(), 6);
        QCOMPARE(ProductRepository(t.db()).findBySku(QStringLiteral("CER-BOWL-01"))->price,
                 Money(2499, QStringLiteral("EUR")));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
