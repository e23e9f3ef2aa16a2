#include "order.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOrderStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip()
    {
        for (OrderStatus status : OrderStatuses::all())
            QCOMPARE(OrderStatuses::fromKey(OrderStatuses::key(status)), status);
        QCOMPARE(OrderStatuses::fromKey(u"Ready to ship"), OrderStatus::ReadyToShip);
        QCOMPARE(OrderStatuses::fromKey(u"hold"), OrderStatus::OnHold);
        QCOMPARE(OrderStatuses::fromKey(u"canceled"), OrderStatus::Cancelled);
        QVERIFY(!OrderStatuses::fromKey(u"lost"));
    }

    void workflowAllowsTheUsualPath()
    {
        using S = OrderStatus;
        const QList<S> path{S::New, S::ReadyToShip, S::Picked, S::Packed, S::Shipped, S::Delivered, S::Returned};
        for (qsizetype i = 0; i + 1 < path.size(); ++i)
            QVERIFY2(OrderStatuses::canMove(path.at(i), path.at(i + 1)), qPrintable(OrderStatuses::key(path.at(i))));
        QVERIFY(OrderStatuses::canMove(S::New, S::OnHold));
        QVERIFY(OrderStatuses::canMove(S::OnHold, S::New));
        QVERIFY(OrderStatuses::canMove(S::Packed, S::Cancelled));
    }

    void workflowRefusesSkipsAndReversals()
    {
        using S = OrderStatus;
        QVERIFY(!OrderStatuses::canMove(S::New, S::Shipped));         // not packed
        QVERIFY(!OrderStatuses::canMove(S::OnHold, S::Shipped));      // held orders do not ship
        QVERIFY(!OrderStatuses::canMove(S::Shipped, S::Cancelled));   // too late to cancel
        QVERIFY(!OrderStatuses::canMove(S::Cancelled, S::New));       // final
        QVERIFY(!OrderStatuses::canMove(S::Delivered, S::Shipped));
        QVERIFY(OrderStatuses::nextStatuses(S::Returned).isEmpty());
    }

    void expressIsReadFromTheShippingMethod()
    {
        Order order;
        for (const QString &method : {u"DHL Express Worldwide"_s, u"Expedited"_s, u"NextDay"_s, u"FedEx International Priority"_s}) {
            order.shipService = method;
            QVERIFY2(order.isExpress(), qPrintable(method));
        }
        for (const QString &method : {u"Standard International"_s, u"Economy Shipping from outside US"_s, QString()}) {
            order.shipService = method;
            QVERIFY2(!order.isExpress(), qPrintable(method));
        }
    }
};

QTEST_APPLESS_MAIN(TestOrderStatus)
#include "tst_orderstatus.moc"
