#include "marketpresets.h"
#include "marketrepository.h"
#include "testdatabase.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// The shipped presets as JSON, changed by edit and bumped to version 2: what an app upgrade would bring.
QByteArray newerPresets(const std::function<void(QJsonArray &)> &edit)
{
    QString error;
    const MarketPresets::Presets shipped = MarketPresets::load(&error);
    QJsonArray markets;
    for (const Market &m : shipped.markets)
        markets.append(m.toJson());
    edit(markets);
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), shipped.version + 1},
                                     {QStringLiteral("markets"), markets}})
        .toJson();
}

void setVat(QJsonArray &markets, const QString &code, const QString &vat)
{
    for (qsizetype i = 0; i < markets.size(); ++i) {
        QJsonObject m = markets.at(i).toObject();
        if (m[QStringLiteral("code")].toString() == code) {
            m[QStringLiteral("vat_percent")] = vat;
            markets[i] = m;
        }
    }
}

Product product(const char *hs, const char *category)
{
    Product p;
    p.hsCode = QString::fromLatin1(hs);
    p.category = QString::fromLatin1(category);
    return p;
}

} // namespace

class TestMarkets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsAreInstalledWithTheirAsOfDate()
    {
        TestDatabase t;
        const MarketRepository repo(t.db());
        const QList<Market> markets = repo.list();
        QStringList codes;
        for (const Market &m : markets)
            codes.append(m.code);
        for (const char *code : {"US", "EU", "GB", "CA", "AU", "JP", "TH", "SG", "CH", "NO", "KR", "BR", "MX", "CN"})
            QVERIFY2(codes.contains(QString::fromLatin1(code)), code);
        const Market gb = *repo.find(QStringLiteral("GB"));
        QCOMPARE(gb.currency, QStringLiteral("GBP"));
        QCOMPARE(gb.vatPercent.toString(), QStringLiteral("20"));
        QCOMPARE(gb.taxThreshold(), Money(13500, QStringLiteral("GBP")));
        QVERIFY(gb.sellerCollectsTax);
        QCOMPARE(gb.asOf, QDate(2026, 11, 1));
        QCOMPARE(repo.find(QStringLiteral("EU"))->countries.size(), 27);
        QCOMPARE(repo.find(QStringLiteral("KR"))->requiredTaxId, QStringLiteral("PCCC"));
        QCOMPARE(repo.find(QStringLiteral("BR"))->requiredTaxId, QStringLiteral("CPF/CNPJ"));
    }

    void upgradesKeepTheSellersEdits()
    {
        TestDatabase t;
        const MarketRepository repo(t.db());
        // The seller lowers Japan's duty and restricts toys in Korea.
        Market jp = *repo.find(QStringLiteral("JP"));
        jp.dutyPercent = *ExactDecimal::parse(u"3");
        QString error;
        QVERIFY(repo.save(jp, &error));
        MarketRestriction toys{0, QStringLiteral("9503"), QString(), MarketRestriction::Level::Restricted,
                               QStringLiteral("KC mark")};
        QVERIFY(repo.addRestriction(QStringLiteral("KR"), toys, &error));

        // A newer app changes VAT in GB, JP and KR and adds a market.
        const QByteArray json = newerPresets([](QJsonArray &markets) {
            setVat(markets, QStringLiteral("GB"), QStringLiteral("21"));
            setVat(markets, QStringLiteral("JP"), QStringLiteral("11"));
            setVat(markets, QStringLiteral("KR"), QStringLiteral("11"));
            QJsonObject nz = markets.at(0).toObject();
            nz[QStringLiteral("code")] = QStringLiteral("NZ");
            nz[QStringLiteral("name")] = QStringLiteral("New Zealand");
            nz[QStringLiteral("countries")] = QJsonArray{QStringLiteral("NZ")};
            nz[QStringLiteral("currency")] = QStringLiteral("NZD");
            markets.append(nz);
        });
        const MarketPresets::Presets newer = MarketPresets::parse(json, &error);
        QVERIFY2(!newer.markets.isEmpty(), qPrintable(error));
        QVERIFY2(MarketPresets::install(t.db(), newer, &error), qPrintable(error));

        QCOMPARE(repo.find(QStringLiteral("GB"))->vatPercent.toString(), QStringLiteral("21")); // untouched preset: refreshed
        const Market keptJp = *repo.find(QStringLiteral("JP"));
        QCOMPARE(keptJp.vatPercent.toString(), QStringLiteral("10")); // edited: kept as the seller left it
        QCOMPARE(keptJp.dutyPercent.toString(), QStringLiteral("3"));
        const Market keptKr = *repo.find(QStringLiteral("KR"));
        QCOMPARE(keptKr.vatPercent.toString(), QStringLiteral("10"));
        QCOMPARE(keptKr.restrictions.size(), 1);
        QVERIFY(repo.find(QStringLiteral("NZ")));
    }

    void cloneCopiesTheWholeSetUp()
    {
        TestDatabase t;
        const MarketRepository repo(t.db());
        QString error;
        QVERIFY2(repo.clone(QStringLiteral("EU"), QStringLiteral("EU2"), QStringLiteral("EU via Ireland"), &error),
                 qPrintable(error));
        Market copy = *repo.find(QStringLiteral("EU2"));
        Market original = *repo.find(QStringLiteral("EU"));
        QCOMPARE(copy.name, QStringLiteral("EU via Ireland"));
        for (MarketRestriction &r : copy.restrictions)
            r.id = 0;
        for (MarketRestriction &r : original.restrictions)
            r.id = 0;
        copy.code = original.code;
        copy.name = original.name;
        QCOMPARE(copy, original);
        QVERIFY(!repo.clone(QStringLiteral("EU"), QStringLiteral("EU2"), QString(), &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QVERIFY(!repo.clone(QStringLiteral("XX"), QStringLiteral("YY"), QString(), &error));
    }

    void dutyByLongestHsPrefixAndRestrictions()
    {
        TestDatabase t;
        const Market jp = *MarketRepository(t.db()).find(QStringLiteral("JP"));
        QCOMPARE(jp.dutyPercentFor(QStringLiteral("610910")).toString(), QStringLiteral("10.9"));
        QCOMPARE(jp.dutyPercentFor(QStringLiteral("090210")).toString(), QStringLiteral("17"));
        QCOMPARE(jp.dutyPercentFor(QStringLiteral("691200")).toString(), QStringLiteral("5"));
        QCOMPARE(jp.restrictionsFor(product("330499", "Beauty")).size(), 1);
        QCOMPARE(jp.restrictionsFor(product("330499", "Beauty")).front().level, MarketRestriction::Level::Licence);
        QVERIFY(jp.restrictionsFor(product("610910", "Apparel")).isEmpty());
        const Market us = *MarketRepository(t.db()).find(QStringLiteral("US"));
        QCOMPARE(us.restrictionsFor(product("090210", "Tea & Coffee")).size(), 1); // by HS chapter
        const Market au = *MarketRepository(t.db()).find(QStringLiteral("AU"));
        QCOMPARE(au.restrictionsFor(product("", "food & tea")).size(), 1); // by category, any case
    }

    void aDeletedPresetStaysDeleted()
    {
        TestDatabase t;
        QString error;
        {
            WriteTransaction tx(t.db());
            QVERIFY(MarketRepository(t.db()).remove(QStringLiteral("MX"), &error));
            QVERIFY(tx.commit(&error));
        }
        const Connection again = Connection::open(t.path(), &error);
        QVERIFY(again.isOpen());
        QVERIFY(!MarketRepository(again.database()).find(QStringLiteral("MX")));
        QVERIFY(MarketRepository(again.database()).find(QStringLiteral("JP")));
    }

    void invalidMarketsAreRefused()
    {
        TestDatabase t;
        const MarketRepository repo(t.db());
        Market m = *repo.find(QStringLiteral("TH"));
        m.code = QStringLiteral("BAD");
        m.currency = QStringLiteral("XYZ");
        m.countries = {QStringLiteral("ZZ")};
        QString error;
        QVERIFY(!repo.save(m, &error));
        QVERIFY(error.contains(QStringLiteral("XYZ")) && error.contains(QStringLiteral("ZZ")));
        QVERIFY(!repo.find(QStringLiteral("BAD")));
    }
};

QTEST_GUILESS_MAIN(TestMarkets)
#include "tst_markets.moc"
