#include "textdecoding.h"

#include <QStringDecoder>

namespace {

qint64 lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return bytes.first(qMin(offset, bytes.size())).count('\n') + 1;
}

// Offset of the first byte that breaks UTF-8, or -1 when all is well-formed.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = data[i];
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return i;
        // The second byte's range also rules out overlong forms, surrogates and code points above U+10FFFF,
        // which would otherwise turn into U+FFFD without a word.
        const unsigned char low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        const unsigned char high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (data[i + k] & 0xC0) != 0x80)
                return i;
            if (k == 1 && (data[i + k] < low || data[i + k] > high))
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

} // namespace

std::optional<QString> TextDecoding::decode(const QByteArray &bytes, Failure *failure)
{
    auto fail = [failure](qint64 line, const QString &message) -> std::optional<QString> {
        if (failure)
            *failure = Failure{line, message};
        return std::nullopt;
    };

    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const auto encoding = bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE;
        QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes.mid(2));
        if (decoder.hasError())
            return fail(0, tr("the file starts like UTF-16 text but is not valid UTF-16"));
        return text;
    }

    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const qsizetype nul = body.indexOf('\0');
    if (nul >= 0)
        return fail(lineOfOffset(body, nul),
                    tr("the file contains binary data (a NUL byte); is it really a text file?"));
    const qsizetype bad = firstInvalidUtf8(body);
    if (bad >= 0)
        return fail(lineOfOffset(body, bad),
                    tr("the file is not UTF-8 text (byte 0x%1); save it as \"CSV UTF-8\" and try again")
                        .arg(QString::number(static_cast<unsigned char>(body.at(bad)), 16).toUpper()));
    return QString::fromUtf8(body);
}
