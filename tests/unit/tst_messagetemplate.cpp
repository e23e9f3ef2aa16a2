#include "messagetemplate.h"

#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

Order order(const QString &currency, qint64 totalMinor)
{
    Order o;
    o.number = u"#1001"_s;
    o.createdAt = QDateTime(QDate(2026, 11, 28), QTime(9, 15), QTimeZone::utc());
    o.currency = currency;
    o.totalMinor = totalMinor;
    o.lines = {OrderLine{0, u"SCARF-01"_s, u"Silk scarf"_s, 2, 4500, 0, 0, {}},
               OrderLine{0, u"TEA-SET"_s, QString(), 1, 3990, 0, 0, {}}};
    return o;
}

Order englishOrder()
{
    Order o = order(u"USD"_s, 12990);
    o.customer.name = u"Jane Doe"_s;
    o.customer.email = u"jane@example.com"_s;
    o.shipTo = Address{u"Jane Doe"_s, {}, u"12 Main Street"_s, {}, u"Austin"_s, u"TX"_s, u"78701"_s, u"US"_s, {}};
    return o;
}

Order thaiOrder()
{
    Order o = order(u"THB"_s, 129000);
    o.customer.name = u"สมชาย ใจดี"_s;
    o.customer.language = u"th"_s;
    o.shipTo = Address{u"สมชาย ใจดี"_s, {}, u"99 ถนนสุขุมวิท"_s, {}, u"กรุงเทพมหานคร"_s, {}, u"10110"_s, u"TH"_s, {}};
    return o;
}

MessageTemplate shipped(MessageKind kind, const QString &language)
{
    for (const MessageTemplate &t : MessageTemplate::shippedDefaults()) {
        if (t.kind == kind && t.language == language)
            return t;
    }
    qFatal("no shipped template %s/%s", qPrintable(MessageKinds::key(kind)), qPrintable(language));
}

MessageValues tracking()
{
    MessageValues values;
    values.carrier = u"Thailand Post"_s;
    values.trackingNumber = u"EE123456789TH"_s;
    values.trackingUrl = u"https://track.thailandpost.co.th/?trackNumber=EE123456789TH"_s;
    values.shopName = u"Siam Silk"_s;
    return values;
}

} // namespace

class TestMessageTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindShipsInEveryLanguage()
    {
        QString error;
        const QList<MessageTemplate> templates = MessageTemplate::shippedDefaults(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &language : {u"en"_s, u"th"_s, u"zh"_s, u"ja"_s, u"es"_s, u"de"_s, u"fr"_s, u"ar"_s}) {
            for (MessageKind kind : MessageKinds::all()) {
                const auto count = std::count_if(templates.cbegin(), templates.cend(), [&](const MessageTemplate &t) {
                    return t.kind == kind && t.language == language;
                });
                QVERIFY2(count == 1, qPrintable(MessageKinds::key(kind) + u' ' + language));
            }
        }
    }

    // With a complete order and every value given, no shipped wording leaves a placeholder behind (a typo such as
    // "{tracking_nr}" in the JSON would).
    void shippedTemplatesUseOnlyKnownPlaceholders()
    {
        MessageValues values = tracking();
        values.delayReason = u"reason"_s;
        values.requiredDocuments = u"documents"_s;
        for (const MessageTemplate &t : MessageTemplate::shippedDefaults()) {
            const RenderedMessage message = MessageRenderer::render(t, englishOrder(), values);
            QVERIFY2(message.unfilled.isEmpty(), qPrintable(t.language + u": "_s + message.unfilled.join(u", "_s)));
            QVERIFY2(!message.text().contains(u'{'), qPrintable(t.language + u' ' + MessageKinds::key(t.kind)));
        }
    }

    void rendersEnglishConfirmation()
    {
        const RenderedMessage message =
            MessageRenderer::render(shipped(MessageKind::Confirmation, u"en"_s), englishOrder(), tracking());
        QCOMPARE(message.subject, u"Your order #1001 is confirmed"_s);
        QVERIFY(message.body.startsWith(u"Dear Jane Doe,\n\nThank you for your order #1001 of Saturday, November 28, "
                                        u"2026."_s));
        QVERIFY(message.body.contains(u"Items:\n2 × Silk scarf\n1 × TEA-SET\n\nTotal: $129.90\n"_s));
        QVERIFY(message.body.contains(u"Shipping to:\nJane Doe\n12 Main Street\nAustin, TX 78701\nUnited States\n"_s));
        QVERIFY(message.body.endsWith(u"Kind regards,\nSiam Silk"_s));
        QVERIFY(message.unfilled.isEmpty());
    }

    void rendersEnglishShippedWithTrackingLink()
    {
        const RenderedMessage message =
            MessageRenderer::render(shipped(MessageKind::Shipped, u"en"_s), englishOrder(), tracking());
        QCOMPARE(message.subject, u"Your order #1001 is on its way"_s);
        QVERIFY(message.body.contains(u"your order #1001 has shipped with Thailand Post."_s));
        QVERIFY(message.body.contains(u"Tracking number: EE123456789TH\n"
                                      u"Track your parcel: https://track.thailandpost.co.th/?trackNumber=EE123456789TH"_s));
    }

    void rendersThaiInThaiFormats()
    {
        const RenderedMessage confirmation =
            MessageRenderer::render(shipped(MessageKind::Confirmation, u"th"_s), thaiOrder(), tracking());
        QCOMPARE(confirmation.language, u"th"_s);
        QCOMPARE(confirmation.subject, u"ยืนยันคำสั่งซื้อ #1001"_s);
        QVERIFY(confirmation.body.startsWith(u"เรียน คุณสมชาย ใจดี\n\n"_s));
        QVERIFY2(confirmation.body.contains(u"คำสั่งซื้อ #1001 ของคุณเมื่อวันเสาร์ที่ 28 พฤศจิกายน 2026 เรียบร้อยแล้ว"_s),
                 qPrintable(confirmation.body));
        QVERIFY(confirmation.body.contains(u"รายการสินค้า:\n2 × Silk scarf\n1 × TEA-SET\n\nยอดรวม: ฿1,290.00\n"_s));
        QVERIFY(confirmation.body.contains(u"ที่อยู่จัดส่ง:\nสมชาย ใจดี\n99 ถนนสุขุมวิท\nกรุงเทพมหานคร\n10110\nไทย\n"_s));

        const RenderedMessage sent = MessageRenderer::render(shipped(MessageKind::Shipped, u"th"_s), thaiOrder(), tracking());
        QCOMPARE(sent.subject, u"คำสั่งซื้อ #1001 ของคุณจัดส่งแล้ว"_s);
        QVERIFY(sent.body.contains(u"ได้จัดส่งแล้วผ่าน Thailand Post\n\nหมายเลขพัสดุ: EE123456789TH\n"
                                   u"ติดตามพัสดุ: https://track.thailandpost.co.th/?trackNumber=EE123456789TH\n"_s));
    }

    void moneyAndDatesFollowTheTemplateLanguage()
    {
        const RenderedMessage german =
            MessageRenderer::render(shipped(MessageKind::Confirmation, u"de"_s), englishOrder(), tracking());
        QVERIFY2(german.body.contains(u"Ihre Bestellung #1001 vom Samstag, 28. November 2026."_s), qPrintable(german.body));
        QVERIFY2(german.body.contains(u"Gesamtbetrag: 129,90\u00a0$"_s), qPrintable(german.body));
        QVERIFY(german.body.contains(u"\nVereinigte Staaten\n"_s));
    }

    void shipToFollowsTheDestinationsLayout()
    {
        Order o = englishOrder();
        o.shipTo = Address{u"Jürgen Müller"_s, {}, u"Hauptstraße 1"_s, {}, u"Berlin"_s, {}, u"10115"_s, u"DE"_s, {}};
        const MessageTemplate t{MessageKind::Confirmation, u"en"_s, u"-"_s, u"{ship_to}"_s};
        QCOMPARE(MessageRenderer::render(t, o, {}).body, u"Jürgen Müller\nHauptstraße 1\n10115 Berlin\nGermany"_s);
        const MessageTemplate german{MessageKind::Confirmation, u"de"_s, u"-"_s, u"{ship_to}"_s};
        QVERIFY(MessageRenderer::render(german, o, {}).body.endsWith(u"\n10115 Berlin\nDeutschland"_s));
    }

    void unknownAndEmptyPlaceholdersStayVisible()
    {
        const MessageTemplate t{MessageKind::Shipped, u"en"_s, u"Order {order_number}"_s,
                                u"Hello {customer_name}, {gift_note} {tracking_number} {Total}"_s};
        Order o = englishOrder();
        o.customer.name = u"Ann {total}"_s; // a value is never expanded again
        const RenderedMessage message = MessageRenderer::render(t, o, MessageValues());
        QCOMPARE(message.subject, u"Order #1001"_s);
        QCOMPARE(message.body, u"Hello Ann {total}, {gift_note} {tracking_number} {Total}"_s);
        QCOMPARE(message.unfilled, (QStringList{u"gift_note"_s, u"tracking_number"_s}));
    }

    void subjectStaysOnOneLine()
    {
        const MessageTemplate t{MessageKind::Confirmation, u"en"_s, u"{lines}"_s, u"{lines}"_s};
        const RenderedMessage message = MessageRenderer::render(t, englishOrder(), MessageValues());
        QCOMPARE(message.subject, u"2 × Silk scarf, 1 × TEA-SET"_s);
        QCOMPARE(message.body, u"2 × Silk scarf\n1 × TEA-SET"_s);
    }

    void mailtoEncodesThaiTextAndLineBreaks()
    {
        RenderedMessage message;
        message.subject = u"สวัสดี #1001"_s;
        message.body = u"บรรทัด 1\nline 2 & more?\r\nend+"_s;
        const QUrl url = MessageRenderer::mailtoUrl(u"somchai+shop@example.co.th"_s, message);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), u"mailto"_s);
        QCOMPARE(url.toEncoded(),
                 "mailto:somchai%2Bshop@example.co.th"
                 "?subject=%E0%B8%AA%E0%B8%A7%E0%B8%B1%E0%B8%AA%E0%B8%94%E0%B8%B5%20%231001"
                 "&body=%E0%B8%9A%E0%B8%A3%E0%B8%A3%E0%B8%97%E0%B8%B1%E0%B8%94%201%0D%0A"
                 "line%202%20%26%20more%3F%0D%0Aend%2B"_ba);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded), message.subject);
        QCOMPARE(query.queryItemValue(u"body"_s, QUrl::FullyDecoded), u"บรรทัด 1\r\nline 2 & more?\r\nend+"_s);
        QCOMPARE(url.path(QUrl::FullyDecoded), u"somchai+shop@example.co.th"_s);
    }

    void languageFallsBackFromRegionToBaseToMarketToEnglish()
    {
        QCOMPARE(MessageTemplate::languageFallbacks(u"pt-BR"_s, u"es-MX"_s),
                 (QStringList{u"pt-BR"_s, u"pt"_s, u"es-MX"_s, u"es"_s, u"en"_s}));
        QCOMPARE(MessageTemplate::languageFallbacks(QString(), u"th"_s), (QStringList{u"th"_s, u"en"_s}));
        QCOMPARE(MessageTemplate::languageFallbacks(u"en-GB"_s, u"en"_s), (QStringList{u"en-GB"_s, u"en"_s}));

        const QStringList available{u"en"_s, u"pt"_s, u"pt-BR"_s, u"th"_s};
        QCOMPARE(MessageTemplate::chooseLanguage(available, u"pt-BR"_s, u"th"_s), u"pt-BR"_s); // exact
        QCOMPARE(MessageTemplate::chooseLanguage(available, u"pt-PT"_s, u"th"_s), u"pt"_s);   // base language
        QCOMPARE(MessageTemplate::chooseLanguage(available, u"ko"_s, u"th"_s), u"th"_s);      // the market's
        QCOMPARE(MessageTemplate::chooseLanguage(available, u"ko"_s, u"ja"_s), u"en"_s);      // English
        QCOMPARE(MessageTemplate::chooseLanguage(available, u"pt_br"_s, QString()), u"pt-BR"_s);
        QCOMPARE(MessageTemplate::chooseLanguage({u"de"_s}, u"ko"_s, u"ja"_s), QString());
    }

    void languageTagsAreNormalised()
    {
        QCOMPARE(MessageTemplate::normalizedLanguage(u" pt_br "_s), u"pt-BR"_s);
        QCOMPARE(MessageTemplate::normalizedLanguage(u"ZH-hant-tw"_s), u"zh-Hant-TW"_s);
        QCOMPARE(MessageTemplate::normalizedLanguage(u"es-419"_s), u"es-419"_s);
        QCOMPARE(MessageTemplate::normalizedLanguage(QString()), QString());
    }

    void languagesHaveNames()
    {
        QCOMPARE(MessageTemplate::languageName(u"th"_s, QLocale(u"en"_s)), u"Thai"_s);
        QCOMPARE(MessageTemplate::languageName(u"th"_s, QLocale(u"th"_s)), u"ไทย"_s);
        QCOMPARE(MessageTemplate::languageName(u"pt-BR"_s, QLocale(u"en"_s)), u"Portuguese (Brazil)"_s);
    }

    void kindsHaveKeysAndLabels()
    {
        for (MessageKind kind : MessageKinds::all())
            QCOMPARE(MessageKinds::fromKey(MessageKinds::key(kind)), kind);
        QCOMPARE(MessageKinds::key(MessageKind::CustomsInfo), u"customs_info"_s);
        QCOMPARE(MessageKinds::fromKey(u"invoice"), std::nullopt);
        QCOMPARE(MessageKinds::label(MessageKind::Shipped), u"Shipped, with tracking link"_s);
    }
};

QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"
