#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Finds columns by header name (case and surrounding spaces ignored), so files with extra,
// missing or reordered columns still read correctly.
class CsvColumns
{
public:
    explicit CsvColumns(const QStringList &header);

    // Index of the first header matching any of the names, or -1.
    int find(std::initializer_list<QStringView> names) const;
    bool has(std::initializer_list<QStringView> names) const { return find(names) >= 0; }
    // The header as written in the file, for messages; empty for -1.
    QString headerAt(int index) const;
    int size() const { return int(m_header.size()); }

private:
    static QString key(QStringView name);

    QStringList m_header;
    QHash<QString, int> m_index;
};
