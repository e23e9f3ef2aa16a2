// Weights and lengths as people type them ("1.2kg", "2 lb", "11.8 in", "١٫٢ kg", "1,2 kg" in German). A metric
// weight that formats without grouping reads back in the same locale.

#include "fuzz.h"
#include "units.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QLocale locales[] = {QLocale::c(), QLocale(QLocale::German, QLocale::Germany),
                                      QLocale(QLocale::Arabic, QLocale::Egypt), QLocale(QLocale::Thai, QLocale::Thailand),
                                      QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::French, QLocale::France)};
    static const char16_t *const weightUnits[] = {u"g", u"kg", u"lb", u"oz"};
    static const char16_t *const lengthUnits[] = {u"mm", u"cm", u"m", u"in"};
    QLocale locale = locales[data[0] % 6];
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const QString text = Fuzz::text(data + 1, size - 1);
    const int unit = (data[0] >> 4) % 4;

    if (const auto grams = Units::parseWeight(text, weightUnits[unit], locale)) {
        (void)Units::formatWeight(*grams, Units::System::Imperial, locale);
        if (*grams >= 0 && *grams < (qint64(1) << 40)) {
            const QString metric = Units::formatWeight(*grams, Units::System::Metric, locale);
            (void)Units::parseWeight(metric, u"g", locale);
        }
    }
    if (const auto millimetres = Units::parseLength(text, lengthUnits[unit], locale)) {
        (void)Units::formatLength(*millimetres, Units::System::Metric, locale);
        (void)Units::formatLength(*millimetres, Units::System::Imperial, locale);
    }
    return 0;
}
