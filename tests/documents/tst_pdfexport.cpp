#include "customsform.h"
#include "documentsamples.h"
#include "documenttesttools.h"
#include "pdfexport.h"
#include "shippinglabel.h"

#include <QFile>
#include <QLocale>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DocumentTestTools;

namespace {

// Records the device resolution and painter state each page was drawn with.
class ProbeDocument final : public PrintableDocument {
public:
    DocumentType type() const override { return DocumentType::ProductLabels; }
    QString title() const override { return u"probe"_s; }
    QPageLayout pageLayout() const override {
        // Margins on purpose: the painter's origin must still be the corner of the paper.
        return QPageLayout(QPageSize(QPageSize::A6), QPageLayout::Portrait, QMarginsF(10, 10, 10, 10),
                           QPageLayout::Millimeter);
    }
    int pageCount() const override { return 2; }
    void paintPage(QPainter &painter, int page) const override {
        dpis.append(painter.device()->logicalDpiX());
        transforms.append(painter.transform());
        pages.append(page);
        painter.fillRect(QRect(0, 0, 20, 20), Qt::black);
    }
    mutable QList<int> dpis;
    mutable QList<QTransform> transforms;
    mutable QList<int> pages;
};

} // namespace

class TestPdfExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void eachDocumentKeepsItsPaper() {
        const ShippingLabel label(DocumentSamples::usParcel());
        const CustomsForm cn23(DocumentSamples::cn23Parcel());
        const CustomsForm cn22(DocumentSamples::cn22Parcel());
        const QString path = m_dir.filePath(u"mixed.pdf"_s);
        QString error;
        QVERIFY2(PdfExport::write({&label, &cn23, &cn22}, path, 203, &error), qPrintable(error));
        QCOMPARE(pageCount(path), 4);
        QCOMPARE(pageSize(path, 1), QSizeF(288, 432));
        QCOMPARE(pageSize(path, 2), QSizeF(288, 432));
        QCOMPARE(qRound(pageSize(path, 3).width()), 595);
        QCOMPARE(qRound(pageSize(path, 3).height()), 842);
        QCOMPARE(pageSize(path, 4), QSizeF(288, 432));
        QVERIFY(pdfText(path, false, 3).contains(u"CN 23"_s));
        QVERIFY(pdfText(path, false, 4).contains(u"CN 22"_s));
    }

    void paintsInDeviceDotsFromThePaperCorner() {
        ProbeDocument probe;
        QString error;
        const QByteArray pdf = PdfExport::toPdf({&probe}, 300, &error);
        QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
        QCOMPARE(probe.pages, (QList<int>{0, 1}));
        QCOMPARE(probe.dpis, (QList<int>{300, 300}));
        QVERIFY(probe.transforms.at(0).isIdentity());
        QVERIFY(probe.transforms.at(1).isIdentity());
        // The black square drawn at (0,0) lands in the top left corner of the paper despite the margins.
        QFile file(m_dir.filePath(u"probe.pdf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        const QImage page = rasterise(file.fileName(), 1, 300);
        QVERIFY(inkCoverage(page, QRect(2, 2, 15, 15)) > 0.9);
        QCOMPARE(inkCoverage(page, QRect(30, 30, 200, 200)), 0.0);
    }

    void failureLeavesTheTargetAsItWas() {
        const QString path = m_dir.filePath(u"existing.pdf"_s);
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous contents");
        existing.close();

        QString error;
        QVERIFY(!PdfExport::write({}, path, 203, &error));
        QVERIFY(!error.isEmpty());
        const ShippingLabel label(DocumentSamples::usParcel());
        error.clear();
        QVERIFY(!PdfExport::write({&label}, path, 5, &error)); // not a printer resolution
        QVERIFY(!error.isEmpty());
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("previous contents"));
        existing.close();
        QCOMPARE(QDir(m_dir.path()).entryList({u"existing.pdf*"_s}, QDir::Files),
                 QStringList{u"existing.pdf"_s});

        error.clear();
        QVERIFY(!PdfExport::write({&label}, m_dir.filePath(u"missing/dir/out.pdf"_s), 203, &error));
        QVERIFY(error.contains(u"out.pdf"_s));
        QVERIFY(PdfExport::toPdf({}, 203, &error).isEmpty());
    }

    void successReplacesTheTarget() {
        const QString path = m_dir.filePath(u"replaced.pdf"_s);
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();
        const ShippingLabel label(DocumentSamples::domesticParcel());
        QVERIFY(PdfExport::write({&label}, path, 300));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QVERIFY(existing.readAll().startsWith("%PDF-"));
        QCOMPARE(pageCount(path), 1);
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
