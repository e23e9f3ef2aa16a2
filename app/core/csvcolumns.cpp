#include "csvcolumns.h"

CsvColumns::CsvColumns(const QStringList &header)
    : m_header(header)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString k = key(header.at(i));
        if (!m_index.contains(k))
            m_index.insert(k, i);
    }
}

QString CsvColumns::key(QStringView name)
{
    return name.trimmed().toString().toCaseFolded();
}

int CsvColumns::find(std::initializer_list<QStringView> names) const
{
    for (const QStringView name : names) {
        const auto it = m_index.constFind(key(name));
        if (it != m_index.constEnd())
            return it.value();
    }
    return -1;
}

QString CsvColumns::headerAt(int index) const
{
    return index >= 0 && index < m_header.size() ? m_header.at(index).trimmed() : QString();
}
