#include "tableselection.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace TableSelection {

void selectRow(QAbstractItemView *view, int row)
{
    QAbstractItemModel *model = view->model();
    if (!model || row < 0 || row >= model->rowCount(view->rootIndex()))
        return;
    const QModelIndex index = model->index(row, 0, view->rootIndex());
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

} // namespace TableSelection
