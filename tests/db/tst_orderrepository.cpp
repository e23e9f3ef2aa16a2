#include "orderimporter.h"
#include "orderrepository.h"
#include "fraudsettingsrepository.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOrderRepository : public QObject
{
    Q_OBJECT

private:
    static qint64 idOf(const OrderRepository &orders, const QString &number)
    {
        return orders.findByNumber(number).value(0);
    }

private Q_SLOTS:
    void statusMovesAreRecordedAndInvalidOnesRefused()
    {
        TestDatabase t(600);
        QVERIFY(OrderImporter::importFile(t.path(), testDataPath(u"ebay_orders.csv"_s), {}).written);
        OrderRepository orders(t.db(), u"packer1"_s);
        const qint64 id = idOf(orders, u"11-13828-40021"_s);
        QString error;
        QVERIFY(!orders.setStatus(id, OrderStatus::Shipped, QString(), &error));
        QCOMPARE(error, u"order 11-13828-40021 cannot go from new to shipped (allowed: on_hold, ready_to_ship, cancelled)"_s);
        QVERIFY2(orders.setStatus(id, OrderStatus::ReadyToShip, QString(), &error), qPrintable(error));
        QVERIFY2(orders.setStatus(id, OrderStatus::Picked, QString(), &error), qPrintable(error));
        QVERIFY2(orders.setStatus(id, OrderStatus::Packed, u"box B"_s, &error), qPrintable(error));
        QVERIFY2(orders.setStatus(id, OrderStatus::Shipped, QString(), &error), qPrintable(error));
        QVERIFY(!orders.setStatus(id, OrderStatus::Cancelled, QString(), &error));
        const QList<OrderHistoryEntry> history = orders.history(id);
        QCOMPARE(history.size(), 5);
        QCOMPARE(history.at(3).actor, u"packer1"_s);
        QCOMPARE(history.at(3).oldValue, u"picked"_s);
        QCOMPARE(history.at(3).newValue, u"packed"_s);
        QCOMPARE(history.at(3).note, u"box B"_s);
        QCOMPARE(orders.load(id)->status, OrderStatus::Shipped);
    }

    void anOrderThatMustNotShipCannotBeMadeReady()
    {
        TestDatabase t(600);
        QVERIFY(OrderImporter::importFile(t.path(), testDataPath(u"ebay_orders.csv"_s), {}).written);
        OrderRepository orders(t.db());
        const qint64 munich = idOf(orders, u"03-13830-60044"_s);
        QString error;
        QVERIFY(!orders.setStatus(munich, OrderStatus::ReadyToShip, QString(), &error));
        QVERIFY2(error.contains(u"cannot ship: postal code \"8033\""_s), qPrintable(error));
        QCOMPARE(orders.load(munich)->status, OrderStatus::New);
        // Fixing the address lets it through.
        QSqlQuery(t.db()).exec(u"UPDATE orders SET ship_postal_code = '80331' WHERE id = "_s + QString::number(munich));
        QVERIFY2(orders.setStatus(munich, OrderStatus::ReadyToShip, QString(), &error), qPrintable(error));
    }

    void recheckUsesTodaysSettingsAndHolds()
    {
        TestDatabase t(600);
        QVERIFY(OrderImporter::importFile(t.path(), testDataPath(u"amazon_orders.txt"_s), {}).written);
        OrderRepository orders(t.db());
        const qint64 id = idOf(orders, u"028-1234567-7654321"_s);
        QCOMPARE(orders.storedCheck(id).riskScore, 10);
        QString error;
        FraudSettingsRepository fraud(t.db());
        QVERIFY(fraud.setWeight(u"first_order"_s, 70, &error));
        const auto check = orders.recheck(id, &error);
        QVERIFY2(check, qPrintable(error));
        QCOMPARE(check->riskScore(), 70);
        QCOMPARE(orders.load(id)->status, OrderStatus::OnHold);
        QCOMPARE(orders.storedCheck(id).riskScore, 70);
        // The import keeps "+…" numbers by their digits; checking one order asks libphonenumber.
        QSqlQuery(t.db()).exec(u"UPDATE orders SET ship_phone = '+999123' WHERE id = "_s + QString::number(id));
        const auto again = orders.recheck(id, &error);
        QVERIFY(std::any_of(again->problems.cbegin(), again->problems.cend(),
                            [](const OrderProblem &p) { return p.code == u"phone_invalid"_s && p.blocking; }));
        QVERIFY(!fraud.setWeight(u"no_such_rule"_s, 5, &error));
        QVERIFY(!fraud.setHoldThreshold(0, &error));
    }

    void filtersAndKeyPaging()
    {
        TestDatabase t(600);
        for (const QString &name : {u"shopify_orders.csv"_s, u"amazon_orders.txt"_s, u"ebay_orders.csv"_s})
            QVERIFY(OrderImporter::importFile(t.path(), testDataPath(name), {}).written);
        OrderRepository orders(t.db());
        QCOMPARE(orders.count({}), 12);
        OrderFilter us;
        us.country = u"us"_s;
        QCOMPARE(orders.count(us), 5);
        OrderFilter held;
        held.statuses = {OrderStatus::OnHold};
        QCOMPARE(orders.page(held, 10).first().number, u"#1004"_s);
        OrderFilter text;
        text.text = u"chloe"_s;
        QCOMPARE(orders.page(text, 10).size(), 1);
        text.text = u"1003"_s;
        QCOMPARE(orders.page(text, 10).first().number, u"#1003"_s);
        OrderFilter days;
        days.from = QDate(2026, 11, 27);
        days.to = QDate(2026, 11, 27);
        QCOMPARE(orders.count(days), 6);
        OrderFilter risky;
        risky.minRisk = 50;
        QCOMPARE(orders.count(risky), 1);
        // Pages by key, newest first, without gaps or repeats.
        QList<Order> all;
        OrderPageCursor cursor;
        for (;;) {
            const QList<Order> page = orders.page({}, 5, cursor);
            all += page;
            if (page.size() < 5)
                break;
            cursor = {page.constLast().createdAt.toString(Qt::ISODate), page.constLast().id};
        }
        QCOMPARE(all.size(), 12);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).createdAt >= all.at(i).createdAt);
        // The filters are answered from indexes.
        QSqlQuery plan(t.db());
        QVariantList binds;
        plan.prepare(u"EXPLAIN QUERY PLAN SELECT id FROM orders"_s + us.whereClause(&binds) + OrderFilter::orderByClause());
        for (const QVariant &value : std::as_const(binds))
            plan.addBindValue(value);
        QVERIFY(plan.exec());
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + u'\n';
        QVERIFY2(steps.contains(u"orders_by_country"_s) && !steps.contains(u"TEMP B-TREE"_s), qPrintable(steps));
    }

    void correctingTheRecipientLetsTheOrderShip()
    {
        TestDatabase t(600);
        QVERIFY(OrderImporter::importFile(t.path(), testDataPath(u"amazon_orders.txt"_s), {}).written);
        OrderRepository orders(t.db(), u"clerk"_s);
        const qint64 brazil = idOf(orders, u"701-2223334-4445556"_s);
        const qint64 osaka = idOf(orders, u"250-9998887-7776665"_s);
        QVERIFY(!orders.storedCheck(brazil).canShip);
        QVERIFY(!orders.storedCheck(osaka).canShip);
        QString error;
        OrderRepository::ContactChanges wrongCpf;
        wrongCpf.taxId = u"529.982.247-24"_s;
        QVERIFY(!orders.editContact(brazil, wrongCpf, &error));
        QVERIFY2(error.contains(u"check digits"_s), qPrintable(error));
        OrderRepository::ContactChanges cpf;
        cpf.taxId = u"529.982.247-25"_s;
        cpf.language = u"pt-BR"_s;
        QVERIFY2(orders.editContact(brazil, cpf, &error), qPrintable(error));
        QVERIFY(orders.storedCheck(brazil).canShip);
        QCOMPARE(orders.load(brazil)->customer.language, u"pt-BR"_s);
        // A national number is read with the destination's country code and stored as E.164.
        OrderRepository::ContactChanges phone;
        phone.phone = u"06-6345-0000"_s;
        QVERIFY2(orders.editContact(osaka, phone, &error), qPrintable(error));
        QCOMPARE(orders.load(osaka)->shipTo.phone, u"+81663450000"_s);
        QVERIFY(orders.storedCheck(osaka).canShip);
        const QList<OrderHistoryEntry> history = orders.history(osaka);
        const auto edited = std::find_if(history.cbegin(), history.cend(),
                                         [](const OrderHistoryEntry &e) { return e.event == u"edited"_s; });
        QVERIFY(edited != history.cend());
        QCOMPARE(edited->actor, u"clerk"_s);
        QCOMPARE(edited->newValue, u"+81663450000"_s);
        phone.phone = u"12"_s;
        QVERIFY(!orders.editContact(osaka, phone, &error));
    }

    void jsonCarriesWhatScriptsNeed()
    {
        TestDatabase t(600);
        QVERIFY(OrderImporter::importFile(t.path(), testDataPath(u"shopify_orders.csv"_s), {}).written);
        OrderRepository orders(t.db());
        const qint64 id = idOf(orders, u"#1001"_s);
        const QJsonObject json = OrderRepository::toJson(*orders.load(id), orders.storedCheck(id));
        for (const char *key : {"number", "channel", "channel_order_id", "status", "ship_country", "currency", "total",
                                "lines", "risk_score"})
            QVERIFY2(json.contains(QString::fromLatin1(key)), key);
        QCOMPARE(json.value(u"total"_s).toObject().value(u"amount"_s).toString(), u"106.17"_s);
        QCOMPARE(json.value(u"lines"_s).toArray().size(), 3);
        QCOMPARE(json.value(u"can_ship"_s).toBool(), false);
    }
};

QTEST_MAIN(TestOrderRepository)
#include "tst_orderrepository.moc"
