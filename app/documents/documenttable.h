#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <utility>

class QPainter;

// A ruled table for the A4 documents and the CN22: a header row of captions (which may hold several lines,
// separated by "\n", such as the English and French words of a UPU form) and fixed-height body rows whose
// cells wrap to as many lines as fit and are elided after that. Fixed heights make pagination known before
// painting. A right-to-left table (the packing slip in Arabic) puts the first column at the right edge and
// mirrors the columns' alignments.
class DocumentTable {
public:
    struct Column {
        QString caption;
        qreal weight = 1; // share of the table width
        // Of the left-to-right table; mirrored in a right-to-left one unless it carries Qt::AlignAbsolute.
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    DocumentTable(QList<Column> columns, qreal left, qreal width, qreal padding);

    void setFonts(const QFont &header, const QFont &body);
    void setRuleWidth(qreal width) { m_rule = width; }
    // Left to right by default.
    void setLayoutDirection(Qt::LayoutDirection direction) { m_direction = direction; }
    Qt::LayoutDirection layoutDirection() const { return m_direction; }

    // Draws the header row at `top`; returns its bottom.
    qreal drawHeader(QPainter &painter, qreal top, qreal height) const;
    // Draws one body row; `cells` are in column order. The font of each cell covers its own script.
    qreal drawRow(QPainter &painter, qreal top, qreal height, const QStringList &cells) const;
    // The rectangle of a cell, e.g. to draw a tick box into it (mirrored in a right-to-left table).
    QRectF cell(int column, qreal top, qreal height) const;
    // A column's alignment as drawn: mirrored in a right-to-left table.
    Qt::Alignment alignment(int column) const;
    qreal left() const { return m_left; }
    qreal width() const { return m_width; }

private:
    QList<Column> m_columns;
    QList<qreal> m_edges; // x of each column's left edge, then the right edge of the table (left to right)
    qreal m_left;
    qreal m_width;
    qreal m_padding;
    qreal m_rule = 1;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    QFont m_headerFont;
    QFont m_bodyFont;
};

// How many table rows go on each page when the last page also carries a footer (totals, signature).
struct Pagination {
    int rowsPerPage = 1;    // on pages without the footer
    int rowsOnLastPage = 1; // on the page with the footer

    int pageCount(int rows) const;
    // The first row and the number of rows on `page`.
    std::pair<int, int> rowsOn(int page, int rows) const;
};
