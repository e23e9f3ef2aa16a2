#include "labelcontent.h"

#include "country.h"
#include "units.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

// Label captions and values are plain English literals, not tr(): a label printed by a Thai- or
// Arabic-speaking operator still goes through carriers' hubs and customs in other countries, and their staff
// read English.

QStringList LabelContent::addressLines(const Address &address) {
    QStringList lines = AddressFormat::lines(address);
    const QString code = address.country.trimmed().toUpper();
    if (code.isEmpty())
        return lines;
    // AddressFormat ends with the country in the operator's language; carriers want it in English capitals.
    if (!lines.isEmpty() && lines.constLast() == Country::displayName(code))
        lines.removeLast();
    const QString english = Country::displayName(code, QLocale(QLocale::English, QLocale::UnitedStates));
    lines.append((english.isEmpty() ? code : english).toUpper());
    return lines;
}

QString LabelContent::weightText(qint64 grams, const QString &senderCountry) {
    if (Units::systemForCountry(senderCountry.trimmed().toUpper()) == Units::System::Imperial) {
        // Hundredths of a pound, rounded half up: 1 lb = 453.59237 g exactly.
        const qint64 hundredths = (grams * 10000000 + 45359237 / 2) / 45359237;
        return u"%1.%2 lb"_s.arg(hundredths / 100).arg(hundredths % 100, 2, 10, QChar(u'0'));
    }
    // Hundredths of a kilogram, rounded half up (carriers bill in 10 g steps at most).
    const qint64 hundredths = (grams + 5) / 10;
    return u"%1.%2 kg"_s.arg(hundredths / 100).arg(hundredths % 100, 2, 10, QChar(u'0'));
}

LabelContent LabelContent::of(const ShippingDocument &document, int packageIndex) {
    LabelContent content;
    const DocumentPackage package = packageIndex >= 0 && packageIndex < document.packages.size()
                                        ? document.packages.at(packageIndex)
                                        : DocumentPackage{};
    content.fromLines = addressLines(document.sender.address);
    content.toLines = addressLines(document.recipient.address);
    content.recipientPhone = document.recipient.address.phone;
    content.carrier = document.carrierName;
    content.service = document.serviceName.isEmpty() ? document.serviceCode : document.serviceName;
    content.express = document.express;
    content.date = document.date.isValid() ? document.date.toString(Qt::ISODate) : QString();
    const qint64 weight = package.weightG > 0 ? package.weightG : document.totalGrossWeightG;
    content.weight = weightText(weight, document.sender.address.country);
    const int count = std::max(package.count, 1);
    content.piece = u"%1 OF %2"_s.arg(std::clamp(package.number, 1, count)).arg(count);
    content.orderReference = document.orderNumber;
    content.trackingNumber = package.trackingNumber.trimmed();
    if (document.international) {
        content.customsReference = document.customsReference;
        content.incoterm = document.incoterm;
    }
    return content;
}

LabelLayout::LabelLayout(int dotsPerInch)
    : dpi(dotsPerInch > 0 ? dotsPerInch : 203) {
    // Every edge is computed in inches and rounded once, so the 203 and 300 dpi labels look the same.
    page = QSize(dots(4.0), dots(6.0));
    margin = dots(0.08);
    rule = std::max(2, dots(0.015));
    frame = QRect(QPoint(margin, margin), QPoint(page.width() - margin - 1, page.height() - margin - 1));
    inner = dots(0.06);
    const int left = margin + rule + inner;
    const int right = page.width() - margin - rule - inner;
    const int split = dots(2.3);
    // Each block sits between two rules, `inner` dots clear of both.
    const auto block = [&](int x1, qreal top, int x2, qreal bottom, bool firstBlock = false) {
        const int y1 = firstBlock ? margin + rule + inner : dots(top) + rule + inner;
        return QRect(QPoint(x1, y1), QPoint(x2, dots(bottom) - inner));
    };
    from = block(left, 0, split - inner, 1.3, true);
    service = block(split + rule + inner, 0, right, 1.3, true);
    shipTo = block(left, 1.3, right, 3.35);
    references = block(left, 3.35, right, 3.9);
    customs = block(left, 3.9, right, 4.3);
    tracking = QRect(QPoint(left, dots(4.3) + rule + inner),
                     QPoint(right, page.height() - margin - rule - inner - 1));
    trackingBarcode =
        QRect(margin + rule, tracking.top() + dots(0.13), page.width() - 2 * (margin + rule), dots(1.0));

    const QRect outer = frame.adjusted(0, 0, 1, 1);
    rules = {QRect(outer.left(), outer.top(), outer.width(), rule),
             QRect(outer.left(), outer.bottom() + 1 - rule, outer.width(), rule),
             QRect(outer.left(), outer.top(), rule, outer.height()),
             QRect(outer.right() + 1 - rule, outer.top(), rule, outer.height())};
    for (const qreal y : {1.3, 3.35, 3.9, 4.3})
        rules.append(QRect(outer.left(), dots(y), outer.width(), rule));
    rules.append(QRect(split, outer.top(), rule, dots(1.3) - outer.top()));
    for (int column = 1; column < 4; ++column)
        rules.append(QRect(references.left() + column * (references.width() / 4) - inner, dots(3.35), rule,
                           dots(3.9) - dots(3.35)));
}

QRect LabelLayout::referenceColumn(int column) const {
    // Columns are separated by a rule `inner` dots left of each column's start (see the constructor), with
    // `inner` dots clear on both sides of it.
    const int width = references.width() / 4;
    const int x1 = references.left() + column * width + (column == 0 ? 0 : rule);
    const int x2 =
        column == 3 ? references.right() : references.left() + (column + 1) * width - 2 * inner - 1;
    return QRect(QPoint(x1, references.top()), QPoint(x2, references.bottom()));
}
