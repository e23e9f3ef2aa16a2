#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

// Shown at start-up when the database does not pass quick_check: names the file and the problem, lists the backups
// Borderdesk made beside it (newest first), and restores the one chosen (or any other file) in its place — the
// damaged file is kept beside it — or quits. Accepted once a backup has been restored. Also shown by the main window
// when the check it runs in the background after the first paint fails.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    // Puts backupPath in place of the database; on failure *error says why (the database must be left as it was).
    using Restorer = std::function<bool(const QString &backupPath, QString *safetyCopy, QString *error)>;

    // restorer: how to swap the file; by default DatabaseBackup::restore on databasePath, which nobody may have open.
    RecoveryDialog(const QString &databasePath, const QString &problem, QWidget *parent = nullptr,
                   Restorer restorer = {});

    QListWidget *backupList() const { return m_backups; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *quitButton() const { return m_quit; }
    // Restores backupPath in place of the database; accepts the dialog, or shows why not and stays open.
    bool restoreFrom(const QString &backupPath);
    // What the damaged database was kept as, after a restore.
    QString safetyCopy() const { return m_safetyCopy; }
    // The backup that was restored.
    QString restoredFrom() const { return m_restoredFrom; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseFile();

    QString m_databasePath;
    QString m_problem;
    Restorer m_restorer;
    QString m_safetyCopy;
    QString m_restoredFrom;
    QLabel *m_heading;
    QLabel *m_details;
    QLabel *m_backupsLabel;
    QListWidget *m_backups;
    QPushButton *m_restore;
    QPushButton *m_browse;
    QPushButton *m_quit;
};
