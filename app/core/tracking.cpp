#include "tracking.h"

#include "country.h"
#include "gtin.h"

#include <QUrl>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isAsciiDigit);
}

bool allLettersOrDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return isAsciiDigit(c) || isAsciiLetter(c); });
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// UPS: over the 15 characters between "1Z" and the check digit; letters count as (ASCII − 63) mod 10 and the
// characters at odd positions count twice.
int upsCheckDigit(QStringView body)
{
    int sum = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        const int value = isAsciiDigit(c) ? digitValue(c) : (c.unicode() - 63) % 10;
        sum += (i % 2 == 1) ? 2 * value : value;
    }
    return (10 - sum % 10) % 10;
}

// FedEx Express 12-digit numbers: weights 3, 1, 7 from the left over the first 11 digits, mod 11, mod 10.
int fedexExpressCheckDigit(QStringView body)
{
    static constexpr std::array<int, 3> weights = {3, 1, 7};
    int sum = 0;
    for (qsizetype i = 0; i < body.size(); ++i)
        sum += digitValue(body[i]) * weights[static_cast<std::size_t>(i % 3)];
    return sum % 11 % 10;
}

// DHL Express: the first nine digits read as one number, mod 7.
int dhlCheckDigit(QStringView body)
{
    qint64 value = 0;
    for (const QChar c : body)
        value = value * 10 + digitValue(c);
    return static_cast<int>(value % 7);
}

// UPU S10: the eight serial digits weighted 8, 6, 4, 2, 3, 5, 9, 7; 11 − (sum mod 11), where 10 becomes 0 and
// 11 becomes 5.
int s10CheckDigit(QStringView serial)
{
    static constexpr std::array<int, 8> weights = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (qsizetype i = 0; i < serial.size(); ++i)
        sum += digitValue(serial[i]) * weights[static_cast<std::size_t>(i)];
    const int check = 11 - sum % 11;
    return check == 10 ? 0 : (check == 11 ? 5 : check);
}

bool isImpbForm(QStringView number)
{
    return number.size() >= 20 && number.size() <= 22 && allDigits(number);
}

bool isValidImpb(QStringView number)
{
    return isImpbForm(number)
        && Gtin::checkDigit(number.first(number.size() - 1)) == digitValue(number.back());
}

// A scanned IMpb barcode starts with GS1 application identifier 420 and the destination ZIP (5 or 9 digits);
// the lengths never overlap, so the split is unambiguous. Returns the part after the prefix when the form
// fits.
std::optional<QStringView> impbAfterRoutingPrefix(QStringView number)
{
    if (!number.startsWith(u"420") || !allDigits(number))
        return std::nullopt;
    for (const qsizetype zipLength : {5, 9}) {
        const qsizetype prefixLength = 3 + zipLength;
        if (number.size() > prefixLength && isImpbForm(number.sliced(prefixLength)))
            return number.sliced(prefixLength);
    }
    return std::nullopt;
}

// Sets valid, or the message that names the digit the number should have had.
void compareCheckDigit(TrackingCheck &result, int expected, QChar actual)
{
    if (isAsciiDigit(actual) && digitValue(actual) == expected) {
        result.valid = true;
        return;
    }
    result.message = TrackingNumbers::tr("check digit should be %1, not %2")
                         .arg(QString::number(expected), QString(actual));
}

// Each scheme returns false when the number does not have its form; otherwise it fills valid/warning/message.
bool checkUps(const QString &number, TrackingCheck &result)
{
    if (number.size() != 18 || !number.startsWith(u"1Z") || !allLettersOrDigits(number))
        return false;
    compareCheckDigit(result, upsCheckDigit(QStringView(number).sliced(2, 15)), number.back());
    return true;
}

