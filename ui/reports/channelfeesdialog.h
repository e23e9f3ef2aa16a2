#pragma once

#include "reportjob.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;

// The fee each sales channel takes, in percent of revenue (margins subtract it). Saving counts every order again
// off the GUI thread; cancelling that puts the old fees back.
class ChannelFeesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelFeesDialog)

public:
    ChannelFeesDialog(const QSqlDatabase &db, const QString &databasePath, QWidget *parent = nullptr);
    ~ChannelFeesDialog() override;

    QStringList channels() const { return m_edits.keys(); }
    QLineEdit *editFor(const QString &channel) const { return m_edits.value(channel); }
    // Why the typed fees cannot be saved; empty when they can.
    QString validationError() const;
    bool isSaving() const { return m_saving; }
    // "2.9" is a fee; "-1", "100.5", "2,9" and "abc" are not.
    static bool isValidPercent(const QString &text);

public Q_SLOTS:
    void save();
    void reject() override;

Q_SIGNALS:
    // The fees were saved and every order counted with them.
    void feesSaved();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        QString error;
        bool cancelled = false;
    };

    void retranslateUi();
    void updateState();
    void finishSaving(const Outcome &outcome);

    QString m_databasePath;
    QHash<QString, QString> m_saved; // channel → fee as stored
    QHash<QString, QLineEdit *> m_edits;
    bool m_saving = false;

    QLabel *m_intro;
    QFormLayout *m_form;
    QLabel *m_empty;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    ReportJob<Outcome> m_job;
};
