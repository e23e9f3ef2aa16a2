#pragma once

#include <QIcon>
#include <QString>

// Borderdesk's icons (:/borderdesk/icons/NAME.svg) for a layout direction. Icons that show movement or reading
// order (the delivery truck, a rising rate, a price tag's point) are drawn for left-to-right; in a right-to-left
// layout (Arabic) they are mirrored, as operators who read from the right expect. Other icons stay as drawn.
namespace DirectionalIcon {

// True for the icons that turn round in right-to-left layouts.
bool isDirectional(const QString &name);
QIcon forArea(const QString &name, Qt::LayoutDirection direction);

} // namespace DirectionalIcon
