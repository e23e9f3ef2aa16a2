#pragma once

class QAbstractItemView;

namespace TableSelection {

// Makes row the current, selected row of the view, as clicking it does. QTableView::selectRow() finds the first
// column by position; right to left before the first layout (Arabic, a view not shown yet) it finds none and selects
// nothing, so the current row and everything that follows it (the rate chart, the market editor) stayed empty.
void selectRow(QAbstractItemView *view, int row);

} // namespace TableSelection
