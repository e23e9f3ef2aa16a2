#include "ecbrates.h"

#include "csvreader.h"
#include "textdecoding.h"

#include <QLocale>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

bool isCurrencyShaped(const QString &code)
{
    if (code.size() != 3)
        return false;
    return std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate date = QDate::fromString(t, Qt::ISODate);
    if (!date.isValid())
        date = QLocale::c().toDate(t, u"d MMMM yyyy"_s); // the daily CSV writes "27 November 2026"
    return date;
}

} // namespace

bool ParsedRates::hasErrors() const
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ImportIssue &i) { return i.isError(); });
}

ParsedRates EcbRates::parse(const QByteArray &bytes, const QString &fileName)
{
    ParsedRates result;
    TextDecoding::Failure failure;
    const auto text = TextDecoding::decode(bytes, &failure);
    if (!text) {
        result.issues.append({ImportIssue::Severity::Error, fileName, failure.line, QString(), failure.message});
        return result;
    }
    const QString start = text->trimmed().left(200);
    if (start.startsWith(u'<'))
        parseXml(text->toUtf8(), fileName, result);
    else if (start.startsWith(u"Date", Qt::CaseInsensitive))
        parseCsv(*text, fileName, result);
    else
        result.issues.append({ImportIssue::Severity::Error, fileName, 1, QString(),
                              tr("this is not an ECB reference-rate file (XML with Cube elements, or CSV whose "
                                 "first column is Date)")});
    if (!result.hasErrors() && result.rates.isEmpty())
        result.issues.append({ImportIssue::Severity::Error, fileName, 0, QString(), tr("the file holds no rates")});
    return result;
}

void EcbRates::parseXml(const QByteArray &bytes, const QString &fileName, ParsedRates &out)
{
    QXmlStreamReader xml(bytes);
    QDate day;
    int days = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Cube")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const qint64 line = xml.lineNumber();
        if (attributes.hasAttribute(u"time"_s)) {
            const QString time = attributes.value(u"time"_s).toString();
            day = parseDate(time);
            ++days;
            if (!day.isValid())
                out.issues.append({ImportIssue::Severity::Error, fileName, line, u"time"_s,
                                   tr("\"%1\" is not a date (YYYY-MM-DD)").arg(time)});
        } else if (attributes.hasAttribute(u"currency"_s)) {
            const QString currency = attributes.value(u"currency"_s).toString().trimmed();
            const QString rateText = attributes.value(u"rate"_s).toString();
            if (!day.isValid()) {
                out.issues.append({ImportIssue::Severity::Error, fileName, line, u"currency"_s,
                                   tr("a rate outside a dated Cube")});
                continue;
            }
            if (!isCurrencyShaped(currency)) {
                out.issues.append({ImportIssue::Severity::Error, fileName, line, u"currency"_s,
                                   tr("\"%1\" is not a currency code").arg(currency)});
                continue;
            }
            const auto rate = ExactDecimal::parse(rateText);
            if (!rate || !rate->isPositive()) {
                out.issues.append({ImportIssue::Severity::Error, fileName, line, u"rate"_s,
                                   tr("\"%1\" is not a positive decimal rate").arg(rateText)});
                continue;
            }
            out.rates.append({currency, day, *rate});
        }
    }
    if (xml.hasError())
        out.issues.append({ImportIssue::Severity::Error, fileName, xml.lineNumber(), QString(),
                           tr("the XML is broken: %1").arg(xml.errorString())});
    out.format = days > 1 ? tr("ECB history XML") : tr("ECB daily XML");
}

void EcbRates::parseCsv(const QString &text, const QString &fileName, ParsedRates &out)
{
    CsvReader reader(text);
    CsvReader::Record header;
    if (!reader.next(header))
        return;
    QStringList currencies;
    for (const QString &column : std::as_const(header.fields))
        currencies.append(column.trimmed().toUpper());
    CsvReader::Record record;
    int days = 0;
    while (reader.next(record)) {
        const QDate day = parseDate(record.fields.value(0));
        if (!day.isValid()) {
            out.issues.append({ImportIssue::Severity::Error, fileName, record.line, header.fields.value(0).trimmed(),
                               tr("\"%1\" is not a date").arg(record.fields.value(0))});
            continue;
        }
        ++days;
        for (qsizetype i = 1; i < record.fields.size() && i < currencies.size(); ++i) {
            const QString value = record.fields.at(i).trimmed();
            const QString &currency = currencies.at(i);
            if (currency.isEmpty() || value.isEmpty() || value == u"N/A")
                continue; // the trailing comma's empty column, or no rate that day
            if (!isCurrencyShaped(currency)) {
                out.issues.append({ImportIssue::Severity::Error, fileName, header.line, currency,
                                   tr("\"%1\" is not a currency code").arg(currency)});
                return;
            }
            const auto rate = ExactDecimal::parse(value);
            if (!rate || !rate->isPositive()) {
                out.issues.append({ImportIssue::Severity::Error, fileName, record.line, currency,
                                   tr("\"%1\" is not a positive decimal rate").arg(value)});
                continue;
            }
            out.rates.append({currency, day, *rate});
        }
    }
    if (reader.hasError())
        out.issues.append({ImportIssue::Severity::Error, fileName, reader.errorLine(), QString(), reader.error()});
    out.format = days > 1 ? tr("ECB history CSV") : tr("ECB daily CSV");
}
