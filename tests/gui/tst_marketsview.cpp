#include "currencycombobox.h"
#include "fitcheck.h"
#include "languagemanager.h"
#include "marketeditor.h"
#include "marketlistmodel.h"
#include "marketrepository.h"
#include "marketsview.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// Stands in for a language whose words for the tables' column titles are long (German compounds).
class LongTitlesTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        static const QList<QByteArray> titles{"HS prefix", "Category", "Duty (%)"};
        if (QByteArray(context) != "MarketEditor" || !titles.contains(QByteArray(sourceText)))
            return {};
        return u"Zolltarifnummernbereich "_s + QString::fromUtf8(sourceText);
    }
};

} // namespace

class TestMarketsView : public QObject
{
    Q_OBJECT

    template<typename T>
    static T *child(const QWidget &parent, const QString &name)
    {
        auto *widget = parent.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    // Clicks a market's row in the list, as the seller would.
    static void clickMarket(MarketsView &view, const QString &code)
    {
        auto *table = child<QTableView>(view, u"marketsTable"_s);
        const QModelIndex index = view.model()->index(view.model()->rowOfCode(code), MarketListModel::Code);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

    // Answers the next message box with the given button, once it is shown.
    void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, this, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(u"en_US"_s));
    }

    void listsThePresets()
    {
        TestDatabase t;
        MarketsView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setDatabase(t.db());
        QVERIFY(view.model()->rowCount() >= 14);
        for (const auto *code : {u"US", u"EU", u"GB", u"CA", u"AU", u"JP", u"TH", u"SG", u"CH", u"NO", u"KR", u"BR",
                                 u"MX", u"CN"})
            QVERIFY2(view.model()->rowOfCode(QString::fromUtf16(code)) >= 0, qPrintable(QString::fromUtf16(code)));
        const int ch = view.model()->rowOfCode(u"CH"_s);
        const QModelIndex vat = view.model()->index(ch, MarketListModel::Vat);
        QCOMPARE(vat.data().toString(), u"8.1 %"_s);
        QCOMPARE(vat.data(MarketListModel::RawValueRole).toString(), u"8.1"_s);
        QCOMPARE(view.model()->index(ch, MarketListModel::Currency).data().toString(), u"CHF"_s);
        QCOMPARE(view.model()->headerData(MarketListModel::Vat, Qt::Horizontal).toString(), u"VAT/GST"_s);
        QLocale::setDefault(QLocale(u"de_DE"_s));
        QCOMPARE(vat.data().toString(), u"8,1 %"_s);
        // Arabic-Indic digits and the Arabic decimal separator, not "8٫1".
        QLocale::setDefault(QLocale(u"ar_EG"_s));
        QCOMPARE(vat.data().toString(), u"\u0668\u066B\u0661 %"_s);
        QCOMPARE(vat.data(MarketListModel::RawValueRole).toString(), u"8.1"_s);
        QLocale::setDefault(QLocale(u"en_US"_s));
        QCOMPARE(view.model()->marketAt(view.model()->rowOfCode(u"JP"_s)).currency, u"JPY"_s);
        QCOMPARE(view.model()->rowOfCode(u"XX"_s), -1);
    }

    void selectingAMarketFillsTheEditor()
    {
        TestDatabase t;
        MarketsView view;
        view.setDatabase(t.db());
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        clickMarket(view, u"JP"_s);
        QCOMPARE(view.currentCode(), u"JP"_s);
        auto *code = child<QLineEdit>(view, u"codeEdit"_s);
        QCOMPARE(code->text(), u"JP"_s);
        QVERIFY(code->isReadOnly());
        QCOMPARE(child<CurrencyComboBox>(view, u"currencyCombo"_s)->currentCode(), u"JPY"_s);
        QCOMPARE(child<QLineEdit>(view, u"taxThresholdEdit"_s)->text(), u"10000"_s);
        QCOMPARE(child<QLineEdit>(view, u"roundingEdit"_s)->text(), u"100:up:10"_s);
        QVERIFY(!child<QLabel>(view, u"roundingDescription"_s)->text().isEmpty());
        auto *rules = child<QTableWidget>(view, u"restrictionsTable"_s);
        QCOMPARE(rules->rowCount(), 1);
        QCOMPARE(rules->item(0, 0)->text(), u"3304"_s);
        QCOMPARE(qobject_cast<QComboBox *>(rules->cellWidget(0, 2))->currentData().toString(), u"licence"_s);
        QCOMPARE(child<QTableWidget>(view, u"dutyRatesTable"_s)->rowCount(), 2);
        QVERIFY(child<QLabel>(view, u"marketProblems"_s)->isHidden());
        QVERIFY(!child<QPushButton>(view, u"saveMarketButton"_s)->isEnabled());
        QCOMPARE(view.editor()->market(), MarketRepository(t.db()).find(u"JP"_s));

        // Switching the language re-labels the form without touching what it shows.
        for (QWidget *widget : {static_cast<QWidget *>(&view), static_cast<QWidget *>(view.editor())}) {
            QEvent change(QEvent::LanguageChange);
            QApplication::sendEvent(widget, &change);
        }
        QVERIFY(!view.hasUnsavedChanges());
        QCOMPARE(view.editor()->market(), MarketRepository(t.db()).find(u"JP"_s));
    }

