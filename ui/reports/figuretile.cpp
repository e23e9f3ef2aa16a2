#include "figuretile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FigureTile::FigureTile(const QString &name, bool clickable, QWidget *parent)
    : QFrame(parent)
    , m_clickable(clickable)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(name);
    m_caption->setObjectName(name + u"Caption"_s);
    m_value->setObjectName(name + u"Value"_s);
    m_detail->setObjectName(name + u"Detail"_s);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_caption->setWordWrap(true);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.2);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setTextInteractionFlags(clickable ? Qt::NoTextInteraction : Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {m_caption, m_value, m_detail})
        label->setAttribute(Qt::WA_TransparentForMouseEvents, clickable);
    alignToReadingDirection();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();

    if (clickable) {
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
    }
}

void FigureTile::alignToReadingDirection()
{
    // Absolute: a plain-text label takes its direction from its text, and a figure ("٢٢١", "1,290") has none of
    // its own, so it would sit on the left of an Arabic tile.
    const Qt::Alignment side = isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft;
    for (QLabel *label : {m_caption, m_value, m_detail})
        label->setAlignment(Qt::AlignAbsolute | side | Qt::AlignTop);
}

void FigureTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        alignToReadingDirection();
    QFrame::changeEvent(event);
}

void FigureTile::setCaption(const QString &text)
{
    m_caption->setText(text);
    setAccessibleName(text);
}

void FigureTile::setValue(const QString &text)
{
    m_value->setText(text);
}

void FigureTile::setDetail(const QString &text)
{
    m_detail->setText(text);
    m_detail->setVisible(!text.isEmpty());
}

QString FigureTile::value() const
{
    return m_value->text();
}

QString FigureTile::detail() const
{
    return m_detail->text();
}

void FigureTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT clicked();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void FigureTile::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return
                        || event->key() == Qt::Key_Enter)) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

void FigureTile::enterEvent(QEnterEvent *event)
{
    setHovered(true);
    QFrame::enterEvent(event);
}

void FigureTile::leaveEvent(QEvent *event)
{
    setHovered(false);
    QFrame::leaveEvent(event);
}

void FigureTile::setHovered(bool hovered)
{
    if (!m_clickable)
        return;
    setBackgroundRole(hovered ? QPalette::AlternateBase : QPalette::Base);
}
