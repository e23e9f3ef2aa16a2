#pragma once

#include <QFrame>

class QLabel;

// One big figure of the dashboard: a caption, the figure in large type and a line of detail. A clickable tile
// opens what it counts (mouse, or Space/Enter when it has the focus).
class FigureTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureTile)

public:
    // name: the tile's object name; its labels are name + "Caption", "Value", "Detail".
    FigureTile(const QString &name, bool clickable, QWidget *parent = nullptr);

    void setCaption(const QString &text);
    void setValue(const QString &text);
    void setDetail(const QString &text);
    QString value() const;
    QString detail() const;
    bool isClickable() const { return m_clickable; }

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setHovered(bool hovered);
    void alignToReadingDirection();

    bool m_clickable;
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
};
