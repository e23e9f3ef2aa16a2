#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Turns the bytes of an imported text file into text: UTF-8 (with or without BOM) or UTF-16 with a BOM.
// Anything else (Latin-1, binary) is refused with a message naming the first bad line.
class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    struct Failure
    {
        qint64 line = 0;
        QString message;
    };

    static std::optional<QString> decode(const QByteArray &bytes, Failure *failure = nullptr);
};