    void editingVatAndSavingWritesIt()
    {
        TestDatabase t;
        MarketsView view;
        view.setDatabase(t.db());
        view.show();
        clickMarket(view, u"JP"_s);
        QSignalSpy status(&view, &MarketsView::statusMessage);
        retype(child<QLineEdit>(view, u"vatEdit"_s), u"11"_s);
        QVERIFY(view.hasUnsavedChanges());
        auto *save = child<QPushButton>(view, u"saveMarketButton"_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        const MarketRepository repository(t.db());
        QCOMPARE(repository.find(u"JP"_s)->vatPercent.toString(), u"11"_s);
        QVERIFY(repository.origin(u"JP"_s)->edited);
        QVERIFY(repository.origin(u"JP"_s)->presetVersion > 0);
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().first().toString().contains(u"JP"_s));
        QVERIFY(!save->isEnabled());
        QVERIFY(!view.hasUnsavedChanges());
        QCOMPARE(view.currentCode(), u"JP"_s);
        QCOMPARE(view.model()->index(view.model()->rowOfCode(u"JP"_s), MarketListModel::Vat).data().toString(),
                 u"11 %"_s);
    }

    void badRoundingIsAProblemAndIsNotSaved()
    {
        TestDatabase t;
        MarketsView view;
        view.setDatabase(t.db());
        view.show();
        clickMarket(view, u"JP"_s);
        retype(child<QLineEdit>(view, u"roundingEdit"_s), u"1:sideways:0"_s);
        auto *problems = child<QLabel>(view, u"marketProblems"_s);
        QVERIFY(!problems->isHidden());
        QVERIFY2(problems->text().contains(u"Price rounding"_s), qPrintable(problems->text()));
        QVERIFY(!child<QPushButton>(view, u"saveMarketButton"_s)->isEnabled());
        QStringList found;
        QVERIFY(!view.editor()->market(&found));
        QCOMPARE(found.size(), 1);
        QVERIFY(!view.save());
        const MarketRepository repository(t.db());
        QCOMPARE(repository.find(u"JP"_s)->rounding.toText(u"JPY"_s), u"100:up:10"_s);
        QVERIFY(!repository.origin(u"JP"_s)->edited);

        // A threshold that is not an amount in yen is named too, and fixing both clears the list.
        retype(child<QLineEdit>(view, u"dutyThresholdEdit"_s), u"10000.5"_s);
        QVERIFY(problems->text().contains(u"Duty threshold"_s));
        retype(child<QLineEdit>(view, u"dutyThresholdEdit"_s), u"10000"_s);
        retype(child<QLineEdit>(view, u"roundingEdit"_s), u"0=1:up:0;1000=100:nearest:10"_s);
        QVERIFY(problems->isHidden());
        QVERIFY(child<QPushButton>(view, u"saveMarketButton"_s)->isEnabled());
    }

    void revertDropsTheEdits()
    {
        TestDatabase t;
        MarketsView view;
        view.setDatabase(t.db());
        view.show();
        clickMarket(view, u"CA"_s);
        auto *name = child<QLineEdit>(view, u"nameEdit"_s);
        retype(name, u"Canada (draft)"_s);
        QVERIFY(view.hasUnsavedChanges());
        QTest::mouseClick(child<QPushButton>(view, u"revertMarketButton"_s), Qt::LeftButton);
        QCOMPARE(name->text(), u"Canada"_s);
        QVERIFY(!view.hasUnsavedChanges());
    }

