#pragma once

#include "packsession.h"

#include <QSqlDatabase>
#include <QWidget>

class PrintSettings;
class QKeyEvent;
class QFrame;
class QLabel;
class QLineEdit;
class QTableWidget;

// The pack station: a full-screen, large-type, keyboard-only window for warehouse staff. One input line takes what
// the scanner types (an order number, then each item), the order's lines show what is packed, and a banner says
// loudly what happened: green when right, red for a wrong or extra item, amber when the order must not ship.
class PackStationWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackStationWindow)

public:
    enum class Tone { Neutral, Good, Warning, Bad };
    Q_ENUM(Tone)

    // `print` empty: each document type prints on the printer remembered for it in `printSettings`, which must
    // outlive the window. Call showFullScreen() at the station; tests show() it at any size.
    PackStationWindow(const QSqlDatabase &db, PrintSettings &printSettings, PackSession::PrintFunction print = {},
                      QWidget *parent = nullptr);
    ~PackStationWindow() override;

    PackSession *session() const { return m_session; }
    QLineEdit *input() const { return m_input; }
    QString bannerText() const;
    Tone bannerTone() const { return m_tone; }

Q_SIGNALS:
    // F10 or Ctrl+Q: the packer leaves the station (the window closes itself).
    void leaveRequested();
    // F12: the packer wants the next interface language (the application switches every window).
    void languageRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void showFeedback();
    void showLines();
    void setBanner(const QString &headline, const QString &details, Tone tone);
    void fitColumns();
    // The banner's headline for what happened; the reasons or the error go to *details.
    QString feedbackText(const PackSession::Feedback &feedback, QString *details, Tone *tone) const;
    QString progressText() const;
    bool handleKey(const QKeyEvent &key);

    PackSession *m_session;
    QLabel *m_progress;
    QFrame *m_bannerFrame;
    QLabel *m_banner;
    QLabel *m_details;
    QLineEdit *m_input;
    QTableWidget *m_table;
    QLabel *m_hints;
    Tone m_tone = Tone::Neutral;
};
