#pragma once

// Finds text that does not fit its widget: a label narrower than its text, a button narrower than its caption, a
// group box title cut off, a navigation item elided, a table's column title elided, a date field too narrow for its
// date, a menu pushed behind the menu bar's "»". Used by the language tests to prove every translation fits.

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QtMath>

namespace FitCheck {

inline QString describe(const QWidget *widget, const QString &text)
{
    QString name = widget->objectName();
    if (name.isEmpty() && widget->parentWidget())
        name = QStringLiteral("in ") + QString::fromLatin1(widget->parentWidget()->metaObject()->className());
    return QStringLiteral("%1 %2 \"%3\"").arg(QString::fromLatin1(widget->metaObject()->className()), name, text);
}

inline int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

inline QString plainCaption(QString text)
{
    // "&Save" draws as "Save"; "&&" draws as "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QChar(1), u'&');
    return text;
}

// The room a horizontal header section gives its title: the style's label rectangle (the section less its margins
// and, on the section sorted by, the arrow beside the title), less an icon. The title is drawn clipped to it, without
// eliding (QHeaderView's default).
inline int headerTextRoom(const QHeaderView *header, int section)
{
    QStyleOptionHeader option;
    option.initFrom(header);
    option.state |= QStyle::State_Horizontal;
    option.orientation = Qt::Horizontal;
    option.section = section;
    option.rect = QRect(0, 0, header->sectionSize(section), header->height());
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
        option.sortIndicator = header->sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortDown
                                                                                  : QStyleOptionHeader::SortUp;
    const QStyle *style = header->style();
    int room = style->subElementRect(QStyle::SE_HeaderLabel, &option, header).width();
    if (!header->model()->headerData(section, Qt::Horizontal, Qt::DecorationRole).value<QIcon>().isNull())
        room -= style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, header) + 2;
    return room;
}

// The room a combo box gives its current text: the style's text field, less the pixel either side the label keeps.
// Combo boxes are not in problems(): many may shrink on purpose, their lists show the whole texts.
inline int comboTextRoom(const QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    option.subControls = QStyle::SC_All;
    int room = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo).width() - 2;
    if (!combo->itemIcon(combo->currentIndex()).isNull())
        room -= combo->iconSize().width() + 4;
    return room;
}

// The cells of these columns (in the rows the view has read, up to maxRows) whose text the item delegate elides:
// wider than the cell less the grid line and the margin the style keeps either side of the text.
inline QStringList cutCells(const QTableView *view, const QList<int> &columns, int maxRows = 300)
{
    QStringList found;
    const QAbstractItemModel *model = view->model();
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    for (int row = 0; row < std::min(model->rowCount(), maxRows); ++row) {
        for (int column : columns) {
            const QModelIndex index = model->index(row, column);
            const QString text = index.data().toString();
            const QVariant font = index.data(Qt::FontRole);
            const QFontMetrics metrics(font.canConvert<QFont>() ? font.value<QFont>() : view->font());
            const int room = view->columnWidth(column) - (view->showGrid() ? 1 : 0) - 2 * margin;
            const int needed = widestLine(metrics, text);
            if (needed > room)
                found.append(QStringLiteral("column %1 \"%2\" needs %3 px, has %4").arg(column).arg(text).arg(needed).arg(room));
        }
    }
    return found;
}

// Every problem under root (only widgets visible in root's window); empty when everything fits.
inline QStringList problems(QWidget *root)
{
    QStringList found;
    const auto all = root->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (!widget->isVisibleTo(root) || widget->window() != root->window() || widget->width() <= 1)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            const QString text = label->text();
            if (label->wordWrap() || text.isEmpty() || Qt::mightBeRichText(text) || !label->pixmap().isNull())
                continue;
            const int needed = widestLine(label->fontMetrics(), plainCaption(text));
            if (label->contentsRect().width() + 1 < needed)
                found.append(describe(label, text) + QStringLiteral(" needs %1 px, has %2").arg(needed).arg(label->contentsRect().width()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            const int needed = button->minimumSizeHint().width();
            if (button->width() + 1 < needed)
                found.append(describe(button, button->text()) + QStringLiteral(" needs %1 px, has %2").arg(needed).arg(button->width()));
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            if (box->title().isEmpty())
                continue;
            const int needed = box->fontMetrics().horizontalAdvance(plainCaption(box->title()));
            if (box->width() < needed)
                found.append(describe(box, box->title()) + QStringLiteral(" needs %1 px, has %2").arg(needed).arg(box->width()));
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            for (int section = 0; section < header->count(); ++section) {
                const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
                if (header->isSectionHidden(section) || header->sectionSize(section) <= 0 || title.isEmpty())
                    continue;
                const QVariant font = header->model()->headerData(section, Qt::Horizontal, Qt::FontRole);
                // Exact widths: the style clips the title to its label rectangle, and on a scaled screen a fraction
                // of a pixel shows.
                const QFontMetricsF metrics(font.canConvert<QFont>() ? font.value<QFont>() : header->font());
                int needed = 0;
                for (const QString &line : title.split(u'\n'))
                    needed = std::max(needed, qCeil(metrics.horizontalAdvance(line)));
                const int room = headerTextRoom(header, section);
                if (room < needed)
                    found.append(describe(header, title) + QStringLiteral(" column title needs %1 px, has %2").arg(needed).arg(room));
            }
        } else if (auto *date = qobject_cast<QDateTimeEdit *>(widget)) {
            // By QLineEdit's own measure: it keeps 2 px either side of its text and, once the text and the cursor are
            // wider than what is left, scrolls it as the cursor moves, cutting digits off.
            const auto *edit = date->findChild<QLineEdit *>();
            if (!edit)
                continue;
            const int needed = edit->fontMetrics().horizontalAdvance(edit->text()) + 1;
            const int room = edit->contentsRect().width() - 2 * 2;
            if (room < needed)
                found.append(describe(date, edit->text()) + QStringLiteral(" date needs %1 px, has %2").arg(needed).arg(room));
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int row = 0; row < list->count(); ++row) {
                const QListWidgetItem *item = list->item(row);
                const QRect rect = list->visualItemRect(item);
                const int icon = item->icon().isNull() ? 0 : list->iconSize().width() + 8;
                const int needed = list->fontMetrics().horizontalAdvance(item->text()) + icon;
                if (rect.width() < needed || rect.right() > list->viewport()->width() + 1)
                    found.append(describe(list, item->text()) + QStringLiteral(" item needs %1 px, has %2").arg(needed).arg(rect.width()));
            }
        }
    }
    // A tool bar too narrow for its buttons hides the last ones behind "»".
    for (QToolBar *bar : root->findChildren<QToolBar *>()) {
        if (!bar->isVisibleTo(root))
            continue;
        for (QAction *action : bar->actions()) {
            QWidget *button = bar->widgetForAction(action);
            if (action->isVisible() && !action->isSeparator() && button && !button->isVisibleTo(bar))
                found.append(QStringLiteral("tool bar %1: \"%2\" is hidden behind »").arg(bar->objectName(), action->text()));
        }
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        QMenuBar *bar = window->menuBar();
        for (QAction *action : bar->actions()) {
            if (action->isVisible() && bar->actionGeometry(action).isEmpty())
                found.append(QStringLiteral("menu \"%1\" does not fit the menu bar").arg(action->text()));
        }
    }
    return found;
}

} // namespace FitCheck
