#include "messagetemplate.h"

#include "country.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <unicode/uloc.h>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct ShippedTemplates
{
    QList<MessageTemplate> templates;
    QString error;
};

// All or nothing: the file ships with the app, so one bad entry is a bug to report, not to skip.
ShippedTemplates loadShippedTemplates()
{
    const QString path = u":/borderdesk/reference/message-templates.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QCoreApplication::translate("MessageTemplate", "cannot read %1: %2")
                        .arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return {{}, path + u": "_s + parseError.errorString()};
    ShippedTemplates shipped;
    const QJsonArray entries = document.object().value(u"templates"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString kindKey = entry.value(u"kind"_s).toString();
        const std::optional<MessageKind> kind = MessageKinds::fromKey(kindKey);
        MessageTemplate t;
        t.language = MessageTemplate::normalizedLanguage(entry.value(u"language"_s).toString());
        t.subject = entry.value(u"subject"_s).toString();
        t.body = entry.value(u"body"_s).toString();
        if (!kind || t.language.isEmpty() || t.subject.isEmpty() || t.body.isEmpty()) {
            return {{},
                    QCoreApplication::translate("MessageTemplate", "%1: template %2 (%3, %4) is incomplete")
                        .arg(path, QString::number(i + 1), kindKey, t.language)};
        }
        t.kind = *kind;
        shipped.templates.append(t);
    }
    if (shipped.templates.isEmpty())
        shipped.error = QCoreApplication::translate("MessageTemplate", "%1 holds no templates").arg(path);
    return shipped;
}

void appendWithShorterForms(QStringList &languages, const QString &tag)
{
    for (QString language = MessageTemplate::normalizedLanguage(tag); !language.isEmpty();) {
        if (!languages.contains(language))
            languages.append(language);
        const qsizetype dash = language.lastIndexOf(u'-');
        language = dash > 0 ? language.left(dash) : QString();
    }
}

// In the destination's line order, with the country named in the message's language.
QString shipToText(const Address &address, const QLocale &locale)
{
    QStringList lines = AddressFormat::lines(address);
    const QString country = address.country.trimmed().toUpper();
    if (!country.isEmpty() && !lines.isEmpty())
        lines.last() = Country::displayName(country, locale); // AddressFormat names the country last
    return lines.join(u'\n');
}

QHash<QString, QString> placeholderValues(const Order &order, const MessageValues &extra, const QLocale &locale)
{
    QStringList lines;
    for (const OrderLine &line : order.lines)
        lines.append(locale.toString(line.quantity) + u" × " + (line.name.isEmpty() ? line.sku : line.name));
    QString customerName = order.customer.name;
    if (customerName.isEmpty())
        customerName = order.shipTo.name.isEmpty() ? order.billTo.name : order.shipTo.name;
    // The day the channel recorded, in UTC: the customer's time zone is unknown.
    const QString orderDate =
        order.createdAt.isValid() ? locale.toString(order.createdAt.toUTC().date(), QLocale::LongFormat) : QString();
    return {
        {u"order_number"_s, order.number},
        {u"customer_name"_s, customerName},
        {u"order_date"_s, orderDate},
        {u"total"_s, order.total().format(locale)},
        {u"lines"_s, lines.join(u'\n')},
        {u"ship_to"_s, shipToText(order.shipTo, locale)},
        {u"tracking_number"_s, extra.trackingNumber.trimmed()},
        {u"tracking_url"_s, extra.trackingUrl.trimmed()},
        {u"carrier"_s, extra.carrier.trimmed()},
        {u"shop_name"_s, extra.shopName.trimmed()},
        {u"delay_reason"_s, extra.delayReason.trimmed()},
        {u"required_documents"_s, extra.requiredDocuments.trimmed()},
    };
}

// Replaces every {name} that has a value in one pass, so a value that itself holds braces is never expanded.
QString fill(const QString &text, const QHash<QString, QString> &values, bool singleLine, QStringList *unfilled)
{
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
    QString result;
    qsizetype copied = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        QString value = values.value(name);
        if (value.isEmpty()) {
            value = match.captured(0);
            if (!unfilled->contains(name))
                unfilled->append(name);
        } else if (singleLine) {
            value.replace(u'\n', u", "_s);
        }
        result += QStringView(text).sliced(copied, match.capturedStart() - copied) + value;
        copied = match.capturedEnd();
    }
    return result + QStringView(text).sliced(copied);
}

} // namespace

