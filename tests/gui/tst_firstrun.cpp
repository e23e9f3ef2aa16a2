#include "currencycombobox.h"
#include "countrycombobox.h"
#include "firstrundialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "shopsettings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newDatabaseAsksForTheShopsBasics()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new-shop.sqlite"));
        LanguageManager languages;
        languages.switchTo(QStringLiteral("en"));
        MainWindow window(languages);
        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            auto *dialog = qobject_cast<FirstRunDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            asked = true;
            dialog->findChild<CurrencyComboBox *>(QStringLiteral("currencyCombo"))->setCurrentCode(QStringLiteral("JPY"));
            dialog->findChild<CountryComboBox *>(QStringLiteral("countryCombo"))->setCurrentCode(QStringLiteral("JP"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QString error;
        QVERIFY2(window.openDatabase(path, &error, true), qPrintable(error));
        QVERIFY(asked);

        const Connection connection = Connection::open(path, &error);
        const ShopSettings settings(connection.database());
        QVERIFY(settings.isConfigured());
        QCOMPARE(settings.baseCurrency(), QStringLiteral("JPY"));
        QCOMPARE(settings.homeCountry(), QStringLiteral("JP"));
    }

    void choosingALanguageSwitchesAtOnce()
    {
        LanguageManager languages;
        languages.switchTo(QStringLiteral("en"));
        FirstRunDialog dialog(languages);
        const QString englishTitle = dialog.windowTitle();
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("th")));
        QCoreApplication::processEvents();
        QCOMPARE(languages.current(), QStringLiteral("th"));
        QVERIFY(dialog.windowTitle() != englishTitle);
        // Qt's own OK button speaks Thai too.
        QCOMPARE(dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->text(),
                 QStringLiteral("ตกลง"));
        languages.switchTo(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
