#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

// Shown at start-up when the database does not pass quick_check: names the file and the problem, lists the backups
// Borderdesk made beside it (newest first), and restores the one chosen (or any other file) in its place — the
// damaged file is kept beside it — or quits. Accepted once a backup has been restored.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    RecoveryDialog(const QString &databasePath, const QString &problem, QWidget *parent = nullptr);

    QListWidget *backupList() const { return m_backups; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *quitButton() const { return m_quit; }
    // Restores backupPath in place of the database; accepts the dialog, or shows why not and stays open.
    bool restoreFrom(const QString &backupPath);
    // What the damaged database was kept as, after a restore.
    QString safetyCopy() const { return m_safetyCopy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseFile();

    QString m_databasePath;
    QString m_problem;
    QString m_safetyCopy;
    QLabel *m_heading;
    QLabel *m_details;
    QLabel *m_backupsLabel;
    QListWidget *m_backups;
    QPushButton *m_restore;
    QPushButton *m_browse;
    QPushButton *m_quit;
};
