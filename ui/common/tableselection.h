#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>

// Makes a table's row current and selected. QTableView::selectRow() picks the column under the view's leading
// edge, which in a right-to-left layout can lie past the last column of a view not laid out yet: the row is then
// silently not selected (the exchange-rate chart stayed empty in Arabic).
namespace TableSelection {

inline void selectRow(QAbstractItemView *view, int row)
{
    if (!view->model() || row < 0 || row >= view->model()->rowCount())
        return;
    const QModelIndex index = view->model()->index(row, 0);
    view->selectionModel()->setCurrentIndex(index,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace TableSelection
