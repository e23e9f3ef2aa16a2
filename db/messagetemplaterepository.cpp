#include "messagetemplaterepository.h"

#include "connection.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

std::optional<MessageTemplate> shipped(MessageKind kind, const QString &language)
{
    for (const MessageTemplate &t : MessageTemplate::shippedDefaults()) {
        if (t.kind == kind && t.language == language)
            return t;
    }
    return std::nullopt;
}

} // namespace

MessageTemplateRepository::MessageTemplateRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

std::optional<MessageTemplate> MessageTemplateRepository::find(MessageKind kind, const QString &language,
                                                               const QString &fallbackLanguage) const
{
    for (const QString &candidate : MessageTemplate::languageFallbacks(language, fallbackLanguage)) {
        if (auto own = stored(kind, candidate))
            return own;
        if (auto preset = shipped(kind, candidate))
            return preset;
    }
    return std::nullopt;
}

QStringList MessageTemplateRepository::languages(MessageKind kind) const
{
    QStringList result;
    for (const MessageTemplate &t : MessageTemplate::shippedDefaults()) {
        if (t.kind == kind)
            result.append(t.language);
    }
    QSqlQuery query(m_db);
    query.prepare(u"SELECT language FROM message_templates WHERE kind = ?"_s);
    query.addBindValue(MessageKinds::key(kind));
    if (query.exec()) {
        while (query.next())
            result.append(MessageTemplate::normalizedLanguage(query.value(0).toString()));
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

bool MessageTemplateRepository::isCustomized(MessageKind kind, const QString &language) const
{
    return stored(kind, MessageTemplate::normalizedLanguage(language)).has_value();
}

bool MessageTemplateRepository::save(const MessageTemplate &messageTemplate, QString *error) const
{
    const QString language = MessageTemplate::normalizedLanguage(messageTemplate.language);
    if (language.isEmpty() || messageTemplate.subject.trimmed().isEmpty()
        || messageTemplate.body.trimmed().isEmpty()) {
        if (error)
            *error = tr("a message template needs a language, a subject and a body");
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO message_templates (kind, language, subject, body) VALUES (?, ?, ?, ?) "
                  u"ON CONFLICT (kind, language) DO UPDATE SET subject = excluded.subject, body = excluded.body"_s);
    query.addBindValue(MessageKinds::key(messageTemplate.kind));
    query.addBindValue(language);
    query.addBindValue(messageTemplate.subject);
    query.addBindValue(messageTemplate.body);
    if (!query.exec()) {
        if (error)
            *error = tr("cannot save the %1 message in %2: %3")
                         .arg(MessageKinds::key(messageTemplate.kind), language, sqlErrorText(query));
        return false;
    }
    return true;
}

bool MessageTemplateRepository::resetToDefault(MessageKind kind, const QString &language, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM message_templates WHERE kind = ? AND language = ?"_s);
    query.addBindValue(MessageKinds::key(kind));
    query.addBindValue(MessageTemplate::normalizedLanguage(language));
    if (!query.exec()) {
        if (error)
            *error = tr("cannot reset the %1 message in %2: %3")
                         .arg(MessageKinds::key(kind), language, sqlErrorText(query));
        return false;
    }
    return true;
}

std::optional<MessageTemplate> MessageTemplateRepository::stored(MessageKind kind, const QString &language) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT subject, body FROM message_templates WHERE kind = ? AND language = ?"_s);
    query.addBindValue(MessageKinds::key(kind));
    query.addBindValue(language);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return MessageTemplate{kind, language, query.value(0).toString(), query.value(1).toString()};
}
