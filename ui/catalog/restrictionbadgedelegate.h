#pragma once

#include <QStyledItemDelegate>

// Draws a product's market restrictions as small coloured badges ("JP", "US"): red for prohibited, amber for
// restricted, blue for licence needed. The tooltip holds the rules in words.
class RestrictionBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestrictionBadgeDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
