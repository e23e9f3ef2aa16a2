#include "borderdeskordercsv.h"
#include "countrycombobox.h"
#include "csvwriter.h"
#include "fitcheck.h"
#include "fraudsettingsdialog.h"
#include "fraudsettingsrepository.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "orderdetailpanel.h"
#include "orderimportdialog.h"
#include "orderimporter.h"
#include "orderrepository.h"
#include "ordersview.h"
#include "ordertablemodel.h"
#include "ordersamples.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include "recipienteditdialog.h"
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

using OrderSamples::orderRow;
using OrderSamples::ordersCsv;

const QHash<QString, QString> Germany{{u"ship_country"_s, u"DE"_s}, {u"ship_postal_code"_s, u"10115"_s},
                                      {u"ship_city"_s, u"Berlin"_s}, {u"ship_province"_s, QString()},
                                      {u"currency"_s, u"EUR"_s}};

QHash<QString, QString> merged(QHash<QString, QString> a, const QHash<QString, QString> &b)
{
    a.insert(b);
    return a;
}

// #1001 US new; #1002 DE new; #1003 DE on hold; #1004 US cancelled; #1005 US new with an unknown SKU (two lines);
// #1006 US, AVS and CVV failed (held by the fraud check).
QList<QHash<QString, QString>> sampleOrders()
{
    return {orderRow(1),
            orderRow(2, merged(Germany, {{u"customer_email"_s, u"hans@example.de"_s}})),
            orderRow(3, merged(Germany, {{u"status"_s, u"on_hold"_s}})),
            orderRow(4, {{u"status"_s, u"cancelled"_s}}),
            orderRow(5),
            orderRow(5, {{u"line_sku"_s, u"NOPE-1"_s}, {u"line_name"_s, u"Mystery box"_s}, {u"line_quantity"_s, u"2"_s}}),
            orderRow(6, {{u"avs_result"_s, u"N"_s}, {u"cvv_result"_s, u"N"_s}})};
}

} // namespace

