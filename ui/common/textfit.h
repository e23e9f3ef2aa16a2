#pragma once

#include <QFontMetrics>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QHeaderView;
class QTableView;

// Widths measured from the texts a widget shows in the current language and font, so that columns, date fields and
// combo boxes fit what they show in every language (never from English samples). Call again on LanguageChange.
namespace TextFit {

// The widest of these texts, line by line (0 for none).
int widest(const QFontMetrics &metrics, const QStringList &texts);

// The width a horizontal header section needs to show its title whole, with room for the sort arrow when the
// header shows it on this section.
int headerSectionWidth(const QHeaderView *header, int section);
// Widens the section the operator sorts by when its title no longer fits beside the sort arrow.
void keepSortedTitleWhole(QHeaderView *header);

// The width a column needs to show a cell text this wide whole (the item's margins and the grid line).
int cellWidth(const QTableView *view, int textWidth);

// Sizes a column for its title and for the widest of these cell texts; cells wider than maxCellText (in pixels, 0 for
// no limit) elide instead of widening the column further. Returns the width set.
int fitColumn(QTableView *view, int column, const QStringList &cells, int maxCellText = 0);

// A date field in the UI language's short date format (QLocale::setDefault does not reach widgets that exist
// already) and wide enough for the widest date in that format: "2026/12/28" in Japanese and Chinese.
void fitDateEdit(QDateEdit *edit);
// The width the date field needs for the widest date in its display format, with its frame and arrow or buttons.
int dateEditWidth(const QDateEdit *edit);

// The width a combo box needs to show this text whole (frame, arrow and icon included).
int comboWidthFor(const QComboBox *combo, int textWidth);

} // namespace TextFit
