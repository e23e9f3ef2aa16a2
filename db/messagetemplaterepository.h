#pragma once

#include "messagetemplate.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// Customer message templates: the seller's own wording (table message_templates) over the shipped defaults.
class MessageTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplateRepository)

public:
    explicit MessageTemplateRepository(const QSqlDatabase &db);

    // The template in the best language for a customer (see MessageTemplate::languageFallbacks: the customer's
    // language, its base language, the fallback, usually the market's, then English). In each language the
    // seller's wording wins over the shipped one. std::nullopt only when no language of the chain has one.
    std::optional<MessageTemplate> find(MessageKind kind, const QString &language,
                                        const QString &fallbackLanguage = QString()) const;
    // The languages a kind has a template in, shipped or the seller's, sorted.
    QStringList languages(MessageKind kind) const;
    // True when the seller's wording replaces the shipped one for exactly this language.
    bool isCustomized(MessageKind kind, const QString &language) const;

    // Stores the seller's wording for the template's kind and language, replacing any earlier one.
    bool save(const MessageTemplate &messageTemplate, QString *error = nullptr) const;
    // Forgets the seller's wording, so the shipped one (if any) applies again.
    bool resetToDefault(MessageKind kind, const QString &language, QString *error = nullptr) const;

private:
    std::optional<MessageTemplate> stored(MessageKind kind, const QString &language) const;

    QSqlDatabase m_db;
};
