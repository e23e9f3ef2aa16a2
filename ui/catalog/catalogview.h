#pragma once

#include "catalogeditor.h"

#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class CountryComboBox;
class PrintSettings;
class ProductTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class QUndoStack;

// The product catalogue: search as you type over SKU, name and barcode; filters by category, origin and status;
// add, edit, duplicate and delete with undo; import and export.
class CatalogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogView)

public:
    CatalogView(QUndoStack *undoStack, QWidget *parent = nullptr);

    // Shows the catalogue of this database; databasePath is for background jobs, which open their own connection.
    void setDatabase(const QSqlDatabase &db, const QString &databasePath, const QString &baseCurrency,
                     const QString &homeCountry);
    ProductTableModel *model() const { return m_model; }
    void setPrintSettings(PrintSettings *settings) { m_printSettings = settings; }
    QTableView *table() const { return m_table; }
    CatalogEditor *editor() { return &m_editor; }

public Q_SLOTS:
    void addProduct();
    void editCurrent();
    void duplicateSelected();
    void deleteSelected();
    void importProducts();
    void importFile(const QString &filePath);
    void exportProducts();
    void showLandedCost();
    // Barcode labels (EAN-13 from the GTIN, else Code 128 of the SKU) for the selected products, in a print preview
    // from which the operator prints: A4 sheets, or one label per page on a thermal roll.
    void printBarcodeLabels();
    void reload();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void catalogueChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void fitColumns();
    void refreshFilterChoices();
    void updateCount();
    void retranslateUi();
    QList<Product> selectedProducts() const;
    void pushIfDone(class QUndoCommand *command, bool done);

    QUndoStack *m_undoStack;
    CatalogEditor m_editor;
    QString m_databasePath;
    QString m_baseCurrency;
    ProductTableModel *m_model = nullptr;
    QTimer m_searchDelay;

    QLineEdit *m_search;
    QComboBox *m_category;
    CountryComboBox *m_origin;
    QComboBox *m_status;
    QLabel *m_count;
    QTableView *m_table;
    QToolButton *m_addButton;
    QToolButton *m_duplicateButton;
    QToolButton *m_deleteButton;
    QToolButton *m_landedCostButton;
    QToolButton *m_barcodeButton;
    PrintSettings *m_printSettings = nullptr;
    QToolButton *m_importButton;
    QToolButton *m_exportButton;
};
