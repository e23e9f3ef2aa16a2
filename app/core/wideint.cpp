#include "wideint.h"

UInt128 UInt128::multiply(quint64 a, quint64 b)
{
    const quint64 mask = 0xFFFFFFFFu;
    const quint64 a0 = a & mask, a1 = a >> 32;
    const quint64 b0 = b & mask, b1 = b >> 32;
    const quint64 p00 = a0 * b0;
    const quint64 p01 = a0 * b1;
    const quint64 p10 = a1 * b0;
    const quint64 p11 = a1 * b1;
    const quint64 middle = (p00 >> 32) + (p01 & mask) + (p10 & mask);
    return UInt128{p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32), (p00 & mask) | (middle << 32)};
}

std::optional<UInt128> UInt128::times(quint64 factor) const
{
    const UInt128 low = multiply(lo, factor);
    const UInt128 high = multiply(hi, factor);
    if (high.hi != 0)
        return std::nullopt;
    const quint64 top = low.hi + high.lo;
    if (top < low.hi)
        return std::nullopt; // carried out of 128 bits
    return UInt128{top, low.lo};
}

UInt128 UInt128::minus(const UInt128 &other) const
{
    const quint64 low = lo - other.lo;
    const quint64 borrow = lo < other.lo ? 1 : 0;
    return UInt128{hi - other.hi - borrow, low};
}

void UInt128::divide(const UInt128 &dividend, const UInt128 &divisor, UInt128 &quotient, UInt128 &remainder)
{
    // Schoolbook binary long division: 128 shift-and-subtract steps.
    quotient = UInt128{};
    remainder = UInt128{};
    for (int i = 127; i >= 0; --i) {
        remainder = remainder.shiftedLeft();
        if (dividend.bit(i))
            remainder.lo |= 1;
        if (remainder >= divisor) {
            remainder = remainder.minus(divisor);
            if (i >= 64)
                quotient.hi |= quint64(1) << (i - 64);
            else
                quotient.lo |= quint64(1) << i;
        }
    }
}
