#pragma once

#include "order.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What a customer message is about. Stored as its key ("customs_info").
enum class MessageKind { Confirmation, Shipped, Delayed, CustomsInfo };

class MessageKinds
{
    Q_DECLARE_TR_FUNCTIONS(MessageKinds)

public:
    static QList<MessageKind> all();
    static QString key(MessageKind kind);
    static std::optional<MessageKind> fromKey(QStringView key);
    static QString label(MessageKind kind); // translated, for people
};

// The wording of one kind of customer message in one language, with {placeholders} for the order's data.
// Borderdesk ships one per kind and language (resources/reference/message-templates.json); the seller may
// override any of them in the database.
struct MessageTemplate
{
    MessageKind kind = MessageKind::Confirmation;
    QString language; // BCP 47: "en", "th", "pt-BR"
    QString subject;
    QString body;

    // The templates that ship with Borderdesk. Empty, with *error set, if the resource cannot be read.
    static QList<MessageTemplate> shippedDefaults(QString *error = nullptr);

    // "pt_br" -> "pt-BR", "zh-hant-tw" -> "zh-Hant-TW".
    static QString normalizedLanguage(const QString &tag);
    // The languages to try, best first: the wanted one, then shorter forms of it ("pt-BR" -> "pt"), then the
    // fallback (the market's language) the same way, then "en". Normalised, without duplicates.
    static QStringList languageFallbacks(const QString &wanted, const QString &fallback = QString());
    // The first of languageFallbacks() that is available, or an empty string when none is.
    static QString chooseLanguage(const QStringList &available, const QString &wanted,
                                  const QString &fallback = QString());
    // A template language's name for people, in the given locale's language: "th" -> "Thai" or "ไทย".
    static QString languageName(const QString &language, const QLocale &displayLocale = QLocale());

    bool operator==(const MessageTemplate &other) const = default;
};

// What a message needs that the order does not know. Empty values leave their placeholder visible.
struct MessageValues
{
    QString trackingNumber;
    QString trackingUrl;
    QString carrier;
    QString shopName;
    QString delayReason;
    QString requiredDocuments;
};

// A template filled in for one order: ready to copy or to open in the mail client.
struct RenderedMessage
{
    QString language;
    QString subject;
    QString body;
    QStringList unfilled; // placeholders left as they were ("tracking_number"), in order of appearance

    // "Subject\n\nBody", as the operator pastes it.
    QString text() const { return subject + u"\n\n" + body; }
};

// Fills templates with an order's data and turns the result into a mailto: link.
class MessageRenderer
{
public:
    // Dates and money are written the way the template's language writes them. Placeholders it does not know,
    // or has no value for, stay visible ("{tracking_url}") so the operator sees what is missing.
    static RenderedMessage render(const MessageTemplate &messageTemplate, const Order &order,
                                  const MessageValues &extra);

    // mailto:to?subject=…&body=… in UTF-8, spaces as %20 and line breaks as %0D%0A (RFC 6068).
    static QUrl mailtoUrl(const QString &to, const RenderedMessage &message);
};
