#include "catalogview.h"

#include "connection.h"
#include "country.h"
#include "countrycombobox.h"
#include "documentprinter.h"
#include "hscode.h"
#include "landedcostdialog.h"
#include "productcommands.h"
#include "producteditordialog.h"
#include "productexporter.h"
#include "productimportdialog.h"
#include "productlabels.h"
#include "printsettings.h"
#include "producttablemodel.h"
#include "restrictionbadgedelegate.h"
#include "tableselection.h"
#include "textfit.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyle>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {
constexpr int SearchDelayMs = 150;
}

CatalogView::CatalogView(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_origin(new CountryComboBox(this))
    , m_status(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_addButton(new QToolButton(this))
    , m_duplicateButton(new QToolButton(this))
    , m_deleteButton(new QToolButton(this))
    , m_landedCostButton(new QToolButton(this))
    , m_barcodeButton(new QToolButton(this))
    , m_importButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
{
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_origin->setObjectName(QStringLiteral("originFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_count->setObjectName(QStringLiteral("productCount"));
    m_table->setObjectName(QStringLiteral("productTable"));
    m_addButton->setObjectName(QStringLiteral("addProductButton"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateProductButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteProductButton"));
    m_landedCostButton->setObjectName(QStringLiteral("landedCostButton"));
    m_barcodeButton->setObjectName(QStringLiteral("barcodeLabelsButton"));
    m_importButton->setObjectName(QStringLiteral("importProductsButton"));
    m_exportButton->setObjectName(QStringLiteral("exportProductsButton"));

    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QToolButton *button :
         {m_addButton, m_duplicateButton, m_deleteButton, m_landedCostButton, m_barcodeButton, m_importButton,
          m_exportButton})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_origin, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_count);
    auto *actions = new QHBoxLayout;
    for (QToolButton *button : {m_addButton, m_duplicateButton, m_deleteButton, m_landedCostButton, m_barcodeButton})
        actions->addWidget(button);
    actions->addStretch();
    actions->addWidget(m_importButton);
    actions->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    TextFit::keepSortedTitleWhole(m_table->horizontalHeader());

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &CatalogView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogView::applyFilter);
    for (QComboBox *combo : {m_category, static_cast<QComboBox *>(m_origin), m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &CatalogView::applyFilter);
    connect(m_table, &QTableView::doubleClicked, this, &CatalogView::editCurrent);
    connect(m_addButton, &QToolButton::clicked, this, &CatalogView::addProduct);
    connect(m_duplicateButton, &QToolButton::clicked, this, &CatalogView::duplicateSelected);
    connect(m_deleteButton, &QToolButton::clicked, this, &CatalogView::deleteSelected);
    connect(m_landedCostButton, &QToolButton::clicked, this, &CatalogView::showLandedCost);
    connect(m_barcodeButton, &QToolButton::clicked, this, &CatalogView::printBarcodeLabels);
    connect(m_importButton, &QToolButton::clicked, this, &CatalogView::importProducts);
    connect(m_exportButton, &QToolButton::clicked, this, &CatalogView::exportProducts);
    // Keyboard first: Ctrl+F to search, Enter to edit, Delete to delete, Insert to add.
    auto *focusSearch = new QShortcut(QKeySequence::Find, this);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *editShortcut = new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(editShortcut, &QShortcut::activated, this, &CatalogView::editCurrent);
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &CatalogView::deleteSelected);
    auto *addShortcut = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    connect(addShortcut, &QShortcut::activated, this, &CatalogView::addProduct);
    // Enter in the search box (what a barcode scanner sends after the code) jumps to the first result.
    connect(m_search, &QLineEdit::returnPressed, m_table, [this] {
        if (m_model && m_model->rowCount() > 0) {
            m_table->setFocus();
            TableSelection::selectRow(m_table, 0);
        }
    });
    connect(&m_editor, &CatalogEditor::changed, this, &CatalogView::reload);
    connect(&m_editor, &CatalogEditor::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Catalogue"), message);
    });
    retranslateUi();
}

void CatalogView::setDatabase(const QSqlDatabase &db, const QString &databasePath, const QString &baseCurrency,
                              const QString &homeCountry)
{
    m_databasePath = databasePath;
    m_baseCurrency = baseCurrency;
    m_editor.setDatabase(db);
    auto *oldModel = m_model;
    m_model = new ProductTableModel(db, this);
    m_model->setUnitSystem(Units::systemForCountry(homeCountry));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ProductTableModel::Restrictions, new RestrictionBadgeDelegate(m_model));
    delete oldModel;
    m_table->sortByColumn(ProductTableModel::Name, Qt::AscendingOrder);
    fitColumns();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any = m_table->selectionModel()->hasSelection();
        m_duplicateButton->setEnabled(any);
        m_deleteButton->setEnabled(any);
        m_landedCostButton->setEnabled(any);
        m_barcodeButton->setEnabled(any);
    });
    m_duplicateButton->setEnabled(false);
    m_deleteButton->setEnabled(false);
    m_landedCostButton->setEnabled(false);
    m_barcodeButton->setEnabled(false);
    refreshFilterChoices();
    applyFilter();
}

