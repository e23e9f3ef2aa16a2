#include "ratesview.h"

#include "currencycombobox.h"
#include "exchangeraterepository.h"
#include "rateeditdialog.h"
#include "ratesdownloader.h"
#include "ratestablemodel.h"
#include "tableselection.h"
#include "textfit.h"
#include "writetransaction.h"

#include <QChartView>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

RatesView::RatesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RatesTableModel(this))
    , m_downloader(new RatesDownloader(this))
    , m_table(new QTableView(this))
    , m_chartView(new QChartView(this))
    , m_importButton(new QPushButton(this))
    , m_addButton(new QPushButton(this))
    , m_updateButton(new QPushButton(this))
    , m_convertLabel(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_from(new CurrencyComboBox(this))
    , m_to(new CurrencyComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("ratesView"));
    m_table->setObjectName(QStringLiteral("ratesTable"));
    m_importButton->setObjectName(QStringLiteral("importRatesButton"));
    m_addButton->setObjectName(QStringLiteral("addRateButton"));
    m_updateButton->setObjectName(QStringLiteral("updateRatesButton"));
    m_amount->setObjectName(QStringLiteral("convertAmount"));
    m_from->setObjectName(QStringLiteral("convertFrom"));
    m_to->setObjectName(QStringLiteral("convertTo"));
    m_date->setObjectName(QStringLiteral("convertDate"));
    m_result->setObjectName(QStringLiteral("convertResult"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RatesTableModel::Name, QHeaderView::Stretch);
    m_table->setMinimumWidth(m_table->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 34);
    m_amount->setMaximumWidth(m_amount->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 16);
    for (CurrencyComboBox *combo : {m_from, m_to})
        combo->setMinimumContentsLength(22);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_date->setCalendarPopup(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);
    m_amount->setText(QStringLiteral("100"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_updateButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_addButton);
    buttons->addStretch();
    auto *converter = new QHBoxLayout;
    converter->addWidget(m_convertLabel);
    converter->addWidget(m_amount);
    converter->addWidget(m_from);
    converter->addWidget(m_to);
    converter->addWidget(m_date);
    converter->addStretch();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addLayout(converter);
    layout->addWidget(m_result);

    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import exchange rates"), QString(),
                                                          tr("ECB rate files (*.xml *.csv);;All files (*)"));
        if (!file.isEmpty())
            importFile(file);
    });
    connect(m_addButton, &QPushButton::clicked, this, &RatesView::addRate);
    connect(m_updateButton, &QPushButton::clicked, this, &RatesView::updateFromEcb);
    connect(m_downloader, &RatesDownloader::finished, this, [this](const RatesImportReport &report) {
        m_updateButton->setEnabled(true);
        showImportResult(report);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showHistory(m_model->rateAt(current.row()).currency); });
    connect(m_amount, &QLineEdit::textChanged, this, &RatesView::convert);
    for (QComboBox *combo : {static_cast<QComboBox *>(m_from), static_cast<QComboBox *>(m_to)})
        connect(combo, &QComboBox::currentIndexChanged, this, &RatesView::convert);
    connect(m_date, &QDateEdit::dateChanged, this, &RatesView::convert);
    retranslateUi();
}

QChart *RatesView::chart() const
{
    return m_chartView->chart();
}

void RatesView::setDatabase(const QSqlDatabase &db, const QString &databasePath, const QString &baseCurrency)
{
    m_db = db;
    m_databasePath = databasePath;
    m_from->setCurrentCode(baseCurrency);
    m_to->setCurrentCode(baseCurrency == u"EUR" ? QStringLiteral("USD") : QStringLiteral("EUR"));
    reload();
}

void RatesView::reload()
{
    if (!m_db.isValid())
        return;
    m_model->setRates(ExchangeRateRepository(m_db).latest());
    const int row = m_model->rowOfCurrency(m_historyCurrency.isEmpty() ? QStringLiteral("USD") : m_historyCurrency);
    if (m_model->rowCount() > 0)
        TableSelection::selectRow(m_table, row >= 0 ? row : 0);
    else
        showHistory(QString());
    convert();
}

void RatesView::showImportResult(const RatesImportReport &report)
{
    if (report.hasErrors()) {
        QStringList lines;
        for (const ImportIssue &issue : report.issues)
            lines.append(issue.toString());
        if (!report.error.isEmpty())
            lines.append(report.error);
        QMessageBox::warning(this, tr("Exchange rates"),
                             tr("No rates were imported.") + u"\n\n" + lines.mid(0, 20).join(u'\n'));
        return;
    }
    reload();
    Q_EMIT statusMessage(tr("%1: %2 new and %3 replaced rate(s), up to %4.")
                             .arg(report.format)
                             .arg(report.added)
                             .arg(report.replaced)
                             .arg(QLocale().toString(report.lastDate, QLocale::ShortFormat)));
}

