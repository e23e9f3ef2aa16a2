#include "pricelistsview.h"

#include "connection.h"
#include "landedcostpanel.h"
#include "marketrepository.h"
#include "priceexporter.h"
#include "pricepreviewmodel.h"
#include "textfit.h"
#include "writetransaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
const QStringList DefaultMarkets{QStringLiteral("JP"), QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("EU"),
                                 QStringLiteral("AU")};
}

PriceListsView::PriceListsView(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_marketsLabel(new QLabel(this))
    , m_marketButtons(new QHBoxLayout)
    , m_table(new QTableView(this))
    , m_panel(new LandedCostPanel(this))
    , m_error(new QLabel(this))
    , m_actionMarket(new QComboBox(this))
    , m_applyButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_shopifyForm(new QCheckBox(this))
{
    setObjectName(QStringLiteral("priceListsView"));
    m_search->setObjectName(QStringLiteral("priceSearch"));
    m_date->setObjectName(QStringLiteral("priceDate"));
    m_table->setObjectName(QStringLiteral("pricePreview"));
    m_error->setObjectName(QStringLiteral("priceError"));
    m_actionMarket->setObjectName(QStringLiteral("priceActionMarket"));
    m_applyButton->setObjectName(QStringLiteral("applyPricesButton"));
    m_exportButton->setObjectName(QStringLiteral("exportPricesButton"));
    m_search->setClearButtonEnabled(true);
    m_date->setCalendarPopup(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_dateLabel);
    filters->addWidget(m_date);
    auto *markets = new QHBoxLayout;
    markets->addWidget(m_marketsLabel);
    markets->addLayout(m_marketButtons);
    markets->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_actionMarket);
    actions->addWidget(m_applyButton);
    actions->addWidget(m_exportButton);
    actions->addWidget(m_shopifyForm);
    actions->addStretch();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(markets);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] {
        if (!m_model)
            return;
        ProductFilter filter;
        filter.text = m_search->text();
        m_model->setFilter(filter);
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_model)
            m_model->setDate(date);
    });
    connect(m_applyButton, &QPushButton::clicked, this, [this] { applyMarket(m_actionMarket->currentData().toString()); });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString code = m_actionMarket->currentData().toString();
        const QString file = QFileDialog::getSaveFileName(this, tr("Export prices"), tr("prices-%1.csv").arg(code),
                                                          tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
        if (!file.isEmpty())
            exportMarket(code, file, m_shopifyForm->isChecked());
    });
    retranslateUi();
}

void PriceListsView::setDatabase(const QSqlDatabase &db, const QString &databasePath)
{
    m_db = db;
    m_databasePath = databasePath;
    auto *old = m_model;
    m_model = new PricePreviewModel(db, this);
    m_table->setModel(m_model);
    delete old;
    connect(m_model, &PricePreviewModel::pricingFailed, this, [this](const QString &message) {
        m_error->setText(tr("Some prices cannot be computed: %1").arg(message));
        m_error->show();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &PriceListsView::showSelectedQuote);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const int marketIndex = m_model->marketIndexOfColumn(index.column());
        const auto quote = m_model->quoteAt(index.row(), marketIndex);
        if (!quote)
            return;
        const Market market = m_model->markets().at(marketIndex);
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Fixed price"),
            tr("Fixed price of %1 in %2 (%3); leave empty to follow the market's rule:")
                .arg(quote->price.sku, market.code, market.currency),
            QLineEdit::Normal, quote->price.fixed ? quote->price.proposed.toDecimalString() : QString(), &ok);
        if (ok)
            fixPrice(index.row(), marketIndex, text.trimmed());
    });
    rebuildMarketButtons();
    m_model->setDate(m_date->date());
}

