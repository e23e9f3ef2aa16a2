#include "csvreader.h"
#include "csvwriter.h"

#include <QTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhenNeeded()
    {
        QCOMPARE(CsvWriter::record({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"x\""),
                                    QStringLiteral("two\nlines")}),
                 QStringLiteral("plain,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\"\r\n"));
    }

    void neutralisesFormulas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("'=HYPERLINK(\"x\")");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-cmd") << QStringLiteral("'-cmd");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("'\rx");
        QTest::newRow("harmless") << QStringLiteral("Silk scarf") << QStringLiteral("Silk scarf");
    }
    void neutralisesFormulas()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::neutralised(text), expected);
        QCOMPARE(CsvWriter::unneutralised(CsvWriter::neutralised(text)), text);
    }

    void writtenRecordsReadBack()
    {
        const QStringList fields{QStringLiteral("ก ข"), QStringLiteral("\"q\""), QString(), QStringLiteral("a\r\nb")};
        CsvReader reader(CsvWriter::record(fields));
        CsvReader::Record r;
        QVERIFY(reader.next(r));
        QCOMPARE(r.fields, fields);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
