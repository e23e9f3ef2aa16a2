// `report` on the hand-computed fixture (see tests/db/tst_salesreport.cpp for the arithmetic).
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run run(QStringList args) const
    {
        args.prepend(m_db);
        args.prepend(u"--db"_s);
        return cli(args);
    }

    static QJsonObject rowOf(const QJsonObject &report, const QString &key)
    {
        for (const QJsonValue &row : report.value(u"rows"_s).toArray()) {
            if (row.toObject().value(u"key"_s).toString() == key)
                return row.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(u"shop.sqlite"_s);
        QCOMPARE(run({u"init"_s, u"--base-currency"_s, u"THB"_s, u"--home-country"_s, u"TH"_s}).code, 0);
        for (const auto &[currency, rate] : {std::pair{u"THB"_s, u"40"_s}, {u"USD"_s, u"1.25"_s}, {u"JPY"_s, u"160"_s}})
            QCOMPARE(run({u"rates"_s, u"set"_s, currency, rate, u"--date"_s, u"2026-10-01"_s}).code, 0);
        QFile products(m_dir.filePath(u"products.csv"_s));
        QVERIFY(products.open(QIODevice::WriteOnly));
        products.write("sku,name,cost,cost_currency,price,price_currency\r\nMUG-001,Benjarong mug,95.00,THB,590.00,THB\r\n");
        products.close();
        Run r = run({u"products"_s, u"import"_s, products.fileName()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(run({u"report"_s, u"timezone"_s, u"UTC"_s}).code, 0);
        r = run({u"orders"_s, u"import"_s, QStringLiteral(BORDERDESK_TEST_DATA) + u"/report_orders.csv"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    }

    void salesByCountryJsonEqualsHandTotals()
    {
        const Run r = run({u"report"_s, u"sales"_s, u"--by"_s, u"country"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s,
                           u"2026-11-30"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(u"currency"_s).toString(), u"THB"_s);
        QCOMPARE(report.value(u"rows"_s).toArray().size(), 4);
        const QJsonObject us = rowOf(report, u"US"_s);
        QCOMPARE(us.value(u"orders"_s).toInt(), 2);
        QCOMPARE(us.value(u"cancelled"_s).toInt(), 1);
        QCOMPARE(us.value(u"revenue"_s).toObject().value(u"amount"_s).toString(), u"1120.00"_s);
        QCOMPARE(us.value(u"revenue"_s).toObject().value(u"currency"_s).toString(), u"THB"_s);
        const QJsonObject de = rowOf(report, u"DE"_s);
        QCOMPARE(de.value(u"revenue"_s).toObject().value(u"amount"_s).toString(), u"1200.00"_s);
        QCOMPARE(de.value(u"returns"_s).toObject().value(u"amount"_s).toString(), u"2000.00"_s);
        QCOMPARE(rowOf(report, u"TH"_s).value(u"margin"_s).toObject().value(u"amount"_s).toString(), u"1065.00"_s);
        QVERIFY(rowOf(report, u"JP"_s).value(u"margin"_s).isNull()); // its product has no cost
        QCOMPARE(report.value(u"total"_s).toObject().value(u"revenue"_s).toObject().value(u"amount"_s).toString(),
                 u"4820.00"_s);
    }

    void otherGroupingsAndCurrencies()
    {
        Run r = run({u"report"_s, u"sales"_s, u"--by"_s, u"region"_s, u"--currency"_s, u"EUR"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(rowOf(report, u"150"_s).value(u"revenue"_s).toObject().value(u"amount"_s).toString(), u"30.00"_s);
        QCOMPARE(rowOf(report, u"142"_s).value(u"label"_s).toString(), u"Asia"_s);
        r = run({u"report"_s, u"sales"_s, u"--by"_s, u"month"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s,
                 u"2026-11-30"_s, u"--compare"_s, u"--json"_s});
        report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(u"previous_from"_s).toString(), u"2026-10-02"_s);
        QCOMPARE(rowOf(report, u"2026-11"_s).value(u"orders"_s).toInt(), 4);
        r = run({u"report"_s, u"sales"_s, u"--by"_s, u"market"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"Total"_s));
        r = run({u"report"_s, u"products"_s, u"--limit"_s, u"1"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(u"sku"_s).toString(),
                 u"MUG-001"_s);
    }

    void writesCsvAndXlsx()
    {
        const QString csv = m_dir.filePath(u"sales.csv"_s);
        Run r = run({u"report"_s, u"sales"_s, u"--by"_s, u"country"_s, u"--out"_s, csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("US,United States,2,1,0,1120.00"));
        const QString xlsx = m_dir.filePath(u"sales.xlsx"_s);
        QCOMPARE(run({u"report"_s, u"sales"_s, u"--out"_s, xlsx}).code, 0);
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QVERIFY(book.read(4) == "PK\x03\x04");
    }

    void refusesBadInput()
    {
        QCOMPARE(run({u"report"_s, u"sales"_s, u"--by"_s, u"planet"_s}).code, 2);
        Run r = run({u"report"_s, u"sales"_s, u"--from"_s, u"28/11/2026"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--from"_s));
        r = run({u"report"_s, u"sales"_s, u"--from"_s, u"2026-12-01"_s, u"--to"_s, u"2026-11-01"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"after it ends"_s));
        QCOMPARE(run({u"report"_s, u"sales"_s, u"--currency"_s, u"XYZ"_s}).code, 2);
        r = run({u"report"_s, u"timezone"_s, u"Mars/Olympus"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(run({u"report"_s, u"fees"_s, u"shopify"_s, u"abc"_s}).code, 1);
        QCOMPARE(run({u"report"_s, u"frobnicate"_s}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
