#include "guiapplication.h"

#include "connection.h"
#include "databasebackup.h"
#include "dialoggallery.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "recoverydialog.h"
#include "shortcutunderlinestyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QThread>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0)
            return true;
    }
    return false;
}

// busy: true while a view still reads its figures in the background; the shot waits for it (at most a minute).
int takeScreenshot(QWidget &window, const QString &file, const std::function<bool()> &busy = {})
{
    window.show();
    QCoreApplication::processEvents();
    QElapsedTimer waited;
    waited.start();
    while (busy && busy() && waited.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    QCoreApplication::processEvents();
    window.repaint();
    if (!window.grab().save(file)) {
        qCritical("cannot write the screenshot to %s", qPrintable(file));
        return 1;
    }
    return 0;
}

// The command line's own texts (--help), under the "GuiApplication" context.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(GuiApplication)
};

} // namespace

int GuiApplication::run(int argc, char *argv[])
{
    // A screenshot needs no screen: render offscreen unless the caller chose a platform.
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Borderdesk"_s);
    QCoreApplication::setApplicationName(u"Borderdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BORDERDESK_VERSION));
    QApplication::setWindowIcon(QIcon(u":/borderdesk/icons/borderdesk.svg"_s));
    QApplication::setStyle(new ShortcutUnderlineStyle); // the application owns it

    // The operator's language first, so that --help speaks it too.
    LanguageManager languages;
    languages.switchTo(languages.preferred(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(Texts::tr("Borderdesk: the back office for small sellers who sell abroad."));
    parser.addHelpOption();
    parser.addVersionOption();
    QStringList codes;
    for (const LanguageManager::Language &language : LanguageManager::available())
        codes.append(language.code);
    const QCommandLineOption dbOption(u"db"_s, Texts::tr("Open the database at PATH."), Texts::tr("PATH"));
    const QCommandLineOption langOption(
        u"lang"_s, Texts::tr("Interface language for this run (%1).").arg(codes.join(u", "_s)), Texts::tr("LANG"));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, Texts::tr("Render the window to FILE (PNG) and exit."), Texts::tr("FILE"));
    const QCommandLineOption viewOption(
        u"view"_s,
        Texts::tr("The view to show first: dashboard, catalogue, orders, shipping, reports, rates, markets, "
                  "prices, packstation, or dialog/NAME for one of the dialogs (%1).")
            .arg(DialogGallery::names().join(u", "_s)),
        Texts::tr("NAME"));
    parser.addOptions({dbOption, langOption, screenshotOption, viewOption});
    parser.process(app);

    if (parser.isSet(langOption) && !languages.switchTo(parser.value(langOption), false)) {
        qCritical("unknown language %s", qPrintable(parser.value(langOption)));
        return 2;
    }

    const bool screenshot = parser.isSet(screenshotOption);
    MainWindow window(languages);
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Connection::defaultPath();
    QString error;
    // A file SQLite cannot read at all is named before anything else, with backups to restore. The full quick_check
    // reads the whole file, so the main window runs it in the background once it has painted (openDatabase).
    QString problem;
    bool inaccessible = false;
    if (!DatabaseBackup::isReadable(path, &problem, &inaccessible)) {
        if (screenshot) {
            qCritical("%s", qPrintable(problem));
            return 1;
        }
        if (inaccessible) { // a full disk or no permission: restoring a backup would not help
            QMessageBox::critical(nullptr, QObject::tr("Borderdesk"), problem);
            return 1;
        }
        RecoveryDialog recovery(path, problem);
        if (recovery.exec() != QDialog::Accepted)
            return 1;
    }
    if (!window.openDatabase(path, &error, !screenshot)) {
        if (screenshot) {
            qCritical("%s", qPrintable(error));
            return 1;
        }
        QMessageBox::critical(nullptr, QObject::tr("Borderdesk"), error);
        return 1;
    }
    // The pack station is a window of its own: --view packstation shoots it instead of the main window.
    if (parser.isSet(viewOption) && parser.value(viewOption) == u"packstation") {
        QWidget *station = window.openPackStation(!screenshot);
        if (screenshot)
            return station ? takeScreenshot(*station, parser.value(screenshotOption)) : 1;
        return QApplication::exec();
    }
    // --view dialog/NAME opens one dialog on the shop's first order or product (see DialogGallery).
    if (parser.isSet(viewOption) && parser.value(viewOption).startsWith(u"dialog/"_s)) {
        const QString name = parser.value(viewOption).mid(7);
        const std::unique_ptr<QDialog> dialog = window.createDialog(name);
        if (!dialog) {
            qCritical("no dialog %s; there are: %s", qPrintable(name),
                      qPrintable(DialogGallery::names().join(u", "_s)));
            return 2;
        }
        if (screenshot)
            return takeScreenshot(*dialog, parser.value(screenshotOption));
        window.show();
        return dialog->exec() == QDialog::Accepted ? 0 : 1;
    }
    if (parser.isSet(viewOption) && !window.showView(parser.value(viewOption))) {
        qCritical("unknown view %s", qPrintable(parser.value(viewOption)));
        return 2;
    }
    if (screenshot)
        return takeScreenshot(window, parser.value(screenshotOption), [&window] { return window.isBusy(); });
    window.show();
    return QApplication::exec();
}
