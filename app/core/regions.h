#pragma once

#include <QLocale>
#include <QString>

// UN M49 regions of a country, from ICU's region containment data: the continent ("142" Asia, "150" Europe,
// "019" Americas, "002" Africa, "009" Oceania) and the sub-region ("035" South-eastern Asia, "155" Western Europe).
namespace Regions {

// Empty when ICU does not know the country.
QString continentOf(const QString &countryCode);
QString subregionOf(const QString &countryCode);
// "Asia", "Europe", "Western Europe" in the UI language; the code itself when ICU has no name.
QString displayName(const QString &m49Code, const QLocale &locale = QLocale());

} // namespace Regions
