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

QString matching(const QString &language)
{
    // "pt-BR" → "pt_BR", then "pt"; "de-AT" → "de"; every Chinese ("zh", "zh-Hans", "zh-TW") → "zh_CN", the one
    // Chinese we have, which reads better to any Chinese reader than English does.
    const QString code = language.trimmed().replace(u'-', u'_');
    const QString primary = code.section(u'_', 0, 0).toLower();
    for (const QString &candidate : {code, primary, primary == u"zh"_s ? u"zh_CN"_s : QString()}) {
        if (!candidate.isEmpty() && QFile::exists(qmPath(candidate)))
            return candidate;
    }
    return QString();
}

QString systemLanguage()
{
    const QString code = matching(QLocale::system().name());
    return code.isEmpty() ? u"en"_s : code;
}

} // namespace Translations
