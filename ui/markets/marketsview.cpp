#include "marketsview.h"

#include "marketeditor.h"
#include "marketlistmodel.h"
#include "marketrepository.h"
#include "tableselection.h"
#include "writetransaction.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MarketsView::MarketsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new MarketListModel(this))
    , m_table(new QTableView(this))
    , m_scroll(new QScrollArea(this))
    , m_editor(new MarketEditor(this))
    , m_saveButton(new QPushButton(this))
    , m_revertButton(new QPushButton(this))
    , m_cloneButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
{
    setObjectName(u"marketsView"_s);
    m_table->setObjectName(u"marketsTable"_s);
    m_scroll->setObjectName(u"marketEditorScroll"_s);
    m_saveButton->setObjectName(u"saveMarketButton"_s);
    m_revertButton->setObjectName(u"revertMarketButton"_s);
    m_cloneButton->setObjectName(u"cloneMarketButton"_s);
    m_deleteButton->setObjectName(u"deleteMarketButton"_s);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MarketListModel::Name, QHeaderView::Stretch);
    m_table->setMinimumWidth(m_table->fontMetrics().horizontalAdvance(u"M"_s) * 30);
    m_scroll->setWidget(m_editor);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setMinimumWidth(m_editor->minimumSizeHint().width() + m_scroll->verticalScrollBar()->sizeHint().width());
    m_saveButton->setDefault(true);

    auto *left = new QWidget(this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_cloneButton);
    listButtons->addWidget(m_deleteButton);
    listButtons->addStretch();
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(listButtons);
    auto *right = new QWidget(this);
    auto *editButtons = new QHBoxLayout;
    editButtons->addStretch();
    editButtons->addWidget(m_revertButton);
    editButtons->addWidget(m_saveButton);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_scroll, 1);
    rightLayout->addLayout(editButtons);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({480, 800});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current.row()); });
    connect(m_editor, &MarketEditor::changed, this, [this] {
        m_dirty = true;
        updateButtons();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &MarketsView::save);
    connect(m_revertButton, &QPushButton::clicked, this, &MarketsView::revert);
    connect(m_cloneButton, &QPushButton::clicked, this, &MarketsView::askAndClone);
    connect(m_deleteButton, &QPushButton::clicked, this, &MarketsView::deleteCurrent);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        // Leaving the focused field commits a table cell that is still being typed in.
        if (QWidget *focused = QApplication::focusWidget())
            focused->clearFocus();
        if (m_saveButton->isEnabled())
            save();
    });
    retranslateUi();
    showMarket(-1); // nothing to edit until there is a database
}

void MarketsView::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_currentCode.clear();
    m_dirty = false;
    reload();
}

void MarketsView::reload()
{
    if (!m_db.isValid())
        return;
    int row = -1;
    {
        const QScopedValueRollback guard(m_switching, true);
        m_model->setMarkets(MarketRepository(m_db).list());
        row = m_model->rowOfCode(m_currentCode);
        if (row < 0 && m_model->rowCount() > 0)
            row = 0;
        if (row >= 0)
            TableSelection::selectRow(m_table, row);
    }
    showMarket(row);
}

void MarketsView::selectMarket(const QString &code)
{
    const int row = m_model->rowOfCode(code);
    if (row >= 0)
        TableSelection::selectRow(m_table, row);
}

void MarketsView::currentRowChanged(int row)
{
    const QString code = m_model->marketAt(row).code;
    if (m_switching || code == m_currentCode)
        return;
    if (!confirmLeaving()) {
        // Stay on the market with the unsaved changes.
        const QScopedValueRollback guard(m_switching, true);
        TableSelection::selectRow(m_table, m_model->rowOfCode(m_currentCode));
        return;
    }
    // Saving re-read the list and selected the saved market again: go where the seller clicked.
    const int target = m_model->rowOfCode(code);
    if (m_table->currentIndex().row() != target) {
        const QScopedValueRollback guard(m_switching, true);
        TableSelection::selectRow(m_table, target);
    }
    showMarket(target);
}

void MarketsView::showMarket(int row)
{
    const Market market = m_model->marketAt(row);
    m_currentCode = market.code;
    m_editor->setMarket(market);
    m_editor->setEnabled(!market.code.isEmpty());
    m_scroll->verticalScrollBar()->setValue(0);
    m_dirty = false;
    updateButtons();
}

