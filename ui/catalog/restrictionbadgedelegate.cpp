#include "restrictionbadgedelegate.h"

#include "market.h"
#include "producttablemodel.h"

#include <QApplication>
#include <QPainter>

namespace {

QColor badgeColour(MarketRestriction::Level level)
{
    switch (level) {
    case MarketRestriction::Level::Prohibited:
        return QColor(0xb0, 0x00, 0x20);
    case MarketRestriction::Level::Restricted:
        return QColor(0xb4, 0x6a, 0x00);
    case MarketRestriction::Level::Licence:
        return QColor(0x1f, 0x5f, 0x8b);
    }
    return QColor(0x60, 0x60, 0x60);
}

} // namespace

void RestrictionBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QVariantList badges = index.data(ProductTableModel::BadgesRole).toList();
    if (badges.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    const int top = option.rect.center().y() - height / 2;
    const bool rtl = option.direction == Qt::RightToLeft;
    int x = rtl ? option.rect.right() - 4 : option.rect.left() + 4;
    for (const QVariant &value : badges) {
        const QVariantMap badge = value.toMap();
        const QString text = badge.value(QStringLiteral("market")).toString();
        const int width = metrics.horizontalAdvance(text) + 10;
        const QRect chip(rtl ? x - width : x, top, width, height);
        if (rtl ? chip.left() < option.rect.left() : chip.right() > option.rect.right())
            break;
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColour(static_cast<MarketRestriction::Level>(badge.value(QStringLiteral("level")).toInt())));
        painter->drawRoundedRect(chip, 4, 4);
        painter->setPen(Qt::white);
        painter->drawText(chip, Qt::AlignCenter, text);
        x += rtl ? -(width + 4) : width + 4;
    }
    painter->restore();
}

QSize RestrictionBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int badges = int(index.data(ProductTableModel::BadgesRole).toList().size());
    size.setWidth(qMax(size.width(), badges * option.fontMetrics.horizontalAdvance(QStringLiteral("MMMM"))));
    return size;
}
