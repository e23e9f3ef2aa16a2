#pragma once

// The order-file targets share this body: the format is forced per target (as `orders import --format` does), the
// bytes are decoded as the importer decodes them, and every order is read to the end of the file.

#include "borderdeskordercsv.h"
#include "csvwriter.h"
#include "fuzz.h"
#include "orderfile.h"
#include "textdecoding.h"

#include <QStringDecoder>

namespace Fuzz {

inline QList<ParsedOrder> readOrders(QByteArrayView bytes, OrderFileFormat format, bool *clean)
{
    OrderFileReader reader(bytes, {format, QStringLiteral("fuzz.csv"), QStringLiteral("EUR")});
    QList<ParsedOrder> orders;
    *clean = reader.open();
    if (!*clean) {
        FUZZ_CHECK(reader.hasErrors());
        return orders;
    }
    FUZZ_CHECK(format == OrderFileFormat::Unknown || reader.format() == format);
    ParsedOrder parsed;
    while (reader.next(parsed)) {
        FUZZ_CHECK(parsed.lineNumbers.size() == parsed.order.lines.size());
        *clean = *clean && !parsed.hasErrors;
        orders.append(parsed);
        parsed = ParsedOrder();
    }
    *clean = *clean && !reader.hasErrors();
    return orders;
}

inline void orderFile(const uint8_t *data, size_t size, OrderFileFormat format)
{
    QByteArray input = bytes(data, size);
    // As OrderImporter::importBytes: UTF-8 goes in as it is, anything else through TextDecoding.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(input);
    if (utf8.hasError()) {
        const auto text = TextDecoding::decode(input);
        if (!text)
            return;
        input = text->toUtf8();
    }
    bool clean = false;
    QList<ParsedOrder> orders = readOrders(input, format, &clean);
    if (!clean || orders.isEmpty())
        return;
    // Orders read without a problem export to Borderdesk's orders CSV and read back the same.
    QString csv = CsvWriter::record(BorderdeskOrderCsv::header());
    for (const ParsedOrder &parsed : orders) {
        for (const QStringList &row : BorderdeskOrderCsv::rows(parsed.order))
            csv += CsvWriter::record(row);
    }
    const QByteArray exported = csv.toUtf8();
    bool cleanAgain = false;
    const QList<ParsedOrder> again = readOrders(exported, OrderFileFormat::Borderdesk, &cleanAgain);
    if (qEnvironmentVariableIsSet("FUZZ_VERBOSE"))
        std::fprintf(stderr, "exported (%lld orders, read back %lld):\n%s\n", static_cast<long long>(orders.size()),
                     static_cast<long long>(again.size()), exported.constData());
    FUZZ_CHECK(cleanAgain);
    FUZZ_CHECK(again.size() == orders.size());
    for (qsizetype i = 0; i < orders.size(); ++i)
        FUZZ_CHECK(BorderdeskOrderCsv::rows(again.at(i).order) == BorderdeskOrderCsv::rows(orders.at(i).order));
}

} // namespace Fuzz
