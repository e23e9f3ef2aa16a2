#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A private CUPS scheduler for tests: its own configuration, spool, logs and unix socket in a temporary
// directory, and queues whose device is a file, so what the print system sends can be read back. The client
// side (libcups, Qt's print plugin) finds it through CUPS_SERVER=socketPath(), which must be set before the
// process first uses the print system (before QApplication). Works as root (CI) and as a normal user. Stops
// cupsd when destroyed.
class CupsServer
{
public:
    CupsServer();
    ~CupsServer();
    CupsServer(const CupsServer &) = delete;
    CupsServer &operator=(const CupsServer &) = delete;

    QString socketPath() const;
    bool isRunning() const { return m_cupsd.state() != QProcess::NotRunning; }

    // Starts cupsd and waits (at most 20 s) until it answers. False with the reason otherwise.
    bool start(QString *error);
    // Adds an enabled queue `name` that prints into a file (returned in capturePath), with the first driver
    // CUPS accepts: the generic PDF printer of cups-filters, else the generic PostScript printer of CUPS.
    bool addFileQueue(const QString &name, QString *capturePath, QString *error);
    // Jobs of `queue` not yet completed (lpstat -o); -1 when lpstat fails.
    int pendingJobs(const QString &queue) const;
    // Waits (bounded) until `queue` has no jobs left and its capture file holds a whole PDF or PostScript
    // document; returns the file's content, or nothing on timeout.
    QByteArray waitForOutput(const QString &queue, const QString &capturePath, int timeoutMs = 30000) const;
    // Runs a poppler tool ("pdftotext", "pdfinfo") on the PDF inside a capture; empty when the tool is
    // missing or the capture holds no PDF.
    static QString pdfToolOutput(const QString &tool, const QByteArray &capture);
    void stop();

    // The scheduler's warnings and errors, and the last lines of its log: for failure messages.
    QString logExcerpt() const;

private:
    bool writeConfiguration(QString *error) const;
    bool runTool(const QString &tool, const QStringList &arguments, QString *output) const;
    static QString findTool(const QString &name);

    QTemporaryDir m_dir;
    QProcess m_cupsd;
};
