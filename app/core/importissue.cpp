#include "importissue.h"

QString ImportIssue::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line);
    text += u": ";
    if (!column.isEmpty())
        text += column + u": ";
    return text + message;
}
