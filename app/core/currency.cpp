#include "currency.h"

#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include <QHash>

#include <array>

namespace Currency {

namespace {

std::array<UChar, 4> toUChars(const QString &code)
{
    std::array<UChar, 4> result{};
    for (int i = 0; i < 3 && i < code.size(); ++i)
        result[size_t(i)] = code.at(i).unicode();
    return result;
}

bool isIsoShaped(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

int icuFractionDigits(const QString &code)
{
    const auto chars = toUChars(code);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t digits = ucurr_getDefaultFractionDigits(chars.data(), &status);
    return U_SUCCESS(status) ? digits : 2;
}

// Asked for every amount of every imported row: read from ICU once (thread-safe static initialisation).
const QHash<QString, int> &digitsByCode()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> result;
        for (const QString &code : commonCodes())
            result.insert(code, icuFractionDigits(code));
        return result;
    }();
    return table;
}

} // namespace

bool isKnown(const QString &code)
{
    return isIsoShaped(code) && digitsByCode().contains(code);
}

int fractionDigits(const QString &code)
{
    if (!isIsoShaped(code))
        return 2;
    const auto it = digitsByCode().constFind(code);
    return it != digitsByCode().constEnd() ? it.value() : icuFractionDigits(code);
}

QString displayName(const QString &code, const QLocale &locale)
{
    if (!isIsoShaped(code))
        return code;
    const auto chars = toUChars(code);
    const QByteArray icuLocale = locale.name().toLatin1();
    UErrorCode status = U_ZERO_ERROR;
    UBool isChoiceFormat = false;
    int32_t length = 0;
    const UChar *name = ucurr_getName(chars.data(), icuLocale.constData(), UCURR_LONG_NAME, &isChoiceFormat,
                                      &length, &status);
    if (U_FAILURE(status) || !name)
        return code;
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(name), length);
}

QStringList commonCodes()
{
    QStringList codes;
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *all = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_FAILURE(status))
        return codes;
    int32_t length = 0;
    while (const char *code = uenum_next(all, &length, &status)) {
        if (U_FAILURE(status))
            break;
        codes.append(QString::fromLatin1(code, length));
    }
    uenum_close(all);
    codes.sort();
    codes.removeDuplicates();
    return codes;
}

} // namespace Currency
