#include "shortcutunderlinestyle.h"

#include <QGuiApplication>
#include <QWidget>

int ShortcutUnderlineStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                                      QStyleHintReturn *returnData) const
{
    if (hint == SH_UnderlineShortcut) {
        const Qt::LayoutDirection direction =
            widget ? widget->layoutDirection() : QGuiApplication::layoutDirection();
        if (direction == Qt::RightToLeft)
            return 0;
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}
