// The way back from a damaged database: the start-up recovery dialog (problem named, backups listed, restore or quit)
// and File ▸ Restore from backup in the main window.
#include "backgroundquickcheck.h"
#include "connection.h"
#include "databasebackup.h"
#include "demoshop.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "productrepository.h"
#include "recoverydialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

namespace {

void makeShop(const QString &path, int products)
{
    QString error;
    Connection c = Connection::open(path, &error);
    QVERIFY2(c.isOpen(), qPrintable(error));
    QVERIFY2(DemoShop::populate(c.database(), products, &error), qPrintable(error));
}

qint64 productCount(const QString &path)
{
    QString error;
    const Connection c = Connection::open(path, &error, Connection::Mode::OpenExisting);
    return c.isOpen() ? ProductRepository(c.database()).count() : -1;
}

void backUp(const QString &path, const QString &target)
{
    QString error;
    const Connection c = Connection::open(path, &error, Connection::Mode::OpenExisting);
    QVERIFY2(c.isOpen(), qPrintable(error));
    QVERIFY2(DatabaseBackup::copyTo(c.database(), target, &error), qPrintable(error));
}

void damage(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    QVERIFY(pages > 4);
    QVERIFY(file.seek(4096 * (pages / 2)));
    file.write(QByteArray(4096, '\x5a'));
}

// The main window on path, shown, as at start-up.
void showOn(MainWindow &window, const QString &path)
{
    QString error;
    QVERIFY2(window.openDatabase(path, &error, false), qPrintable(error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

QStringList labelTexts(const QWidget &widget)
{
    QStringList texts;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void damagedDatabaseIsNamedAndRestoredFromABackupBesideIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
        makeShop(path, 300);
        backUp(path, dir.filePath(QStringLiteral("shop-backup-20261101-0900.sqlite")));
        backUp(path, DatabaseBackup::automaticBackupPath(path, 7));
        damage(path);

        QString problem;
        QVERIFY(!DatabaseBackup::quickCheck(path, &problem));
        LanguageManager languages;
        languages.switchTo(QStringLiteral("en"));
        RecoveryDialog dialog(path, problem);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString shown = labelTexts(dialog).join(u'\n');
        QVERIFY2(shown.contains(path) && shown.contains(QStringLiteral("did not pass its check"))
                     && shown.contains(QStringLiteral("quick_check")),
                 qPrintable(shown));
        QCOMPARE(dialog.backupList()->count(), 2);
        QVERIFY(dialog.backupList()->currentItem());
        QVERIFY(dialog.restoreButton()->isEnabled());
        const QString shot = qEnvironmentVariable("BORDERDESK_SHOT_DIR");
        if (!shot.isEmpty())
            dialog.grab().save(shot + QStringLiteral("/recoverydialog.png"));

        dialog.backupList()->setCurrentRow(dialog.backupList()->count() - 1);
        QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(DatabaseBackup::quickCheck(path, &problem));
        QCOMPARE(productCount(path), 300);
        // The damaged file is kept, not deleted.
        QVERIFY(QFileInfo(dialog.safetyCopy()).fileName().startsWith(QStringLiteral("shop-before-restore-")));
        QVERIFY(!DatabaseBackup::quickCheck(dialog.safetyCopy(), &problem));
    }

    void withoutBackupsTheOperatorCanQuit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
        makeShop(path, 300);
        damage(path);
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QString problem;
        QVERIFY(!DatabaseBackup::quickCheck(path, &problem));
        RecoveryDialog dialog(path, problem);
        dialog.show();
        QCOMPARE(dialog.backupList()->count(), 0);
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QVERIFY(labelTexts(dialog).join(u'\n').contains(QStringLiteral("No backups were found")));
        QTest::mouseClick(dialog.quitButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    // Start-up opens the window first; the quick_check runs behind it and, when it fails, offers the backups. The
    // restore goes through the window, which lets go of the damaged file first.
    void mainWindowFindsDamageAfterOpeningAndRestores()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
        makeShop(path, 300);
        backUp(path, DatabaseBackup::automaticBackupPath(path, 7));
        damage(path);
        QString problem;
        QVERIFY(DatabaseBackup::isReadable(path, &problem)); // the cheap check lets it through

        LanguageManager languages;
        languages.switchTo(QStringLiteral("en"));
        MainWindow window(languages);
        showOn(window, path);
        if (QTest::currentTestFailed())
            return;

        QString shown;
        QString complaint; // a message box instead of the restore
        QTimer poll;
        connect(&poll, &QTimer::timeout, &window, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                complaint = box->text();
                box->close();
            }
            auto *recovery = qobject_cast<RecoveryDialog *>(QApplication::activeModalWidget());
            if (!recovery || !shown.isEmpty())
                return;
            shown = labelTexts(*recovery).join(u'\n');
            QCOMPARE(recovery->backupList()->count(), 1);
            QTest::mouseClick(recovery->restoreButton(), Qt::LeftButton);
        });
        poll.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QVERIFY2(shown.contains(QStringLiteral("did not pass its check"))
                     && shown.contains(QStringLiteral("quick_check")),
                 qPrintable(shown));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(QStringLiteral("Restored from")),
                                 10000);
        QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
        QVERIFY(window.isVisible());
        QCOMPARE(window.databasePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(labelTexts(*window.statusBar()).join(u'\n').contains(QStringLiteral("300 products")));
        // The restored file is checked again behind the window, and passes.
        QSignalSpy passed(window.integrityCheck(), &BackgroundQuickCheck::passed);
        QVERIFY(passed.wait(20000));
        QVERIFY(DatabaseBackup::quickCheck(path, &problem));
    }

    // Quit in the recovery dialog closes the window and leaves the damaged file as it was.
    void mainWindowClosesWhenTheOperatorQuitsRecovery()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
        makeShop(path, 300);
        damage(path);
        LanguageManager languages;
        languages.switchTo(QStringLiteral("en"));
        MainWindow window(languages);
        showOn(window, path);
        if (QTest::currentTestFailed())
            return;
        bool offered = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &window, [&] {
            auto *recovery = qobject_cast<RecoveryDialog *>(QApplication::activeModalWidget());
            if (!recovery || offered)
                return;
            offered = true;
            QTest::mouseClick(recovery->quitButton(), Qt::LeftButton);
        });
        poll.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(offered, 30000);
        QTRY_VERIFY(!window.isVisible());
        QString problem;
        QVERIFY(!DatabaseBackup::quickCheck(path, &problem));
    }

    void mainWindowRestoresABackupInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("friday.sqlite"));
        makeShop(path, 25);
        backUp(path, backup);
        {
            QString error;
            const Connection c = Connection::open(path, &error);
            QSqlQuery q(c.database());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM order_lines")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM products WHERE id > 5")));
        }
        LanguageManager languages;
        languages.switchTo(QStringLiteral("en"));
        MainWindow window(languages);
        showOn(window, path);
        if (QTest::currentTestFailed())
            return;

        // File ▸ Restore from backup… is there.
        QStringList fileActions;
        for (const QAction *action : window.menuBar()->actions().front()->menu()->actions())
            fileActions.append(action->text());
        QVERIFY2(fileActions.contains(QStringLiteral("&Restore from backup…")), qPrintable(fileActions.join(u',')));

        // A file that is not a backup is refused and the open shop stays as it is.
        const QString notes = dir.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        QString kept;
        QString error;
        QVERIFY(!window.restoreDatabase(notes, &kept, &error));
        QVERIFY2(error.contains(QStringLiteral("Nothing was restored")) && error.contains(notes), qPrintable(error));
        QCOMPARE(window.databasePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(labelTexts(*window.statusBar()).join(u'\n').contains(QStringLiteral("5 products")));

        QVERIFY2(window.restoreDatabase(backup, &kept, &error), qPrintable(error));
        QCOMPARE(window.databasePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY2(labelTexts(*window.statusBar()).join(u'\n').contains(QStringLiteral("25 products")),
                 qPrintable(labelTexts(*window.statusBar()).join(u'\n')));
        QVERIFY(QFileInfo::exists(kept));
        QCOMPARE(productCount(kept), 5);
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
