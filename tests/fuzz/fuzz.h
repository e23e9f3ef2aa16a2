#pragma once

// Shared by the fuzz targets: libFuzzer calls LLVMFuzzerTestOneInput with arbitrary bytes; the replay driver
// (replay.cpp) calls it with every file of the target's saved corpus.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A property the target checks beyond "does not crash": on failure it aborts, which libFuzzer and the replay
// driver both report as a failure with the input that caused it.
#define FUZZ_CHECK(condition)                                                                           \
    do {                                                                                                \
        if (!(condition)) {                                                                             \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition);   \
            std::abort();                                                                               \
        }                                                                                               \
    } while (false)

namespace Fuzz {

// The input as bytes (copied: the parsers keep views into their input and libFuzzer's buffer is exactly sized).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as text for the small text parsers; invalid UTF-8 becomes U+FFFD as it would from a line edit.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace Fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
