// ReportsView's exports: the charts as PNG, SVG or PDF, the table as CSV or XLSX, and printing both. Each file is
// written next to its target and renamed over it, so a failed export leaves an older file as it was.
#include "reportsview.h"

#include "printsettings.h"
#include "reportcontrols.h"
#include "reporttablemodel.h"
#include "tableexport.h"
#include "writeerror.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSvgGenerator>
#include <QTableView>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace {

// Charts are drawn at twice their size on screen, sharp enough for a slide or a print.
constexpr qreal ImageScale = 2.0;

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

QImage ReportsView::chartImage(qreal scale) const
{
    // A view never shown has no layout yet; give the charts a believable size to draw at.
    if (!m_chartArea->isVisible() && m_chartArea->width() < 400) {
        m_chartArea->resize(960, 480);
        m_chartArea->layout()->activate();
    }
    QImage image(m_chartArea->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_chartArea->render(&painter);
    painter.end();
    return image;
}

bool ReportsView::exportChart(const QString &path, QString *error)
{
    const QString suffix = suffixOf(path);
    if (suffix != u"png"_s && suffix != u"svg"_s && suffix != u"pdf"_s) {
        *error = tr("Choose a file ending in .png, .svg or .pdf.");
        return false;
    }
    const QImage image = chartImage(ImageScale); // also lays out a view never shown
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QSize size = m_chartArea->size();
    if (suffix == u"png"_s) {
        if (!image.save(&file, "PNG")) {
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
    } else if (suffix == u"svg"_s) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(chartTitle());
        svg.setDescription(tr("Made with Borderdesk"));
        QPainter painter(&svg);
        m_chartArea->render(&painter);
    } else {
        QPdfWriter pdf(&file);
        pdf.setTitle(chartTitle());
        pdf.setCreator(u"Borderdesk"_s);
        QPageSize page = m_printSettings ? m_printSettings->defaultPageSize(DocumentType::CommercialInvoice)
                                         : QPageSize(PrintSettings::usesLetterPaper(QLocale()) ? QPageSize::Letter
                                                                                               : QPageSize::A4);
        pdf.setPageLayout(QPageLayout(page, QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        pdf.setResolution(300);
        QPainter painter(&pdf);
        // Vector drawing of the charts, scaled to the page width (or height), keeping their proportions.
        const QRect area = painter.viewport();
        const qreal scale = std::min(qreal(area.width()) / size.width(), qreal(area.height()) / size.height());
        painter.scale(scale, scale);
        m_chartArea->render(&painter);
    }
    QString problem;
    if (!WriteError::commit(file, &problem)) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), problem);
        return false;
    }
    Q_EMIT statusMessage(tr("Chart saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString ReportsView::sheetName() const
{
    // Workbook sheet names: at most 31 characters, none of : \ / ? * [ ]
    QString name = ReportControls::kindName(m_data.request.kind);
    for (const QChar c : u":\\/?*[]"_s)
        name.replace(c, u' ');
    return name.left(31).trimmed();
}

bool ReportsView::exportData(const QString &path, QString *error)
{
    if (m_busy || !m_data.error.isEmpty()) {
        *error = tr("Wait for the report to be read.");
        return false;
    }
    TableExport::Table table;
    if (m_data.sales) {
        // The same columns as `borderdesk-cli report`: key, name, then numbers.
        table.header = m_data.sales->header();
        table.rows = m_data.sales->cells();
        for (int column = 2; column < table.header.size(); ++column)
            table.numberColumns.insert(column);
    } else {
        table = m_model->exportTable(sheetName());
    }
    table.sheetName = sheetName();
    if (!TableExport::write(path, table, error))
        return false;
    Q_EMIT statusMessage(tr("%Ln row(s) saved to %1.", nullptr, static_cast<int>(table.rows.size()))
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportsView::exportChartWithDialog()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), sheetName() + u".png"_s,
        tr("PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChart(path, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

void ReportsView::exportDataWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export data"), sheetName() + u".xlsx"_s,
                                                      tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportData(path, &error))
        QMessageBox::warning(this, tr("Export data"), error);
}

std::unique_ptr<QTextDocument> ReportsView::printableDocument(const QSizeF &pageSize) const
{
    auto document = std::make_unique<QTextDocument>();
    document->setPageSize(pageSize);
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(layoutDirection());
    document->setDefaultTextOption(option);
    QTextCursor cursor(document.get());
    QTextBlockFormat block;
    block.setLayoutDirection(layoutDirection());
    cursor.setBlockFormat(block);
    QTextCharFormat heading;
    heading.setFontPointSize(14);
    heading.setFontWeight(QFont::Bold);
    cursor.insertText(ReportControls::kindName(m_data.request.kind), heading);
    cursor.insertBlock(block);
    cursor.insertText(periodText(), QTextCharFormat());
    cursor.insertBlock(block);

    const qreal width = document->pageSize().width() - 2 * document->documentMargin();
    const QImage image = chartImage(ImageScale);
    document->addResource(QTextDocument::ImageResource, QUrl(u"borderdesk-chart"_s), image);
    QTextImageFormat picture;
    picture.setName(u"borderdesk-chart"_s);
    const QSizeF logical = image.deviceIndependentSize();
    picture.setWidth(width);
    picture.setHeight(width * logical.height() / std::max<qreal>(1, logical.width()));
    cursor.insertImage(picture);
    cursor.insertBlock(block);

    // The table as sorted on screen.
    const QAbstractItemModel *model = m_table->model();
    const int columns = model->columnCount();
    if (columns > 0) {
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorder(0.5);
        format.setBorderCollapse(true);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable *table = cursor.insertTable(model->rowCount() + 1, columns, format);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        for (int column = 0; column < columns; ++column) {
            const Qt::Alignment alignment =
                Qt::Alignment(model->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole).toInt());
            for (int row = -1; row < model->rowCount(); ++row) {
                QTextCursor cell = table->cellAt(row + 1, column).firstCursorPosition();
                QTextBlockFormat cellBlock;
                cellBlock.setAlignment(alignment & Qt::AlignHorizontal_Mask);
                cell.setBlockFormat(cellBlock);
                if (row < 0)
                    cell.insertText(model->headerData(column, Qt::Horizontal).toString(), bold);
                else
                    cell.insertText(model->index(row, column).data().toString());
            }
        }
        cursor.movePosition(QTextCursor::End);
    }
    cursor.insertBlock(block);
    cursor.insertText(m_total->text());
    return document;
}

void ReportsView::print(QPrinter *printer)
{
    // Laid out at the paper's width in points; QTextDocument::print() scales that to the printer.
    const QRectF paper = printer->pageLayout().paintRect(QPageLayout::Point);
    printableDocument(paper.size())->print(printer);
}

void ReportsView::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    if (m_printSettings) {
        // Reports go to the office printer and paper, like invoices.
        const QString name = m_printSettings->effectivePrinterName(DocumentType::CommercialInvoice);
        if (!name.isEmpty())
            printer.setPrinterName(name);
        printer.setPageSize(m_printSettings->pageSize(DocumentType::CommercialInvoice));
    }
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(chartTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(u"reportPrintDialog"_s);
    dialog.setWindowTitle(tr("Print report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    print(&printer);
    Q_EMIT statusMessage(tr("Report sent to %1.").arg(printer.printerName()));
}
