#include "cupsserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>
#include <QUrl>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        *error = u"cannot write "_s + path + u": "_s + file.errorString();
        return false;
    }
    return true;
}

// Filters run as "lp" when cupsd runs as root: they must reach the spool and the temp dir.
void setMode(const QString &path, unsigned mode)
{
#ifdef Q_OS_UNIX
    ::chmod(QFile::encodeName(path).constData(), mode);
#else
    Q_UNUSED(path);
    Q_UNUSED(mode);
#endif
}

// A unix socket path has room for about 100 bytes: a long TMPDIR gives way to /tmp.
QString socketFriendlyTempPath()
{
    const QString temp = QDir::tempPath();
    return temp.size() > 60 && QFileInfo(u"/tmp"_s).isDir() ? u"/tmp"_s : temp;
}

} // namespace

CupsServer::CupsServer()
    : m_dir(socketFriendlyTempPath() + u"/borderdesk-cups-XXXXXX"_s)
{
}

CupsServer::~CupsServer()
{
    stop();
}

QString CupsServer::socketPath() const
{
    return m_dir.filePath(u"cups.sock"_s);
}

QString CupsServer::findTool(const QString &name)
{
    const QString inSbin = QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s});
    return inSbin.isEmpty() ? QStandardPaths::findExecutable(name) : inSbin;
}

bool CupsServer::writeConfiguration(QString *error) const
{
    const QString root = m_dir.path();
    for (const QString &sub : {u"spool"_s, u"tmp"_s, u"cache"_s, u"state"_s, u"log"_s, u"out"_s}) {
        if (!QDir(root).mkpath(sub)) {
            *error = u"cannot create "_s + m_dir.filePath(sub);
            return false;
        }
    }
    setMode(root, 0755);
    setMode(m_dir.filePath(u"tmp"_s), 01777);
    setMode(m_dir.filePath(u"out"_s), 0755);

    // A unix socket only, no authentication or encryption, nothing shared or browsed; jobs leave no history.
    const QString cupsdConf = uR"(Listen %1
LogLevel debug
MaxLogSize 0
Browsing No
BrowseLocalProtocols none
DefaultShared No
DefaultAuthType None
DefaultEncryption Never
WebInterface No
ErrorPolicy abort-job
PreserveJobHistory No
PreserveJobFiles No
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
)"_s.arg(socketPath());
    // Every directory the scheduler writes to is ours; FileDevice lets queues print into files.
    const QString filesConf = uR"(ServerRoot %1
RequestRoot %1/spool
TempDir %1/tmp
CacheDir %1/cache
StateDir %1/state
ErrorLog %1/log/error_log
AccessLog %1/log/access_log
PageLog %1/log/page_log
FileDevice Yes
)"_s.arg(root);
    return writeFile(m_dir.filePath(u"cupsd.conf"_s), cupsdConf, error)
        && writeFile(m_dir.filePath(u"cups-files.conf"_s), filesConf, error);
}

bool CupsServer::runTool(const QString &tool, const QStringList &arguments, QString *output) const
{
    const QString program = findTool(tool);
    if (program.isEmpty()) {
        *output = tool + u" not found (install cups-client)"_s;
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, QStringList{u"-h"_s, socketPath()} + arguments);
    const bool finished = process.waitForFinished(20000);
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished) {
        process.kill();
        process.waitForFinished();
        *output = tool + u" did not finish: "_s + *output;
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool CupsServer::start(QString *error)
{
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        *error = u"cannot create a temporary directory: "_s + m_dir.errorString();
        return false;
    }
    if (socketPath().toLocal8Bit().size() > 100) {
        *error = u"socket path too long for a unix socket: "_s + socketPath();
        return false;
    }
    const QString cupsd = findTool(u"cupsd"_s);
    if (cupsd.isEmpty()) {
        *error = u"cupsd not found (install the cups package)"_s;
        return false;
    }
    if (!writeConfiguration(error))
        return false;

    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(cupsd,
                  {u"-f"_s, u"-c"_s, m_dir.filePath(u"cupsd.conf"_s), u"-s"_s, m_dir.filePath(u"cups-files.conf"_s)});
    if (!m_cupsd.waitForStarted(10000)) {
        *error = u"cannot run "_s + cupsd + u": "_s + m_cupsd.errorString();
        return false;
    }
    const QDeadlineTimer deadline(20000);
    QString answer;
    while (!deadline.hasExpired()) {
        if (m_cupsd.state() == QProcess::NotRunning || m_cupsd.waitForFinished(0)) {
            *error = u"cupsd exited with code "_s + QString::number(m_cupsd.exitCode()) + u": "_s
                + QString::fromLocal8Bit(m_cupsd.readAll()).trimmed() + u"\n"_s + logExcerpt();
            return false;
        }
        if (runTool(u"lpstat"_s, {u"-r"_s}, &answer) && answer.contains(u"scheduler is running"_s))
            return true;
        m_cupsd.waitForFinished(100); // a pause that notices if cupsd gives up
    }
    *error
        = u"cupsd did not answer on "_s + socketPath() + u" within 20 s (lpstat: "_s + answer + u")\n"_s + logExcerpt();
    stop();
    return false;
}

