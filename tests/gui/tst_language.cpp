#include "catalogview.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "producttablemodel.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void switchesTheWholeUiAtRuntime()
    {
        TestDatabase db(20);
        LanguageManager languages;
        QVERIFY(languages.switchTo(QStringLiteral("en")));
        MainWindow window(languages);
        QString error;
        QVERIFY(window.openDatabase(db.path(), &error, false));
        window.show();

        auto *search = window.findChild<QLineEdit *>(QStringLiteral("catalogSearch"));
        auto *add = window.findChild<QToolButton *>(QStringLiteral("addProductButton"));
        auto *count = window.findChild<QLabel *>(QStringLiteral("productCount"));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *model = window.catalogView()->model();
        const QString fileMenu = window.menuBar()->actions().first()->text();
        // A button of every view, to see that each one follows the switch.
        const QStringList buttonNames{QStringLiteral("updateRatesButton"), QStringLiteral("applyPricesButton"),
                                      QStringLiteral("exportPricesButton"), QStringLiteral("landedCostButton")};
        QStringList englishButtons;
        for (const QString &name : buttonNames) {
            auto *button = window.findChild<QAbstractButton *>(name);
            QVERIFY2(button, qPrintable(name));
            englishButtons.append(button->text());
        }
        QStringList englishNavigation;
        for (int row = 0; row < navigation->count(); ++row)
            englishNavigation.append(navigation->item(row)->text());
        const QString englishSearch = search->placeholderText();
        const QString englishAdd = add->text();
        const QString englishHeader = model->headerData(ProductTableModel::Price, Qt::Horizontal).toString();
        const QString englishOrigin = model->data(model->index(0, ProductTableModel::Origin)).toString();
        QCOMPARE(englishSearch, QStringLiteral("Search SKU, name or barcode"));
        QCOMPARE(count->text(), QStringLiteral("20 products"));

        // Through the Language menu, as an operator would.
        QAction *thai = window.findChild<QAction *>(QStringLiteral("language_th"));
        QVERIFY(thai);
        thai->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(languages.current(), QStringLiteral("th"));
        QVERIFY(search->placeholderText() != englishSearch);
        QVERIFY(search->placeholderText().contains(QStringLiteral("SKU")));
        QVERIFY(add->text() != englishAdd);
        QVERIFY(window.menuBar()->actions().first()->text() != fileMenu);
        QVERIFY(navigation->item(0)->text() != QStringLiteral("Catalogue"));
        for (int i = 0; i < buttonNames.size(); ++i)
            QVERIFY2(window.findChild<QAbstractButton *>(buttonNames.at(i))->text() != englishButtons.at(i),
                     qPrintable(buttonNames.at(i)));
        for (int row = 0; row < navigation->count(); ++row)
            QVERIFY2(navigation->item(row)->text() != englishNavigation.at(row), qPrintable(englishNavigation.at(row)));
        QVERIFY(model->headerData(ProductTableModel::Price, Qt::Horizontal).toString() != englishHeader);
        QVERIFY(count->text().contains(QStringLiteral("20")));
        QVERIFY(count->text() != QStringLiteral("20 products"));
        // Country names come from ICU in the UI language.
        QVERIFY(model->data(model->index(0, ProductTableModel::Origin)).toString() != englishOrigin);
        QCOMPARE(QLocale().language(), QLocale::Thai);
        // Qt's own undo action, which Qt does not translate to Thai, comes from our translation.
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("undoAction"))->text(), QStringLiteral("เลิกทำ"));
        // Remembered for this operator.
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("th"));
        QCOMPARE(LanguageManager().preferred(), QStringLiteral("th"));

        window.findChild<QAction *>(QStringLiteral("language_en"))->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(search->placeholderText(), englishSearch);
        QCOMPARE(count->text(), QStringLiteral("20 products"));
    }

    void packStationSwitchesLanguageWithF12()
    {
        TestDatabase db(20);
        LanguageManager languages;
        QVERIFY(languages.switchTo(QStringLiteral("en")));
        MainWindow window(languages);
        QString error;
        QVERIFY(window.openDatabase(db.path(), &error, false));
        QWidget *station = window.openPackStation(false);
        QVERIFY(station);
        auto *hints = station->findChild<QLabel *>(QStringLiteral("packHints"));
        const QString english = hints->text();
        QVERIFY(english.contains(QStringLiteral("F12")));
        auto *input = station->findChild<QLineEdit *>();
        QTest::keyClick(input, Qt::Key_F12);
        QCoreApplication::processEvents();
        QCOMPARE(languages.current(), QStringLiteral("th"));
        QVERIFY(hints->text() != english);
        QVERIFY(hints->text().contains(QStringLiteral("F12")));
        // On through every language, in the Language menu's order, and round again to English.
        const QList<LanguageManager::Language> all = LanguageManager::available();
        for (qsizetype next = 2; next <= all.size(); ++next) {
            QTest::keyClick(input, Qt::Key_F12);
            QCoreApplication::processEvents();
            QCOMPARE(languages.current(), all.at(next % all.size()).code);
            if (next < all.size())
                QVERIFY(hints->text() != english);
        }
        QCOMPARE(hints->text(), english);
        // The same window comes back instead of a second station.
        QCOMPARE(window.openPackStation(false), station);
    }

    void everyThaiStringIsTranslated()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/borderdesk_th.qm")));
        QVERIFY(!translator.isEmpty());
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
