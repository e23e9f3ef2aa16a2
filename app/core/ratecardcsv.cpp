#include "shipping.h"

#include "country.h"
#include "csvcolumns.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "currency.h"
#include "textdecoding.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList RateCardCsv::header()
{
    return {u"service"_s,      u"carrier"_s,      u"service_name"_s, u"currency"_s,          u"dim_divisor"_s,
            u"weight_step_g"_s, u"fuel_percent"_s, u"express"_s,      u"postal"_s,            u"as_of"_s,
            u"zone"_s,          u"countries"_s,    u"transit_min"_s,  u"transit_max"_s,       u"max_weight_g"_s,
            u"price"_s,         u"extra_per_half_kg"_s};
}

QByteArray RateCardCsv::write(const QList<ShippingService> &services)
{
    QString text = CsvWriter::record(header());
    for (const ShippingService &s : services) {
        for (const ShippingService::Zone &zone : s.zones) {
            QStringList countries;
            for (auto it = s.zoneByCountry.cbegin(); it != s.zoneByCountry.cend(); ++it) {
                if (it.value() == zone.name)
                    countries << it.key();
            }
            countries.sort();
            const QString extra = zone.extraPerHalfKgMinor < 0
                                      ? QString()
                                      : Money(zone.extraPerHalfKgMinor, s.currency).toDecimalString();
            for (const ShippingService::Bracket &b : zone.brackets) {
                text += CsvWriter::record({CsvWriter::neutralised(s.code), s.carrierCode,
                                           CsvWriter::neutralised(s.name), s.currency, QString::number(s.dimDivisor),
                                           QString::number(s.weightStepG), s.fuelPercent,
                                           s.express ? u"yes"_s : u"no"_s, s.postal ? u"yes"_s : u"no"_s, s.asOf,
                                           CsvWriter::neutralised(zone.name), countries.join(u' '),
                                           QString::number(zone.transitDaysMin), QString::number(zone.transitDaysMax),
                                           QString::number(b.maxWeightG),
                                           Money(b.priceMinor, s.currency).toDecimalString(), extra});
            }
        }
    }
    return text.toUtf8();
}

namespace {

// Reads one rate-card file, collecting every problem before giving up (all or nothing).
class RateCardReader
{
    Q_DECLARE_TR_FUNCTIONS(RateCardCsv)

public:
    RateCardReader(const QString &fileName, QList<ImportIssue> *issues)
        : m_file(fileName)
        , m_issues(issues)
    {
    }

    std::optional<QList<ShippingService>> read(const QByteArray &bytes)
    {
        TextDecoding::Failure failure;
        const auto text = TextDecoding::decode(bytes, &failure);
        if (!text) {
            fail(failure.line, -1, failure.message);
            return std::nullopt;
        }
        CsvReader reader(*text, CsvReader::sniffDelimiter(*text));
        CsvReader::Record record;
        if (!reader.next(record)) {
            fail(reader.errorLine(), -1, reader.hasError() ? reader.error() : tr("the file is empty"));
            return std::nullopt;
        }
        m_columns = CsvColumns(record.fields);
        m_service = m_columns.find({u"service", u"service_code"});
        m_zone = m_columns.find({u"zone"});
        m_weight = m_columns.find({u"max_weight_g"});
        m_price = m_columns.find({u"price"});
        for (const auto &[index, name] : {std::pair{m_service, u"service"_s}, std::pair{m_zone, u"zone"_s},
                                          std::pair{m_weight, u"max_weight_g"_s}, std::pair{m_price, u"price"_s}}) {
            if (index < 0)
                fail(record.line, -1, tr("the header has no \"%1\" column").arg(name));
        }
        if (hasErrors())
            return std::nullopt;
        while (reader.next(record))
            readRow(record);
        if (reader.hasError())
            fail(reader.errorLine(), -1, reader.error());
        if (!hasErrors() && m_services.isEmpty())
            fail(0, -1, tr("the file has no rates"));
        if (hasErrors())
            return std::nullopt;
        for (ShippingService &s : m_services) {
            for (ShippingService::Zone &zone : s.zones)
                std::sort(zone.brackets.begin(), zone.brackets.end(),
                          [](const auto &a, const auto &b) { return a.maxWeightG < b.maxWeightG; });
        }
        return m_services;
    }

private:
    bool hasErrors() const
    {
        return std::any_of(m_issues->cbegin(), m_issues->cend(), [](const ImportIssue &i) { return i.isError(); });
    }

    void fail(qint64 line, int column, const QString &message)
    {
        m_issues->append({ImportIssue::Severity::Error, m_file, line,
                          column >= 0 ? m_columns.headerAt(column) : QString(), message});
    }

    QString cell(const CsvReader::Record &r, std::initializer_list<QStringView> names, int *index = nullptr) const
    {
        const int i = m_columns.find(names);
        if (index)
            *index = i;
        return i >= 0 && i < r.fields.size() ? CsvWriter::unneutralised(r.fields.at(i).trimmed()) : QString();
    }

    std::optional<qint64> integer(const CsvReader::Record &r, std::initializer_list<QStringView> names, qint64 min,
                                  qint64 fallback)
    {
        int index = -1;
        const QString text = cell(r, names, &index);
        if (text.isEmpty())
            return fallback;
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < min) {
            fail(r.line, index, tr("\"%1\" is not a whole number of at least %2").arg(text).arg(min));
            return std::nullopt;
        }
        return value;
    }

