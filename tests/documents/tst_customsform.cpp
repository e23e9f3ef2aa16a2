#include "customsform.h"
#include "documentsamples.h"
#include "documenttesttools.h"
#include "hscode.h"

#include <QLocale>
#include <QPageSize>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DocumentTestTools;

class TestCustomsForm : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString render(const ShippingDocument &doc, const QString &name, int dpi = 300) {
        const CustomsForm form(doc);
        return writePdf({&form}, outputDir(m_dir.path()), name + u".pdf"_s, dpi);
    }

    static void verifyContains(const QString &text, const QStringList &expected) {
        for (const QString &part : expected)
            QVERIFY2(text.contains(part), qPrintable(u"\"%1\" not in:\n%2"_s.arg(part, text)));
    }

    // The number of times each description appears in the text of all pages.
    static int occurrences(const QString &text, const QString &description) {
        const QRegularExpression pattern(QRegularExpression::escape(description) + u"(?!\\d)"_s);
        int count = 0;
        for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
            ++count;
        return count;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void choosesTheForm() {
        ShippingDocument doc = DocumentSamples::cn23Parcel();
        QCOMPARE(CustomsForm(doc).kind(), CustomsFormKind::CN23);
        QCOMPARE(CustomsForm(doc).pageLayout().pageSize().id(), QPageSize::A4);
        doc.customsForm = CustomsFormKind::None; // nothing decided: the complete form
        QCOMPARE(CustomsForm(doc).kind(), CustomsFormKind::CN23);
        doc.customsForm = CustomsFormKind::CN22;
        QCOMPARE(CustomsForm(doc).kind(), CustomsFormKind::CN22);
        QCOMPARE(CustomsForm(doc).pageLayout().fullRect(QPageLayout::Inch), QRectF(0, 0, 4, 6));
        QCOMPARE(CustomsForm(doc).type(), DocumentType::CustomsForm);
    }

    void cn23CarriesEveryField() {
        const ShippingDocument doc = DocumentSamples::cn23Parcel();
        const QString pdf = render(doc, u"cn23"_s);
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(pageCount(pdf), 1);
        const QSizeF size = pageSize(pdf, 1);
        QCOMPARE(qRound(size.width()), 595);
        QCOMPARE(qRound(size.height()), 842);

        const QString text = normalisedText(pdfText(pdf));
        verifyContains(text, {u"CUSTOMS DECLARATION / D\u00C9CLARATION EN DOUANE"_s, u"CN 23"_s,
                              u"From / Exp\u00E9diteur"_s, u"To / Destinataire"_s,
                              // sender
                              u"Anna Schmidt"_s, u"Elefant Handels GmbH"_s, u"Hauptstra\u00DFe 5"_s,
                              u"10115 Berlin"_s, u"GERMANY"_s, u"EORI DE1234567890123"_s,
                              // addressee and importer's reference
                              u"Kari Nordmann"_s, u"Storgata 1"_s, u"0155 Oslo"_s, u"NORWAY"_s,
                              u"NO987654321 \u00B7 VOEC 2024123"_s, u"+4722123456"_s,
                              // lines
                              u"Handbag, outer surface of leather"_s, u"Silk scarf, woven"_s,
                              u"Porcelain mug"_s, u"289.00 EUR"_s, u"91.00 EUR"_s, u"49.00 EUR"_s, u"0.900"_s,
                              u"0.120"_s, u"1.280"_s, HsCode::formatted(u"42022100"),
                              HsCode::formatted(u"621410"), HsCode::formatted(u"691200"),
                              // totals, charges, invoice, date, signature
                              u"Total gross weight"_s, u"2.750"_s, u"Total value"_s, u"429.00 EUR"_s,
                              u"Postal charges"_s, u"24.90 EUR"_s, u"INV-1002"_s, u"2026-11-27"_s,
                              u"Date and sender's signature"_s});
        QVERIFY(text.count(u"Anna Schmidt"_s) >= 2); // sender and signatory

        // Origins and the ticked category, read line by line as laid out.
        const QStringList lines = pdfText(pdf, true).split(u'\n');
        const auto lineWith = [&](const QString &part) {
            for (const QString &line : lines) {
                if (line.contains(part))
                    return line;
            }
            return QString();
        };
        QVERIFY(lineWith(u"Handbag"_s).contains(QRegularExpression(u"\\bIT\\b"_s)));
        QVERIFY(lineWith(u"Silk scarf"_s).contains(QRegularExpression(u"\\bFR\\b"_s)));
        QVERIFY(lineWith(u"Porcelain mug"_s).contains(QRegularExpression(u"\\bDE\\b"_s)));
        QVERIFY(lineWith(u"Sale of goods"_s).contains(QRegularExpression(u"X\\s+Sale of goods"_s)));
        QVERIFY(!lineWith(u"Gift"_s).contains(QRegularExpression(u"X\\s+Gift"_s)));
    }

    void cn23ContinuesOnMorePages() {
        const ShippingDocument doc = DocumentSamples::manyLines(DocumentSamples::cn23Parcel(), 45);
        const CustomsForm form(doc);
        QVERIFY(form.pageCount() >= 2);
        const QString pdf = render(doc, u"cn23-pages"_s);
        QCOMPARE(pageCount(pdf), form.pageCount());
        const QString all = pdfText(pdf);
        for (int i = 1; i <= 45; ++i)
            QCOMPARE(occurrences(all, u"Wooden toy number %1"_s.arg(i)), 1);
        QVERIFY(pdfText(pdf, false, 1).contains(u"Continued on the next page"_s));
        QVERIFY(!pdfText(pdf, false, 1).contains(u"Total value"_s));
        const QString last = pdfText(pdf, false, form.pageCount());
        QVERIFY(last.contains(u"Total value"_s));
        QVERIFY(last.contains(u"Wooden toy number"_s));
        QVERIFY(last.contains(u"Page %1 / %1"_s.arg(form.pageCount())));
    }

    void cn22OnALabel() {
        const ShippingDocument doc = DocumentSamples::cn22Parcel();
        const QString pdf = render(doc, u"cn22"_s, 203);
        QCOMPARE(pageCount(pdf), 1);
        QCOMPARE(pageSize(pdf, 1), QSizeF(288, 432));
        const QString text = normalisedText(pdfText(pdf));
        verifyContains(text, {u"CUSTOMS DECLARATION"_s, u"D\u00C9CLARATION EN DOUANE"_s, u"CN 22"_s,
                              u"Elefant Handels GmbH"_s, u"Jane Doe"_s, u"10 Downing Street"_s,
                              u"UNITED KINGDOM"_s, u"GB VAT 123456789"_s, u"2 \u00D7 Cotton T-shirt"_s,
                              HsCode::formatted(u"610910"), u"PT"_s, u"39.80 EUR"_s, u"0.360"_s, u"0.420"_s,
                              u"Total value"_s, u"2026-11-27"_s, u"Anna Schmidt"_s});
        const QString layout = pdfText(pdf, true);
        QVERIFY(layout.contains(QRegularExpression(u"X\\s+Gift\\b"_s)));
        QVERIFY(!layout.contains(QRegularExpression(u"X\\s+Sale of goods"_s)));
    }

    void cn22ContinuesOnMorePages() {
        const ShippingDocument doc = DocumentSamples::manyLines(DocumentSamples::cn22Parcel(), 9);
        const CustomsForm form(doc);
        QCOMPARE(form.pageCount(), 2);
        const QString pdf = render(doc, u"cn22-pages"_s, 203);
        QCOMPARE(pageCount(pdf), 2);
        const QString all = pdfText(pdf);
        for (int i = 1; i <= 9; ++i)
            QCOMPARE(occurrences(all, u"Wooden toy number %1"_s.arg(i)), 1);
        QVERIFY(pdfText(pdf, false, 2).contains(u"Total value"_s));
    }

    void staysInEnglishWhateverTheOperatorSpeaks_data() {
        QTest::addColumn<ShippingDocument>("doc");
        QTest::addColumn<int>("dpi");
        QTest::newRow("CN23") << DocumentSamples::cn23Parcel() << 300;
        QTest::newRow("CN22") << DocumentSamples::cn22Parcel() << 203;
    }

    void staysInEnglishWhateverTheOperatorSpeaks() {
        // The UPU's English and French words, the countries in English capitals, ISO dates and plain
        // decimals, whatever language the operator uses: the form is the English one word for word.
        QFETCH(ShippingDocument, doc);
        QFETCH(int, dpi);
        const QString name = u"operator-"_s + CustomsForm(doc).title().section(u' ', 0, 0).toLower();
        const QString english = pdfText(render(doc, name + u"-en"_s, dpi));
        verifyContains(normalisedText(english), {u"CUSTOMS DECLARATION"_s, u"D\u00C9CLARATION EN DOUANE"_s,
                                                 u"Total value"_s, u"GERMANY"_s, u"2026-11-27"_s});
        for (const QString &code : operatorLanguages()) {
            const OperatorLanguage language(code);
            QVERIFY2(language.isLoaded(), qPrintable(code));
            // The translation is in force (the document's title follows it)…
            QVERIFY(!CustomsForm(doc).title().contains(u"customs declaration"_s));
            // …and the form is word for word the English one.
            QCOMPARE(pdfText(render(doc, name + u'-' + code, dpi)), english);
        }
    }

    void paginationSplitsRows() {
        const Pagination pagination{12, 8};
        QCOMPARE(pagination.pageCount(0), 1);
        QCOMPARE(pagination.pageCount(8), 1);
        QCOMPARE(pagination.pageCount(9), 2);
        QCOMPARE(pagination.pageCount(20), 2);
        QCOMPARE(pagination.pageCount(21), 3);
        QCOMPARE(pagination.rowsOn(0, 20), std::make_pair(0, 12));
        QCOMPARE(pagination.rowsOn(1, 20), std::make_pair(12, 8));
        QCOMPARE(pagination.rowsOn(1, 14), std::make_pair(12, 2));
        QCOMPARE(pagination.rowsOn(2, 14).second, 0);
        // 45 rows at 23 a page and 14 beside the footer: three pages, the last never empty.
        const Pagination form{23, 14};
        QCOMPARE(form.pageCount(45), 3);
        QCOMPARE(form.rowsOn(0, 45), std::make_pair(0, 23));
        QCOMPARE(form.rowsOn(1, 45), std::make_pair(23, 21));
        QCOMPARE(form.rowsOn(2, 45), std::make_pair(44, 1));
    }
};

QTEST_MAIN(TestCustomsForm)
#include "tst_customsform.moc"
