#include "regions.h"

#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/unistr.h>

namespace {

QString containing(const QString &countryCode, URegionType type)
{
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray code = countryCode.toLatin1();
    const icu::Region *region = icu::Region::getInstance(code.constData(), status);
    if (U_FAILURE(status) || !region)
        return {};
    const icu::Region *container = type == URGN_CONTINENT ? region->getContainingRegion(URGN_CONTINENT)
                                                          : region->getContainingRegion();
    // The direct container of a territory is its sub-region; some (EU grouping) are not sub-regions.
    if (type == URGN_SUBCONTINENT) {
        while (container && container->getType() != URGN_SUBCONTINENT)
            container = container->getContainingRegion();
    }
    return container ? QString::fromLatin1(container->getRegionCode()) : QString();
}

} // namespace

namespace Regions {

QString continentOf(const QString &countryCode)
{
    return containing(countryCode, URGN_CONTINENT);
}

QString subregionOf(const QString &countryCode)
{
    return containing(countryCode, URGN_SUBCONTINENT);
}

QString displayName(const QString &m49Code, const QLocale &locale)
{
    const QByteArray region = m49Code.toLatin1();
    const QByteArray language = locale.name().toLatin1();
    icu::UnicodeString name;
    icu::Locale(nullptr, region.constData()).getDisplayCountry(icu::Locale(language.constData()), name);
    const QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(name.getBuffer()), name.length());
    return text.isEmpty() ? m49Code : text;
}

} // namespace Regions