bool checkFedex(const QString &number, TrackingCheck &result)
{
    if (!allDigits(number))
        return false;
    const QStringView view(number);
    if (number.size() == 12) {
        compareCheckDigit(result, fedexExpressCheckDigit(view.first(11)), number.back());
        return true;
    }
    // A FedEx Ground "96" barcode carries the 15-digit number at its end; only that part has a check digit.
    if (number.size() == 15 || (number.size() == 22 && number.startsWith(u"96"))) {
        compareCheckDigit(result, Gtin::checkDigit(view.last(15).first(14)), number.back());
        return true;
    }
    return false;
}

bool checkDhl(const QString &number, TrackingCheck &result)
{
    if (number.size() != 10 || !allDigits(number))
        return false;
    const int expected = dhlCheckDigit(QStringView(number).first(9));
    compareCheckDigit(result, expected, number.back());
    if (!result.valid) {
        // The SPEC: a DHL Express number that fails the mod-7 check is kept with a warning, never blocked.
        result.warning = true;
        result.message = TrackingNumbers::tr("check digit should be %1, not %2 (only a warning for DHL "
                                             "Express: compare the number with the label)")
                             .arg(QString::number(expected), QString(number.back()));
    }
    return true;
}

bool checkUsps(const QString &number, TrackingCheck &result)
{
    // A routing prefix still present means the number after it failed its check (normalized() drops it
    // otherwise): report that digit rather than "unknown form".
    const std::optional<QStringView> impb =
        isImpbForm(number) ? std::optional<QStringView>(number) : impbAfterRoutingPrefix(number);
    if (!impb)
        return false;
    compareCheckDigit(result, Gtin::checkDigit(impb->first(impb->size() - 1)), impb->back());
    return true;
}

bool checkS10(const QString &number, TrackingCheck &result)
{
    const QStringView view(number);
    if (number.size() != 13 || !std::all_of(view.begin(), view.begin() + 2, isAsciiLetter)
        || !allDigits(view.sliced(2, 9)) || !std::all_of(view.end() - 2, view.end(), isAsciiLetter)) {
        return false;
    }
    result.s10Country = view.last(2).toString();
    compareCheckDigit(result, s10CheckDigit(view.sliced(2, 8)), number.at(10));
    if (result.valid && !Country::isKnown(result.s10Country)) {
        result.valid = false;
        result.message = TrackingNumbers::tr("%1 is not a country code; a postal tracking number ends with "
                                             "the ISO code of the sending country, like CH")
                             .arg(result.s10Country);
    }
    return true;
}

struct Scheme
{
    QStringView kind;
    bool (*check)(const QString &number, TrackingCheck &result);
};

// Detection tries them in this order; only a 22-digit "96…" number fits two forms (FedEx and USPS), and FedEx
// issues those, so FedEx comes first when both check digits pass.
constexpr std::array<Scheme, 5> schemes = {{
    {u"ups", checkUps},
    {u"fedex", checkFedex},
    {u"dhl", checkDhl},
    {u"usps", checkUsps},
    {u"s10", checkS10},
}};

const Scheme *findScheme(const QString &kind)
{
    const auto it =
        std::find_if(schemes.begin(), schemes.end(), [&kind](const Scheme &s) { return s.kind == kind; });
    return it == schemes.end() ? nullptr : &*it;
}

// Runs one scheme; std::nullopt when the number does not have its form.
std::optional<TrackingCheck> checkWith(const Scheme &scheme, const QString &number)
{
    TrackingCheck result;
    result.number = number;
    if (!scheme.check(number, result))
        return std::nullopt;
    result.kind = scheme.kind.toString();
    return result;
}

} // namespace

QStringList TrackingNumbers::kinds()
{
    QStringList result;
    for (const Scheme &scheme : schemes)
        result.append(scheme.kind.toString());
    return result;
}

QString TrackingNumbers::kindLabel(const QString &kind)
{
    if (kind == u"ups")
        return tr("UPS");
    if (kind == u"fedex")
        return tr("FedEx");
    if (kind == u"dhl")
        return tr("DHL Express");
    if (kind == u"usps")
        return tr("USPS");
    if (kind == u"s10")
        return tr("UPU S10 (postal)");
    return kind;
}

