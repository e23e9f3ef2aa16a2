#include "phonenumber.h"

#include "country.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace {

namespace pn = i18n::phonenumbers;

// libphonenumber's name for "no default region": only numbers written with + and a country code parse.
constexpr char unknownRegion[] = "ZZ";

std::string regionOf(const QString &country)
{
    const QString code = country.trimmed().toUpper();
    return code.isEmpty() ? std::string(unknownRegion) : code.toStdString();
}

} // namespace

PhoneNumber::Result PhoneNumber::parse(const QString &raw, const QString &defaultCountry)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return {{}, tr("phone number is empty")};

    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    pn::PhoneNumber number;
    const auto error = util.Parse(text.toStdString(), regionOf(defaultCountry), &number);
    if (error == pn::PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR) {
        return {{}, tr("phone number \"%1\" cannot be read: it needs a known country code, such as +66")
                        .arg(text)};
    }
    if (error != pn::PhoneNumberUtil::NO_PARSING_ERROR)
        return {{}, tr("phone number \"%1\" cannot be read").arg(text)};

    if (!util.IsValidNumber(number)) {
        std::string region;
        util.GetRegionCodeForCountryCode(number.country_code(), &region);
        if (region == unknownRegion)
            return {{}, tr("phone number \"%1\" is not valid").arg(text)};
        const QString country = Country::displayName(QString::fromStdString(region));
        return {{}, tr("phone number \"%1\" is not valid for %2").arg(text, country)};
    }

    std::string e164;
    util.Format(number, pn::PhoneNumberUtil::E164, &e164);
    return {QString::fromStdString(e164), {}};
}

QString PhoneNumber::formatInternational(const QString &e164)
{
    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    pn::PhoneNumber number;
    const auto error = util.Parse(e164.trimmed().toStdString(), unknownRegion, &number);
    if (error != pn::PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util.Format(number, pn::PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}
