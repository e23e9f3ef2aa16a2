#pragma once

#include <QString>

// A file path (or any left-to-right token) set into translated text: isolated, so that in Arabic "/tmp/shop.sqlite"
// keeps its slash in front instead of it moving to the end with the sentence around it.
inline QString leftToRightIsolate(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069); // LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE
}