void RatesView::importFile(const QString &filePath)
{
    if (m_databasePath.isEmpty())
        return;
    // A history file holds a quarter of a million rates: read and store them off the GUI thread.
    QProgressDialog progress(tr("Importing exchange rates…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<RatesImportReport> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    connect(&watcher, &QFutureWatcherBase::progressValueChanged, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, &watcher, &QFutureWatcherBase::cancel);
    const QString databasePath = m_databasePath;
    watcher.setFuture(QtConcurrent::run([databasePath, filePath](QPromise<RatesImportReport> &promise) {
        promise.setProgressRange(0, 100);
        promise.addResult(ExchangeRateImporter::importFile(databasePath, filePath, [&promise](int percent) {
            promise.setProgressValue(percent);
            return !promise.isCanceled();
        }));
    }));
    loop.exec();
    progress.reset();
    if (watcher.future().resultCount() == 0)
        return;
    showImportResult(watcher.result());
}

void RatesView::updateFromEcb()
{
    if (m_databasePath.isEmpty() || m_downloader->isRunning())
        return;
    m_updateButton->setEnabled(false);
    Q_EMIT statusMessage(tr("Downloading today's rates from the European Central Bank…"));
    m_downloader->start(m_databasePath);
}

void RatesView::addRate()
{
    if (!m_db.isValid())
        return;
    RateEditDialog dialog(this);
    const ExchangeRate current = m_model->rateAt(m_table->currentIndex().row());
    if (!current.currency.isEmpty())
        dialog.setRate(ExchangeRate{current.currency, QDate::currentDate(), current.perEuro});
    if (dialog.exec() != QDialog::Accepted)
        return;
    WriteTransaction transaction(m_db);
    QString error = transaction.error();
    if (!transaction.isActive()
        || !ExchangeRateRepository(m_db).save({dialog.rate()}, QStringLiteral("manual"), &error)
        || !transaction.commit(&error)) {
        QMessageBox::warning(this, tr("Exchange rates"), error);
        return;
    }
    m_historyCurrency = dialog.rate().currency;
    reload();
}

void RatesView::showHistory(const QString &currency)
{
    m_historyCurrency = currency;
    auto *chart = new QChart;
    chart->legend()->hide();
    // Axis numbers in the UI language's digits and decimal sign, as the table shows the rates.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    if (!currency.isEmpty() && m_db.isValid()) {
        auto *series = new QLineSeries(chart);
        for (const ExchangeRate &rate : ExchangeRateRepository(m_db).history(currency))
            series->append(qreal(rate.date.startOfDay(Qt::UTC).toMSecsSinceEpoch()), rate.perEuro.approximate());
        chart->addSeries(series);
        auto *dates = new QDateTimeAxis(chart);
        dates->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
        chart->addAxis(dates, Qt::AlignBottom);
        series->attachAxis(dates);
        auto *values = new QValueAxis(chart);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(values);
        chart->setTitle(tr("%1 per 1 EUR").arg(currency));
    } else {
        chart->setTitle(tr("No exchange rates yet: update them from the ECB or import a file"));
    }
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    m_chartMargins = chart->margins();
    connect(chart, &QChart::plotAreaChanged, this, &RatesView::fitDateAxis);
    fitDateAxis();
}

void RatesView::fitDateAxis()
{
    // Dates such as "2025/10/1" (Chinese, Japanese) are wide. Qt Charts centres the first and the last on the plot's
    // edges, so half of each must fit beside the plot, and cuts every label short ("2025/10...") once the ticks are
    // closer together than a label is wide: make the margins and the number of ticks fit the dates.
    QChart *chart = m_chartView->chart();
    const QList<QAbstractAxis *> axes = chart ? chart->axes(Qt::Horizontal) : QList<QAbstractAxis *>();
    auto *dates = axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis *>(axes.constFirst());
    if (!dates || chart->plotArea().width() <= 0)
        return;
    const QLocale locale = chart->locale();
    QStringList labels{locale.toString(dates->min(), dates->format()), locale.toString(dates->max(), dates->format())};
    for (int month = 1; month <= 12; ++month)
        labels.append(locale.toString(QDate(dates->max().date().year(), month, 28), dates->format()));
    const QFontMetrics metrics(dates->labelsFont());
    constexpr int Edge = 8;     // between a label and the chart's edge
    constexpr int Spacing = 16; // between two labels (Qt Charts pads each by a few pixels)
    const int halfLabel = (TextFit::widest(metrics, {labels.constFirst()}) + 1) / 2;
    const int halfLast = (TextFit::widest(metrics, {labels.at(1)}) + 1) / 2;
    const int label = TextFit::widest(metrics, labels);

    const QRectF plot = chart->plotArea();
    const QMargins now = chart->margins();
    QMargins wanted = m_chartMargins;
    // The room left of the plot without the margin we added (the value axis's labels), then what the date needs.
    const int besideLeft = int(plot.left()) - now.left();
    wanted.setLeft(qMax(m_chartMargins.left(), halfLabel + Edge - besideLeft));
    const int besideRight = int(chart->size().width() - plot.right()) - now.right();
    wanted.setRight(qMax(m_chartMargins.right(), halfLast + Edge - besideRight));
    if (wanted != now) {
        chart->setMargins(wanted); // lays the chart out again, and calls back here
        return;
    }
    const int ticks = std::clamp(int(plot.width()) / (label + Spacing), 2, 5);
    if (dates->tickCount() != ticks)
        dates->setTickCount(ticks);
}

void RatesView::convert()
{
    if (!m_db.isValid())
        return;
    QString error;
    const auto amount = Money::fromDecimal(m_amount->text().trimmed(), m_from->currentCode(), &error);
    if (!amount) {
        m_result->setText(error);
        return;
    }
    const auto result = ExchangeRateRepository(m_db).convert(*amount, m_to->currentCode(), m_date->date(), &error);
    if (!result) {
        m_result->setText(error);
        return;
    }
    const QLocale locale;
    m_result->setText(tr("%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7)")
                          .arg(amount->format(locale), result->amount.format(locale),
                               locale.toString(result->rateDate, QLocale::LongFormat),
                               result->fromPerEuro.toString(locale), amount->currency(),
                               result->toPerEuro.toString(locale), result->amount.currency()));
}

void RatesView::retranslateUi()
{
    m_updateButton->setText(tr("&Update rates from the ECB"));
    m_importButton->setText(tr("&Import rates file…"));
    m_addButton->setText(tr("&Enter a rate…"));
    m_convertLabel->setText(tr("Convert:"));
    TextFit::fitDateEdit(m_date);
    m_model->retranslate();
    showHistory(m_historyCurrency);
    convert();
}

void RatesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
