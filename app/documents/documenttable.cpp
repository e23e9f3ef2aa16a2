#include "documenttable.h"

#include "documenttext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

DocumentTable::DocumentTable(QList<Column> columns, qreal left, qreal width, qreal padding)
    : m_columns(std::move(columns))
    , m_left(left)
    , m_width(width)
    , m_padding(padding) {
    qreal total = 0;
    for (const Column &column : std::as_const(m_columns))
        total += column.weight;
    qreal x = left;
    for (const Column &column : std::as_const(m_columns)) {
        m_edges.append(x);
        x += total > 0 ? width * column.weight / total : 0;
    }
    m_edges.append(left + width);
}

void DocumentTable::setFonts(const QFont &header, const QFont &body) {
    m_headerFont = header;
    m_bodyFont = body;
}

QRectF DocumentTable::cell(int column, qreal top, qreal height) const {
    if (column < 0 || column + 1 >= m_edges.size())
        return {};
    const qreal columnWidth = m_edges.at(column + 1) - m_edges.at(column);
    // Right to left: the same widths, measured from the right edge of the table.
    const qreal x =
        m_direction == Qt::RightToLeft ? 2 * m_left + m_width - m_edges.at(column + 1) : m_edges.at(column);
    return QRectF(x, top, columnWidth, height);
}

Qt::Alignment DocumentTable::alignment(int column) const {
    const Qt::Alignment own =
        column >= 0 && column < m_columns.size() ? m_columns.at(column).alignment : Qt::AlignLeft;
    return m_direction == Qt::RightToLeft ? DocumentText::mirrored(own) : own;
}

qreal DocumentTable::drawHeader(QPainter &painter, qreal top, qreal height) const {
    painter.save();
    painter.fillRect(QRectF(m_left, top, m_width, height), QColor(235, 235, 235));
    painter.setPen(QPen(Qt::black, m_rule));
    painter.setBrush(Qt::NoBrush);
    const qreal lineHeight = DocumentText::lineHeight(painter, m_headerFont);
    for (int column = 0; column < m_columns.size(); ++column) {
        const QRectF box = cell(column, top, height);
        painter.drawRect(box);
        const QStringList lines = m_columns.at(column).caption.split(u'\n');
        qreal y = box.top() + m_padding / 2;
        for (const QString &line : lines) {
            const QRectF inner(box.left() + m_padding, y, box.width() - 2 * m_padding, lineHeight);
            DocumentText::drawLine(painter, inner, line, m_headerFont, alignment(column) | Qt::AlignVCenter,
                                   4.5);
            y += lineHeight;
        }
    }
    painter.restore();
    return top + height;
}

qreal DocumentTable::drawRow(QPainter &painter, qreal top, qreal height, const QStringList &cells) const {
    painter.save();
    painter.setPen(QPen(Qt::black, m_rule));
    painter.setBrush(Qt::NoBrush);
    for (int column = 0; column < m_columns.size(); ++column) {
        const QRectF box = cell(column, top, height);
        painter.drawRect(box);
        const QString text = column < cells.size() ? cells.at(column) : QString();
        if (text.isEmpty())
            continue;
        QFont font = m_bodyFont;
        font.setFamilies(DocumentText::familiesFor(text));
        const QRectF inner = box.adjusted(m_padding, m_padding / 2, -m_padding, -m_padding / 2);
        const qreal lineHeight = DocumentText::lineHeight(painter, font);
        const bool fits = QFontMetricsF(font, painter.device()).horizontalAdvance(text) <= inner.width();
        if (!fits && inner.height() >= 2 * lineHeight) {
            const QRectF block(inner.left(), inner.top() + (inner.height() - 2 * lineHeight) / 2,
                               inner.width(), 2 * lineHeight);
            DocumentText::drawWrapped(painter, block, text, font, 2, alignment(column));
        } else {
            DocumentText::drawLine(painter, inner, text, font, alignment(column) | Qt::AlignVCenter, 5);
        }
    }
    painter.restore();
    return top + height;
}

int Pagination::pageCount(int rows) const {
    const int last = std::max(1, rowsOnLastPage);
    const int full = std::max(1, rowsPerPage);
    if (rows <= last)
        return 1;
    return 1 + (rows - last + full - 1) / full;
}

std::pair<int, int> Pagination::rowsOn(int page, int rows) const {
    const int pages = pageCount(rows);
    const int full = std::max(1, rowsPerPage);
    if (page < 0 || page >= pages)
        return {rows, 0};
    if (pages == 1)
        return {0, rows};
    // Earlier pages are filled; the page with the footer keeps at least one row, so the totals never stand
    // alone.
    const int last = std::clamp(rows - (pages - 1) * full, 1, std::max(1, rowsOnLastPage));
    const int beforeLast = rows - last;
    if (page == pages - 1)
        return {beforeLast, last};
    const int first = page * full;
    return {first, std::min(full, beforeLast - first)};
}
