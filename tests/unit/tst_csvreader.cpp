#include "bytecsv.h"
#include "csvreader.h"
#include "textdecoding.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedFieldsAndLineNumbers()
    {
        CsvReader reader(QStringLiteral("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,,\n"));
        CsvReader::Record r;
        QVERIFY(reader.next(r));
        QCOMPARE(r.line, 1);
        QCOMPARE(r.fields, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(reader.next(r));
        QCOMPARE(r.line, 2);
        QCOMPARE(r.fields, (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""),
                                        QStringLiteral("two\nlines")}));
        QVERIFY(reader.next(r)); // the blank line is skipped
        QCOMPARE(r.line, 5);
        QCOMPARE(r.fields, (QStringList{QStringLiteral("last"), QString(), QString()}));
        QVERIFY(!reader.next(r));
        QVERIFY(!reader.hasError());
    }

    // Text after a closing quote stays in the field, in both readers (orders read bytes, products read text).
    void textAfterAClosingQuoteIsKeptByBothReaders()
    {
        const QByteArray file = "\"x\"y,\"a\"\"b\"c,\"1\"2\"3\"\n\"\"z,plain\n";
        const QList<QStringList> expected{{u"xy"_s, u"a\"bc"_s, u"12\"3\""_s}, {u"z"_s, u"plain"_s}};
        CsvReader text(QString::fromUtf8(file));
        ByteCsvReader bytes(file, ',');
        for (const QStringList &fields : expected) {
            CsvReader::Record t;
            QVERIFY(text.next(t));
            QCOMPARE(t.fields, fields);
            ByteCsvReader::Record b;
            QVERIFY(bytes.next(b));
            QStringList fromBytes;
            for (const QByteArrayView field : b.fields)
                fromBytes.append(QString::fromUtf8(field));
            QCOMPARE(fromBytes, fields);
        }
    }

    void unterminatedQuoteNamesItsLine()
    {
        CsvReader reader(QStringLiteral("a,b\nok,1\n\"broken,2\nmore\n"));
        CsvReader::Record r;
        QVERIFY(reader.next(r));
        QVERIFY(reader.next(r));
        QVERIFY(!reader.next(r));
        QVERIFY(reader.hasError());
        QCOMPARE(reader.errorLine(), 3);
    }

    // A field of megabytes (a binary blob saved as .csv, or a quote that is never closed followed by a big file) is
    // refused at its line and column; a long but real description is read.
    void hugeFieldIsRefusedAtItsLineAndColumn()
    {
        const QString description(200000, u'x');
        CsvReader fine(u"sku,description\nA-1,"_s + description + u"\n"_s);
        CsvReader::Record r;
        QVERIFY(fine.next(r));
        QVERIFY(fine.next(r));
        QCOMPARE(r.fields.value(1).size(), description.size());

        for (const QString &huge : QStringList{QString(1000001, u'y'), u"\""_s + QString(1000001, u'z') + u"\""_s}) {
            CsvReader reader(u"sku,name,description\nA-1,Mug\nA-2,Tee,"_s + huge + u"\nA-3,Cap,\n"_s);
            QVERIFY(reader.next(r));
            QVERIFY(reader.next(r));
            QVERIFY(!reader.next(r));
            QVERIFY(reader.hasError());
            QCOMPARE(reader.errorLine(), 3);
            QVERIFY2(reader.error().startsWith(u"column 3: a field of more than 1,000,000 characters"_s),
                     qPrintable(reader.error()));
        }
    }

    void sniffsDelimiters()
    {
        QCOMPARE(CsvReader::sniffDelimiter(u"a;b;c\n1;2;3"), QChar(u';'));
        QCOMPARE(CsvReader::sniffDelimiter(u"a\tb\tc"), QChar(u'\t'));
        QCOMPARE(CsvReader::sniffDelimiter(u"a,b;c,d"), QChar(u','));
    }

    void decodesOrRefusesEncodings()
    {
        QCOMPARE(*TextDecoding::decode(QByteArray("\xEF\xBB\xBFsku,name")), QStringLiteral("sku,name"));
        const QByteArray utf16 = QByteArray("\xFF\xFE", 2) + QByteArray("s\0k\0u\0", 6);
        QCOMPARE(*TextDecoding::decode(utf16), QStringLiteral("sku"));
        TextDecoding::Failure failure;
        QVERIFY(!TextDecoding::decode(QByteArray("sku,name\nCAFE,Caf\xE9\n"), &failure));
        QCOMPARE(failure.line, 2);
        QVERIFY(failure.message.contains(QStringLiteral("UTF-8")));
        QVERIFY(!TextDecoding::decode(QByteArray("PK\x03\x04\0\0binary", 12), &failure));
        QVERIFY(failure.message.contains(QStringLiteral("binary")));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