QList<MessageKind> MessageKinds::all()
{
    return {MessageKind::Confirmation, MessageKind::Shipped, MessageKind::Delayed, MessageKind::CustomsInfo};
}

QString MessageKinds::key(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Confirmation: return u"confirmation"_s;
    case MessageKind::Shipped: return u"shipped"_s;
    case MessageKind::Delayed: return u"delayed"_s;
    case MessageKind::CustomsInfo: return u"customs_info"_s;
    }
    return {};
}

std::optional<MessageKind> MessageKinds::fromKey(QStringView key)
{
    for (MessageKind kind : all()) {
        if (MessageKinds::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString MessageKinds::label(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Confirmation: return tr("Order confirmation");
    case MessageKind::Shipped: return tr("Shipped, with tracking link");
    case MessageKind::Delayed: return tr("Order delayed");
    case MessageKind::CustomsInfo: return tr("Customs information needed");
    }
    return {};
}

QList<MessageTemplate> MessageTemplate::shippedDefaults(QString *error)
{
    static const ShippedTemplates shipped = loadShippedTemplates();
    if (error)
        *error = shipped.error;
    return shipped.templates;
}

QString MessageTemplate::normalizedLanguage(const QString &tag)
{
    QStringList parts = tag.trimmed().split(QRegularExpression(u"[-_]"_s), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString &part = parts[i];
        part = part.toLower();
        if (i == 0)
            continue;
        if (part.size() == 4) // script: "Hant"
            part[0] = part.at(0).toUpper();
        else if (part.size() == 2) // region: "BR"
            part = part.toUpper();
    }
    return parts.join(u'-');
}

QStringList MessageTemplate::languageFallbacks(const QString &wanted, const QString &fallback)
{
    QStringList languages;
    appendWithShorterForms(languages, wanted);
    appendWithShorterForms(languages, fallback);
    appendWithShorterForms(languages, u"en"_s);
    return languages;
}

QString MessageTemplate::chooseLanguage(const QStringList &available, const QString &wanted, const QString &fallback)
{
    QStringList normalized;
    for (const QString &language : available)
        normalized.append(normalizedLanguage(language));
    for (const QString &language : languageFallbacks(wanted, fallback)) {
        if (normalized.contains(language))
            return language;
    }
    return {};
}

QString MessageTemplate::languageName(const QString &language, const QLocale &displayLocale)
{
    const QByteArray id = normalizedLanguage(language).replace(u'-', u'_').toLatin1();
    // The "C" locale means "no preference": name it in English.
    const QByteArray display = displayLocale.language() == QLocale::C ? "en"_ba : displayLocale.name().toLatin1();
    std::array<UChar, 128> buffer{};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayName(id.constData(), display.constData(), buffer.data(),
                                               static_cast<int32_t>(buffer.size()), &status);
    if (U_FAILURE(status) || length <= 0)
        return language;
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer.data()), length);
}

RenderedMessage MessageRenderer::render(const MessageTemplate &messageTemplate, const Order &order,
                                        const MessageValues &extra)
{
    const QLocale locale(messageTemplate.language);
    const QHash<QString, QString> values = placeholderValues(order, extra, locale);
    RenderedMessage message;
    message.language = messageTemplate.language;
    message.subject = fill(messageTemplate.subject, values, true, &message.unfilled);
    message.body = fill(messageTemplate.body, values, false, &message.unfilled);
    return message;
}

QUrl MessageRenderer::mailtoUrl(const QString &to, const RenderedMessage &message)
{
    QString body = message.body;
    body.replace(u"\r\n"_s, u"\n"_s);
    body.replace(u'\n', u"\r\n"_s);
    // toPercentEncoding leaves only A–Z a–z 0–9 - . _ ~ as they are: spaces become %20, never '+'.
    const QByteArray encoded = "mailto:"_ba + QUrl::toPercentEncoding(to.trimmed(), "@"_ba)
        + "?subject="_ba + QUrl::toPercentEncoding(message.subject) + "&body="_ba + QUrl::toPercentEncoding(body);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}
