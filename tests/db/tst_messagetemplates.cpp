#include "messagetemplaterepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

MessageTemplate shippedDefault(MessageKind kind, const QString &language)
{
    for (const MessageTemplate &t : MessageTemplate::shippedDefaults()) {
        if (t.kind == kind && t.language == language)
            return t;
    }
    qFatal("no shipped template %s/%s", qPrintable(MessageKinds::key(kind)), qPrintable(language));
}

int storedRows(const QSqlDatabase &db)
{
    QSqlQuery query(u"SELECT count(*) FROM message_templates"_s, db);
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestMessageTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedDefaultsApplyWithoutRows()
    {
        TestDatabase t;
        const MessageTemplateRepository repo(t.db());
        QCOMPARE(storedRows(t.db()), 0);
        const auto thai = repo.find(MessageKind::Confirmation, u"th"_s);
        QVERIFY(thai);
        QCOMPARE(*thai, shippedDefault(MessageKind::Confirmation, u"th"_s));
        QCOMPARE(thai->subject, u"ยืนยันคำสั่งซื้อ {order_number}"_s);
        QVERIFY(!repo.isCustomized(MessageKind::Confirmation, u"th"_s));
    }

    void overrideInTheDatabaseWins()
    {
        TestDatabase t;
        const MessageTemplateRepository repo(t.db());
        const MessageTemplate own{MessageKind::Confirmation, u"th"_s, u"ขอบคุณครับ {order_number}"_s,
                                  u"สวัสดีครับ คุณ{customer_name}\n\nร้านเราได้รับออร์เดอร์แล้วนะครับ"_s};
        QString error;
        QVERIFY2(repo.save(own, &error), qPrintable(error));
        QCOMPARE(repo.find(MessageKind::Confirmation, u"th"_s), own);
        QCOMPARE(repo.find(MessageKind::Confirmation, u"th-TH"_s), own); // through the base language
        QVERIFY(repo.isCustomized(MessageKind::Confirmation, u"th"_s));
        // Other kinds and languages keep the shipped wording.
        QCOMPARE(repo.find(MessageKind::Shipped, u"th"_s), shippedDefault(MessageKind::Shipped, u"th"_s));
        QCOMPARE(repo.find(MessageKind::Confirmation, u"en"_s), shippedDefault(MessageKind::Confirmation, u"en"_s));

        // Saving again replaces the seller's wording rather than adding a row; quotes are bound, not pasted.
        MessageTemplate edited = own;
        edited.subject = u"Order {order_number}: it's confirmed'); DROP TABLE orders; --"_s;
        QVERIFY2(repo.save(edited, &error), qPrintable(error));
        QCOMPARE(repo.find(MessageKind::Confirmation, u"th"_s)->subject, edited.subject);
        QCOMPARE(storedRows(t.db()), 1);
    }

    void resetReturnsTheShippedDefault()
    {
        TestDatabase t;
        const MessageTemplateRepository repo(t.db());
        QString error;
        QVERIFY(repo.save({MessageKind::Delayed, u"de"_s, u"Verspätung"_s, u"Leider später."_s}, &error));
        QCOMPARE(repo.find(MessageKind::Delayed, u"de"_s)->subject, u"Verspätung"_s);
        QVERIFY2(repo.resetToDefault(MessageKind::Delayed, u"de"_s, &error), qPrintable(error));
        QCOMPARE(repo.find(MessageKind::Delayed, u"de"_s), shippedDefault(MessageKind::Delayed, u"de"_s));
        QCOMPARE(repo.find(MessageKind::Delayed, u"de"_s)->subject, u"Neuigkeiten zu Ihrer Bestellung {order_number}"_s);
        QVERIFY(!repo.isCustomized(MessageKind::Delayed, u"de"_s));
        QCOMPARE(storedRows(t.db()), 0);
    }

    void languagesListsShippedAndOwnLanguages()
    {
        TestDatabase t;
        const MessageTemplateRepository repo(t.db());
        const QStringList shipped{u"ar"_s, u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"ja"_s, u"th"_s, u"zh"_s};
        QCOMPARE(repo.languages(MessageKind::Shipped), shipped);
        QString error;
        QVERIFY(repo.save({MessageKind::Shipped, u"pt_br"_s, u"Seu pedido {order_number} foi enviado"_s,
                           u"Olá, {customer_name}!"_s},
                          &error));
        QVERIFY(repo.save({MessageKind::Shipped, u"en"_s, u"Shipped!"_s, u"On its way."_s}, &error));
        QCOMPARE(repo.languages(MessageKind::Shipped),
                 (QStringList{u"ar"_s, u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"ja"_s, u"pt-BR"_s, u"th"_s, u"zh"_s}));
        QCOMPARE(repo.languages(MessageKind::Delayed), shipped);
    }

    void findFallsBackLikeACustomersLanguage()
    {
        TestDatabase t;
        const MessageTemplateRepository repo(t.db());
        // No Portuguese: the market's language (Swiss German -> German), else English.
        QCOMPARE(repo.find(MessageKind::Delayed, u"pt-BR"_s, u"de-CH"_s)->language, u"de"_s);
        QCOMPARE(repo.find(MessageKind::Delayed, u"pt-BR"_s, u"ko"_s)->language, u"en"_s);
        QCOMPARE(repo.find(MessageKind::Delayed, QString(), QString())->language, u"en"_s);
        // The seller's Portuguese is a base-language match for a Brazilian customer, ahead of the market's.
        QString error;
        QVERIFY(repo.save({MessageKind::Delayed, u"pt"_s, u"Atualização do pedido {order_number}"_s, u"Olá"_s}, &error));
        const auto portuguese = repo.find(MessageKind::Delayed, u"pt-BR"_s, u"de-CH"_s);
        QCOMPARE(portuguese->language, u"pt"_s);
        QCOMPARE(portuguese->subject, u"Atualização do pedido {order_number}"_s);
    }

    void saveRefusesAnEmptyTemplate()
    {
        TestDatabase t;
        const MessageTemplateRepository repo(t.db());
        QString error;
        QVERIFY(!repo.save({MessageKind::Shipped, u"en"_s, u"Subject"_s, u"  "_s}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(storedRows(t.db()), 0);
    }
};

QTEST_GUILESS_MAIN(TestMessageTemplates)
#include "tst_messagetemplates.moc"
