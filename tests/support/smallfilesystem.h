#pragma once

#include <QDir>
#include <QFile>
#include <QStorageInfo>
#include <QString>

#if defined(Q_OS_LINUX)
#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#endif

// A small tmpfs mounted on a folder for one test and unmounted when this goes, to run out of disk space on purpose.
// Needs CAP_SYS_ADMIN (root on Linux); elsewhere isMounted() is false and error() says why.
class SmallFilesystem
{
public:
    SmallFilesystem(const QString &path, qint64 bytes)
        : m_path(path)
    {
        QDir().mkpath(path);
#if defined(Q_OS_LINUX)
        const QByteArray options = "size=" + QByteArray::number(bytes);
        if (::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0, options.constData()) == 0)
            m_mounted = true;
        else
            m_error = QString::fromLocal8Bit(std::strerror(errno));
#else
        Q_UNUSED(bytes)
        m_error = QStringLiteral("mounting a tmpfs is Linux only");
#endif
    }
    ~SmallFilesystem()
    {
#if defined(Q_OS_LINUX)
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
#endif
    }
    Q_DISABLE_COPY_MOVE(SmallFilesystem)

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }
    QString filePath(const QString &name) const { return m_path + u'/' + name; }

    // Fills the filesystem with one file until at most `leaveBytes` are free.
    bool fill(qint64 leaveBytes) const
    {
        QFile filler(filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'x');
        while (freeBytes() > leaveBytes) {
            if (filler.write(block) != block.size())
                break; // already full
        }
        return true;
    }
    qint64 freeBytes() const
    {
        QStorageInfo info(m_path);
        info.refresh();
        return info.bytesAvailable();
    }
    // The names of the files in it, but the filler.
    QStringList files() const
    {
        QStringList names = QDir(m_path).entryList(QDir::Files | QDir::Hidden);
        names.removeAll(QStringLiteral("filler"));
        return names;
    }

private:
    QString m_path;
    QString m_error;
    bool m_mounted = false;
};
