#include "printsettings.h"

#include "documentnames.h"

#include <QPrinterInfo>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const auto printerKey = u"printer"_s;
const auto paperKey = u"paper"_s;
const auto orientationKey = u"orientation"_s;
const auto customPrefix = u"custom:"_s;

QString unitSuffix(QPageSize::Unit unit)
{
    switch (unit) {
    case QPageSize::Millimeter: return u"mm"_s;
    case QPageSize::Inch: return u"in"_s;
    default: return u"pt"_s;
    }
}

// Standard sizes are stored by their PPD key ("A4", "Letter"); others as "custom:4x6in", in the units they
// were defined in, so a 4 × 6 in label stays exactly that.
QString encodePaper(const QPageSize &size)
{
    if (size.id() != QPageSize::Custom)
        return size.key();
    QPageSize::Unit unit = size.definitionUnits();
    if (unit != QPageSize::Millimeter && unit != QPageSize::Inch)
        unit = QPageSize::Point;
    const QSizeF dimensions = size.size(unit);
    return customPrefix % QString::number(dimensions.width()) % u'x' % QString::number(dimensions.height())
        % unitSuffix(unit);
}

QPageSize decodePaper(const QString &text)
{
    if (text.startsWith(customPrefix)) {
        static const QRegularExpression pattern(u"^custom:([0-9.]+)x([0-9.]+)(mm|in|pt)$"_s);
        const QRegularExpressionMatch match = pattern.match(text);
        if (!match.hasMatch())
            return {};
        const QString suffix = match.captured(3);
        const QPageSize::Unit unit = suffix == u"mm"_s ? QPageSize::Millimeter
            : suffix == u"in"_s                        ? QPageSize::Inch
                                                       : QPageSize::Point;
        const QSizeF dimensions(match.captured(1).toDouble(), match.captured(2).toDouble());
        if (dimensions.isEmpty())
            return {};
        // Give it the translated name of the matching choice ("4 × 6 in label") when there is one.
        const QPageSize size(dimensions, unit, QString(), QPageSize::ExactMatch);
        for (const QPageSize &choice : PrintSettings::paperChoices()) {
            if (choice.isEquivalentTo(size))
                return choice;
        }
        return size;
    }
    for (int id = 0; id <= QPageSize::LastPageSize; ++id) {
        const auto pageSizeId = static_cast<QPageSize::PageSizeId>(id);
        if (pageSizeId != QPageSize::Custom && QPageSize::key(pageSizeId) == text)
            return QPageSize(pageSizeId);
    }
    return {};
}

} // namespace

PrintSettings::PrintSettings(QSettings &settings, const QLocale &locale)
    : m_settings(settings)
    , m_locale(locale)
{
}

QString PrintSettings::group(DocumentType type) const
{
    return u"printing/"_s + DocumentNames::key(type) + u'/';
}

QString PrintSettings::printerName(DocumentType type) const
{
    return m_settings.value(group(type) + printerKey).toString();
}

void PrintSettings::setPrinterName(DocumentType type, const QString &printerName)
{
    if (printerName.isEmpty())
        m_settings.remove(group(type) + printerKey);
    else
        m_settings.setValue(group(type) + printerKey, printerName);
}

QString PrintSettings::effectivePrinterName(DocumentType type) const
{
    const QString chosen = printerName(type);
    if (!chosen.isEmpty())
        return chosen;
    return QPrinterInfo::defaultPrinterName();
}

QPageSize PrintSettings::pageSize(DocumentType type) const
{
    const QPageSize stored = decodePaper(m_settings.value(group(type) + paperKey).toString());
    return stored.isValid() ? stored : defaultPageSize(type);
}

void PrintSettings::setPageSize(DocumentType type, const QPageSize &pageSize)
{
    if (pageSize.isValid())
        m_settings.setValue(group(type) + paperKey, encodePaper(pageSize));
    else
        m_settings.remove(group(type) + paperKey);
}

QPageLayout::Orientation PrintSettings::orientation(DocumentType type) const
{
    const QString stored = m_settings.value(group(type) + orientationKey).toString();
    return stored == u"landscape"_s ? QPageLayout::Landscape : QPageLayout::Portrait;
}

void PrintSettings::setOrientation(DocumentType type, QPageLayout::Orientation orientation)
{
    m_settings.setValue(group(type) + orientationKey,
                        orientation == QPageLayout::Landscape ? u"landscape"_s : u"portrait"_s);
}

QPageLayout PrintSettings::pageLayout(DocumentType type) const
{
    QPageLayout layout(pageSize(type), orientation(type), QMarginsF());
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

QPageSize PrintSettings::defaultPageSize(DocumentType type) const
{
    switch (type) {
    case DocumentType::ShippingLabel: return labelPaper4x6();
    case DocumentType::ProductLabels: return QPageSize(QPageSize::A4);
    case DocumentType::CustomsForm:
    case DocumentType::CommercialInvoice:
    case DocumentType::PackingSlip: break;
    }
    return QPageSize(usesLetterPaper(m_locale) ? QPageSize::Letter : QPageSize::A4);
}

bool PrintSettings::usesLetterPaper(const QLocale &locale)
{
    if (locale.measurementSystem() == QLocale::ImperialUSSystem)
        return true;
    // Letter is also the office paper in Canada, Mexico, the Philippines and much of Latin America.
    static const QList<QLocale::Territory> letterTerritories
        = {QLocale::Canada,     QLocale::Mexico,     QLocale::Philippines, QLocale::Chile,
           QLocale::Colombia,   QLocale::Venezuela,  QLocale::CostaRica,   QLocale::Guatemala,
           QLocale::Panama,     QLocale::ElSalvador, QLocale::Nicaragua,   QLocale::DominicanRepublic,
           QLocale::PuertoRico, QLocale::Belize};
    return letterTerritories.contains(locale.territory());
}

QPageSize PrintSettings::labelPaper4x6()
{
    return QPageSize(QSizeF(4, 6), QPageSize::Inch, tr("4 × 6 in label"), QPageSize::ExactMatch);
}

QList<QPageSize> PrintSettings::paperChoices()
{
    return {QPageSize(QPageSize::A4),
            QPageSize(QPageSize::Letter),
            QPageSize(QPageSize::Legal),
            QPageSize(QPageSize::A5),
            QPageSize(QPageSize::A6),
            labelPaper4x6(),
            QPageSize(QSizeF(100, 150), QPageSize::Millimeter, tr("100 × 150 mm label"), QPageSize::ExactMatch),
            QPageSize(QSizeF(4, 4), QPageSize::Inch, tr("4 × 4 in label"), QPageSize::ExactMatch)};
}
