#pragma once

#include "connection.h"
#include "demoshop.h"
#include "shopsettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A fresh database file in its own temporary folder, for one test.
class TestDatabase
{
public:
    explicit TestDatabase(int demoProducts = 0, const QString &currency = QStringLiteral("THB"))
    {
        QString error;
        m_connection = Connection::open(path(), &error);
        if (!m_connection.isOpen())
            qFatal("cannot open test database: %s", qPrintable(error));
        ShopSettings settings(m_connection.database());
        settings.setBaseCurrency(currency);
        settings.setHomeCountry(QStringLiteral("TH"));
        if (demoProducts > 0 && !DemoShop::populate(m_connection.database(), demoProducts, &error))
            qFatal("cannot fill test database: %s", qPrintable(error));
    }

    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QSqlDatabase db() const { return m_connection.database(); }
    Connection &connection() { return m_connection; }

    // Writes text to a file in the test folder and returns its path.
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        file.write(content);
        return file.fileName();
    }

private:
    QTemporaryDir m_dir;
    Connection m_connection;
};

inline QString testDataPath(const QString &name)
{
    return QStringLiteral(BORDERDESK_TEST_DATA "/") + name;
}
