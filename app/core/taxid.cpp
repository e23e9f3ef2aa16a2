#include "taxid.h"

#include <QRegularExpression>

#include <algorithm>
#include <span>

using namespace Qt::StringLiterals;

namespace {

bool allDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool allSameCharacter(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [&text](QChar c) { return c == text.front(); });
}

// Brazil's mod-11 check digit over the characters before it. A character counts as its code minus '0': digits
// give their value, letters the value the alphanumeric CNPJ (issued from July 2026) assigns them (A = 17…).
int brazilCheckDigit(QStringView body, std::span<const int> weights)
{
    int sum = 0;
    for (qsizetype i = 0; i < body.size(); ++i)
        sum += (body[i].unicode() - u'0') * weights[static_cast<std::size_t>(i)];
    const int remainder = sum % 11;
    return remainder < 2 ? 0 : 11 - remainder;
}

bool hasCheckDigits(const QString &id, std::span<const int> firstWeights, std::span<const int> secondWeights)
{
    const qsizetype bodyLength = id.size() - 2;
    const QStringView view(id);
    return brazilCheckDigit(view.first(bodyLength), firstWeights) == id[bodyLength].digitValue()
        && brazilCheckDigit(view.first(bodyLength + 1), secondWeights) == id[bodyLength + 1].digitValue();
}

bool isCpf(const QString &id)
{
    static constexpr int first[] = {10, 9, 8, 7, 6, 5, 4, 3, 2};
    static constexpr int second[] = {11, 10, 9, 8, 7, 6, 5, 4, 3, 2};
    return id.size() == 11 && allDigits(id) && !allSameCharacter(id) && hasCheckDigits(id, first, second);
}

bool isCnpj(const QString &id)
{
    static constexpr int first[] = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    static constexpr int second[] = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    static const QRegularExpression shape(u"[0-9A-Z]{12}[0-9]{2}"_s);
    // The length first: the pattern alone also matches inside a longer text, whose digits outrun the weights.
    return id.size() == 14 && shape.match(id).hasMatch() && !allSameCharacter(id) && hasCheckDigits(id, first, second);
}

bool matchesWhole(const QString &pattern, const QString &id)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(id).hasMatch();
}

} // namespace

QString TaxId::normalized(const QString &taxId)
{
    QString result;
    result.reserve(taxId.size());
    for (const QChar c : taxId) {
        if (c.isLetterOrNumber())
            result.append(c.toUpper());
    }
    return result;
}

QString TaxId::check(const QString &requiredKind, const QString &taxId)
{
    const QString kind = requiredKind.trimmed().toUpper();
    const QString id = normalized(taxId);
    const QString shown = taxId.trimmed();
    if (id.isEmpty()) {
        return kind.isEmpty() ? tr("tax ID is missing")
                              : tr("tax ID is missing; %1 is required").arg(requiredKind.trimmed());
    }
    if (kind == u"CPF/CNPJ")
        return checkBrazilian(id, shown);
    if (kind == u"CPF" && !isCpf(id))
        return tr("CPF \"%1\" is not valid: it needs 11 digits with matching check digits").arg(shown);
    if (kind == u"CNPJ" && !isCnpj(id))
        return tr("CNPJ \"%1\" is not valid: it needs 14 characters with matching check digits").arg(shown);
    if (kind == u"PCCC" && !matchesWhole(u"P\\d{12}"_s, id))
        return tr("PCCC \"%1\" must be P followed by 12 digits").arg(shown);
    if (kind == u"VAT" && !matchesWhole(u"[A-Z]{2}[0-9A-Z]{2,13}"_s, id)) {
        return tr("VAT number \"%1\" must be a two-letter country code plus 2 to 13 letters or digits")
            .arg(shown);
    }
    if (kind == u"EORI" && !matchesWhole(u"[A-Z]{2}[0-9A-Z]{1,15}"_s, id)) {
        return tr("EORI number \"%1\" must be a two-letter country code plus up to 15 letters or digits")
            .arg(shown);
    }
    return {}; // fits, or a kind without a rule (IOSS, VOEC…), where any non-empty ID will do
}

QString TaxId::checkBrazilian(const QString &id, const QString &shown)
{
    const bool cpf = id.size() == 11 && allDigits(id);
    if (!cpf && id.size() != 14)
        return tr("CPF/CNPJ \"%1\" must have 11 digits (CPF) or 14 characters (CNPJ)").arg(shown);
    const QString kind = cpf ? u"CPF"_s : u"CNPJ"_s;
    if (allSameCharacter(id))
        return tr("%1 \"%2\" is a placeholder (one digit repeated), not a real number").arg(kind, shown);
    if (!(cpf ? isCpf(id) : isCnpj(id)))
        return tr("%1 \"%2\" is not valid: its check digits do not match").arg(kind, shown);
    return {};
}