void PriceListsView::rebuildMarketButtons()
{
    qDeleteAll(m_marketToggles);
    m_marketToggles.clear();
    const QString chosen = m_actionMarket->currentData().toString();
    m_actionMarket->clear();
    for (const Market &market : MarketRepository(m_db).list()) {
        auto *toggle = new QToolButton(this);
        toggle->setObjectName(QStringLiteral("market_") + market.code);
        toggle->setText(market.code);
        toggle->setToolTip(market.name);
        toggle->setCheckable(true);
        toggle->setChecked(DefaultMarkets.contains(market.code));
        connect(toggle, &QToolButton::toggled, this, &PriceListsView::updateColumns);
        m_marketButtons->addWidget(toggle);
        m_marketToggles.append(toggle);
        m_actionMarket->addItem(market.code + QStringLiteral(" – ") + market.name, market.code);
    }
    const int index = m_actionMarket->findData(chosen);
    m_actionMarket->setCurrentIndex(index >= 0 ? index : 0);
    updateColumns();
}

void PriceListsView::showMarkets(const QStringList &codes)
{
    for (QToolButton *toggle : std::as_const(m_marketToggles)) {
        const QSignalBlocker blocker(toggle);
        toggle->setChecked(codes.contains(toggle->text()));
    }
    updateColumns();
}

void PriceListsView::updateColumns()
{
    if (!m_model)
        return;
    QList<Market> markets;
    const MarketRepository repo(m_db);
    for (QToolButton *toggle : std::as_const(m_marketToggles)) {
        if (toggle->isChecked()) {
            if (auto market = repo.find(toggle->text()))
                markets.append(*market);
        }
    }
    m_error->hide();
    m_model->setMarkets(markets);
    m_model->refresh();
    fitColumns();
    m_panel->clear();
}

void PriceListsView::fitColumns()
{
    // Wide enough for the header in the current language and a typical amount; the name column gets the most.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics cells = m_table->fontMetrics();
    const QFontMetrics headings = header->fontMetrics();
    const int amount = cells.horizontalAdvance(QStringLiteral("AU$99,999.99")) + 16;
    header->resizeSection(PricePreviewModel::Name, cells.horizontalAdvance(QStringLiteral("M")) * 18);
    for (int column = PricePreviewModel::FixedColumns; column < m_model->columnCount(); ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(amount, headings.horizontalAdvance(title) + 24));
    }
}

void PriceListsView::reload()
{
    if (m_model)
        rebuildMarketButtons();
}

void PriceListsView::showSelectedQuote()
{
    const QModelIndex current = m_table->currentIndex();
    const int marketIndex = m_model ? m_model->marketIndexOfColumn(current.column()) : -1;
    if (marketIndex < 0) {
        m_panel->clear();
        return;
    }
    const auto quote = m_model->quoteAt(current.row(), marketIndex);
    if (quote)
        m_panel->showQuote(m_model->markets().at(marketIndex).code, *quote);
    else
        m_panel->showMessage(m_model->lastError());
}

