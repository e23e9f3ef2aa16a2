#pragma once

#include <QSqlDatabase>
#include <QWidget>

class MarketEditor;
class MarketListModel;
class QPushButton;
class QScrollArea;
class QTableView;

// Markets: the destinations on the left and the selected one's whole set-up on the right, to edit and save,
// revert, clone as the start of a new market, or delete.
class MarketsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketsView)

public:
    explicit MarketsView(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    MarketListModel *model() const { return m_model; }
    MarketEditor *editor() const { return m_editor; }
    // The market shown in the editor.
    QString currentCode() const { return m_currentCode; }
    bool hasUnsavedChanges() const { return m_dirty; }

public Q_SLOTS:
    // Reads the markets again and shows the current one as stored (unsaved edits are dropped).
    void reload();
    void selectMarket(const QString &code);
    // Writes the editor's market; refuses (and says why in the status) while the form has problems.
    bool save();
    // Copies the current market as stored (not its unsaved edits) under a new code and name, and shows the copy.
    bool cloneCurrent(const QString &newCode, const QString &newName);
    void revert();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A market was saved, cloned or deleted (badges and price lists depend on them).
    void marketsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void currentRowChanged(int row);
    void showMarket(int row);
    bool confirmLeaving();
    void askAndClone();
    void deleteCurrent();
    void updateButtons();
    void retranslateUi();

    QSqlDatabase m_db;
    QString m_currentCode;
    bool m_dirty = false;
    bool m_switching = false;
    MarketListModel *m_model;
    QTableView *m_table;
    QScrollArea *m_scroll;
    MarketEditor *m_editor;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QPushButton *m_cloneButton;
    QPushButton *m_deleteButton;
};
