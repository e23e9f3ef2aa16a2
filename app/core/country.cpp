#include "country.h"

#include <unicode/uloc.h>

#include <QHash>

#include <array>

namespace Country {

namespace {

QString icuDisplayCountry(const QString &code, const char *displayLocale)
{
    const QByteArray id = "und_" + code.toLatin1();
    std::array<UChar, 128> buffer{};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length =
        uloc_getDisplayCountry(id.constData(), displayLocale, buffer.data(), int32_t(buffer.size()), &status);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING)
        return code;
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer.data()), length);
}

} // namespace

QStringList codes()
{
    QStringList result;
    for (const char *const *c = uloc_getISOCountries(); *c; ++c)
        result.append(QString::fromLatin1(*c));
    result.sort();
    return result;
}

bool isKnown(const QString &code)
{
    static const QStringList all = codes();
    return code.size() == 2 && std::binary_search(all.cbegin(), all.cend(), code);
}

QString displayName(const QString &code, const QLocale &locale)
{
    if (!isKnown(code))
        return code;
    // The "C" locale (scripts, CI) reads as English rather than as ICU's root, which shows bare codes.
    const QByteArray name = locale.language() == QLocale::C ? QByteArray("en") : locale.name().toLatin1();
    return icuDisplayCountry(code, name.constData());
}

std::optional<QString> fromCodeOrName(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString upper = trimmed.toUpper();
    if (isKnown(upper))
        return upper;
    static const QHash<QString, QString> byEnglishName = [] {
        QHash<QString, QString> names;
        for (const QString &code : codes())
            names.insert(icuDisplayCountry(code, "en").toUpper(), code);
        names.insert(QStringLiteral("UNITED STATES OF AMERICA"), QStringLiteral("US"));
        names.insert(QStringLiteral("USA"), QStringLiteral("US"));
        names.insert(QStringLiteral("UK"), QStringLiteral("GB"));
        names.insert(QStringLiteral("GREAT BRITAIN"), QStringLiteral("GB"));
        names.insert(QStringLiteral("KOREA"), QStringLiteral("KR"));
        return names;
    }();
    const auto it = byEnglishName.constFind(upper);
    if (it != byEnglishName.constEnd())
        return it.value();
    return std::nullopt;
}

} // namespace Country
