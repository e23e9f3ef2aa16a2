#include "packstationwindow.h"

#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace {

enum Column { Sku, Name, Bin, Needed, Scanned, Tick, NB_COLUMNS };

QFont sized(QFont font, int pointSize, bool bold = false)
{
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace

PackStationWindow::PackStationWindow(const QSqlDatabase &db, PrintSettings &printSettings,
                                     PackSession::PrintFunction print, QWidget *parent)
    : QWidget(parent)
    , m_session(new PackSession(db, print ? std::move(print) : PackSession::printToDefaults(printSettings),
                                QString(), this))
    , m_progress(new QLabel(this))
    , m_bannerFrame(new QFrame(this))
    , m_banner(new QLabel(m_bannerFrame))
    , m_details(new QLabel(m_bannerFrame))
    , m_input(new QLineEdit(this))
    , m_table(new QTableWidget(0, NB_COLUMNS, this))
    , m_hints(new QLabel(this))
{
    setObjectName(u"packStationWindow"_s);
    setFont(sized(font(), 28));
    m_progress->setObjectName(u"packProgress"_s);
    m_progress->setFont(sized(font(), 32, true));
    m_progress->setWordWrap(true);
    m_bannerFrame->setObjectName(u"packBanner"_s);
    m_banner->setObjectName(u"packHeadline"_s);
    m_banner->setFont(sized(font(), 40, true));
    m_banner->setWordWrap(true);
    m_details->setObjectName(u"packDetails"_s);
    m_details->setFont(sized(font(), 28)); // explicit: the banner's style sheet would reset an inherited font
    m_details->setWordWrap(true);
    auto *bannerLayout = new QVBoxLayout(m_bannerFrame);
    bannerLayout->setContentsMargins(24, 16, 24, 16);
    bannerLayout->addWidget(m_banner);
    bannerLayout->addWidget(m_details);
    m_bannerFrame->setMinimumHeight(m_banner->fontMetrics().height() * 2 + 32);
    m_input->setObjectName(u"packInput"_s);
    m_input->setFont(sized(font(), 36));
    m_input->installEventFilter(this);
    m_table->setObjectName(u"packLines"_s);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 3 / 2);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setFont(sized(font(), 22, true));
    // Columns fit their values, not their titles: a long translated title is elided instead of pushing the
    // item names off the screen.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setStyleSheet(u"QTableWidget::item { padding: 0px 12px; }"_s);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_hints->setObjectName(u"packHints"_s);
    m_hints->setFont(sized(font(), 22));
    m_table->setFont(sized(font(), 28));
    m_hints->setWordWrap(true);

    // Keyboard only: nothing but the input ever takes the focus, so every key and every scan lands there.
    for (QWidget *widget : {static_cast<QWidget *>(m_progress),
                            static_cast<QWidget *>(m_bannerFrame), static_cast<QWidget *>(m_banner),
                            static_cast<QWidget *>(m_details), static_cast<QWidget *>(m_table),
                            m_table->viewport(), static_cast<QWidget *>(m_table->horizontalHeader()),
                            static_cast<QWidget *>(m_hints)})
        widget->setFocusPolicy(Qt::NoFocus);
    setFocusProxy(m_input);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(16);
    layout->addWidget(m_progress);
    layout->addWidget(m_bannerFrame);
    layout->addWidget(m_input);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hints);

    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_input->text();
        m_input->clear();
        m_session->scan(text);
    });
    connect(m_session, &PackSession::linesChanged, this, &PackStationWindow::showLines);
    connect(m_session, &PackSession::feedbackChanged, this, [this](const PackSession::Feedback &feedback) {
        showFeedback();
        m_progress->setText(progressText());
        if (feedback.outcome == PackSession::Outcome::Ticked)
            showLines();
        if (m_tone == Tone::Bad || m_tone == Tone::Warning)
            QApplication::beep();
    });
    connect(m_session, &PackSession::stateChanged, this, [this](PackSession::State state) {
        retranslateUi();
        if (state == PackSession::State::Printing) {
            setBanner(tr("Printing the label and papers for order %1…").arg(m_session->orderNumber()), {},
                      Tone::Neutral);
            m_bannerFrame->repaint(); // printing blocks; show the word before it does
        }
    });
    retranslateUi();
}

PackStationWindow::~PackStationWindow() = default;

QString PackStationWindow::bannerText() const
{
    return m_details->text().isEmpty() ? m_banner->text() : m_banner->text() + u'\n' + m_details->text();
}

void PackStationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void PackStationWindow::fitColumns()
{
    const QFontMetrics values(m_table->font());
    const QFontMetrics titles(m_table->horizontalHeader()->font());
    // A title may take up to a ninth of the width (a twelfth over numbers); values always fit.
    const int viewportWidth = m_table->viewport()->width();
    for (int column = 0; column < NB_COLUMNS; ++column) {
        if (column == Name)
            continue;
        int width = values.horizontalAdvance(u"0000"_s);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (const QTableWidgetItem *item = m_table->item(row, column))
                width = std::max(width, values.horizontalAdvance(item->text()));
        }
        const QTableWidgetItem *title = m_table->horizontalHeaderItem(column);
        const int titleWidth = title ? titles.horizontalAdvance(title->text()) : 0;
        const int titleCap = std::max(100, viewportWidth / (column == Sku || column == Bin ? 9 : 12));
        m_table->horizontalHeader()->resizeSection(column, std::max(width, std::min(titleWidth, titleCap)) + 32);
    }
}

void PackStationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_input->setFocus();
    QWidget::changeEvent(event);
}

void PackStationWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_input->setFocus();
}

bool PackStationWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool ours = key->key() == Qt::Key_Escape || key->key() == Qt::Key_F5 || key->key() == Qt::Key_F10
                          || key->key() == Qt::Key_F12
                          || key->matches(QKeySequence::Quit)
                          || (key->key() == Qt::Key_Q && key->modifiers().testFlag(Qt::ControlModifier));
        if (ours && event->type() == QEvent::ShortcutOverride) {
            // The station's keys win over any application shortcut.
            event->accept();
            return true;
        }
        if (ours && handleKey(*key))
            return true;
    } else if (watched == m_input && event->type() == QEvent::FocusOut) {
        // Nothing else takes the focus, but a popup or another window may: take it back when we are active.
        if (isActiveWindow())
            m_input->setFocus();
    }
    return QWidget::eventFilter(watched, event);
}

bool PackStationWindow::handleKey(const QKeyEvent &key)
{
    switch (key.key()) {
    case Qt::Key_Escape:
        m_input->clear();
        m_session->abandon();
        return true;
    case Qt::Key_F5:
        m_session->retryPrint();
        return true;
    case Qt::Key_F12:
        Q_EMIT languageRequested();
        return true;
    case Qt::Key_F10:
    case Qt::Key_Q:
        Q_EMIT leaveRequested();
        close();
        return true;
    default:
        return false;
    }
}

void PackStationWindow::retranslateUi()
{
    setWindowTitle(tr("Borderdesk pack station"));
    m_progress->setText(progressText());
    m_table->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Item"), tr("Bin"), tr("Needed"), tr("Scanned"), tr("Done", "the line is complete")});
    switch (m_session->state()) {
    case PackSession::State::Scanning:
        m_input->setPlaceholderText(tr("Scan each item (barcode or SKU), then Enter"));
        break;
    case PackSession::State::PrintFailed:
        m_input->setPlaceholderText(tr("F5: print again · Esc: abandon the order"));
        break;
    default:
        m_input->setPlaceholderText(tr("Scan or type an order number, then Enter"));
        break;
    }
    fitColumns();
    m_hints->setText(tr("Enter: confirm the scan · Esc: abandon the order · F5: print again · "
                        "F12: next language · F10 or Ctrl+Q: leave the pack station"));
    showFeedback();
}

QString PackStationWindow::progressText() const
{
    if (m_session->orderNumber().isEmpty())
        return tr("Pack station: no order open");
    const QString progress = tr("Order %1: %2 of %Ln item(s) packed", nullptr, int(m_session->neededCount()))
                                 .arg(m_session->orderNumber(), locale().toString(m_session->scannedCount()));
    if (m_session->trackingNumber().isEmpty())
        return progress;
    return tr("%1 · tracking %2", "order progress, tracking number").arg(progress, m_session->trackingNumber());
}

void PackStationWindow::showFeedback()
{
    Tone tone = Tone::Neutral;
    QString details;
    const QString headline = feedbackText(m_session->feedback(), &details, &tone);
    setBanner(headline, details, tone);
}

