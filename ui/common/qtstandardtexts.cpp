// Texts that Qt itself shows (standard dialog buttons, undo/redo actions), listed so lupdate puts them in our .ts files.
// Qt ships no translation of its own for some of our languages (Thai among them); our translator, installed
// after Qt's, then supplies them under Qt's own contexts.

#include <QtGlobal>

namespace {

[[maybe_unused]] const char *const StandardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
};

// QUndoStack's undo/redo actions ("Undo Edit MUG-01").
[[maybe_unused]] const char *const UndoTexts[][2] = {
    QT_TRANSLATE_NOOP3("QUndoStack", "Undo %1", ""),
    QT_TRANSLATE_NOOP3("QUndoStack", "Undo", "Default text for undo action"),
    QT_TRANSLATE_NOOP3("QUndoStack", "Redo %1", ""),
    QT_TRANSLATE_NOOP3("QUndoStack", "Redo", "Default text for redo action"),
};

} // namespace
