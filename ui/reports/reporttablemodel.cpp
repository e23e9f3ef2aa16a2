#include "reporttablemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

const QString Unknown = u"—"_s;

} // namespace

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setTable(const QList<Column> &columns, const QList<QList<Value>> &rows)
{
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    endResetModel();
}

void ReportTableModel::clear()
{
    setTable({}, {});
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Value &value = m_rows.at(index.row()).value(index.column());
    const Type type = m_columns.at(index.column()).type;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(value, type);
    case Qt::TextAlignmentRole:
        return type == Type::Text ? QVariant(Qt::AlignLeading | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    case RawValueRole:
        if (const auto *text = std::get_if<QString>(&value)) {
            if (type == Type::Percent)
                return text->isEmpty() ? QVariant() : QVariant(text->toDouble());
            return *text;
        }
        if (const auto *count = std::get_if<qint64>(&value))
            return *count;
        if (const auto *money = std::get_if<Money>(&value))
            return money->minorUnits();
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return tr(m_columns.at(section).title);
    if (role == Qt::TextAlignmentRole)
        return m_columns.at(section).type == Type::Text ? QVariant(Qt::AlignLeading | Qt::AlignVCenter)
                                                        : QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    return {};
}

QString ReportTableModel::displayText(const Value &value, Type type) const
{
    const QLocale locale;
    if (const auto *text = std::get_if<QString>(&value))
        return type == Type::Percent ? formatPercent(*text, locale) : *text;
    if (const auto *count = std::get_if<qint64>(&value))
        return locale.toString(*count);
    if (const auto *money = std::get_if<Money>(&value))
        return money->format(locale);
    return Unknown;
}

QString ReportTableModel::formatPercent(const QString &decimal, const QLocale &locale)
{
    if (decimal.isEmpty())
        return Unknown;
    // Rebuilt digit group by digit group rather than through a double, so "12.5" stays exactly 12.5.
    QString digits = decimal;
    const bool negative = digits.startsWith(u'-');
    if (negative || digits.startsWith(u'+'))
        digits.remove(0, 1);
    const qsizetype point = digits.indexOf(u'.');
    bool ok = false;
    const qlonglong whole = digits.left(point < 0 ? digits.size() : point).toLongLong(&ok);
    if (!ok)
        return decimal;
    QString text = locale.toString(whole);
    if (point >= 0) {
        QString fraction;
        for (const QChar c : digits.mid(point + 1))
            fraction += locale.toString(c.digitValue()); // the locale's own digits
        text += locale.decimalPoint() + fraction;
    }
    if (negative)
        text.prepend(locale.negativeSign());
    return QString(text + u'\u00A0' + locale.percent());
}

TableExport::Table ReportTableModel::exportTable(const QString &sheetName) const
{
    TableExport::Table table;
    table.sheetName = sheetName.left(31);
    for (int column = 0; column < m_columns.size(); ++column) {
        table.header.append(tr(m_columns.at(column).title));
        if (m_columns.at(column).type != Type::Text)
            table.numberColumns.insert(column);
    }
    for (const QList<Value> &row : m_rows) {
        QStringList cells;
        for (const Value &value : row) {
            if (const auto *text = std::get_if<QString>(&value))
                cells.append(*text);
            else if (const auto *count = std::get_if<qint64>(&value))
                cells.append(QString::number(*count));
            else if (const auto *money = std::get_if<Money>(&value))
                cells.append(money->toDecimalString());
            else
                cells.append(QString());
        }
        table.rows.append(cells);
    }
    return table;
}
