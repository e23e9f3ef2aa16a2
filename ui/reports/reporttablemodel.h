#pragma once

#include "money.h"
#include "tableexport.h"

#include <QAbstractTableModel>
#include <QList>

#include <variant>

// The rows of any report as a table: each column has a type, each cell a raw value (a count, money, a percent as
// decimal text). Display text is formatted with QLocale in data() and headers are translated in headerData(), so
// a language switch shows at once; the sort proxy sorts on RawValueRole.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    enum class Type {
        Text,
        Count,
        Money,   // "—" when unknown
        Percent, // decimal text such as "12.5" (SalesRow's helpers); "—" when empty
    };
    struct Column
    {
        const char *title; // QT_TRANSLATE_NOOP("ReportTableModel", …)
        Type type;
    };
    // Unknown (monostate), text or percent (QString), a count, or money.
    using Value = std::variant<std::monostate, QString, qint64, Money>;

    static constexpr int RawValueRole = Qt::UserRole;

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const QList<Column> &columns, const QList<QList<Value>> &rows);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Type columnType(int column) const { return m_columns.at(column).type; }
    // For CSV/XLSX: translated headers, money as plain decimal text ("1290.50"), percents as "12.5".
    TableExport::Table exportTable(const QString &sheetName) const;
    // "12.5" → "12.5 %" in the UI language; "—" for empty text.
    static QString formatPercent(const QString &decimal, const QLocale &locale = QLocale());

private:
    QString displayText(const Value &value, Type type) const;

    QList<Column> m_columns;
    QList<QList<Value>> m_rows;
};
