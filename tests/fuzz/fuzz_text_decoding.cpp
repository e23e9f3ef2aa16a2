// Turning an imported file's bytes into text (UTF-8 with or without BOM, UTF-16 with BOM; anything else refused
// with the first bad line). Only valid UTF-8 is accepted, and it decodes to exactly what Qt's own decoder gives.

#include "fuzz.h"
#include "textdecoding.h"

#include <QStringDecoder>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    TextDecoding::Failure failure;
    const auto text = TextDecoding::decode(bytes, &failure);
    if (!text) {
        FUZZ_CHECK(!failure.message.isEmpty());
        FUZZ_CHECK(failure.line >= 0);
        return 0;
    }
    if (!bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF")) {
        const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString checked = utf8.decode(body);
        // Only well-formed UTF-8 is accepted: nothing may silently turn into U+FFFD.
        FUZZ_CHECK(!utf8.hasError());
        FUZZ_CHECK(*text == QString::fromUtf8(body));
    }
    return 0;
}