    void leavingUnsavedChangesAsksFirst()
    {
        TestDatabase t;
        MarketsView view;
        view.setDatabase(t.db());
        view.show();
        clickMarket(view, u"CA"_s);
        auto *name = child<QLineEdit>(view, u"nameEdit"_s);
        retype(name, u"Canada (draft)"_s);
        answerNextMessageBox(QMessageBox::Cancel);
        clickMarket(view, u"JP"_s);
        QCOMPARE(view.currentCode(), u"CA"_s);
        QCOMPARE(name->text(), u"Canada (draft)"_s);
        QCOMPARE(view.model()->rowOfCode(u"CA"_s),
                 child<QTableView>(view, u"marketsTable"_s)->currentIndex().row());

        answerNextMessageBox(QMessageBox::Save);
        clickMarket(view, u"JP"_s);
        QCOMPARE(view.currentCode(), u"JP"_s);
        QCOMPARE(MarketRepository(t.db()).find(u"CA"_s)->name, u"Canada (draft)"_s);
        QCOMPARE(child<QTableView>(view, u"marketsTable"_s)->currentIndex().row(), view.model()->rowOfCode(u"JP"_s));
        QCOMPARE(child<CurrencyComboBox>(view, u"currencyCombo"_s)->currentCode(), u"JPY"_s);

        retype(child<QLineEdit>(view, u"vatEdit"_s), u"12"_s);
        answerNextMessageBox(QMessageBox::Discard);
        clickMarket(view, u"GB"_s);
        QCOMPARE(view.currentCode(), u"GB"_s);
        QCOMPARE(MarketRepository(t.db()).find(u"JP"_s)->vatPercent.toString(), u"10"_s);
    }