template <typename Result, typename Work>
Result PriceListsView::runInBackground(const QString &label, Work work)
{
    // Pricing 100,000 products takes a while: progress and Cancel, the work on its own connection off the GUI thread.
    QProgressDialog progress(label, tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    connect(&watcher, &QFutureWatcherBase::progressValueChanged, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, &watcher, &QFutureWatcherBase::cancel);
    const QString path = m_databasePath;
    watcher.setFuture(QtConcurrent::run([path, work](QPromise<Result> &promise) {
        promise.setProgressRange(0, 100);
        const std::function<bool(int)> report = [&promise](int percent) {
            promise.setProgressValue(percent);
            return !promise.isCanceled();
        };
        QString error;
        const Connection connection = Connection::open(path, &error, Connection::Mode::OpenExisting);
        promise.addResult(connection.isOpen() ? work(connection.database(), report) : Result{std::nullopt, error});
    }));
    loop.exec();
    progress.reset();
    if (watcher.future().resultCount() == 0)
        return Result{std::nullopt, tr("cancelled")};
    return watcher.result();
}

bool PriceListsView::applyMarket(const QString &code, bool confirm)
{
    if (m_databasePath.isEmpty() || code.isEmpty())
        return false;
    using Outcome = std::pair<std::optional<PriceListService::ApplyReport>, QString>;
    const QDate date = m_date->date();
    auto run = [this, &code, date](bool dryRun) {
        return runInBackground<Outcome>(tr("Pricing %1…").arg(code), [code, date, dryRun](const QSqlDatabase &db, const std::function<bool(int)> &progress) {
            QString error;
            auto report = PriceListService(db).apply(code, date, dryRun, &error, progress);
            return Outcome{report, error};
        });
    };
    if (confirm) {
        const Outcome preview = run(true);
        if (!preview.first) {
            QMessageBox::warning(this, tr("Price lists"), preview.second);
            return false;
        }
        const auto answer = QMessageBox::question(
            this, tr("Apply prices"),
            tr("%1: %2 price(s) will change; %3 moved less than the market's threshold and stay. Apply?")
                .arg(code)
                .arg(preview.first->changed)
                .arg(preview.first->kept));
        if (answer != QMessageBox::Yes)
            return false;
    }
    const Outcome applied = run(false);
    if (!applied.first) {
        QMessageBox::warning(this, tr("Price lists"), applied.second);
        return false;
    }
    m_model->refresh();
    Q_EMIT statusMessage(tr("%1: %2 price(s) changed and kept in the price history.").arg(code).arg(applied.first->changed));
    return true;
}

bool PriceListsView::exportMarket(const QString &code, const QString &filePath, bool shopify)
{
    if (m_databasePath.isEmpty())
        return false;
    using Outcome = std::pair<std::optional<qint64>, QString>;
    const QDate date = m_date->date();
    const Outcome outcome = runInBackground<Outcome>(
        tr("Exporting %1…").arg(code), [code, filePath, shopify, date](const QSqlDatabase &db, const std::function<bool(int)> &progress) {
            QString error;
            const qint64 written = PriceExporter::exportFile(
                db, code, filePath, shopify ? PriceExporter::Form::Shopify : PriceExporter::Form::Borderdesk, date, &error,
                progress);
            return written < 0 ? Outcome{std::nullopt, error} : Outcome{written, QString()};
        });
    if (!outcome.first) {
        QMessageBox::warning(this, tr("Export prices"), outcome.second);
        return false;
    }
    Q_EMIT statusMessage(tr("Exported %Ln price(s) to %1.", nullptr, int(*outcome.first)).arg(filePath));
    return true;
}

bool PriceListsView::fixPrice(int row, int marketIndex, const QString &amountText)
{
    const auto quote = m_model ? m_model->quoteAt(row, marketIndex) : std::nullopt;
    if (!quote)
        return false;
    const Market market = m_model->markets().at(marketIndex);
    QString error;
    std::optional<Money> amount;
    if (!amountText.isEmpty()) {
        amount = Money::fromDecimal(amountText, market.currency, &error);
        if (!amount) {
            QMessageBox::warning(this, tr("Fixed price"), error);
            return false;
        }
    }
    WriteTransaction transaction(m_db);
    error = transaction.error();
    const PriceListService prices(m_db);
    const bool ok = transaction.isActive()
                    && (amount ? prices.setFixedPrice(market.code, quote->price.productId, *amount, &error)
                               : prices.clearFixedPrice(market.code, quote->price.productId, &error))
                    && transaction.commit(&error);
    if (!ok) {
        QMessageBox::warning(this, tr("Fixed price"), error);
        return false;
    }
    m_model->refresh();
    Q_EMIT statusMessage(amount ? tr("%1 in %2 is now fixed at %3.").arg(quote->price.sku, market.code, amount->format(QLocale()))
                                : tr("%1 in %2 follows the market's rule again.").arg(quote->price.sku, market.code));
    return true;
}

void PriceListsView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search SKU, name or barcode"));
    m_dateLabel->setText(tr("Rates of:"));
    TextFit::fitDateEdit(m_date);
    m_marketsLabel->setText(tr("Markets:"));
    m_applyButton->setText(tr("&Apply prices…"));
    m_exportButton->setText(tr("E&xport prices…"));
    m_shopifyForm->setText(tr("Shopify form (Price / market)"));
    if (m_model) {
        m_model->retranslate();
        fitColumns();
    }
}

void PriceListsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