QString TrackingNumbers::formDescription(const QString &kind)
{
    if (kind == u"ups")
        return tr("1Z followed by 16 letters and digits");
    if (kind == u"fedex")
        return tr("12 or 15 digits, or 22 digits starting with 96");
    if (kind == u"dhl")
        return tr("10 digits");
    if (kind == u"usps")
        return tr("20 to 22 digits");
    if (kind == u"s10")
        return tr("2 letters, 9 digits and a country code, like RR123456785CH");
    return {};
}

QString TrackingNumbers::normalized(const QString &number)
{
    QString text = number.trimmed();
    // Scanners set up to send AIM symbology identifiers put "]C1", "]d2"… in front of the data.
    if (text.size() > 3 && text[0] == u']' && text[1].isLetter() && text[2].isDigit())
        text.remove(0, 3);
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        // Control characters include the GS separator a GS1-128 scan puts after the variable-length ZIP.
        if (c.isSpace() || c.category() == QChar::Punctuation_Dash || c.category() == QChar::Other_Control)
            continue;
        result.append(c.toUpper());
    }
    if (const std::optional<QStringView> impb = impbAfterRoutingPrefix(result); impb && isValidImpb(*impb))
        return impb->toString();
    return result;
}

TrackingCheck TrackingNumbers::detect(const QString &number)
{
    std::optional<TrackingCheck> firstWarning;
    std::optional<TrackingCheck> firstFit;
    for (const Scheme &scheme : schemes) {
        std::optional<TrackingCheck> result = checkWith(scheme, number);
        if (!result)
            continue;
        if (result->valid)
            return *result;
        if (result->warning && !firstWarning)
            firstWarning = result;
        if (!firstFit)
            firstFit = result;
    }
    if (firstWarning)
        return *firstWarning;
    if (firstFit)
        return *firstFit;

    TrackingCheck unknown;
    unknown.number = number;
    QStringList forms;
    for (const Scheme &scheme : schemes) {
        const QString kind = scheme.kind.toString();
        forms.append(tr("%1: %2").arg(kindLabel(kind), formDescription(kind)));
    }
    unknown.message = tr("not a tracking number of a known form; expected %1").arg(forms.join(u"; "_s));
    return unknown;
}

TrackingCheck TrackingNumbers::check(const QString &number, const QString &kindHint)
{
    const QString normalised = normalized(number);
    if (normalised.isEmpty()) {
        TrackingCheck empty;
        empty.message = tr("tracking number is empty");
        return empty;
    }
    const Scheme *hinted = findScheme(kindHint.trimmed().toLower());
    if (!hinted)
        return detect(normalised);
    if (std::optional<TrackingCheck> result = checkWith(*hinted, normalised))
        return *result;

    TrackingCheck mismatch;
    mismatch.number = normalised;
    const QString hint = hinted->kind.toString();
    // Naming the carrier the number does fit makes a carrier picked by mistake quick to spot.
    const TrackingCheck detected = detect(normalised);
    if (detected.accepted()) {
        mismatch.message = tr("not a %1 tracking number (expected %2); it looks like a %3 number")
                               .arg(kindLabel(hint), formDescription(hint), kindLabel(detected.kind));
    } else {
        mismatch.message =
            tr("not a %1 tracking number: expected %2").arg(kindLabel(hint), formDescription(hint));
    }
    return mismatch;
}

QString TrackingNumbers::url(const QString &urlTemplate, const QString &number)
{
    const QString pattern = urlTemplate.trimmed();
    const QString normalised = normalized(number);
    if (pattern.isEmpty() || normalised.isEmpty())
        return {};
    return QString(pattern).replace(u"{n}"_s, QString::fromLatin1(QUrl::toPercentEncoding(normalised)));
}
