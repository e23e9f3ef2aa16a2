#include "databasebackup.h"
#include "productrepository.h"
#include "testdatabase.h"

#include <QTest>

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyIsCompleteAndChecked()
    {
        TestDatabase t(50);
        const QString target = t.filePath(QStringLiteral("copy.sqlite"));
        QString error;
        QVERIFY2(DatabaseBackup::copyTo(t.db(), target, &error), qPrintable(error));
        const Connection copy = Connection::open(target, &error, Connection::Mode::OpenExisting);
        QVERIFY(copy.isOpen());
        QCOMPARE(ProductRepository(copy.database()).count(), 50);
    }

    void existingTargetIsNeverOverwritten()
    {
        TestDatabase t(5);
        const QString target = t.writeFile(QStringLiteral("keep.sqlite"), "precious");
        QString error;
        QVERIFY(!DatabaseBackup::copyTo(t.db(), target, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