void CatalogView::fitColumns()
{
    if (!m_model)
        return;
    // Each column as wide as its header and its texts in the current language and font (the categories and countries
    // of origin in this catalogue, a large amount in the shop's currency); the name takes the rest. A rare very long
    // category or country elides (the tooltip has the code).
    const QLocale locale;
    const ProductRepository repo = m_editor.repository();
    QStringList origins;
    for (const QString &code : repo.origins())
        origins.append(Country::displayName(code, locale));
    const Money amount(999999, m_baseCurrency.isEmpty() ? u"THB"_s : m_baseCurrency);
    const QHash<int, QStringList> cells{
        {ProductTableModel::Sku, {u"HOM-01191"_s}},
        {ProductTableModel::Barcode, {u"0000000000000"_s}},
        {ProductTableModel::Category, repo.categories()},
        {ProductTableModel::Origin, origins},
        {ProductTableModel::HsCode, {HsCode::formatted(u"61091000")}},
        {ProductTableModel::Weight, {Units::formatWeight(99999, m_model->unitSystem(), locale)}},
        {ProductTableModel::Price, {amount.format(locale)}},
        {ProductTableModel::Cost, {amount.format(locale)}},
        {ProductTableModel::Stock, {locale.toString(99999)}},
        {ProductTableModel::Active, {ProductTableModel::tr("Active"), ProductTableModel::tr("Inactive")}},
        {ProductTableModel::Restrictions, {u"JP KR US"_s}},
    };
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int longest = m_table->fontMetrics().horizontalAdvance(u'X') * 24;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        TextFit::fitColumn(m_table, it.key(), it.value(), longest);
    header->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(u"0000"_s));
    header->setSectionResizeMode(ProductTableModel::Name, QHeaderView::Stretch);
}

void CatalogView::applyFilter()
{
    if (!m_model)
        return;
    m_searchDelay.stop();
    ProductFilter filter = m_model->filter();
    filter.text = m_search->text();
    filter.category = m_category->currentData().toString();
    filter.origin = m_origin->currentCode();
    filter.active = static_cast<ProductFilter::Active>(m_status->currentData().toInt());
    m_model->setFilter(filter);
    updateCount();
}

void CatalogView::reload()
{
    if (!m_model)
        return;
    m_model->refresh();
    refreshFilterChoices();
    updateCount();
    Q_EMIT catalogueChanged();
}

void CatalogView::refreshFilterChoices()
{
    if (!m_model)
        return;
    const ProductRepository repo = m_editor.repository();
    const QString category = m_category->currentData().toString();
    {
        const QSignalBlocker blocker(m_category);
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        for (const QString &name : repo.categories())
            m_category->addItem(name, name);
        const int index = m_category->findData(category);
        m_category->setCurrentIndex(index >= 0 ? index : 0);
    }
    const QSignalBlocker blocker(m_origin);
    m_origin->setCodes(repo.origins());
}

void CatalogView::updateCount()
{
    if (m_model)
        m_count->setText(tr("%Ln product(s)", nullptr, m_model->rowCount()));
}

QList<Product> CatalogView::selectedProducts() const
{
    QList<Product> products;
    if (!m_model)
        return products;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const auto p = m_model->productAt(index.row()))
            products.append(*p);
    }
    return products;
}

void CatalogView::pushIfDone(QUndoCommand *command, bool done)
{
    if (done)
        m_undoStack->push(command);
    else
        delete command;
}

