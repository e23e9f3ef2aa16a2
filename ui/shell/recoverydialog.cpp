#include "recoverydialog.h"

#include "bidiisolate.h"
#include "databasebackup.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecoveryDialog::RecoveryDialog(const QString &databasePath, const QString &problem, QWidget *parent,
                               Restorer restorer)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_problem(problem)
    , m_restorer(std::move(restorer))
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_backupsLabel(new QLabel(this))
    , m_backups(new QListWidget(this))
    , m_restore(new QPushButton(this))
    , m_browse(new QPushButton(this))
    , m_quit(new QPushButton(this))
{
    setObjectName(u"recoveryDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *texts = new QVBoxLayout;
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_heading);
    texts->addWidget(m_details);
    top->addLayout(texts, 1);
    layout->addLayout(top);
    layout->addWidget(m_backupsLabel);
    m_backupsLabel->setBuddy(m_backups);
    layout->addWidget(m_backups, 1);

    for (const QString &backup : DatabaseBackup::backupsBeside(databasePath)) {
        const QFileInfo info(backup);
        auto *item = new QListWidgetItem(info.fileName(), m_backups);
        item->setData(Qt::UserRole, backup);
        item->setToolTip(backup);
    }
    if (m_backups->count() > 0)
        m_backups->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_browse, QDialogButtonBox::ActionRole);
    buttons->addButton(m_quit, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    m_restore->setDefault(true);
    m_restore->setEnabled(m_backups->currentItem() != nullptr);
    connect(m_backups, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { m_restore->setEnabled(current != nullptr); });
    connect(m_backups, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { restoreFrom(item->data(Qt::UserRole).toString()); });
    // The buttons act themselves (the box's accepted() is not connected): a failed restore keeps the dialog open.
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_backups->currentItem())
            restoreFrom(item->data(Qt::UserRole).toString());
    });
    connect(m_browse, &QPushButton::clicked, this, &RecoveryDialog::chooseFile);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    resize(sizeHint().expandedTo(QSize(560, 360)));
}

void RecoveryDialog::retranslateUi()
{
    setWindowTitle(tr("Borderdesk – the database needs attention"));
    const QString path = leftToRightIsolate(m_databasePath);
    m_heading->setText(tr("The database %1 did not pass its check and may be damaged.").arg(path));
    QString problem = m_problem;
    problem.replace(m_databasePath, path);
    // The problem begins with the path: without a mark Qt would lay that paragraph out left to right in Arabic.
    if (QGuiApplication::isRightToLeft())
        problem.prepend(QChar(0x200F)); // RIGHT-TO-LEFT MARK
    m_details->setText(problem + u"\n\n"_s
                       + tr("Restore it from a backup: the damaged file is kept beside it, nothing is deleted. "
                            "Or quit and look at the file first."));
    m_backupsLabel->setText(m_backups->count() > 0 ? tr("&Backups beside the database, newest first:")
                                                   : tr("No backups were found beside the database."));
    m_restore->setText(tr("&Restore selected backup"));
    m_browse->setText(tr("Restore &another file…"));
    m_quit->setText(tr("&Quit"));
}

void RecoveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecoveryDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from backup"), QFileInfo(m_databasePath).absolutePath(),
                                                      tr("Borderdesk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        restoreFrom(path);
}

bool RecoveryDialog::restoreFrom(const QString &backupPath)
{
    QString error;
    if (m_restorer) {
        if (!m_restorer(backupPath, &m_safetyCopy, &error)) { // the restorer's message says that nothing changed
            QMessageBox::critical(this, tr("Restore from backup"), error);
            return false;
        }
    } else if (!DatabaseBackup::restore(m_databasePath, backupPath, &m_safetyCopy, &error)) {
        QMessageBox::critical(this, tr("Restore from backup"), tr("Nothing was restored: %1").arg(error));
        return false;
    }
    m_restoredFrom = backupPath;
    accept();
    return true;
}
