#pragma once

// Finds text that does not fit its widget: a label narrower than its text, a button narrower than its caption, a
// group box title cut off, a navigation item elided, a menu pushed behind the menu bar's "»". Used by the language
// tests to prove every translation fits.

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QTextDocument>
#include <QToolBar>

namespace FitCheck {

inline QString describe(const QWidget *widget, const QString &text)
{
    QString name = widget->objectName();
    if (name.isEmpty() && widget->parentWidget())
        name = QStringLiteral("in ") + QString::fromLatin1(widget->parentWidget()->metaObject()->className());
    return QStringLiteral("%1 %2 \"%3\"").arg(QString::fromLatin1(widget->metaObject()->className()), name, text);
}

inline int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

inline QString plainCaption(QString text)
{
    // "&Save" draws as "Save"; "&&" draws as "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QChar(1), u'&');
    return text;
}

// Every problem under root (only widgets visible in root's window); empty when everything fits.
inline QStringList problems(QWidget *root)
{
    QStringList found;
    const auto all = root->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (!widget->isVisibleTo(root) || widget->window() != root->window() || widget->width() <= 1)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            const QString text = label->text();
            if (label->wordWrap() || text.isEmpty() || Qt::mightBeRichText(text) || !label->pixmap().isNull())
                continue;
            const int needed = widestLine(label->fontMetrics(), plainCaption(text));
            if (label->contentsRect().width() + 1 < needed)
                found.append(describe(label, text) + QStringLiteral(" needs %1 px, has %2").arg(needed).arg(label->contentsRect().width()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            const int needed = button->minimumSizeHint().width();
            if (button->width() + 1 < needed)
                found.append(describe(button, button->text()) + QStringLiteral(" needs %1 px, has %2").arg(needed).arg(button->width()));
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            if (box->title().isEmpty())
                continue;
            const int needed = box->fontMetrics().horizontalAdvance(plainCaption(box->title()));
            if (box->width() < needed)
                found.append(describe(box, box->title()) + QStringLiteral(" needs %1 px, has %2").arg(needed).arg(box->width()));
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int row = 0; row < list->count(); ++row) {
                const QListWidgetItem *item = list->item(row);
                const QRect rect = list->visualItemRect(item);
                const int icon = item->icon().isNull() ? 0 : list->iconSize().width() + 8;
                const int needed = list->fontMetrics().horizontalAdvance(item->text()) + icon;
                if (rect.width() < needed || rect.right() > list->viewport()->width() + 1)
                    found.append(describe(list, item->text()) + QStringLiteral(" item needs %1 px, has %2").arg(needed).arg(rect.width()));
            }
        }
    }
    // A tool bar too narrow for its buttons hides the last ones behind "»".
    for (QToolBar *bar : root->findChildren<QToolBar *>()) {
        if (!bar->isVisibleTo(root))
            continue;
        for (QAction *action : bar->actions()) {
            QWidget *button = bar->widgetForAction(action);
            if (action->isVisible() && !action->isSeparator() && button && !button->isVisibleTo(bar))
                found.append(QStringLiteral("tool bar %1: \"%2\" is hidden behind »").arg(bar->objectName(), action->text()));
        }
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        QMenuBar *bar = window->menuBar();
        for (QAction *action : bar->actions()) {
            if (action->isVisible() && bar->actionGeometry(action).isEmpty())
                found.append(QStringLiteral("menu \"%1\" does not fit the menu bar").arg(action->text()));
        }
    }
    return found;
}

} // namespace FitCheck
