#include "exactdecimal.h"
#include "wideint.h"

#include <QRandomGenerator>
#include <QTest>

// The portable 128-bit arithmetic against the compiler's own __int128 (GCC and Clang), on many random values.
class TestWideInt : public QObject
{
    Q_OBJECT

#if defined(__SIZEOF_INT128__)
    __extension__ typedef unsigned __int128 Native;

    static Native native(const UInt128 &x) { return (Native(x.hi) << 64) | x.lo; }
#endif

private Q_SLOTS:
    void multiplyAndDivideMatchNative()
    {
#if defined(__SIZEOF_INT128__)
        QRandomGenerator random(42);
        for (int i = 0; i < 20000; ++i) {
            const quint64 a = random.generate64() >> random.bounded(64);
            const quint64 b = random.generate64() >> random.bounded(64);
            const UInt128 product = UInt128::multiply(a, b);
            QVERIFY(native(product) == Native(a) * Native(b));
            const quint64 small = (random.generate64() >> random.bounded(64)) | 1;
            UInt128 quotient;
            UInt128 remainder;
            UInt128::divide(product, UInt128::from(small), quotient, remainder);
            QVERIFY(native(quotient) == native(product) / small);
            QVERIFY(native(remainder) == native(product) % small);
            if (const auto scaled = product.times(10))
                QVERIFY(native(*scaled) == native(product) * 10);
        }
#else
        QSKIP("no native 128-bit type to compare with");
#endif
    }

    void overflowIsDetected()
    {
        const UInt128 big = UInt128::multiply(~quint64(0), ~quint64(0));
        QVERIFY(!big.times(2));
        QVERIFY(UInt128::from(5).times(3) == UInt128::from(15));
    }

    void scaleRoundSignsAndLimits()
    {
        const ExactDecimal two{2, 0};
        const ExactDecimal one{1, 0};
        QCOMPARE(ExactMath::scaleRound(-100, one, two, -2).value(), -1); // -0.5 -> -1
        QCOMPARE(ExactMath::scaleRound(100, ExactDecimal{-1, 0}, two, -2).value(), -1);
        QCOMPARE(ExactMath::scaleRound(std::numeric_limits<qint64>::min(), one, one, 0).value(),
                 std::numeric_limits<qint64>::min());
        QVERIFY(!ExactMath::scaleRound(std::numeric_limits<qint64>::min(), ExactDecimal{-1, 0}, one, 0));
        QVERIFY(!ExactMath::scaleRound(1, one, ExactDecimal{0, 0}, 0));
        QCOMPARE(ExactMath::scaleRound(0, one, two, 5).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWideInt)
#include "tst_wideint.moc"
