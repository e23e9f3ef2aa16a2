#include "taxid.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTaxId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes()
    {
        QCOMPARE(TaxId::normalized(u"123.456.789-09"_s), u"12345678909"_s);
        QCOMPARE(TaxId::normalized(u" de 123/456 789 "_s), u"DE123456789"_s);
        QCOMPARE(TaxId::normalized(QString()), QString());
    }

    void checks_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");

        QTest::newRow("CPF valid") << u"CPF/CNPJ"_s << u"529.982.247-25"_s << true;
        QTest::newRow("CPF bare digits") << u"CPF/CNPJ"_s << u"52998224725"_s << true;
        QTest::newRow("CPF wrong second digit") << u"CPF/CNPJ"_s << u"529.982.247-24"_s << false;
        QTest::newRow("CPF wrong first digit") << u"CPF/CNPJ"_s << u"529.982.247-15"_s << false;
        QTest::newRow("CPF all same digit") << u"CPF/CNPJ"_s << u"111.111.111-11"_s << false;
        QTest::newRow("CPF all zeros") << u"CPF/CNPJ"_s << u"000.000.000-00"_s << false;
        QTest::newRow("CPF too short") << u"CPF/CNPJ"_s << u"529.982.247"_s << false;
        QTest::newRow("CPF kind alone") << u"CPF"_s << u"529.982.247-25"_s << true;
        QTest::newRow("CNPJ valid") << u"CPF/CNPJ"_s << u"11.222.333/0001-81"_s << true;
        QTest::newRow("CNPJ wrong digit") << u"CPF/CNPJ"_s << u"11.222.333/0001-82"_s << false;
        QTest::newRow("CNPJ all zeros") << u"CPF/CNPJ"_s << u"00.000.000/0000-00"_s << false;
        QTest::newRow("CNPJ alphanumeric") << u"CPF/CNPJ"_s << u"12.ABC.345/01DE-35"_s << true;
        QTest::newRow("CNPJ alphanumeric wrong") << u"CPF/CNPJ"_s << u"12.ABC.345/01DE-36"_s << false;
        QTest::newRow("CNPJ kind alone") << u"cnpj"_s << u"11222333000181"_s << true;
        QTest::newRow("CNPJ kind rejects CPF") << u"CNPJ"_s << u"52998224725"_s << false;
        QTest::newRow("PCCC valid") << u"PCCC"_s << u"P123456789012"_s << true;
        QTest::newRow("PCCC lower-case p") << u"PCCC"_s << u"p123456789012"_s << true;
        QTest::newRow("PCCC short") << u"PCCC"_s << u"P12345"_s << false;
        QTest::newRow("PCCC no P") << u"PCCC"_s << u"1234567890123"_s << false;
        QTest::newRow("VAT DE") << u"VAT"_s << u"DE 123 456 789"_s << true;
        QTest::newRow("VAT NL") << u"VAT"_s << u"NL123456789B01"_s << true;
        QTest::newRow("VAT no country") << u"VAT"_s << u"123456789"_s << false;
        QTest::newRow("VAT too short") << u"VAT"_s << u"DE1"_s << false;
        QTest::newRow("VAT too long") << u"VAT"_s << u"DE12345678901234"_s << false;
        QTest::newRow("EORI") << u"EORI"_s << u"GB123456789000"_s << true;
        QTest::newRow("EORI 15 after country") << u"EORI"_s << u"DE123456789012345"_s << true;
        QTest::newRow("EORI too long") << u"EORI"_s << u"DE1234567890123456"_s << false;
        QTest::newRow("any kind, something") << QString() << u"X"_s << true;
        QTest::newRow("unknown kind, something") << u"IOSS"_s << u"IM1234567890"_s << true;
        QTest::newRow("any kind, empty") << QString() << u" - "_s << false;
        QTest::newRow("PCCC, empty") << u"PCCC"_s << QString() << false;
    }

    void checks()
    {
        QFETCH(QString, kind);
        QFETCH(QString, id);
        QFETCH(bool, valid);
        const QString problem = TaxId::check(kind, id);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(u"%1: %2"_s.arg(id, problem)));
    }

    void explainsProblems()
    {
        QCOMPARE(TaxId::check(u"PCCC"_s, u"P12345"_s), u"PCCC \"P12345\" must be P followed by 12 digits"_s);
        QCOMPARE(TaxId::check(u"CPF/CNPJ"_s, u"529.982.247-24"_s),
                 u"CPF \"529.982.247-24\" is not valid: its check digits do not match"_s);
        QCOMPARE(TaxId::check(u"CPF/CNPJ"_s, u"12345"_s),
                 u"CPF/CNPJ \"12345\" must have 11 digits (CPF) or 14 characters (CNPJ)"_s);
        QCOMPARE(TaxId::check(u"PCCC"_s, QString()), u"tax ID is missing; PCCC is required"_s);
        QCOMPARE(TaxId::check(u"CPF/CNPJ"_s, u"111.111.111-11"_s),
                 u"CPF \"111.111.111-11\" is a placeholder (one digit repeated), not a real number"_s);
    }
};

QTEST_GUILESS_MAIN(TestTaxId)
#include "tst_taxid.moc"
