#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

// Weights are stored in grams and lengths in millimetres; people see and type them in their own units.
class Units
{
    Q_DECLARE_TR_FUNCTIONS(Units)

public:
    enum class System { Metric, Imperial };

    // The unit system people in this locale expect (imperial for the US, metric elsewhere).
    static System systemFor(const QLocale &locale);
    // The unit system of a country (ISO 3166 code): imperial for the US, Liberia and Myanmar.
    static System systemForCountry(const QString &countryCode);

    // "1.25 kg", "850 g", "2.76 lb" in the locale's digits, decimal point and grouping ("1,25 kg" in German).
    // Text for a field that is parsed back wants a locale with QLocale::OmitGroupSeparator.
    static QString formatWeight(qint64 grams, System system, const QLocale &locale = QLocale());
    // "30 cm", "12 mm", "11.8 in".
    static QString formatLength(qint64 millimetres, System system, const QLocale &locale = QLocale());

    // "500", "500 g", "1.2kg", "2 lb", "12 oz" -> grams (a bare number is taken in defaultUnit). The number may also
    // be written in the locale: its decimal point ("1,2 kg" in German) and any script's digits ("١٫٢ kg"), so a
    // metric formatWeight() without digit grouping reads back. '.' is a decimal point in every locale.
    static std::optional<qint64> parseWeight(QStringView text, QStringView defaultUnit = u"g",
                                             const QLocale &locale = QLocale::c());
    // "120", "12 cm", "1.5 m", "4.5 in" -> millimetres (a bare number is taken in defaultUnit).
    static std::optional<qint64> parseLength(QStringView text, QStringView defaultUnit = u"mm",
                                             const QLocale &locale = QLocale::c());
};
