#include "directionalicon.h"

#include <QImage>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace DirectionalIcon {

bool isDirectional(const QString &name)
{
    return name == u"shipping" || name == u"rates" || name == u"prices";
}

QIcon forArea(const QString &name, Qt::LayoutDirection direction)
{
    const QIcon drawn(u":/borderdesk/icons/"_s + name + u".svg"_s);
    if (direction != Qt::RightToLeft || !isDirectional(name))
        return drawn;
    // Rendered at the sizes the navigation, toolbars and high-DPI screens ask for, each mirrored left to right.
    QIcon mirrored;
    for (const int size : {16, 24, 32, 48, 64, 96}) {
        const QImage image = drawn.pixmap(QSize(size, size)).toImage();
        mirrored.addPixmap(QPixmap::fromImage(image.mirrored(true, false)));
    }
    return mirrored;
}

} // namespace DirectionalIcon
