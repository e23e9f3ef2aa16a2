#pragma once

#include <QtGlobal>

#include <optional>

// An unsigned 128-bit integer made of two 64-bit halves: enough for exact money × rate arithmetic on every
// compiler (MSVC has no __int128). Only what ExactMath needs: multiply, divide with remainder, compare.
struct UInt128
{
    quint64 hi = 0;
    quint64 lo = 0;

    static UInt128 from(quint64 value) { return UInt128{0, value}; }
    // The full 128-bit product of two 64-bit numbers.
    static UInt128 multiply(quint64 a, quint64 b);
    // this × factor, or nullopt when it does not fit in 128 bits.
    std::optional<UInt128> times(quint64 factor) const;
    // Quotient and remainder; divisor must be non-zero and below 2^127.
    static void divide(const UInt128 &dividend, const UInt128 &divisor, UInt128 &quotient, UInt128 &remainder);

    UInt128 shiftedLeft() const { return UInt128{(hi << 1) | (lo >> 63), lo << 1}; }
    UInt128 minus(const UInt128 &other) const;
    UInt128 plusOne() const { return lo == ~quint64(0) ? UInt128{hi + 1, 0} : UInt128{hi, lo + 1}; }
    bool bit(int index) const { return index >= 64 ? ((hi >> (index - 64)) & 1) != 0 : ((lo >> index) & 1) != 0; }

    bool operator==(const UInt128 &other) const = default;
    bool operator<(const UInt128 &other) const { return hi != other.hi ? hi < other.hi : lo < other.lo; }
    bool operator>=(const UInt128 &other) const { return !(*this < other); }
};