bool MarketsView::confirmLeaving()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(this, tr("Markets"),
                                              tr("Market %1 has changes that are not saved yet.").arg(m_currentCode),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MarketsView::save()
{
    if (!m_db.isValid() || m_currentCode.isEmpty())
        return false;
    QStringList problems;
    const auto market = m_editor->market(&problems);
    if (!market) {
        Q_EMIT statusMessage(tr("Market %1 was not saved: %2").arg(m_currentCode, problems.join(u"; "_s)));
        return false;
    }
    const MarketRepository repository(m_db);
    if (repository.find(market->code) == market) {
        m_dirty = false;
        updateButtons();
        Q_EMIT statusMessage(tr("Market %1 has no changes to save.").arg(market->code));
        return true;
    }
    // Keep the preset version it came from; edited = true tells preset upgrades to leave it alone.
    const auto origin = repository.origin(market->code);
    WriteTransaction transaction(m_db);
    QString error = transaction.error();
    if (!transaction.isActive() || !repository.save(*market, &error, origin ? origin->presetVersion : 0, true)
        || !transaction.commit(&error)) {
        QMessageBox::warning(this, tr("Markets"), tr("Market %1 was not saved.").arg(market->code) + u"\n\n" + error);
        return false;
    }
    m_dirty = false;
    reload();
    Q_EMIT statusMessage(tr("Market %1 saved.").arg(market->code));
    Q_EMIT marketsChanged();
    return true;
}

void MarketsView::revert()
{
    m_dirty = false;
    reload();
}

bool MarketsView::cloneCurrent(const QString &newCode, const QString &newName)
{
    if (!m_db.isValid() || m_currentCode.isEmpty())
        return false;
    const QString code = newCode.trimmed();
    const QString from = m_currentCode;
    WriteTransaction transaction(m_db);
    QString error = transaction.error();
    if (!transaction.isActive() || !MarketRepository(m_db).clone(from, code, newName.trimmed(), &error)
        || !transaction.commit(&error)) {
        QMessageBox::warning(this, tr("Markets"), tr("Market %1 was not copied.").arg(from) + u"\n\n" + error);
        return false;
    }
    m_currentCode = code;
    m_dirty = false;
    reload();
    Q_EMIT statusMessage(tr("Market %1 created as a copy of %2.").arg(code, from));
    Q_EMIT marketsChanged();
    return true;
}

void MarketsView::askAndClone()
{
    if (m_currentCode.isEmpty() || !confirmLeaving())
        return;
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Clone market %1").arg(m_currentCode),
                                               tr("Code of the new market (1 to 10 characters, e.g. IE):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || code.isEmpty())
        return;
    const QString current = m_model->marketAt(m_model->rowOfCode(m_currentCode)).name;
    const QString name = QInputDialog::getText(this, tr("Clone market %1").arg(m_currentCode),
                                               tr("Name of the new market:"), QLineEdit::Normal,
                                               tr("%1 (copy)").arg(current), &ok);
    if (ok)
        cloneCurrent(code, name);
}

void MarketsView::deleteCurrent()
{
    if (!m_db.isValid() || m_currentCode.isEmpty())
        return;
    const QString code = m_currentCode;
    const MarketRepository repository(m_db);
    const auto origin = repository.origin(code);
    QString question = tr("Delete market %1 with its duty rates, restriction rules and price lists?").arg(code);
    if (origin && origin->presetVersion > 0)
        question += u"\n\n"_s + tr("%1 is one of Borderdesk's presets; it will not come back with updates.").arg(code);
    if (QMessageBox::question(this, tr("Markets"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    WriteTransaction transaction(m_db);
    QString error = transaction.error();
    if (!transaction.isActive() || !repository.remove(code, &error) || !transaction.commit(&error)) {
        QMessageBox::warning(this, tr("Markets"), tr("Market %1 was not deleted.").arg(code) + u"\n\n" + error);
        return;
    }
    const int row = m_model->rowOfCode(code);
    m_currentCode = m_model->marketAt(row + 1 < m_model->rowCount() ? row + 1 : row - 1).code;
    m_dirty = false;
    reload();
    Q_EMIT statusMessage(tr("Market %1 deleted.").arg(code));
    Q_EMIT marketsChanged();
}

void MarketsView::updateButtons()
{
    const bool hasMarket = !m_currentCode.isEmpty();
    const QStringList problems = m_editor->problems();
    m_saveButton->setEnabled(hasMarket && m_dirty && problems.isEmpty());
    m_saveButton->setToolTip(
        problems.isEmpty()
            ? tr("Save this market (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText))
            : tr("Fix these first:") + u'\n' + problems.join(u'\n'));
    m_revertButton->setEnabled(hasMarket && m_dirty);
    m_cloneButton->setEnabled(hasMarket);
    m_deleteButton->setEnabled(hasMarket);
}

void MarketsView::retranslateUi()
{
    m_saveButton->setText(tr("&Save"));
    m_revertButton->setText(tr("&Revert"));
    m_cloneButton->setText(tr("&Clone…"));
    m_deleteButton->setText(tr("&Delete"));
    m_revertButton->setToolTip(tr("Drop the changes and show the market as saved"));
    m_cloneButton->setToolTip(tr("Start a new market from a copy of this one"));
    m_model->retranslate();
    updateButtons();
}

void MarketsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
