#pragma once

#include "pdfexport.h"
#include "printabledocument.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QProcess>
#include <QRect>
#include <QRegularExpression>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <ZXing/ReadBarcode.h>

// What the document tests do with a PDF: write it, ask poppler for its pages and text, rasterise a page the
// way a printer of that resolution would see it, and read the barcodes back with ZXing.
namespace DocumentTestTools {

// Where a suite writes its PDFs and PNGs: its temporary directory, or BORDERDESK_DOCUMENTS_OUTPUT when set,
// to keep them for a look (`BORDERDESK_DOCUMENTS_OUTPUT=/tmp/docs ctest -L documents`).
inline QDir outputDir(const QString &temporaryDir) {
    const QString kept = qEnvironmentVariable("BORDERDESK_DOCUMENTS_OUTPUT");
    if (kept.isEmpty())
        return QDir(temporaryDir);
    QDir().mkpath(kept);
    return QDir(kept);
}

// Runs a command-line tool; the empty array when it fails (the caller's QVERIFY says which).
inline QByteArray run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

inline QString writePdf(const QList<const PrintableDocument *> &documents, const QDir &dir,
                        const QString &name, int dpi) {
    const QString path = dir.filePath(name);
    QString error;
    if (!PdfExport::write(documents, path, dpi, &error))
        return {};
    return path;
}

// pdftotext, page by page when `page` > 0; `layout` keeps the columns of a line together.
inline QString pdfText(const QString &path, bool layout = false, int page = 0) {
    using namespace Qt::StringLiterals;
    QStringList arguments{u"-enc"_s, u"UTF-8"_s};
    if (layout)
        arguments << u"-layout"_s;
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    arguments << path << u"-"_s;
    return QString::fromUtf8(run(u"pdftotext"_s, arguments));
}

// The size of a page in points, from pdfinfo ("Page    1 size: 288 x 432 pts").
inline QSizeF pageSize(const QString &path, int page) {
    using namespace Qt::StringLiterals;
    const QString info = QString::fromUtf8(
        run(u"pdfinfo"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), path}));
    static const QRegularExpression pattern(u"Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"_s);
    const QRegularExpressionMatch match = pattern.match(info);
    if (!match.hasMatch())
        return {};
    return QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
}

inline int pageCount(const QString &path) {
    using namespace Qt::StringLiterals;
    const QString info = QString::fromUtf8(run(u"pdfinfo"_s, {path}));
    static const QRegularExpression pattern(u"Pages:\\s+(\\d+)"_s);
    const QRegularExpressionMatch match = pattern.match(info);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// One page (1-based) rasterised by pdftoppm at `dpi`, as 8-bit grey.
inline QImage rasterise(const QString &path, int page, int dpi) {
    using namespace Qt::StringLiterals;
    const QString prefix = path + u"-page%1-%2dpi"_s.arg(page).arg(dpi);
    run(u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-png"_s, u"-f"_s, QString::number(page), u"-l"_s,
                        QString::number(page), u"-singlefile"_s, path, prefix});
    return QImage(prefix + u".png"_s).convertToFormat(QImage::Format_Grayscale8);
}

// A barcode ZXing found: its text and the rectangle its corners span in the image.
struct FoundBarcode {
    QString text;
    QRect rect;
};

// Every barcode ZXing finds in the image, with where it is.
inline QList<FoundBarcode> locate(const QImage &image,
                                  ZXing::BarcodeFormats formats = ZXing::BarcodeFormat::Any) {
    if (image.isNull())
        return {};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(formats);
    hints.setTryHarder(true);
    // Our barcodes are printed upright at full size. The extra rotated and downscaled passes would also merge
    // their results with an operator== that asserts in Debian's ZXing 1.4 (zxing-cpp issue #740).
    hints.setTryRotate(false);
    hints.setTryDownscale(false);
    QList<FoundBarcode> found;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints)) {
        if (!result.isValid())
            continue;
        QRect rect;
        for (const ZXing::PointI &corner : result.position())
            rect |= QRect(corner.x, corner.y, 1, 1);
        found.append({QString::fromStdString(result.text()), rect});
    }
    return found;
}

// Every barcode ZXing finds in the image, as text.
inline QStringList decode(const QImage &image, ZXing::BarcodeFormats formats = ZXing::BarcodeFormat::Any) {
    QStringList texts;
    for (const FoundBarcode &barcode : locate(image, formats))
        texts.append(barcode.text);
    return texts;
}

// The share of dark pixels (below mid grey) in a region of the image: 0 for blank paper.
inline double inkCoverage(const QImage &grey, const QRect &region) {
    const QRect area = region.intersected(grey.rect());
    if (area.isEmpty())
        return 0;
    qint64 dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = area.left(); x <= area.right(); ++x)
            dark += line[x] < 128 ? 1 : 0;
    }
    return static_cast<double>(dark) / (static_cast<qint64>(area.width()) * area.height());
}

// The smallest rectangle holding every dark pixel (below mid grey) of a region: empty for blank paper.
inline QRect inkBounds(const QImage &grey, const QRect &region) {
    const QRect area = region.intersected(grey.rect());
    QRect bounds;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = area.left(); x <= area.right(); ++x) {
            if (line[x] < 128)
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

// The operator's language for a scope, as the language switch sets it: Borderdesk's and Qt's translations
// installed and the default locale changed; English (US), the suites' default, again at the end.
class OperatorLanguage {
public:
    explicit OperatorLanguage(const QString &code)
        : m_loaded(Translations::load(m_borderdesk, m_qt, code)) {
        if (m_loaded) {
            QCoreApplication::installTranslator(&m_borderdesk);
            QCoreApplication::installTranslator(&m_qt);
        }
        QLocale::setDefault(QLocale(code));
    }
    ~OperatorLanguage() {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_borderdesk);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    OperatorLanguage(const OperatorLanguage &) = delete;
    OperatorLanguage &operator=(const OperatorLanguage &) = delete;

    // False when Borderdesk has no translation for the language (only the locale changed).
    bool isLoaded() const { return m_loaded; }

private:
    QTranslator m_borderdesk;
    QTranslator m_qt;
    bool m_loaded = false;
};

// The operator languages the "always in English" checks run under: Latin, Thai, CJK and right-to-left.
inline QStringList operatorLanguages() {
    using namespace Qt::StringLiterals;
    return {u"de"_s, u"th"_s, u"ja"_s, u"zh_CN"_s, u"ar"_s};
}

// Text as a comparison sees it: compatibility forms folded (Arabic presentation forms, CJK radicals that PDF
// text extraction may return), bidi controls and line breaks removed, spaces collapsed.
inline QString normalisedText(const QString &text) {
    using namespace Qt::StringLiterals;
    QString folded = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression controls(u"[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"_s);
    folded.remove(controls);
    return folded.simplified();
}

} // namespace DocumentTestTools
