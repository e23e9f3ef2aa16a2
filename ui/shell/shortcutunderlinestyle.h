#pragma once

#include <QProxyStyle>

// The platform's style, except that keyboard shortcut letters are not underlined in right-to-left layouts.
// Qt draws the underline by splitting the caption at the shortcut letter, which breaks the joining of Arabic
// letters ("ت حرير" instead of "تحرير") and widens the text; Alt+letter still works without the underline.
class ShortcutUnderlineStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
};
