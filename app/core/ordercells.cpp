#include "ordercells.h"

#include "country.h"
#include "currency.h"

#include <QHash>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

int fractionDigitsCached(const QString &currency)
{
    thread_local QHash<QString, int> cache;
    auto it = cache.constFind(currency);
    if (it == cache.cend())
        it = cache.insert(currency, Currency::fractionDigits(currency));
    return *it;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads `count` digits at text[pos]; -1 when they are not all digits, or more than a date part ever has (nine
// digits still fit an int).
int digitsAt(QByteArrayView text, qsizetype pos, int count)
{
    if (count > 9 || pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

struct Symbol
{
    const char *text;
    const char *currency;
};

// Longest first, so "AU $" wins over "$".
constexpr Symbol symbols[] = {
    {"US $", "USD"}, {"AU $", "AUD"}, {"C $", "CAD"}, {"CA $", "CAD"}, {"NZ $", "NZD"}, {"HK $", "HKD"},
    {"S $", "SGD"},  {"US$", "USD"},  {"AU$", "AUD"}, {"A$", "AUD"},   {"C$", "CAD"},   {"CA$", "CAD"},
    {"NZ$", "NZD"},  {"HK$", "HKD"},  {"S$", "SGD"},  {"R$", "BRL"},   {"MX$", "MXN"},  {"\xC2\xA3", "GBP"},
    {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA5", "JPY"}, {"\xEF\xBF\xA5", "JPY"}, {"\xE0\xB8\xBF", "THB"},
    {"\xE2\x82\xA9", "KRW"}, {"$", "USD"},
};

} // namespace

QString OrderCells::currencyOfAmount(QByteArrayView cell)
{
    const QByteArrayView text = cell.trimmed();
    for (const Symbol &symbol : symbols) {
        if (text.startsWith(symbol.text) || text.endsWith(symbol.text))
            return QString::fromLatin1(symbol.currency);
    }
    // "EUR 12.00" or "12.00 EUR"
    if (text.size() > 4) {
        const QByteArrayView head = text.first(3);
        const QByteArrayView tail = text.last(3);
        auto isCode = [](QByteArrayView code) {
            return std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        };
        if (isCode(head) && !isDigit(text[3]))
            return QString::fromLatin1(head);
        if (isCode(tail) && !isDigit(text[text.size() - 4]))
            return QString::fromLatin1(tail);
    }
    return {};
}

std::optional<qint64> OrderCells::money(QByteArrayView cell, const QString &currency, QString *error)
{
    QByteArrayView text = cell.trimmed();
    if (text.isEmpty())
        return 0;
    bool negative = false;
    if (text.startsWith('-')) {
        negative = true;
        text = text.sliced(1).trimmed();
    }
    // Drop a currency symbol or code before or after the number.
    qsizetype first = 0;
    while (first < text.size() && !isDigit(text[first]) && text[first] != '.')
        ++first;
    qsizetype last = text.size();
    while (last > first && !isDigit(text[last - 1]))
        --last;
    const QByteArrayView prefix = text.first(first).trimmed();
    const QByteArrayView suffix = text.sliced(last).trimmed();
    const QByteArrayView number = text.sliced(first, last - first);
    if (prefix.endsWith('-'))
        negative = !negative;
    if (number.isEmpty() || ((!prefix.isEmpty() || !suffix.isEmpty()) && currencyOfAmount(text).isEmpty())) {
        if (error)
            *error = tr("\"%1\" is not an amount").arg(QString::fromUtf8(cell));
        return std::nullopt;
    }
    // The decimal mark is the last '.' or ','; a lone ',' followed by exactly three digits groups thousands.
    const qsizetype dot = number.lastIndexOf('.');
    const qsizetype comma = number.lastIndexOf(',');
    qsizetype decimalMark = std::max(dot, comma);
    if (dot < 0 && comma >= 0 && number.size() - comma - 1 == 3)
        decimalMark = -1;
    const int scale = fractionDigitsCached(currency);
    qint64 value = 0;
    int decimals = 0;
    bool overflow = false;
    for (qsizetype i = 0; i < number.size(); ++i) {
        const char c = number[i];
        if (i == decimalMark)
            continue;
        if (!isDigit(c)) {
            if ((c == ',' || c == '.' || c == ' ' || c == '\'') && i < decimalMark)
                continue; // thousands separator
            if ((c == ',' || c == '.' || c == ' ' || c == '\'') && decimalMark < 0)
                continue;
            if (error)
                *error = tr("\"%1\" is not an amount").arg(QString::fromUtf8(cell));
            return std::nullopt;
        }
        const bool fractional = decimalMark >= 0 && i > decimalMark;
        if (fractional) {
            if (decimals >= scale) {
                if (c != '0') {
                    if (error)
                        *error = tr("\"%1\" has more decimals than %2 allows (%3)")
                                     .arg(QString::fromUtf8(cell), currency)
                                     .arg(scale);
                    return std::nullopt;
                }
                continue;
            }
            ++decimals;
        }
        // Past the limit the value stops growing (reported as too large below); the rest is still checked.
        overflow = overflow || value > (std::numeric_limits<qint64>::max() - 9) / 10;
        if (!overflow)
            value = value * 10 + (c - '0');
    }
    for (; decimals < scale && !overflow; ++decimals) {
        overflow = value > std::numeric_limits<qint64>::max() / 10;
        if (!overflow)
            value *= 10;
    }
    if (overflow) {
        if (error)
            *error = tr("\"%1\" is too large").arg(QString::fromUtf8(cell));
        return std::nullopt;
    }
    return negative ? -value : value;
}

std::optional<qint64> OrderCells::quantity(QByteArrayView cell, QString *error)
{
    QByteArrayView text = cell.trimmed();
    if (text.endsWith(".0"))
        text.chop(2);
    else if (text.endsWith(".00"))
        text.chop(3);
    qint64 value = 0;
    bool ok = !text.isEmpty() && text.size() <= 9;
    for (char c : text) {
        ok = ok && isDigit(c);
        if (!ok)
            break; // never multiply past qint64 on a long cell
        value = value * 10 + (c - '0');
    }
    if (!ok || value < 1) {
        if (error)
            *error = tr("\"%1\" is not a quantity (a whole number, 1 or more)").arg(QString::fromUtf8(cell));
        return std::nullopt;
    }
    return value;
}

namespace {

int monthFromName(QByteArrayView name)
{
    static constexpr const char *months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                             "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    const QByteArray lower = name.first(3).toByteArray().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == months[i])
            return i + 1;
    }
    return 0;
}

// Seconds east of UTC for "+0700", "+07:00", "-05:00", "Z", "UTC", "GMT", "PST"…; nullopt when unknown.
std::optional<int> offsetSeconds(QByteArrayView zone)
{
    zone = zone.trimmed();
    if (zone.isEmpty() || zone == "Z" || zone == "UTC" || zone == "GMT")
        return 0;
    if (zone[0] == '+' || zone[0] == '-') {
        const int sign = zone[0] == '-' ? -1 : 1;
        QByteArray digits = zone.sliced(1).toByteArray();
        digits.replace(":", "");
        if (digits.size() == 2)
            digits += "00";
        const int hours = digitsAt(digits, 0, 2);
        const int minutes = digitsAt(digits, 2, 2);
        if (digits.size() != 4 || hours < 0 || minutes < 0 || hours > 14 || minutes > 59)
            return std::nullopt;
        return sign * (hours * 3600 + minutes * 60);
    }
    static constexpr std::pair<const char *, int> names[] = {
        {"PST", -8}, {"PDT", -7}, {"MST", -7}, {"MDT", -6}, {"CST", -6}, {"CDT", -5}, {"EST", -5}, {"EDT", -4},
        {"BST", 1},  {"CET", 1},  {"CEST", 2}, {"JST", 9},  {"AEST", 10}, {"AEDT", 11}, {"ICT", 7},
    };
    for (const auto &[name, hours] : names) {
        if (zone == name)
            return hours * 3600;
    }
    return std::nullopt;
}

std::optional<QTime> timeAt(QByteArrayView text, qsizetype pos, qsizetype *end)
{
    const int h = digitsAt(text, pos, 2);
    const int m = pos + 2 < text.size() && text[pos + 2] == ':' ? digitsAt(text, pos + 3, 2) : -1;
    if (h < 0 || m < 0)
        return std::nullopt;
    int s = 0;
    qsizetype next = pos + 5;
    if (next < text.size() && text[next] == ':') {
        s = digitsAt(text, next + 1, 2);
        if (s < 0)
            return std::nullopt;
        next += 3;
        if (next < text.size() && text[next] == '.') { // fractions of a second
            ++next;
            while (next < text.size() && isDigit(text[next]))
                ++next;
        }
    }
    const QTime time(h, m, s);
    if (!time.isValid())
        return std::nullopt;
    *end = next;
    return time;
}

} // namespace

std::optional<QDateTime> OrderCells::dateTime(QByteArrayView cell, QString *error)
{
    const QByteArrayView text = cell.trimmed();
    auto fail = [&]() -> std::optional<QDateTime> {
        if (error)
            *error = tr("\"%1\" is not a date and time (for example 2026-11-20 14:03:11 +0700)")
                         .arg(QString::fromUtf8(cell));
        return std::nullopt;
    };
    QDate date;
    qsizetype pos = 0;
    const int year = digitsAt(text, 0, 4);
    if (year > 0 && text.size() >= 10 && (text[4] == '-' || text[4] == '/')) {
        date = QDate(year, digitsAt(text, 5, 2), digitsAt(text, 8, 2));
        pos = 10;
    } else {
        // Month names: "Nov-20-26", "20-Nov-26", "Nov 20, 2026", "20 Nov 2026".
        QList<QByteArrayView> parts;
        qsizetype start = 0;
        qsizetype i = 0;
        for (; i <= text.size() && parts.size() < 3; ++i) {
            const bool sep = i == text.size() || text[i] == '-' || text[i] == ' ' || text[i] == ',' || text[i] == '/';
            if (sep) {
                if (i > start)
                    parts.append(text.sliced(start, i - start));
                start = i + 1;
            }
        }
        if (parts.size() < 3)
            return fail();
        pos = start - 1;
        int month = monthFromName(parts[0]);
        int day = 0;
        if (month > 0) {
            day = digitsAt(parts[1], 0, int(parts[1].size()));
        } else {
            month = monthFromName(parts[1]);
            day = digitsAt(parts[0], 0, int(parts[0].size()));
        }
        int y = digitsAt(parts[2], 0, int(parts[2].size()));
        if (parts[2].size() == 2 && y >= 0)
            y += 2000;
        if (month == 0 || day <= 0 || y <= 0)
            return fail();
        date = QDate(y, month, day);
    }
    if (!date.isValid())
        return fail();
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == 'T' || text[pos] == ','))
        ++pos;
    QTime time(0, 0);
    int offset = 0;
    if (pos < text.size()) {
        qsizetype end = pos;
        const auto parsed = timeAt(text, pos, &end);
        if (!parsed)
            return fail();
        time = *parsed;
        const auto zone = offsetSeconds(text.sliced(end));
        if (!zone)
            return fail();
        offset = *zone;
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}

std::optional<QString> OrderCells::country(const QString &cell, QString *error)
{
    if (cell.isEmpty())
        return QString();
    const auto code = Country::fromCodeOrName(cell);
    if (!code && error)
        *error = tr("\"%1\" is not a country (use a two-letter ISO code such as DE, or the English name)").arg(cell);
    return code;
}

QString OrderCells::isoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // Written by hand: QDateTime::toString goes through a printf-style formatter, a million times per import.
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char16_t text[20] = u"0000-00-00T00:00:00";
    auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    put(5, d.month(), 2);
    put(8, d.day(), 2);
    put(11, t.hour(), 2);
    put(14, t.minute(), 2);
    put(17, t.second(), 2);
    return QString::fromUtf16(text, 19) + u'Z';
}
