#include "commercialinvoice.h"
#include "documentsamples.h"
#include "documenttesttools.h"
#include "hscode.h"

#include <QLocale>
#include <QPageSize>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DocumentTestTools;

class TestCommercialInvoice : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString render(const ShippingDocument &doc, const QString &name) {
        const CommercialInvoice invoice(doc);
        return writePdf({&invoice}, outputDir(m_dir.path()), name + u".pdf"_s, 300);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void invoiceCarriesWhatCustomsAsks() {
        const ShippingDocument doc = DocumentSamples::usParcel();
        const CommercialInvoice invoice(doc);
        QCOMPARE(invoice.type(), DocumentType::CommercialInvoice);
        QCOMPARE(invoice.pageLayout().pageSize().id(), QPageSize::A4);
        QCOMPARE(invoice.pageCount(), 1);
        const QString pdf = render(doc, u"invoice"_s);
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(pageCount(pdf), 1);

        const QString text = normalisedText(pdfText(pdf));
        for (const QString &expected :
             {u"COMMERCIAL INVOICE"_s, u"Invoice No."_s, u"INV-1001"_s, u"2026-11-27"_s,
              // exporter and importer with their IDs
              u"Exporter"_s, u"Elefant Handels GmbH"_s, u"VAT/Tax ID: DE123456789"_s,
              u"EORI: DE1234567890123"_s, u"IOSS: IM2760000001"_s, u"Importer"_s, u"John Smith"_s,
              u"Acme Inc."_s, u"UNITED STATES"_s,
              // shipment
              u"Air waybill"_s, u"3318810025, 3318810036"_s, u"DHL Express"_s, u"Incoterm"_s, u"DAP"_s,
              u"Currency"_s, u"EUR"_s, u"Reason for export"_s, u"Sale"_s, u"#1001"_s, u"1.250"_s,
              // lines
              u"Men's cotton T-shirt, knitted"_s, HsCode::formatted(u"61091000"), u"PT"_s, u"24.90"_s,
              u"49.80"_s, u"Porcelain mug"_s, HsCode::formatted(u"691200"), u"14.50"_s, u"0.360"_s,
              u"0.320"_s,
              // totals
              u"Total goods value"_s, u"64.30 EUR"_s, u"Shipping"_s, u"29.90 EUR"_s, u"Invoice total"_s,
              u"94.20 EUR"_s, u"Total net weight"_s, u"0.680"_s, u"Anna Schmidt"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));

        // Each line's origin sits on its own row.
        const QStringList lines = pdfText(pdf, true).split(u'\n');
        const auto rowWith = [&](const QString &part) {
            for (const QString &line : lines) {
                if (line.contains(part))
                    return line;
            }
            return QString();
        };
        QVERIFY(rowWith(u"Men's cotton"_s)
                    .contains(QRegularExpression(u"\\bPT\\b.*\\b2\\b.*24\\.90.*49\\.80"_s)));
        QVERIFY(rowWith(u"Porcelain mug"_s)
                    .contains(QRegularExpression(u"\\bDE\\b.*\\b1\\b.*14\\.50.*14\\.50"_s)));
    }

    void invoiceTotalAddsShippingInTheSameCurrency() {
        ShippingDocument doc = DocumentSamples::usParcel();
        QCOMPARE(CommercialInvoice(doc).invoiceTotal(), Money(9420, u"EUR"_s));
        doc.shippingCharge = Money(500, u"USD"_s);
        QCOMPARE(CommercialInvoice(doc).invoiceTotal(), Money(6430, u"EUR"_s));
        doc.goodsTotal = Money();
        QCOMPARE(CommercialInvoice(doc).invoiceTotal(), Money(6430, u"EUR"_s)); // summed from the lines
    }

    void staysInEnglishWhateverTheOperatorSpeaks() {
        // Customs officers read the invoice in English: the operator's language changes none of its words,
        // country names, dates or amounts.
        const ShippingDocument doc = DocumentSamples::usParcel();
        const QString english = pdfText(render(doc, u"invoice-operator-en"_s));
        QVERIFY(english.contains(u"COMMERCIAL INVOICE"_s) && english.contains(u"UNITED STATES"_s));
        for (const QString &code : operatorLanguages()) {
            const OperatorLanguage language(code);
            QVERIFY2(language.isLoaded(), qPrintable(code));
            QVERIFY(CommercialInvoice(doc).title() != u"Commercial invoice INV-1001"_s); // translated
            QCOMPARE(pdfText(render(doc, u"invoice-operator-"_s + code)), english);
        }
    }

    void longInvoicesContinue() {
        const ShippingDocument doc = DocumentSamples::manyLines(DocumentSamples::usParcel(), 60);
        const CommercialInvoice invoice(doc);
        QVERIFY(invoice.pageCount() >= 3);
        const QString pdf = render(doc, u"invoice-pages"_s);
        QCOMPARE(pageCount(pdf), invoice.pageCount());
        const QString all = pdfText(pdf);
        for (int i = 1; i <= 60; ++i) {
            const QRegularExpression once(u"Wooden toy number %1(?!\\d)"_s.arg(i));
            QCOMPARE(all.count(once), 1);
        }
        QVERIFY(!pdfText(pdf, false, 1).contains(u"Invoice total"_s));
        QVERIFY(pdfText(pdf, false, 1).contains(u"Continued on the next page"_s));
        QVERIFY(pdfText(pdf, false, invoice.pageCount()).contains(u"Invoice total"_s));
    }
};

QTEST_MAIN(TestCommercialInvoice)
#include "tst_commercialinvoice.moc"