    void deleteAsksAndRemoves()
    {
        TestDatabase t;
        MarketsView view;
        view.setDatabase(t.db());
        view.show();
        QVERIFY(view.cloneCurrent(u"XB"_s, u"Test market"_s));
        const int before = view.model()->rowCount();
        answerNextMessageBox(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(view, u"deleteMarketButton"_s), Qt::LeftButton);
        QVERIFY(MarketRepository(t.db()).find(u"XB"_s));
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(view, u"deleteMarketButton"_s), Qt::LeftButton);
        QVERIFY(!MarketRepository(t.db()).find(u"XB"_s));
        QCOMPARE(view.model()->rowCount(), before - 1);
        QVERIFY(!view.currentCode().isEmpty());
        QCOMPARE(child<QLineEdit>(view, u"codeEdit"_s)->text(), view.currentCode());
    }

    void cloneCopiesTheWholeSetUp()
    {
        TestDatabase t;
        MarketsView view;
        view.setDatabase(t.db());
        view.show();
        clickMarket(view, u"GB"_s);
        const int before = view.model()->rowCount();
        QVERIFY(view.cloneCurrent(u"IE"_s, u"Ireland"_s));
        const MarketRepository repository(t.db());
        const auto gb = repository.find(u"GB"_s);
        const auto ie = repository.find(u"IE"_s);
        QVERIFY(ie);
        QCOMPARE(ie->name, u"Ireland"_s);
        QCOMPARE(ie->vatPercent, gb->vatPercent);
        QCOMPARE(ie->dutyThresholdMinor, gb->dutyThresholdMinor);
        QCOMPARE(ie->taxThresholdMinor, gb->taxThresholdMinor);
        QCOMPARE(ie->dutyRates, gb->dutyRates);
        QCOMPARE(view.model()->rowCount(), before + 1);
        QCOMPARE(view.currentCode(), u"IE"_s);
        QCOMPARE(child<QLineEdit>(view, u"codeEdit"_s)->text(), u"IE"_s);
        QCOMPARE(child<QLineEdit>(view, u"nameEdit"_s)->text(), u"Ireland"_s);

        // A code that is taken is refused with a message, and nothing changes.
        answerNextMessageBox(QMessageBox::Ok);
        QVERIFY(!view.cloneCurrent(u"GB"_s, u"Great Britain"_s));
        QCOMPARE(repository.find(u"GB"_s)->name, u"United Kingdom"_s);
        QCOMPARE(view.model()->rowCount(), before + 1);
    }

    void addedRestrictionIsSaved()
    {
        TestDatabase t;
        MarketsView view;
        view.setDatabase(t.db());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        clickMarket(view, u"GB"_s);
        auto *rules = child<QTableWidget>(view, u"restrictionsTable"_s);
        QCOMPARE(rules->rowCount(), 0);
        QTest::mouseClick(child<QPushButton>(view, u"addRestrictionButton"_s), Qt::LeftButton);
        QCOMPARE(rules->rowCount(), 1);
        // The new row opens for typing the HS prefix.
        auto *prefix = qobject_cast<QLineEdit *>(rules->indexWidget(rules->model()->index(0, 0)));
        QVERIFY(prefix);
        QTest::keyClicks(prefix, u"9503"_s);
        QTest::keyClick(prefix, Qt::Key_Return);
        QTRY_COMPARE(rules->item(0, 0)->text(), u"9503"_s); // the delegate commits on the next event loop turn
        auto *level = qobject_cast<QComboBox *>(rules->cellWidget(0, 2));
        level->setCurrentIndex(level->findData(u"restricted"_s));
        rules->item(0, 3)->setText(u"Toys need UKCA marking"_s);
        QVERIFY(view.save());

        const auto gb = MarketRepository(t.db()).find(u"GB"_s);
        QCOMPARE(gb->restrictions.size(), 1);
        QCOMPARE(gb->restrictions.first().hsPrefix, u"9503"_s);
        QCOMPARE(gb->restrictions.first().level, MarketRestriction::Level::Restricted);
        QCOMPARE(gb->restrictions.first().note, u"Toys need UKCA marking"_s);
        QCOMPARE(rules->rowCount(), 1);
        QCOMPARE(view.editor()->market(), gb); // the editor shows the stored rule, with its id

        // A rule with both an HS prefix and a category is refused by the validator.
        rules->item(0, 1)->setText(u"Toys"_s);
        QVERIFY(!view.editor()->problems().isEmpty());
        QVERIFY(!view.save());
    }

    // The duty-rate and restriction tables' columns are as wide as their titles in every language ("HS 编码前缀",
    // "รหัส HS ขึ้นต้น" for the HS prefix), again after a switch; the "as of" date fits its field.
    void tableTitlesFitEveryLanguage()
    {
        TestDatabase t;
        LanguageManager languages;
        QVERIFY(languages.switchTo(u"en"_s, false));
        MarketsView view;
        view.setDatabase(t.db());
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        clickMarket(view, u"GB"_s);
        QTest::mouseClick(child<QPushButton>(view, u"addRestrictionButton"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(view, u"addDutyRateButton"_s), Qt::LeftButton);
        for (const QString &code : {u"zh_CN"_s, u"th"_s, u"ja"_s, u"de"_s, u"fr"_s, u"ar"_s, u"es"_s, u"en"_s}) {
            QVERIFY(languages.switchTo(code, false));
            QTest::qWait(20); // QApplication posts LanguageChange to every window, then layouts follow
            // Layouts catch up with the new texts on later events.
            QTRY_VERIFY2(FitCheck::problems(&view).isEmpty(),
                         qPrintable(code + u": " + FitCheck::problems(&view).join(u'\n')));
        }
        QCOMPARE(child<QTableWidget>(view, u"dutyRatesTable"_s)->model()->headerData(0, Qt::Horizontal).toString(),
                 u"HS prefix"_s);
        // Titles longer than any of today's translations widen their columns too.
        LongTitlesTranslator longTitles;
        QCoreApplication::installTranslator(&longTitles);
        QTRY_VERIFY(child<QTableWidget>(view, u"restrictionsTable"_s)->model()->headerData(0, Qt::Horizontal).toString()
                        .startsWith(u"Zolltarifnummernbereich"_s));
        QTRY_VERIFY2(FitCheck::problems(&view).isEmpty(), qPrintable(FitCheck::problems(&view).join(u'\n')));
    }

    // BORDERDESK_SCREENSHOT=/tmp/marketsview.png renders the view (top and bottom of the form) for a look at it.
    void screenshot()
    {
        const QString path = qEnvironmentVariable("BORDERDESK_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("set BORDERDESK_SCREENSHOT to a .png path");
        TestDatabase t;
        MarketsView view;
        view.setDatabase(t.db());
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        clickMarket(view, u"JP"_s);
        retype(child<QLineEdit>(view, u"roundingEdit"_s), u"1:sideways:0"_s); // to show the problems too
        QTest::qWait(50); // let the layouts settle
        QVERIFY(view.grab().save(path));
        child<QScrollArea>(view, u"marketEditorScroll"_s)->verticalScrollBar()->setValue(100000);
        QVERIFY(view.grab().save(QString(path).replace(u".png"_s, u"-bottom.png"_s)));
    }
};

QTEST_MAIN(TestMarketsView)
#include "tst_marketsview.moc"