    ShippingService *serviceFor(const CsvReader::Record &r)
    {
        const QString code = cell(r, {u"service", u"service_code"});
        for (ShippingService &s : m_services) {
            if (s.code == code)
                return &s;
        }
        ShippingService s;
        s.code = code;
        s.carrierCode = cell(r, {u"carrier"}).toLower();
        s.name = cell(r, {u"service_name", u"name"});
        if (s.name.isEmpty())
            s.name = code;
        int index = -1;
        s.currency = cell(r, {u"currency"}, &index).toUpper();
        if (!Currency::isKnown(s.currency)) {
            fail(r.line, index, tr("\"%1\" is not an ISO 4217 currency code").arg(s.currency));
            return nullptr;
        }
        if (s.carrierCode.isEmpty()) {
            fail(r.line, m_columns.find({u"carrier"}), tr("the service's first row needs its carrier"));
            return nullptr;
        }
        const auto divisor = integer(r, {u"dim_divisor"}, 0, 5000);
        const auto step = integer(r, {u"weight_step_g"}, 1, 500);
        if (!divisor || !step)
            return nullptr;
        s.dimDivisor = int(*divisor);
        s.weightStepG = *step;
        const QString fuel = cell(r, {u"fuel_percent"}, &index);
        if (!fuel.isEmpty() && !ExactDecimal::parse(fuel)) {
            fail(r.line, index, tr("\"%1\" is not a percentage such as 12.5").arg(fuel));
            return nullptr;
        }
        s.fuelPercent = fuel.isEmpty() ? u"0"_s : fuel;
        s.express = isYes(cell(r, {u"express"}));
        s.postal = isYes(cell(r, {u"postal"}));
        s.asOf = cell(r, {u"as_of"});
        m_services.append(s);
        return &m_services.last();
    }

    static bool isYes(const QString &text)
    {
        const QString t = text.toLower();
        return t == u"yes" || t == u"true" || t == u"1" || t == u"y";
    }

    void readRow(const CsvReader::Record &r)
    {
        if (cell(r, {u"service", u"service_code"}).isEmpty()) {
            fail(r.line, m_service, tr("the service code is empty"));
            return;
        }
        ShippingService *service = serviceFor(r);
        if (!service)
            return;
        const QString zoneName = cell(r, {u"zone"});
        if (zoneName.isEmpty()) {
            fail(r.line, m_zone, tr("the zone is empty"));
            return;
        }
        const auto weight = integer(r, {u"max_weight_g"}, 1, -1);
        if (!weight)
            return;
        if (*weight < 0) {
            fail(r.line, m_weight, tr("the bracket's top weight is empty"));
            return;
        }
        QString error;
        const auto price = Money::fromDecimal(cell(r, {u"price"}), service->currency, &error);
        if (!price || price->minorUnits() < 0) {
            fail(r.line, m_price, price ? tr("a price cannot be negative") : error);
            return;
        }
        ShippingService::Zone *zone = nullptr;
        for (ShippingService::Zone &z : service->zones) {
            if (z.name == zoneName)
                zone = &z;
        }
        if (!zone) {
            const auto minDays = integer(r, {u"transit_min"}, 0, 0);
            const auto maxDays = integer(r, {u"transit_max"}, 0, 0);
            if (!minDays || !maxDays)
                return;
            ShippingService::Zone added;
            added.name = zoneName;
            added.transitDaysMin = int(*minDays);
            added.transitDaysMax = int(std::max(*minDays, *maxDays));
            service->zones.append(added);
            zone = &service->zones.last();
        }
        if (std::any_of(zone->brackets.cbegin(), zone->brackets.cend(),
                        [&weight](const auto &b) { return b.maxWeightG == *weight; })) {
            fail(r.line, m_weight, tr("zone %1 already has a price up to %2 g").arg(zoneName).arg(*weight));
            return;
        }
        zone->brackets.append({*weight, price->minorUnits()});
        int index = -1;
        const QString extra = cell(r, {u"extra_per_half_kg"}, &index);
        if (!extra.isEmpty()) {
            const auto extraPrice = Money::fromDecimal(extra, service->currency, &error);
            if (!extraPrice || extraPrice->minorUnits() < 0) {
                fail(r.line, index, extraPrice ? tr("a price cannot be negative") : error);
                return;
            }
            zone->extraPerHalfKgMinor = extraPrice->minorUnits();
        }
        const QString countries = cell(r, {u"countries"}, &index);
        for (const QString &code : countries.split(QRegularExpression(u"[\\s;,]+"_s), Qt::SkipEmptyParts)) {
            const QString cc = code.toUpper();
            if (!Country::isKnown(cc)) {
                fail(r.line, index, tr("\"%1\" is not an ISO 3166 country code").arg(code));
                return;
            }
            const QString existing = service->zoneByCountry.value(cc);
            if (!existing.isEmpty() && existing != zoneName) {
                fail(r.line, index, tr("%1 is already in zone %2 of %3").arg(cc, existing, service->code));
                return;
            }
            service->zoneByCountry.insert(cc, zoneName);
        }
    }

    QString m_file;
    QList<ImportIssue> *m_issues;
    CsvColumns m_columns{QStringList()};
    int m_service = -1;
    int m_zone = -1;
    int m_weight = -1;
    int m_price = -1;
    QList<ShippingService> m_services;
};

} // namespace

std::optional<QList<ShippingService>> RateCardCsv::read(const QByteArray &bytes, const QString &fileName,
                                                        QList<ImportIssue> *issues)
{
    QList<ImportIssue> local;
    RateCardReader reader(fileName, issues ? issues : &local);
    return reader.read(bytes);
}
