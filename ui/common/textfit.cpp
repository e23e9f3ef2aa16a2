#include "textfit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionHeader>
#include <QStyleOptionSpinBox>
#include <QTableView>
#include <QtMath>

namespace TextFit {

int widest(const QFontMetrics &metrics, const QStringList &texts)
{
    int result = 0;
    for (const QString &text : texts) {
        for (const QStringView line : QStringView(text).split(u'\n'))
            result = qMax(result, metrics.horizontalAdvance(line.toString()));
    }
    return result;
}

int headerSectionWidth(const QHeaderView *header, int section)
{
    // The style draws the title in its label rectangle: the section less its margins and, on the section sorted by,
    // the arrow beside the title. A few pixels more keep the title off the section's edge.
    const QString title = header->model() ? header->model()->headerData(section, Qt::Horizontal).toString() : QString();
    QStyleOptionHeader option;
    option.initFrom(header);
    option.state |= QStyle::State_Horizontal;
    option.orientation = Qt::Horizontal;
    option.section = section;
    option.text = title;
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
        option.sortIndicator = QStyleOptionHeader::SortDown;
    constexpr int Probe = 1000;
    option.rect = QRect(0, 0, Probe, header->sizeHint().height());
    const QRect label = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
    // Exact widths: the title is clipped to the label rectangle, and on a scaled screen a fraction of a pixel shows.
    const QFontMetricsF metrics(header->font());
    qreal text = 0;
    for (const QStringView line : QStringView(title).split(u'\n'))
        text = qMax(text, metrics.horizontalAdvance(line.toString()));
    return qCeil(text) + (Probe - label.width()) + 6;
}

void keepSortedTitleWhole(QHeaderView *header)
{
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, [header](int section) {
        if (section >= 0 && header->sectionResizeMode(section) == QHeaderView::Interactive)
            header->resizeSection(section, qMax(header->sectionSize(section), headerSectionWidth(header, section)));
    });
}

int cellWidth(const QTableView *view, int textWidth)
{
    // The item delegate keeps a margin either side of the text; a little more keeps neighbours apart.
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return textWidth + 2 * margin + (view->showGrid() ? 1 : 0) + 4;
}

int fitColumn(QTableView *view, int column, const QStringList &cells, int maxCellText)
{
    QHeaderView *header = view->horizontalHeader();
    int text = widest(view->fontMetrics(), cells);
    if (maxCellText > 0)
        text = qMin(text, maxCellText);
    const int width = qMax(headerSectionWidth(header, column), cellWidth(view, text));
    header->resizeSection(column, width);
    return width;
}

int dateEditWidth(const QDateEdit *edit)
{
    const QLocale locale = edit->locale();
    const QString format = edit->displayFormat();
    // Every month (in case the format names them) and every weekday (late December has all seven).
    QStringList dates;
    for (int month = 1; month <= 12; ++month)
        dates.append(locale.toString(QDate(2026, month, 28), format));
    for (int day = 21; day < 28; ++day)
        dates.append(locale.toString(QDate(2026, 12, day), format));
    const QFontMetrics metrics = edit->fontMetrics();
    // The line edit inside keeps 2 px either side, and room for the cursor after the last digit.
    const int text = widest(metrics, dates) + metrics.horizontalAdvance(u' ') + 2 * 2 + 2;
    const int height = edit->sizeHint().height();
    const QStyle *style = edit->style();
    if (edit->calendarPopup()) {
        // Drawn, and its text field laid out, as an editable combo box.
        QStyleOptionComboBox option;
        option.initFrom(edit);
        option.editable = true;
        option.frame = edit->hasFrame();
        return style->sizeFromContents(QStyle::CT_ComboBox, &option, QSize(text, height), edit).width();
    }
    QStyleOptionSpinBox option;
    option.initFrom(edit);
    option.frame = edit->hasFrame();
    option.buttonSymbols = edit->buttonSymbols();
    option.subControls = QStyle::SC_SpinBoxFrame | QStyle::SC_SpinBoxEditField;
    if (edit->buttonSymbols() != QAbstractSpinBox::NoButtons)
        option.subControls |= QStyle::SC_SpinBoxUp | QStyle::SC_SpinBoxDown;
    return style->sizeFromContents(QStyle::CT_SpinBox, &option, QSize(text, height), edit).width();
}

void fitDateEdit(QDateEdit *edit)
{
    const QLocale locale;
    edit->setLocale(locale);
    edit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    edit->setMinimumWidth(dateEditWidth(edit));
}

int comboWidthFor(const QComboBox *combo, int textWidth)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    option.iconSize = combo->iconSize();
    const QSize contents(textWidth, combo->fontMetrics().height());
    return combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, combo).width();
}

} // namespace TextFit
