#include "catalogview.h"
#include "fitcheck.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "producteditordialog.h"
#include "producttablemodel.h"
#include "testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestCatalogView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;

    CatalogView *catalog() const { return m_window->catalogView(); }
    ProductTableModel *model() const { return catalog()->model(); }

    int rowOfSku(const QString &sku) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->productAt(row)->sku == sku)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(600);
        m_languages = std::make_unique<LanguageManager>();
        m_languages->switchTo(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(*m_languages);
        QString error;
        QVERIFY2(m_window->openDatabase(m_db->path(), &error, false), qPrintable(error));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_languages.reset();
        m_db.reset();
    }

    void searchAsYouType()
    {
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("catalogSearch"));
        QVERIFY(search);
        QCOMPARE(model()->rowCount(), 600);
        QTest::keyClicks(search, QStringLiteral("celadon"));
        QTRY_VERIFY(model()->rowCount() < 600);
        const int matches = model()->rowCount();
        QVERIFY(matches > 0);
        for (int row = 0; row < matches; ++row)
            QVERIFY(model()->productAt(row)->name.contains(QStringLiteral("Celadon"), Qt::CaseInsensitive));
        auto *count = m_window->findChild<QLabel *>(QStringLiteral("productCount"));
        QCOMPARE(count->text(), QStringLiteral("%1 products").arg(matches));

        // A barcode typed (or scanned) finds its product.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("8850457000014"));
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->productAt(0)->sku, QStringLiteral("APP-01000"));
    }

    void filterByCategoryAndStatus()
    {
        auto *category = m_window->findChild<QComboBox *>(QStringLiteral("categoryFilter"));
        category->setCurrentIndex(category->findData(QStringLiteral("Tea & Coffee")));
        QVERIFY(model()->rowCount() > 0 && model()->rowCount() < 600);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->productAt(row)->category, QStringLiteral("Tea & Coffee"));
        auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(2); // inactive only
        for (int row = 0; row < model()->rowCount(); ++row)
            QVERIFY(!model()->productAt(row)->active);
    }

    void editThenUndo()
    {
        const int row = rowOfSku(QStringLiteral("APP-01000"));
        QVERIFY(row >= 0);
        const Product before = *model()->productAt(row);
        catalog()->table()->setCurrentIndex(model()->index(row, ProductTableModel::Name));

        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ProductEditorDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            name->clear();
            QTest::keyClicks(name, QStringLiteral("Elephant tee, organic"));
            auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        catalog()->editCurrent();

        const ProductRepository repo(m_db->db());
        QCOMPARE(repo.find(before.id)->name, QStringLiteral("Elephant tee, organic"));
        QVERIFY(m_window->undoStack()->canUndo());
        m_window->undoStack()->undo();
        QCOMPARE(repo.find(before.id)->name, before.name);
        m_window->undoStack()->redo();
        QCOMPARE(repo.find(before.id)->name, QStringLiteral("Elephant tee, organic"));
    }

    void deleteAndDuplicateWithUndo()
    {
        const ProductRepository repo(m_db->db());
        const int row = rowOfSku(QStringLiteral("TEA-01004"));
        QVERIFY(row >= 0);
        catalog()->table()->selectRow(row);
        auto *duplicate = m_window->findChild<QToolButton *>(QStringLiteral("duplicateProductButton"));
        QVERIFY(duplicate->isEnabled());
        QTest::mouseClick(duplicate, Qt::LeftButton);
        QVERIFY(repo.findBySku(QStringLiteral("TEA-01004-COPY")));
        QCOMPARE(repo.count(), 601);
        m_window->undoStack()->undo();
        QVERIFY(!repo.findBySku(QStringLiteral("TEA-01004-COPY")));

        catalog()->table()->selectRow(rowOfSku(QStringLiteral("TEA-01004")));
        QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("deleteProductButton")), Qt::LeftButton);
        QVERIFY(!repo.findBySku(QStringLiteral("TEA-01004")));
        QCOMPARE(model()->rowCount(), 599);
        m_window->undoStack()->undo();
        QVERIFY(repo.findBySku(QStringLiteral("TEA-01004")));
        QCOMPARE(model()->rowCount(), 600);
    }

    void keyboardOnly()
    {
        const ProductRepository repo(m_db->db());
        QVERIFY(m_window->showView(QStringLiteral("catalogue"))); // the dashboard is the home view
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("catalogSearch"));
        QTRY_VERIFY(search->hasFocus());
        // A scanner types the barcode and presses Enter: the product is found and selected at once.
        QTest::keyClicks(search, QStringLiteral("8850457000021"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(model()->rowCount(), 1);
        QTRY_VERIFY(catalog()->table()->hasFocus());
        QVERIFY(catalog()->table()->selectionModel()->isRowSelected(0, {}));
        const QString sku = model()->productAt(0)->sku;
        QTest::keyClick(catalog()->table(), Qt::Key_Delete);
        QVERIFY(!repo.findBySku(sku));
        m_window->undoStack()->undo();
        QVERIFY(repo.findBySku(sku));
    }

    void statusBarNamesTheDatabase()
    {
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(label->text().contains(m_db->path()));
        QVERIFY(label->text().contains(QStringLiteral("600 products")));
    }

    // The columns fit this catalogue's categories and countries of origin and the titles in the language shown, and
    // fit again after the language changes ("Thaïlande" in French, not "Thaïlan…"; "Electronics accessories" whole).
    void columnsFitTheirTextsInEveryLanguage()
    {
        m_window->resize(1280, 800);
        QVERIFY(m_window->showView(u"catalogue"_s));
        const QList<int> columns{ProductTableModel::Sku,      ProductTableModel::Barcode, ProductTableModel::Category,
                                 ProductTableModel::Origin,   ProductTableModel::HsCode,  ProductTableModel::Weight,
                                 ProductTableModel::Price,    ProductTableModel::Cost,    ProductTableModel::Stock,
                                 ProductTableModel::Active};
        for (const QString &code : {u"fr"_s, u"de"_s, u"ja"_s, u"th"_s, u"ar"_s, u"en"_s}) {
            QVERIFY(m_languages->switchTo(code, false));
            QTest::qWait(20); // QApplication posts LanguageChange to every window, then layouts follow
            QCOMPARE(model()->headerData(ProductTableModel::Origin, Qt::Horizontal).toString() == u"Origin", code == u"en");
            const QStringList cut = FitCheck::cutCells(catalog()->table(), columns);
            QVERIFY2(cut.isEmpty(), qPrintable(code + u": " + cut.join(u'\n')));
            // Layouts catch up with the new texts on later events.
            QTRY_VERIFY2(FitCheck::problems(m_window.get()).isEmpty(), qPrintable(code + u": " + FitCheck::problems(m_window.get()).join(u'\n')));
            // The name keeps room to be read.
            QVERIFY2(catalog()->table()->columnWidth(ProductTableModel::Name) >= 120, qPrintable(code));
        }
        // Sorting by a column makes room for the arrow beside its title.
        catalog()->table()->sortByColumn(ProductTableModel::Stock, Qt::DescendingOrder);
        QVERIFY2(FitCheck::problems(m_window.get()).isEmpty(), qPrintable(FitCheck::problems(m_window.get()).join(u'\n')));
    }
};

QTEST_MAIN(TestCatalogView)
#include "tst_catalogview.moc"
