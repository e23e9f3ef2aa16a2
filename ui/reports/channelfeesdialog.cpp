#include "channelfeesdialog.h"

#include "exactdecimal.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChannelFeesDialog::ChannelFeesDialog(const QSqlDatabase &db, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_empty(new QLabel(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"channelFeesDialog"_s);
    m_intro->setWordWrap(true);
    m_empty->setObjectName(u"channelFeesEmpty"_s);
    m_empty->setWordWrap(true);
    m_error->setObjectName(u"channelFeesError"_s);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(u"channelFeesProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_buttons->setObjectName(u"channelFeesButtons"_s);

    const SalesFacts facts(db);
    for (const QString &channel : facts.channels()) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(u"fee_"_s + channel);
        edit->setText(facts.feePercent(channel));
        edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
        edit->setClearButtonEnabled(true);
        m_saved.insert(channel, edit->text());
        m_edits.insert(channel, edit);
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(new QLabel(u"%"_s, this));
        // Channel codes ("shopify", "amazon") are the shop's own words: shown as they are.
        m_form->addRow(channel, row);
        connect(edit, &QLineEdit::textChanged, this, &ChannelFeesDialog::updateState);
    }
    m_empty->setVisible(m_edits.isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChannelFeesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChannelFeesDialog::reject);
    retranslateUi();
    updateState();
}

ChannelFeesDialog::~ChannelFeesDialog() = default;

bool ChannelFeesDialog::isValidPercent(const QString &text)
{
    const std::optional<ExactDecimal> value = ExactDecimal::parse(text.trimmed());
    if (!value || value->mantissa < 0 || text.trimmed().startsWith(u'+'))
        return false;
    // Exactly at most 100: mantissa ≤ 100 × 10^scale.
    qint64 limit = 100;
    for (int i = 0; i < value->scale; ++i) {
        if (limit > std::numeric_limits<qint64>::max() / 10)
            return value->mantissa == 0;
        limit *= 10;
    }
    return value->mantissa <= limit;
}

QString ChannelFeesDialog::validationError() const
{
    QStringList bad;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (!isValidPercent(it.value()->text()))
            bad.append(it.key());
    }
    if (bad.isEmpty())
        return {};
    bad.sort();
    return tr("A fee is a percentage from 0 to 100 with a dot for decimals, like 2.9. Check: %1")
        .arg(QLocale().createSeparatedList(bad));
}

void ChannelFeesDialog::updateState()
{
    const QString problem = validationError();
    if (!m_saving)
        m_error->setText(problem);
    m_error->setVisible(!m_error->text().isEmpty());
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->setEnabled(!m_saving);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_saving && problem.isEmpty() && !m_edits.isEmpty());
    m_progress->setVisible(m_saving);
}

void ChannelFeesDialog::save()
{
    if (m_saving || !validationError().isEmpty())
        return;
    QHash<QString, QString> changed;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const QString typed = ExactDecimal::parse(it.value()->text().trimmed())->toString();
        if (typed != m_saved.value(it.key()))
            changed.insert(it.key(), typed);
    }
    if (changed.isEmpty()) {
        accept();
        return;
    }
    m_saving = true;
    m_error->clear();
    m_progress->setValue(0);
    updateState();
    const QHash<QString, QString> old = m_saved;
    m_job.start(
        this, m_databasePath,
        [changed, old](const QSqlDatabase &db, const QString &openError, QPromise<Outcome> &promise) {
            Outcome outcome;
            if (!db.isValid()) {
                outcome.error = openError;
                return outcome;
            }
            const SalesFacts facts(db);
            for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
                if (!facts.setFeePercent(it.key(), it.value(), &outcome.error))
                    return outcome;
            }
            const qint64 counted = facts.rebuild(&outcome.error, [&promise](int percent) {
                promise.setProgressValue(percent);
                return !promise.isCanceled();
            });
            if (counted < 0) {
                // Cancelled or failed: the old fees go back, so the fees and the figures agree.
                outcome.cancelled = promise.isCanceled();
                QString ignored;
                for (auto it = changed.cbegin(); it != changed.cend(); ++it)
                    facts.setFeePercent(it.key(), old.value(it.key(), u"0"_s), &ignored);
            }
            return outcome;
        },
        [this](const Outcome &outcome) { finishSaving(outcome); },
        [this](int percent) { m_progress->setValue(percent); });
}

void ChannelFeesDialog::finishSaving(const Outcome &outcome)
{
    m_saving = false;
    if (outcome.error.isEmpty()) {
        updateState();
        Q_EMIT feesSaved();
        accept();
        return;
    }
    m_error->setText(outcome.cancelled ? tr("Cancelled: the fees were left as they were.")
                                       : tr("The fees could not be saved: %1").arg(outcome.error));
    updateState();
}

void ChannelFeesDialog::reject()
{
    if (m_saving) {
        // Cancel stops the count; the job puts the old fees back and then says so.
        m_job.cancelAndWait();
        m_saving = false;
        m_error->setText(tr("Cancelled: the fees were left as they were."));
        updateState();
        return;
    }
    QDialog::reject();
}

void ChannelFeesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChannelFeesDialog::retranslateUi()
{
    setWindowTitle(tr("Channel fees"));
    m_intro->setText(tr("The share of revenue each sales channel keeps as its fee, in percent. Margins in the "
                        "reports subtract it. Saving counts every order again."));
    m_empty->setText(tr("No channel has orders yet."));
    updateState();
}