bool CupsServer::addFileQueue(const QString &name, QString *capturePath, QString *error)
{
    const QString capture = m_dir.filePath(u"out/"_s + name + u".out"_s);
    QFile::remove(capture);
    // CUPS 2.4 deprecates drivers but still takes them; a raw queue would write nothing into a file: device.
    QList<QStringList> drivers;
    const QString pdfPpd = u"/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd"_s;
    if (QFileInfo::exists(pdfPpd))
        drivers.append({u"-P"_s, pdfPpd});
    drivers.append({u"-m"_s, u"lsb/usr/cupsfilters/Generic-PDF_Printer-PDF.ppd"_s});
    drivers.append({u"-m"_s, u"drv:///sample.drv/generic.ppd"_s});
    QStringList failures;
    for (const QStringList &driver : std::as_const(drivers)) {
        QString output;
        const QStringList arguments
            = QStringList{u"-p"_s, name, u"-E"_s, u"-v"_s, QUrl::fromLocalFile(capture).toString()} + driver;
        if (runTool(u"lpadmin"_s, arguments, &output)) {
            QString listed;
            if (runTool(u"lpstat"_s, {u"-v"_s, name}, &listed)) {
                *capturePath = capture;
                return true;
            }
            failures.append(driver.join(u' ') + u": queue not listed: "_s + listed);
        } else {
            failures.append(driver.join(u' ') + u": "_s + output);
        }
    }
    *error = u"lpadmin could not add the queue "_s + name + u":\n"_s + failures.join(u'\n') + u"\n"_s + logExcerpt();
    return false;
}

int CupsServer::pendingJobs(const QString &queue) const
{
    QString output;
    if (!runTool(u"lpstat"_s, {u"-o"_s, queue}, &output))
        return -1;
    return int(output.split(u'\n', Qt::SkipEmptyParts).size());
}

QByteArray CupsServer::waitForOutput(const QString &queue, const QString &capturePath, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QFile file(capturePath);
        if (pendingJobs(queue) == 0 && file.open(QIODevice::ReadOnly)) {
            const QByteArray content = file.readAll();
            if (content.contains("%%EOF"))
                return content;
        }
        QThread::msleep(200);
    }
    return {};
}

QString CupsServer::pdfToolOutput(const QString &tool, const QByteArray &capture)
{
    const QString program = QStandardPaths::findExecutable(tool);
    const qsizetype start = capture.indexOf("%PDF-");
    // The generic PDF printer wraps its PDF in PJL: hand the tool the PDF alone.
    QTemporaryFile pdf;
    if (program.isEmpty() || start < 0 || !pdf.open())
        return {};
    pdf.write(capture.mid(start));
    pdf.close();
    QProcess process;
    process.start(program, tool == u"pdftotext"_s ? QStringList{pdf.fileName(), u"-"_s} : QStringList{pdf.fileName()});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void CupsServer::stop()
{
    if (m_cupsd.state() == QProcess::NotRunning)
        return;
    m_cupsd.terminate();
    if (!m_cupsd.waitForFinished(10000)) {
        m_cupsd.kill();
        m_cupsd.waitForFinished(5000);
    }
}

QString CupsServer::logExcerpt() const
{
    QFile log(m_dir.filePath(u"log/error_log"_s));
    if (!log.open(QIODevice::ReadOnly))
        return u"(no cupsd log)"_s;
    const QStringList lines = QString::fromLocal8Bit(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QStringList excerpt;
    for (const QString &line : lines) {
        if (line.startsWith(u"E ["_s) || line.startsWith(u"W ["_s))
            excerpt.append(line);
    }
    excerpt += lines.mid(std::max<qsizetype>(0, lines.size() - 15));
    return u"cupsd log:\n"_s + excerpt.mid(std::max<qsizetype>(0, excerpt.size() - 40)).join(u'\n');
}