class TestOrdersView : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<OrdersView> m_view;

    OrderTableModel *model() const { return m_view->model(); }

    template<typename T>
    T *child(const QString &name) const
    {
        auto *widget = m_view->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    qint64 idOf(const QString &number) const { return OrderRepository(m_db->db()).findByNumber(number).value(0); }

    void select(const QStringList &numbers)
    {
        m_view->table()->clearSelection();
        for (const QString &number : numbers) {
            const int row = model()->rowOfOrder(idOf(number));
            QVERIFY2(row >= 0, qPrintable(number));
            m_view->table()->selectionModel()->setCurrentIndex(
                model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    void click(const QString &buttonName)
    {
        auto *button = child<QToolButton>(buttonName);
        QVERIFY2(button->isEnabled(), qPrintable(buttonName));
        QVERIFY2(button->isVisible(), qPrintable(buttonName));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    OrderStatus statusOf(const QString &number) const
    {
        return OrderRepository(m_db->db()).load(idOf(number)).value_or(Order()).status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(u"en_US"_s));
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(DemoShop::DefaultProductCount);
        const OrderImportReport report =
            OrderImporter::importBytes(m_db->db(), ordersCsv(sampleOrders()), u"orders.csv"_s, {});
        QVERIFY2(report.written, qPrintable(report.error));
        m_view = std::make_unique<OrdersView>();
        m_view->resize(1280, 800);
        m_view->setDatabase(m_db->db(), m_db->path());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_db.reset();
    }

    void filtersNarrowTheList()
    {
        QCOMPARE(model()->rowCount(), 6);
        QVERIFY(child<QLabel>(u"orderCount"_s)->text().contains(u'6'));

        auto *status = child<QComboBox>(u"orderStatusFilter"_s);
        status->setCurrentIndex(status->findData(static_cast<int>(OrderStatus::OnHold)));
        QCOMPARE(model()->rowCount(), 2); // #1003 as imported, #1006 by the fraud check
        status->setCurrentIndex(0);
        QCOMPARE(model()->rowCount(), 6);

        child<CountryComboBox>(u"orderCountryFilter"_s)->setCurrentCode(u"DE"_s);
        QCOMPARE(model()->rowCount(), 2);
        auto *market = child<QComboBox>(u"orderMarketFilter"_s);
        market->setCurrentIndex(market->findData(u"US"_s));
        QCOMPARE(model()->rowCount(), 0);
        market->setCurrentIndex(0);
        child<CountryComboBox>(u"orderCountryFilter"_s)->setCurrentCode(QString());
        QCOMPARE(model()->rowCount(), 6);

        // Typing searches after a short pause: number, email or ship-to name by prefix.
        auto *search = child<QLineEdit>(u"orderSearch"_s);
        QTest::keyClicks(search, u"hans@"_s);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->numberAt(0), u"#1002"_s);
        search->clear();
        QTest::keyClicks(search, u"#1004"_s);
        QTRY_COMPARE(model()->numberAt(0), u"#1004"_s);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, OrderTableModel::Status).data().toString(), u"Cancelled"_s);
        search->clear();
        QTRY_COMPARE(model()->rowCount(), 6);

        auto *minRisk = child<QSpinBox>(u"orderMinRisk"_s);
        minRisk->setValue(60);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->numberAt(0), u"#1006"_s);
        minRisk->setValue(0);

        child<QDateEdit>(u"orderFrom"_s)->setDate(QDate(2026, 11, 28));
        QCOMPARE(model()->rowCount(), 6); // not applied until ticked
        child<QCheckBox>(u"orderFromEnabled"_s)->setChecked(true);
        QCOMPARE(model()->rowCount(), 0);
        child<QDateEdit>(u"orderFrom"_s)->setDate(QDate(2026, 11, 27));
        QCOMPARE(model()->rowCount(), 6);
        child<QDateEdit>(u"orderTo"_s)->setDate(QDate(2026, 11, 26));
        child<QCheckBox>(u"orderToEnabled"_s)->setChecked(true);
        QCOMPARE(model()->rowCount(), 0);
    }

    void detailShowsLinesAddressesAndProblems()
    {
        select({u"#1005"_s});
        auto *lines = child<QTableWidget>(u"orderLines"_s);
        QCOMPARE(lines->rowCount(), 2);
        QCOMPARE(lines->item(0, 0)->text(), u"APP-01000"_s);
        QCOMPARE(lines->item(0, 4)->text(), u"In catalogue"_s);
        QCOMPARE(lines->item(1, 0)->text(), u"NOPE-1"_s);
        QCOMPARE(lines->item(1, 1)->text(), u"Mystery box"_s);
        QCOMPARE(lines->item(1, 2)->text(), u"2"_s);
        QCOMPARE(lines->item(1, 3)->text(), u"$25.00"_s);
        QCOMPARE(lines->item(1, 4)->text(), u"Not in catalogue"_s);

        auto *problems = child<QListWidget>(u"orderProblems"_s);
        QStringList texts;
        for (int i = 0; i < problems->count(); ++i)
            texts.append(problems->item(i)->text());
        QVERIFY2(texts.join(u'\n').contains(u"SKU NOPE-1 is not in the catalogue"_s), qPrintable(texts.join(u'\n')));
        QVERIFY(child<QLabel>(u"shipVerdict"_s)->text().contains(u"cannot ship"_s));
        QVERIFY(child<QLabel>(u"shipToAddress"_s)->text().contains(u"Springfield"_s));
        QVERIFY(child<QLabel>(u"shipToAddress"_s)->text().contains(u"62701"_s));
        QVERIFY(child<QLabel>(u"riskTotal"_s)->text().startsWith(u"Risk score: "_s));

        // The held order lists its risk reasons with their weights.
        select({u"#1006"_s});
        auto *reasons = child<QTableWidget>(u"riskReasons"_s);
        QVERIFY(reasons->rowCount() >= 2);
        int sum = 0;
        for (int row = 0; row < reasons->rowCount(); ++row)
            sum += reasons->item(row, 0)->text().toInt();
        const StoredOrderCheck check = OrderRepository(m_db->db()).storedCheck(idOf(u"#1006"_s));
        QCOMPARE(qMin(sum, 100), check.riskScore);
        QVERIFY(child<QLabel>(u"riskTotal"_s)->text().contains(QString::number(check.riskScore)));
        QVERIFY(child<QTableWidget>(u"orderHistory"_s)->rowCount() >= 2); // imported, then held
    }

    void holdAndReleaseChangeTheStatusAndTheHistory()
    {
        const qint64 id = idOf(u"#1001"_s);
        const qsizetype historyBefore = OrderRepository(m_db->db()).history(id).size();
        select({u"#1001"_s});
        QVERIFY(!child<QToolButton>(u"releaseButton"_s)->isEnabled()); // not on hold
        QSignalSpy finished(m_view.get(), &OrdersView::actionFinished);
        click(u"holdButton"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toInt(), 1);
        QCOMPARE(statusOf(u"#1001"_s), OrderStatus::OnHold);
        const QList<OrderHistoryEntry> history = OrderRepository(m_db->db()).history(id);
        QCOMPARE(history.size(), historyBefore + 1);
        QCOMPARE(history.last().event, u"status"_s);
        QCOMPARE(history.last().oldValue, u"new"_s);
        QCOMPARE(history.last().newValue, u"on_hold"_s);
        // The list and the detail follow, and the order stays selected.
        const int row = model()->rowOfOrder(id);
        QCOMPARE(model()->index(row, OrderTableModel::Status).data().toString(), u"On hold"_s);
        QVERIFY(m_view->table()->selectionModel()->isRowSelected(row));
        auto *historyTable = child<QTableWidget>(u"orderHistory"_s);
        QCOMPARE(historyTable->rowCount(), static_cast<int>(history.size()));
        QCOMPARE(historyTable->item(historyTable->rowCount() - 1, 3)->text(), u"New → On hold"_s);

        click(u"releaseButton"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(statusOf(u"#1001"_s), OrderStatus::New);
        QCOMPARE(OrderRepository(m_db->db()).history(id).last().newValue, u"new"_s);
    }

    void editingTheRecipientValidatesAndChecksAgain()
    {
        const qint64 id = idOf(u"#1001"_s);
        select({u"#1001"_s});
        auto *button = child<QToolButton>(u"editRecipientButton"_s);
        QVERIFY(button->isEnabled());
        RecipientEditDialog *dialog = m_view->editRecipient();
        QVERIFY(dialog);
        auto *phone = dialog->findChild<QLineEdit *>(u"phone"_s);
        phone->setText(u"12"_s);
        QVERIFY(!dialog->save());
        QVERIFY2(!dialog->errorText().isEmpty(), "a refused phone says why");
        QVERIFY(dialog->isVisible());
        phone->setText(u"(217) 555-0199"_s);
        dialog->findChild<QLineEdit *>(u"postalCode"_s)->setText(u"6270"_s);
        QVERIFY2(dialog->save(), qPrintable(dialog->errorText()));
        dialog->close();
        const Order order = *OrderRepository(m_db->db()).load(id);
        QCOMPARE(order.shipTo.phone, u"+12175550199"_s);
        QCOMPARE(order.shipTo.postalCode, u"6270"_s);
        const StoredOrderCheck check = OrderRepository(m_db->db()).storedCheck(id);
        QVERIFY(!check.canShip);
        QCOMPARE(check.problems.first().code, u"postal_code"_s);
        QCOMPARE(OrderRepository(m_db->db()).history(id).constLast().event, u"checked"_s);
    }

    void refusedMovesAreExplained()
    {
        // #1005 has a SKU the catalogue does not know: it cannot be made ready to ship.
        select({u"#1005"_s});
        QSignalSpy finished(m_view.get(), &OrdersView::actionFinished);
        click(u"readyToShipButton"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toInt(), 0);
        const QStringList refusals = finished.last().at(1).toStringList();
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.first().contains(u"cannot ship"_s), qPrintable(refusals.first()));
        QVERIFY2(refusals.first().contains(u"NOPE-1"_s), qPrintable(refusals.first()));
        QCOMPARE(statusOf(u"#1005"_s), OrderStatus::New);
        auto *box = child<QMessageBox>(u"orderRefusals"_s);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->informativeText().contains(refusals.first()));
        box->close();

        // A bulk hold over a cancelled and a new order holds the new one and says why not the other.
        select({u"#1004"_s, u"#1002"_s});
        click(u"holdButton"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toInt(), 1);
        QCOMPARE(finished.last().at(1).toStringList().size(), 1);
        QVERIFY(finished.last().at(1).toStringList().first().contains(u"#1004"_s));
        QCOMPARE(statusOf(u"#1002"_s), OrderStatus::OnHold);
        QCOMPARE(statusOf(u"#1004"_s), OrderStatus::Cancelled);
        QTRY_VERIFY(m_view->findChild<QMessageBox *>(u"orderRefusals"_s));
    }

    void checkAgainStoresAFreshCheck()
    {
        select({u"#1002"_s});
        QSignalSpy finished(m_view.get(), &OrdersView::actionFinished);
        click(u"recheckButton"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toInt(), 1);
        QCOMPARE(OrderRepository(m_db->db()).history(idOf(u"#1002"_s)).last().event, u"checked"_s);
    }

    void importDialogImportsAndShowsCounts()
    {
        const QString file = m_db->writeFile(u"more-orders.csv"_s,
                                             ordersCsv({orderRow(10), orderRow(11, Germany),
                                                        orderRow(12, {{u"avs_result"_s, u"N"_s}, {u"cvv_result"_s, u"N"_s}}),
                                                        orderRow(13, {{u"line_sku"_s, u"NOPE-2"_s}})}));
        QSignalSpy changed(m_view.get(), &OrdersView::ordersChanged);
        OrderImportDialog *dialog = m_view->openImportDialog(file);
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &OrderImportDialog::importFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        auto count = [dialog](const QString &name) { return dialog->findChild<QLabel *>(name)->text(); };
        QCOMPARE(count(u"importOrdersInFile"_s), u"4"_s);
        QCOMPARE(count(u"importInserted"_s), u"4"_s);
        QCOMPARE(count(u"importUpdated"_s), u"0"_s);
        QCOMPARE(count(u"importHeld"_s), u"1"_s);
        QCOMPARE(count(u"importCannotShip"_s), u"1"_s);
        QVERIFY(dialog->findChild<QLabel *>(u"importSummary"_s)->text().contains(u"more-orders.csv"_s));
        // The unknown SKU is a warning in the report; the order is kept.
        auto *issues = dialog->findChild<QListWidget *>(u"importIssues"_s);
        QCOMPARE(issues->count(), 1);
        QVERIFY2(issues->item(0)->text().startsWith(u"more-orders.csv:5: line_sku: "_s), qPrintable(issues->item(0)->text()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model()->rowCount(), 10);
        dialog->close();
    }

    void importDialogRefusesABadFile()
    {
        QList<QHash<QString, QString>> rows{orderRow(20), orderRow(21, {{u"line_quantity"_s, u"two"_s}}), orderRow(22)};
        const QString file = m_db->writeFile(u"orders_bad.csv"_s, ordersCsv(rows));
        OrderImportDialog dialog(m_db->path());
        dialog.setFilePath(file);
        QSignalSpy finished(&dialog, &OrderImportDialog::importFinished);
        dialog.show();
        dialog.startImport();
        QVERIFY(dialog.isRunning() || !finished.isEmpty());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        auto *issues = dialog.findChild<QListWidget *>(u"importIssues"_s);
        QVERIFY(issues->count() >= 1);
        QVERIFY2(issues->item(0)->text().startsWith(u"orders_bad.csv:3: line_quantity: "_s), qPrintable(issues->item(0)->text()));
        QVERIFY(dialog.findChild<QLabel *>(u"importSummary"_s)->text().contains(u"nothing was imported"_s));
        QCOMPARE(OrderRepository(m_db->db()).count({}), 6); // #1020 and #1022 were fine, but nothing was written
        QVERIFY(OrderRepository(m_db->db()).findByNumber(u"#1020"_s).isEmpty());
    }

    void fraudRulesAreSaved()
    {
        FraudSettingsDialog *dialog = m_view->editFraudRules();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QSpinBox *>(u"weight_cvv_no_match"_s)->value(), 30);
        dialog->findChild<QSpinBox *>(u"weight_cvv_no_match"_s)->setValue(45);
        dialog->findChild<QSpinBox *>(u"weight_first_order"_s)->setValue(0);
        dialog->findChild<QSpinBox *>(u"holdThreshold"_s)->setValue(70);
        dialog->findChild<QLineEdit *>(u"highRiskCategories"_s)->setText(u"Gift cards, Electronics accessories"_s);
        dialog->accept();
        const FraudSettings settings = FraudSettingsRepository(m_db->db()).load();
        QCOMPARE(settings.weights.value(u"cvv_no_match"_s), 45);
        QCOMPARE(settings.weights.value(u"first_order"_s), 0);
        QCOMPARE(settings.holdThreshold, 70);
        QCOMPARE(settings.highRiskCategories, QStringList({u"Gift cards"_s, u"Electronics accessories"_s}));
    }

    void exportsTheSelectedOrders()
    {
        select({u"#1001"_s, u"#1002"_s});
        const QString path = m_db->filePath(u"export.csv"_s);
        QSignalSpy finished(m_view.get(), &OrdersView::exportFinished);
        m_view->exportTo(path, true);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toLongLong(), 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("SO-1001"));
        QVERIFY(text.contains("SO-1002"));
        QVERIFY(!text.contains("SO-1003"));
    }

    void languageSwitchKeepsTheFilters()
    {
        auto *status = child<QComboBox>(u"orderStatusFilter"_s);
        status->setCurrentIndex(status->findData(static_cast<int>(OrderStatus::OnHold)));
        child<CountryComboBox>(u"orderCountryFilter"_s)->setCurrentCode(u"DE"_s);
        QCOMPARE(model()->rowCount(), 1);
        select({u"#1003"_s});
        LanguageManager languages;
        QVERIFY(languages.switchTo(u"th"_s, false));
        QVERIFY(languages.switchTo(u"en"_s, false));
        QCOMPARE(status->currentData().toInt(), static_cast<int>(OrderStatus::OnHold));
        QCOMPARE(child<CountryComboBox>(u"orderCountryFilter"_s)->currentCode(), u"DE"_s);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(child<QTableWidget>(u"orderLines"_s)->rowCount(), 1);
        QCOMPARE(model()->headerData(OrderTableModel::Number, Qt::Horizontal).toString(), u"Order"_s);
    }

    // Countries, markets, statuses and dates fit their columns and the column titles fit too, in every language and
    // again after a switch: "アメリカ合衆国" is longer than "イギリス", the sample Japanese was once measured by, and
    // "マーケット" than the "EU" under it. The date fields fit "2026/11/29".
    void columnsAndDatesFitInEveryLanguage()
    {
        const QList<int> columns{OrderTableModel::Created, OrderTableModel::Country, OrderTableModel::Market,
                                 OrderTableModel::Total,   OrderTableModel::Status,  OrderTableModel::Risk,
                                 OrderTableModel::CannotShip};
        LanguageManager languages;
        for (const QString &code : {u"ja"_s, u"zh_CN"_s, u"de"_s, u"fr"_s, u"th"_s, u"ar"_s, u"en"_s}) {
            QVERIFY(languages.switchTo(code, false));
            QTest::qWait(20); // QApplication posts LanguageChange to every window, then layouts follow
            QCOMPARE(child<QDateEdit>(u"orderFrom"_s)->displayFormat(), QLocale().dateFormat(QLocale::ShortFormat));
            const QStringList cut = FitCheck::cutCells(m_view->table(), columns);
            QVERIFY2(cut.isEmpty(), qPrintable(code + u": " + cut.join(u'\n')));
            // Layouts catch up with the new texts on later events.
            QTRY_VERIFY2(FitCheck::problems(m_view.get()).isEmpty(), qPrintable(code + u": " + FitCheck::problems(m_view.get()).join(u'\n')));
        }
    }

    void mainWindowNavigatesToOrders()
    {
        LanguageManager languages;
        QVERIFY(languages.switchTo(u"en"_s, false));
        MainWindow window(languages);
        QString error;
        QVERIFY2(window.openDatabase(m_db->path(), &error, false), qPrintable(error));
        QVERIFY(window.showView(u"orders"_s));
        auto *pages = window.findChild<QStackedWidget *>();
        QCOMPARE(pages->currentWidget(), window.ordersView());
        QCOMPARE(window.ordersView()->model()->rowCount(), 6);
    }
};

QTEST_MAIN(TestOrdersView)
#include "tst_ordersview.moc"
