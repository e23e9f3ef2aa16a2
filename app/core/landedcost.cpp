#include "landedcost.h"

#include "hscode.h"

using namespace Qt::StringLiterals;

Money LandedCost::amount(LineKind kind) const
{
    for (const Line &line : lines) {
        if (line.kind == kind)
            return line.amount;
    }
    return Money(0, total.currency());
}

QString LandedCost::lineKey(LineKind kind)
{
    switch (kind) {
    case LineKind::Goods:
        return u"goods"_s;
    case LineKind::Shipping:
        return u"shipping"_s;
    case LineKind::Duty:
        return u"duty"_s;
    case LineKind::Tax:
        return u"tax"_s;
    case LineKind::Fees:
        return u"fees"_s;
    }
    return QString();
}

Money LandedCostCalculator::percentOf(const Money &amount, const ExactDecimal &percent)
{
    // amount * percent / 100, exactly, rounded once.
    const auto minor = ExactMath::scaleRound(amount.minorUnits(), percent, ExactDecimal{100, 0}, 0);
    return Money(minor.value_or(0), amount.currency());
}

LandedCost LandedCostCalculator::calculate(const Input &in)
{
    const Market &m = in.market;
    const QString currency = m.currency;
    const QLocale locale;
    auto show = [&locale](const Money &money) { return money.format(locale); };
    const Money zero(0, currency);

    LandedCost result;
    result.incoterm = in.incoterm;
    const Money goods = in.goods;
    const Money shipping = in.shipping && in.shipping->currency() == currency ? *in.shipping
                                                                              : Money(m.shippingEstimateMinor, currency);
    result.lines.append({LandedCost::LineKind::Goods, goods, in.goodsExplanation});
    result.lines.append({LandedCost::LineKind::Shipping, shipping,
                         in.shipping ? in.shippingExplanation
                                     : tr("flat shipping estimate for %1 (no rate card ships this product there)")
                                           .arg(m.code)});

    const bool withShipping = m.valuation == Market::Valuation::GoodsAndShipping;
    const Money customsValue = withShipping ? goods + shipping : goods;
    result.customsValue = customsValue;
    const QString basis = withShipping ? tr("goods and shipping") : tr("goods");

    // Duty
    Money duty = zero;
    QString dutyWhy;
    const bool lowValue = m.taxThresholdMinor > 0 && goods.minorUnits() <= m.taxThresholdMinor;
    if (m.flatDutyPerItemMinor > 0 && lowValue) {
        duty = Money(m.flatDutyPerItemMinor * qMax(in.quantity, 1), currency);
        dutyWhy = tr("flat %1 per tariff item on a low-value parcel (goods %2 at or under %3)")
                      .arg(show(Money(m.flatDutyPerItemMinor, currency)), show(goods), show(m.taxThreshold()));
    } else if (m.dutyThresholdMinor > 0 && customsValue.minorUnits() <= m.dutyThresholdMinor) {
        dutyWhy = tr("none: the customs value %1 (%2) is at or under the duty threshold %3")
                      .arg(show(customsValue), basis, show(m.dutyThreshold()));
    } else {
        const ExactDecimal rate = m.dutyPercentFor(in.hsCode);
        duty = percentOf(customsValue, rate);
        const bool byPrefix = std::any_of(m.dutyRates.cbegin(), m.dutyRates.cend(),
                                          [&in](const DutyRate &r) { return in.hsCode.startsWith(r.hsPrefix); });
        const QString rule = in.hsCode.isEmpty() ? tr("the default rate (the product has no HS code)")
                             : byPrefix          ? tr("the rate for HS %1").arg(HsCode::formatted(in.hsCode))
                                                 : tr("the default rate for HS %1").arg(HsCode::formatted(in.hsCode));
        dutyWhy = m.dutyThresholdMinor > 0
                      ? tr("%1% (%2) on %3 %4, above the duty threshold %5")
                            .arg(rate.toString(in.figures), rule, basis, show(customsValue), show(m.dutyThreshold()))
                      : tr("%1% (%2) on %3 %4; this market has no duty threshold")
                            .arg(rate.toString(in.figures), rule, basis, show(customsValue));
    }
    result.lines.append({LandedCost::LineKind::Duty, duty, dutyWhy});

    // VAT / GST on customs value + duty
    Money tax = zero;
    QString taxWhy;
    const Money taxBase = customsValue + duty;
    if (m.vatPercent.mantissa == 0) {
        taxWhy = tr("none: %1 charges no import VAT/GST").arg(m.name);
    } else if (m.sellerCollectsTax && lowValue) {
        tax = percentOf(taxBase, m.vatPercent);
        taxWhy = tr("%1% on %2 (customs value + duty), collected by the seller at checkout for goods up to %3")
                     .arg(m.vatPercent.toString(in.figures), show(taxBase), show(m.taxThreshold()));
    } else if (!m.sellerCollectsTax && m.taxThresholdMinor > 0 && customsValue.minorUnits() <= m.taxThresholdMinor) {
        taxWhy = tr("none: the customs value %1 is at or under the tax threshold %2")
                     .arg(show(customsValue), show(m.taxThreshold()));
    } else {
        tax = percentOf(taxBase, m.vatPercent);
        taxWhy = tr("%1% on %2 (customs value + duty), charged at import")
                     .arg(m.vatPercent.toString(in.figures), show(taxBase));
    }
    result.lines.append({LandedCost::LineKind::Tax, tax, taxWhy});
    result.lines.append({LandedCost::LineKind::Fees, zero, tr("no clearance or handling fees set for %1").arg(m.code)});

    Money total = zero;
    for (const LandedCost::Line &line : std::as_const(result.lines))
        total = total + line.amount;
    result.total = total;

    // Who pays what: DDP puts duty and tax on the seller; a seller who collects VAT at checkout passes it on.
    Money sellerPays = shipping;
    if (in.incoterm == Market::Incoterm::DDP) {
        sellerPays = sellerPays + duty;
        if (!(m.sellerCollectsTax && lowValue))
            sellerPays = sellerPays + tax;
    }
    result.sellerPays = sellerPays;
    result.margin = goods - in.costInMarketCurrency - sellerPays;
    return result;
}
