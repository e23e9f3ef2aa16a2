#include "borderdeskordercsv.h"
#include "csvwriter.h"
#include "orderimporter.h"
#include "ordertablemodel.h"
#include "ordersamples.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

using OrderSamples::orderRow;
using OrderSamples::ordersCsv;

void importOrders(const TestDatabase &t, const QList<QHash<QString, QString>> &rows)
{
    const OrderImportReport report = OrderImporter::importBytes(t.db(), ordersCsv(rows), u"orders.csv"_s, {});
    QStringList issues;
    for (const ImportIssue &issue : report.issues)
        issues.append(issue.toString());
    QVERIFY2(report.written, qPrintable(report.error + issues.join(u'\n')));
}

} // namespace

class TestOrderTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(u"en_US"_s)); }

    void fetchesPagesByKeyNewestFirst()
    {
        TestDatabase t(DemoShop::DefaultProductCount);
        QList<QHash<QString, QString>> rows;
        for (int n = 0; n < 450; ++n)
            rows.append(orderRow(n));
        importOrders(t, rows);
        if (QTest::currentTestFailed())
            return;

        OrderTableModel model(t.db());
        QTRY_COMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), OrderTableModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(0, OrderTableModel::Number).data().toString(), u"#1449"_s); // the newest
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * OrderTableModel::PageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // nothing more to read
        QCOMPARE(model.rowCount(), 450);

        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.orderIdAt(row));
        QCOMPARE(ids.size(), 450);
        QCOMPARE(model.index(449, OrderTableModel::Number).data().toString(), u"#1000"_s);

        // Reading again keeps the rows the operator has scrolled through.
        model.refresh();
        QCOMPARE(model.rowCount(), 450);

        // The tester fetches on its own, so it comes last here.
        OrderFilter onlyNew;
        onlyNew.statuses = {OrderStatus::New};
        model.setFilter(onlyNew);
        QCOMPARE(model.rowCount(), OrderTableModel::PageSize);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void filtersByStatusCountryAndText()
    {
        TestDatabase t(DemoShop::DefaultProductCount);
        importOrders(t, {orderRow(1),
                         orderRow(2, {{u"ship_country"_s, u"DE"_s}, {u"ship_postal_code"_s, u"10115"_s},
                                      {u"ship_city"_s, u"Berlin"_s}, {u"ship_province"_s, QString()},
                                      {u"ship_name"_s, u"Jürgen Weiß"_s}, {u"currency"_s, u"EUR"_s}}),
                         orderRow(3, {{u"ship_country"_s, u"DE"_s}, {u"ship_postal_code"_s, u"80331"_s},
                                      {u"ship_city"_s, u"München"_s}, {u"ship_province"_s, QString()},
                                      {u"currency"_s, u"EUR"_s}, {u"status"_s, u"on_hold"_s}}),
                         orderRow(4, {{u"status"_s, u"cancelled"_s}})});
        if (QTest::currentTestFailed())
            return;
        OrderTableModel model(t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);

        OrderFilter filter;
        filter.statuses = {OrderStatus::OnHold};
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, OrderTableModel::Status).data().toString(), u"On hold"_s);
        QCOMPARE(model.index(0, OrderTableModel::Status).data(OrderTableModel::RawValueRole).toString(), u"on_hold"_s);

        filter = {};
        filter.country = u"DE"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), 2);
        QCOMPARE(model.index(0, OrderTableModel::Country).data().toString(), u"Germany"_s);
        QCOMPARE(model.index(0, OrderTableModel::Market).data().toString(), u"EU"_s);

        filter = {};
        filter.text = u"jürgen"_s; // ship-to name, by prefix, any case
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, OrderTableModel::Customer).data().toString(), u"Jürgen Weiß"_s);

        filter.text = u"1004"_s; // the number without its #
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, OrderTableModel::Status).data().toString(), u"Cancelled"_s);

        filter.text = u"nobody"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void showsWhatTheOperatorNeeds()
    {
        TestDatabase t(DemoShop::DefaultProductCount);
        importOrders(t, {orderRow(1, {{u"line_unit_price"_s, u"1234.50"_s}}),
                         orderRow(2, {{u"line_sku"_s, u"NOT-IN-CATALOGUE"_s}})});
        if (QTest::currentTestFailed())
            return;
        OrderTableModel model(t.db());
        QCOMPARE(model.rowCount(), 2);
        // Row 0 is the newest: the order with the unknown SKU.
        QCOMPARE(model.index(0, OrderTableModel::CannotShip).data().toString(), u"Cannot ship"_s);
        QVERIFY(model.index(0, OrderTableModel::CannotShip).data(Qt::ToolTipRole).toString().contains(u"NOT-IN-CATALOGUE"_s));
        QCOMPARE(model.index(1, OrderTableModel::CannotShip).data().toString(), QString());
        QCOMPARE(model.index(1, OrderTableModel::Total).data().toString(), u"$1,234.50"_s);
        QCOMPARE(model.index(1, OrderTableModel::Total).data(OrderTableModel::RawValueRole).toLongLong(), 123450);
        QCOMPARE(model.index(1, OrderTableModel::Channel).data().toString(), u"shopify"_s);
        QCOMPARE(model.index(1, OrderTableModel::Country).data().toString(), u"United States"_s);
        const QDateTime created(QDate(2026, 11, 27), QTime(8, 1), QTimeZone::utc());
        QCOMPARE(model.index(1, OrderTableModel::Created).data().toString(),
                 QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.index(1, OrderTableModel::Created).data(OrderTableModel::RawValueRole).toDateTime(), created);
        QVERIFY(model.index(1, OrderTableModel::Risk).data(OrderTableModel::RawValueRole).toInt() >= 0);
        QCOMPARE(model.headerData(OrderTableModel::Total, Qt::Horizontal).toString(), u"Total"_s);
    }
};

QTEST_MAIN(TestOrderTableModel)
#include "tst_ordertablemodel.moc"
