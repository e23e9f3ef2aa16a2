#include "translations.h"

#include <QFile>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Translations {

namespace {
QString qmPath(const QString &code)
{
    return u":/i18n/borderdesk_"_s + code + u".qm"_s;
}
} // namespace

bool load(QTranslator &borderdesk, QTranslator &qt, const QString &code)
{
    if (!QFile::exists(qmPath(code)) || !borderdesk.load(qmPath(code)))
        return false;
    // Qt's own dialogs and buttons (QFileDialog, QDialogButtonBox…); missing ones are not an error.
    (void)qt.load(QLocale(code), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return true;
}

QString systemLanguage()
{
    const QString code = QLocale::system().name().section(u'_', 0, 0);
    return QFile::exists(qmPath(code)) ? code : u"en"_s;
}

} // namespace Translations