QString PackStationWindow::feedbackText(const PackSession::Feedback &f, QString *details, Tone *tone) const
{
    using Outcome = PackSession::Outcome;
    const QLocale here = locale();
    switch (f.outcome) {
    case Outcome::None:
        *tone = Tone::Neutral;
        return tr("Scan the order number from the packing slip.");
    case Outcome::OrderOpened:
        *tone = Tone::Neutral;
        return tr("Order %1: scan each item.").arg(f.orderNumber);
    case Outcome::OrderNotFound:
        *tone = Tone::Bad;
        *details = f.error;
        return tr("✘ NOT AN ORDER: %1").arg(f.code);
    case Outcome::OrderRefused: {
        *tone = Tone::Warning;
        QStringList reasons = m_session->refusals();
        for (QString &reason : reasons)
            reason.prepend(u"• "_s);
        *details = reasons.join(u'\n');
        return tr("STOP: order %1 must not ship. No label.").arg(f.orderNumber);
    }
    case Outcome::Ticked:
        *tone = Tone::Good;
        return tr("✔ %1 %2: %3 of %4")
            .arg(f.sku, f.name, here.toString(f.scanned), here.toString(f.needed));
    case Outcome::WrongItem:
        *tone = Tone::Bad;
        return tr("✘ WRONG ITEM: %1 %2 is not in this order. Put it back.").arg(f.sku, f.name);
    case Outcome::ExtraItem:
        *tone = Tone::Bad;
        return tr("✘ TOO MANY: all %1 of %2 are packed already. Take this one out.")
            .arg(here.toString(f.needed), f.sku);
    case Outcome::UnknownCode:
        *tone = Tone::Bad;
        return tr("✘ UNKNOWN BARCODE: %1 is no product and no order.").arg(f.code);
    case Outcome::TrackingTaken:
        *tone = Tone::Good;
        return tr("✔ Tracking number %1 goes on the label.").arg(f.code);
    case Outcome::SameOrder:
        *tone = Tone::Neutral;
        return tr("Order %1 is open already: scan its items.").arg(f.orderNumber);
    case Outcome::OtherOrder:
        *tone = Tone::Warning;
        return tr("Order %1 is not finished. Scan its items, or press Esc to abandon it and open %2.")
            .arg(f.orderNumber, f.otherOrder);
    case Outcome::PrintPending:
        *tone = Tone::Warning;
        return tr("Order %1 has not printed. Press F5 to print again or Esc to abandon it.").arg(f.orderNumber);
    case Outcome::Packed:
        *tone = Tone::Good;
        return tr("✔ Order %1 is packed: label and papers printed. Scan the next order.").arg(f.orderNumber);
    case Outcome::Reprinted:
        *tone = Tone::Good;
        return tr("✔ Order %1 printed again. Scan the next order.").arg(f.orderNumber);
    case Outcome::PrintFailed:
        *tone = Tone::Bad;
        *details = f.error;
        return tr("✘ PRINTING FAILED for order %1. Press F5 to print again.").arg(f.orderNumber);
    case Outcome::PackFailed:
        *tone = Tone::Bad;
        *details = f.error;
        return tr("✘ ORDER %1 NOT PACKED. Press F5 to try again or Esc to abandon it.").arg(f.orderNumber);
    case Outcome::Abandoned:
        *tone = Tone::Neutral;
        return tr("Order %1 abandoned. Scan the next order number.").arg(f.orderNumber);
    }
    return {};
}

void PackStationWindow::setBanner(const QString &headline, const QString &details, Tone tone)
{
    QString background = u"#263238"_s;
    QString foreground = u"#ffffff"_s;
    switch (tone) {
    case Tone::Neutral:
        break;
    case Tone::Good:
        background = u"#1b5e20"_s;
        break;
    case Tone::Warning:
        background = u"#ffb300"_s;
        foreground = u"#000000"_s;
        break;
    case Tone::Bad:
        background = u"#c62828"_s;
        break;
    }
    m_tone = tone;
    m_bannerFrame->setStyleSheet(u"QFrame#packBanner { background: %1; border-radius: 8px; } "
                                  "QFrame#packBanner QLabel { color: %2; background: transparent; }"_s
                                      .arg(background, foreground));
    m_input->setStyleSheet(tone == Tone::Bad ? u"QLineEdit { border: 6px solid #c62828; }"_s : QString());
    m_banner->setText(headline);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
}

void PackStationWindow::showLines()
{
    const QList<PackSession::Line> &lines = m_session->lines();
    const QLocale here = locale();
    m_table->setRowCount(int(lines.size()));
    const QString lastSku = m_session->feedback().outcome == PackSession::Outcome::Ticked
                                ? m_session->feedback().sku
                                : QString();
    for (int row = 0; row < lines.size(); ++row) {
        const PackSession::Line &line = lines.at(row);
        const QStringList cells{line.sku, line.name, line.bin, here.toString(line.needed),
                                here.toString(line.scanned), line.complete() ? u"✔"_s : QString()};
        for (int column = 0; column < NB_COLUMNS; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == Needed || column == Scanned || column == Tick)
                item->setTextAlignment(Qt::AlignCenter);
            if (line.complete()) {
                item->setBackground(QColor(0xc8, 0xe6, 0xc9));
                item->setForeground(QColor(0x1b, 0x5e, 0x20));
            } else if (line.scanned > 0) {
                item->setBackground(QColor(0xff, 0xf8, 0xe1));
            }
            m_table->setItem(row, column, item);
        }
        if (!lastSku.isEmpty() && line.sku == lastSku)
            m_table->scrollToItem(m_table->item(row, 0));
    }
    m_progress->setText(progressText());
    fitColumns();
}
