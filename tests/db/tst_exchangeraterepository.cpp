#include "exchangerateimporter.h"
#include "exchangeraterepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

class TestExchangeRateRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importThenConvertWithTheRateDate()
    {
        TestDatabase t;
        const RatesImportReport report =
            ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_daily.xml")));
        QVERIFY(report.written);
        QCOMPARE(report.added, 30);
        QCOMPARE(report.lastDate, QDate(2026, 11, 27));

        const ExchangeRateRepository rates(t.db());
        QString error;
        const auto result = rates.convert(Money(129000, QStringLiteral("THB")), QStringLiteral("JPY"), QDate(2026, 11, 27),
                                          &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->amount, Money(5495, QStringLiteral("JPY")));
        QCOMPARE(result->rateDate, QDate(2026, 11, 27));
        // A weekend date uses Friday's rates and says so.
        QCOMPARE(rates.convert(Money(129000, QStringLiteral("THB")), QStringLiteral("JPY"), QDate(2026, 11, 29), &error)
                     ->rateDate,
                 QDate(2026, 11, 27));
    }

    void latestRateOnOrBeforeTheDate()
    {
        TestDatabase t;
        QVERIFY(ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_history.xml"))).written);
        const ExchangeRateRepository rates(t.db());
        QString error;
        const auto onThe26th =
            rates.convert(Money(129000, QStringLiteral("THB")), QStringLiteral("JPY"), QDate(2026, 11, 26), &error);
        QCOMPARE(onThe26th->amount, Money(5474, QStringLiteral("JPY")));
        QCOMPARE(onThe26th->rateDate, QDate(2026, 11, 26));
        QCOMPARE(rates.history(QStringLiteral("USD")).size(), 3);
        QCOMPARE(rates.latest().size(), 30);
        QCOMPARE(rates.latest().front().date, QDate(2026, 11, 27));
    }

    void noRateIsAClearErrorNeverAGuess()
    {
        TestDatabase t;
        QVERIFY(ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_daily.xml"))).written);
        QString error;
        QVERIFY(!ExchangeRateRepository(t.db()).convert(Money(100, QStringLiteral("USD")), QStringLiteral("THB"),
                                                        QDate(2026, 11, 26), &error));
        QVERIFY2(error.contains(QStringLiteral("no exchange rate for USD and THB on or before 2026-11-26")),
                 qPrintable(error));
        QVERIFY(!ExchangeRateRepository(t.db()).convert(Money(100, QStringLiteral("USD")), QStringLiteral("KWD"),
                                                        QDate(2026, 11, 27), &error));
    }

    void badFileChangesNothing()
    {
        TestDatabase t;
        const RatesImportReport report =
            ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_daily_bad_rate.xml")));
        QVERIFY(report.hasErrors());
        QVERIFY(!report.written);
        QVERIFY(ExchangeRateRepository(t.db()).latest().isEmpty());
    }

    void cancelledImportStoresNothing()
    {
        TestDatabase t;
        const RatesImportReport report = ExchangeRateImporter::importFile(
            t.path(), testDataPath(QStringLiteral("ecb_history.csv")), [](int) { return false; });
        QVERIFY(!report.written);
        QVERIFY(report.error.contains(QStringLiteral("cancelled")));
        QVERIFY(ExchangeRateRepository(t.db()).latest().isEmpty());
    }

    void reimportReplacesInsteadOfDuplicating()
    {
        TestDatabase t;
        QVERIFY(ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_history.csv"))).written);
        const RatesImportReport again =
            ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_daily.xml")));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.replaced, 30);
        QSqlQuery q(t.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM exchange_rates")) && q.next());
        QCOMPARE(q.value(0).toInt(), 96);
        // The stored text is the rate exactly as published.
        QVERIFY(q.exec(QStringLiteral("SELECT per_euro FROM exchange_rates WHERE currency = 'IDR'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("16734.19"));
    }
};

QTEST_GUILESS_MAIN(TestExchangeRateRepository)
#include "tst_exchangeraterepository.moc"
