#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// borderdesk-cli: what the GUI does, for scripts and tests. Exit codes: 0 done, 1 bad input or refused, 2 usage.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode { Done = 0, BadInput = 1, Usage = 2 };

    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int usage(const QString &problem = QString());
    QString usageText() const;

    QTextStream &m_out;
    QTextStream &m_err;
};