void CatalogView::addProduct()
{
    if (!m_model)
        return;
    Product fresh;
    fresh.cost = Money(0, m_baseCurrency);
    fresh.price = Money(0, m_baseCurrency);
    ProductEditorDialog dialog(m_editor.repository(), fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Product p = dialog.product();
    auto *command = new AddProductsCommand(&m_editor, {p}, tr("Add %1").arg(p.sku));
    pushIfDone(command, command->done());
}

void CatalogView::editCurrent()
{
    if (!m_model)
        return;
    const auto before = m_model->productAt(m_table->currentIndex().row());
    if (!before)
        return;
    ProductEditorDialog dialog(m_editor.repository(), *before, this);
    if (dialog.exec() != QDialog::Accepted || dialog.product() == *before)
        return;
    auto *command = new EditProductCommand(&m_editor, *before, dialog.product());
    pushIfDone(command, command->done());
}

void CatalogView::duplicateSelected()
{
    const QList<Product> selected = selectedProducts();
    if (selected.isEmpty())
        return;
    QList<Product> copies;
    const ProductRepository repo = m_editor.repository();
    for (Product p : selected) {
        p.id = 0;
        p.sku = repo.freeCopySku(p.sku);
        p.barcode.clear(); // a barcode names one item; the copy needs its own
        copies.append(p);
    }
    auto *command = new AddProductsCommand(&m_editor, copies,
                                           copies.size() == 1 ? tr("Duplicate %1").arg(selected.front().sku)
                                                              : tr("Duplicate %Ln product(s)", nullptr,
                                                                   int(copies.size())));
    pushIfDone(command, command->done());
    if (command->done() && copies.size() == 1)
        Q_EMIT statusMessage(tr("Created %1").arg(copies.front().sku));
}

void CatalogView::deleteSelected()
{
    const QList<Product> selected = selectedProducts();
    if (selected.isEmpty())
        return;
    auto *command = new DeleteProductsCommand(&m_editor, selected);
    const bool done = command->done();
    pushIfDone(command, done);
    if (done)
        Q_EMIT statusMessage(tr("Deleted %Ln product(s). Undo brings them back.", nullptr, int(selected.size())));
}

void CatalogView::showLandedCost()
{
    if (!m_model)
        return;
    const auto product = m_model->productAt(m_table->currentIndex().row());
    if (!product)
        return;
    LandedCostDialog dialog(m_editor.database(), product->sku, this);
    dialog.exec();
}

void CatalogView::printBarcodeLabels()
{
    const QList<Product> selected = selectedProducts();
    if (selected.isEmpty() || !m_printSettings)
        return;
    QList<ProductLabelItem> items;
    for (const Product &p : selected)
        items.append({p.sku, p.name, p.barcode, 1});
    // A label printer set for product labels means a roll; otherwise A4 sheets of 3 × 8.
    const bool roll = m_printSettings->pageSize(DocumentType::ProductLabels).size(QPageSize::Millimeter).width() < 120;
    const ProductLabels labels(items, roll ? ProductLabels::Layout::ThermalRoll : ProductLabels::Layout::A4Sheet);
    DocumentPrinter printer(*m_printSettings);
    const PrintResult result = printer.preview(labels, this);
    if (result.status == PrintResult::Status::Failed)
        QMessageBox::warning(this, tr("Barcode labels"), result.error);
}

void CatalogView::importProducts()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import products"), QString(),
                                                      tr("Product files (*.csv *.txt);;All files (*)"));
    if (!file.isEmpty())
        importFile(file);
}

void CatalogView::importFile(const QString &filePath)
{
    if (m_databasePath.isEmpty())
        return;
    ProductImportDialog dialog(m_databasePath, filePath, m_baseCurrency, this);
    dialog.startPreview();
    if (dialog.exec() == QDialog::Accepted && dialog.report().written) {
        // Undo history refers to rows the import may have changed.
        m_undoStack->clear();
        reload();
        Q_EMIT statusMessage(tr("Imported %1 new and %2 updated product(s).")
                                 .arg(dialog.report().inserted)
                                 .arg(dialog.report().updated));
    }
}

void CatalogView::exportProducts()
{
    if (m_databasePath.isEmpty())
        return;
    QString file = QFileDialog::getSaveFileName(this, tr("Export products"), tr("products.csv"),
                                                tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        file += QStringLiteral(".csv");

    QProgressDialog progress(tr("Exporting products…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<QString> watcher;
    connect(&watcher, &QFutureWatcherBase::progressValueChanged, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, &watcher, &QFutureWatcherBase::cancel);
    const QString databasePath = m_databasePath;
    watcher.setFuture(QtConcurrent::run([databasePath, file](QPromise<QString> &promise) {
        promise.setProgressRange(0, 100);
        QString error;
        const Connection connection = Connection::open(databasePath, &error, Connection::Mode::OpenExisting);
        if (connection.isOpen()) {
            const qint64 written = ProductExporter::exportCsv(connection.database(), file, &error, [&promise](int p) {
                promise.setProgressValue(p);
                return !promise.isCanceled();
            });
            if (written >= 0)
                error.clear();
        }
        promise.addResult(error);
    }));
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    loop.exec();
    progress.reset();
    const QString error = watcher.future().resultCount() > 0 ? watcher.result() : tr("export cancelled");
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export products"), error);
    else
        Q_EMIT statusMessage(tr("Exported the catalogue to %1").arg(file));
}

void CatalogView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search SKU, name or barcode"));
    m_origin->setNoneText(tr("All origins"));
    const QSignalBlocker blocker(m_status);
    const int status = m_status->currentIndex();
    m_status->clear();
    m_status->addItem(tr("Active and inactive"), int(ProductFilter::Active::All));
    m_status->addItem(tr("Active only"), int(ProductFilter::Active::ActiveOnly));
    m_status->addItem(tr("Inactive only"), int(ProductFilter::Active::InactiveOnly));
    m_status->setCurrentIndex(qMax(status, 0));
    m_addButton->setText(tr("&Add product"));
    m_duplicateButton->setText(tr("D&uplicate"));
    m_deleteButton->setText(tr("&Delete"));
    m_landedCostButton->setText(tr("&Landed cost…"));
    m_barcodeButton->setText(tr("&Barcode labels…"));
    m_importButton->setText(tr("&Import…"));
    m_exportButton->setText(tr("E&xport…"));
    if (m_model) {
        refreshFilterChoices();
        m_model->retranslate();
        fitColumns();
    }
    updateCount();
}

void CatalogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
