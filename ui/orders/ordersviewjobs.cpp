// OrdersView's work on many orders: each runs off the GUI thread on its own connection, with progress and Cancel,
// and sums up the orders it could not change.
#include "ordersview.h"

#include "connection.h"
#include "ordertablemodel.h"

#include <QFutureWatcher>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTableView>
#include <QtConcurrent>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int RefusalsShown = 10;
constexpr int ProgressAfterMs = 400;
} // namespace

void OrdersView::runJob(const QString &label, const Job &job, const std::function<void()> &finished)
{
    m_busy = true;
    updateActions();
    auto *watcher = new QFutureWatcher<void>(this);
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, 100, this);
    progress->setObjectName(u"orderJobProgress"_s);
    // Not modal: a modal progress dialog spins the event loop inside setValue(). The actions wait while it runs.
    progress->setMinimumDuration(ProgressAfterMs);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, finished] {
        disconnect(progress, nullptr, watcher, nullptr); // closing the dialog says "canceled"
        progress->close();
        progress->deleteLater();
        watcher->deleteLater();
        m_busy = false;
        finished();
        updateActions();
    });
    const QString path = m_databasePath;
    m_job = QtConcurrent::run([path, job](QPromise<void> &promise) {
        promise.setProgressRange(0, 100);
        QString error;
        const Connection connection = Connection::open(path, &error, Connection::Mode::OpenExisting);
        job(connection.isOpen() ? connection.database() : QSqlDatabase(), error, promise);
    });
    watcher->setFuture(m_job);
}

void OrdersView::runOnSelected(const QString &label, const QString &title, const OrderWork &work)
{
    if (!m_model || m_busy)
        return;
    QList<std::pair<qint64, QString>> orders;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        orders.append({m_model->orderIdAt(index.row()), m_model->numberAt(index.row())});
    if (orders.isEmpty())
        return;
    struct Outcome
    {
        int done = 0;
        QStringList refusals;
    };
    // Written by the job, read here only after it finished.
    auto outcome = std::make_shared<Outcome>();
    const Job job = [orders, work, outcome](const QSqlDatabase &db, const QString &openError, QPromise<void> &promise) {
        if (!db.isValid()) {
            outcome->refusals.append(openError);
            return;
        }
        // One transaction per order: an order that is refused leaves the others moved.
        for (qsizetype i = 0; i < orders.size() && !promise.isCanceled(); ++i) {
            const QString refusal = work(db, orders.at(i).first, orders.at(i).second);
            if (refusal.isEmpty())
                ++outcome->done;
            else
                outcome->refusals.append(refusal);
            promise.setProgressValue(static_cast<int>((i + 1) * 100 / orders.size()));
        }
    };
    runJob(label, job, [this, outcome, title] {
        reloadKeepingSelection();
        Q_EMIT ordersChanged();
        Q_EMIT statusMessage(tr("%1: %Ln order(s) done.", nullptr, outcome->done).arg(title));
        if (!outcome->refusals.isEmpty())
            showRefusals(title, outcome->done, outcome->refusals);
        Q_EMIT actionFinished(outcome->done, outcome->refusals);
    });
}

void OrdersView::showRefusals(const QString &title, int done, const QStringList &refusals)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title,
                                tr("%Ln order(s) could not be changed.", nullptr, static_cast<int>(refusals.size())),
                                QMessageBox::Ok, this);
    box->setObjectName(u"orderRefusals"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QStringList shown = refusals.mid(0, RefusalsShown);
    if (refusals.size() > RefusalsShown)
        shown.append(tr("…and %Ln more (see the details).", nullptr, static_cast<int>(refusals.size() - RefusalsShown)));
    if (done > 0)
        shown.prepend(tr("%Ln other order(s) were changed.", nullptr, done));
    box->setInformativeText(shown.join(u'\n'));
    if (refusals.size() > RefusalsShown)
        box->setDetailedText(refusals.join(u'\n'));
    box->open();
}
