#pragma once

#include <QSqlDatabase>
#include <QString>

// The shop's own facts kept in the database: base currency and home country (asked on first run).
class ShopSettings
{
public:
    explicit ShopSettings(QSqlDatabase db);

    // True once the first-run questions were answered.
    bool isConfigured() const;
    QString baseCurrency() const; // "THB" until set
    QString homeCountry() const;  // "TH" until set
    bool setBaseCurrency(const QString &code, QString *error = nullptr);
    bool setHomeCountry(const QString &code, QString *error = nullptr);

    QString value(const QString &key, const QString &fallback = QString()) const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};
