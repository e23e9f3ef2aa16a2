#include "address.h"

#include "country.h"

#include <unicode/uloc.h>

#include <QDebug>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// How one destination writes its addresses, as read from resources/reference/addresses.json.
struct CountryLayout
{
    QStringList lines; // templates such as "{postal} {city}"
    bool usesPostalCode = true;
    std::optional<QRegularExpression> postalPattern; // none when the country has no pattern on file
    QStringList postalExamples;
};

struct AddressReference
{
    CountryLayout fallback;
    QHash<QString, CountryLayout> countries;
};

QStringList toStringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const auto &item : array)
        result.append(item.toString());
    return result;
}

CountryLayout layoutFromJson(const QJsonObject &json, const CountryLayout &fallback)
{
    CountryLayout layout;
    layout.lines = json.contains(u"lines"_s) ? toStringList(json.value(u"lines"_s)) : fallback.lines;
    const QJsonValue postal = json.value(u"postal_code"_s);
    if (postal.isNull()) {
        layout.usesPostalCode = false;
    } else if (postal.isObject()) {
        const QJsonObject postalJson = postal.toObject();
        const QString patternText = postalJson.value(u"pattern"_s).toString();
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(patternText),
                                         QRegularExpression::CaseInsensitiveOption);
        if (!pattern.isValid())
            qWarning() << "addresses.json: bad postal-code pattern" << patternText;
        else if (!patternText.isEmpty())
            layout.postalPattern = pattern;
        layout.postalExamples = toStringList(postalJson.value(u"examples"_s));
    }
    return layout;
}

AddressReference loadReference()
{
    AddressReference reference;
    QFile file(u":/borderdesk/reference/addresses.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot open" << file.fileName();
        return reference;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    reference.fallback = layoutFromJson(root.value(u"default"_s).toObject(), {});
    const QJsonObject countries = root.value(u"countries"_s).toObject();
    for (auto it = countries.constBegin(); it != countries.constEnd(); ++it)
        reference.countries.insert(it.key(), layoutFromJson(it.value().toObject(), reference.fallback));
    const QStringList withoutPostalCode = toStringList(root.value(u"without_postal_code"_s));
    for (const QString &code : withoutPostalCode) {
        CountryLayout layout = reference.fallback;
        layout.usesPostalCode = false;
        reference.countries.insert(code, layout);
    }
    return reference;
}

const CountryLayout &layoutFor(const QString &country)
{
    static const AddressReference reference = loadReference();
    const auto it = reference.countries.constFind(country.trimmed().toUpper());
    return it != reference.countries.constEnd() ? it.value() : reference.fallback;
}

QString fieldValue(const Address &address, QStringView field)
{
    if (field == u"name")
        return address.name.trimmed();
    if (field == u"company")
        return address.company.trimmed();
    if (field == u"line1")
        return address.line1.trimmed();
    if (field == u"line2")
        return address.line2.trimmed();
    if (field == u"city")
        return address.city.trimmed();
    if (field == u"province")
        return address.province.trimmed();
    if (field == u"postal")
        return address.postalCode.trimmed();
    qWarning() << "addresses.json: unknown field" << field;
    return {};
}

// Fills one line template. Literal text is kept only next to filled fields: text before the first field needs
// that field ("〒{postal}"), text between fields needs filled fields on both sides (so "{city}, {province}
// {postal}" without a province gives "City 12345"), text after the last field needs that field.
QString renderLine(const QString &lineTemplate, const Address &address)
{
    static const QRegularExpression fieldToken(u"\\{(\\w+)\\}"_s);
    QString result;
    bool firstField = true;
    bool anyFilled = false;
    bool lastFilled = false;
    qsizetype position = 0;
    for (auto it = fieldToken.globalMatch(lineTemplate); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString literal = lineTemplate.mid(position, match.capturedStart() - position);
        const QString value = fieldValue(address, match.capturedView(1));
        lastFilled = !value.isEmpty();
        if (lastFilled) {
            if (firstField || anyFilled)
                result += literal;
            result += value;
            anyFilled = true;
        }
        firstField = false;
        position = match.capturedEnd();
    }
    if (firstField) // no fields: fixed text
        return lineTemplate.trimmed();
    if (lastFilled)
        result += lineTemplate.mid(position);
    return result.trimmed();
}

QLocale localeOfCountry(const QString &country)
{
    // QLocale(AnyLanguage, territory) picks the first locale in Qt's table (Cherokee for the US); ICU's
    // likely subtags give the main language instead.
    const QByteArray id = "und_" + country.toLatin1();
    std::array<char, ULOC_FULLNAME_CAPACITY> likely{};
    UErrorCode status = U_ZERO_ERROR;
    uloc_addLikelySubtags(id.constData(), likely.data(), static_cast<int32_t>(likely.size()), &status);
    if (U_FAILURE(status))
        return QLocale(QLocale::English);
    return QLocale(QString::fromLatin1(likely.data()));
}

QString countryLine(const QString &country, bool localCountryName)
{
    if (country.isEmpty())
        return {};
    return localCountryName ? Country::displayName(country, localeOfCountry(country))
                            : Country::displayName(country);
}

} // namespace

QStringList AddressFormat::lines(const Address &address, bool localCountryName)
{
    const QString country = address.country.trimmed().toUpper();
    QStringList result;
    for (const QString &lineTemplate : layoutFor(country).lines) {
        const QString line = renderLine(lineTemplate, address);
        if (!line.isEmpty())
            result.append(line);
    }
    const QString countryName = countryLine(country, localCountryName);
    if (!countryName.isEmpty())
        result.append(countryName);
    return result;
}

bool AddressFormat::usesPostalCode(const QString &country)
{
    return layoutFor(country).usesPostalCode;
}

QString AddressFormat::checkPostalCode(const QString &country, const QString &postalCode)
{
    const CountryLayout &layout = layoutFor(country);
    if (!layout.usesPostalCode || !layout.postalPattern)
        return {};
    const QString countryName = Country::displayName(country.trimmed().toUpper());
    const QString examples = layout.postalExamples.join(tr(" or ", "between postal-code examples"));
    const QString code = postalCode.simplified();
    if (code.isEmpty())
        return tr("postal code is missing; %1 addresses need one, e.g. %2").arg(countryName, examples);
    if (layout.postalPattern->match(code).hasMatch())
        return {};
    return tr("postal code \"%1\" does not fit; %2 postal codes look like %3")
        .arg(code, countryName, examples);
}
