#pragma once

#include "printsession.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class PrintSettings;
class PrintableDocument;

// The pack station's workflow without widgets: an order number is scanned, then the order's items one by one; when
// every line is complete the shipment is booked (or the order's open one reused), the label, customs papers and
// packing slip print, and the order moves on to packed. Each scan leaves a Feedback the window puts into words.
class PackSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackSession)

public:
    enum class State { WaitingForOrder, Refused, Scanning, Printing, Done, PrintFailed };
    Q_ENUM(State)

    // What the last scan or key did; the Feedback fields each one fills are named in the comment.
    enum class Outcome {
        None,
        OrderOpened,   // orderNumber
        OrderNotFound, // code, error
        OrderRefused,  // orderNumber (the reasons: refusals())
        Ticked,        // code, sku, name, scanned, needed
        WrongItem,     // code, sku, name: a product of the catalogue that is not in this order
        ExtraItem,     // code, sku, name, needed: every one of them is packed already
        UnknownCode,   // code: neither a product nor an order
        SameOrder,     // orderNumber: the open order scanned again
        OtherOrder,    // orderNumber, otherOrder: Esc abandons the open order and opens the other
        TrackingTaken, // code: the carrier's tracking number (a pre-printed sticker) goes on the label
        PrintPending,  // orderNumber: the documents did not print yet (F5 or Esc)
        Packed,        // orderNumber: printed, and the order is packed
        Reprinted,     // orderNumber
        PrintFailed,   // orderNumber, error
        PackFailed,    // orderNumber, error: booking, documents or the status move failed
        Abandoned,     // orderNumber
    };
    Q_ENUM(Outcome)

    struct Feedback
    {
        Outcome outcome = Outcome::None;
        QString code; // what was scanned, cleaned
        QString sku;
        QString name;
        qint64 scanned = 0;
        qint64 needed = 0;
        QString orderNumber;
        QString otherOrder;
        QString error; // translated
    };

    // One order line at the station: what to pick, where it is, how many are in the box.
    struct Line
    {
        QString sku;
        QString name;
        QString bin;
        QString gtin; // digits, or empty
        qint64 needed = 0;
        qint64 scanned = 0;
        bool complete() const { return scanned >= needed; }
    };

    using PrintFunction = std::function<PrintResult(const QList<const PrintableDocument *> &)>;

    // `print` empty: nothing can print (every attempt fails). `actor` empty: the OS user.
    PackSession(const QSqlDatabase &db, PrintFunction print, QString actor = QString(), QObject *parent = nullptr);
    ~PackSession() override;

    // Prints the documents of each type as one job on the printer remembered for that type (the label printer, the
    // office printer…), without dialogs. `settings` must outlive the function.
    static PrintFunction printToDefaults(PrintSettings &settings);

    State state() const { return m_state; }
    qint64 orderId() const { return m_orderId; }
    QString orderNumber() const { return m_orderNumber; }
    // The tracking number scanned for this order's parcel, or empty.
    QString trackingNumber() const { return m_trackingNumber; }
    const QList<Line> &lines() const { return m_lines; }
    qint64 scannedCount() const;
    qint64 neededCount() const;
    const Feedback &feedback() const { return m_feedback; }
    // Why the open order must not ship, asked afresh in the current language; empty when it may.
    QStringList refusals() const;

    // A scan from a keyboard-wedge scanner, or typed text, ended by Enter: an order number, or an item of the open
    // order by GTIN or SKU, or the carrier's tracking number for the label (UPS, USPS, UPU S10; not a number of
    // 8 to 14 digits, which is taken for a GTIN).
    void scan(const QString &text);
    // Esc: drops the open order (nothing is written). Opens the order scanned meanwhile, if there was one.
    void abandon();
    // F5: after a failure, books/prints/packs again; after a packed order, prints its documents again.
    void retryPrint();

Q_SIGNALS:
    void stateChanged(PackSession::State state);
    void linesChanged();
    void feedbackChanged(const PackSession::Feedback &feedback);

private:
    void openOrder(const QString &text);
    void scanItem(const QString &code);
    void finish();
    bool printDocuments();
    void clearOrder();
    void setState(State state);
    // orderNumber empty: the open order's.
    void report(Outcome outcome, const QString &code = {}, const QString &error = {}, const QString &orderNumber = {});
    void reportItem(Outcome outcome, const QString &code, const Line &line, qint64 needed);
    QList<Line> loadLines(qint64 orderId) const;
    std::optional<std::pair<QString, QString>> catalogueProduct(const QString &code) const;

    QSqlDatabase m_db;
    PrintFunction m_print;
    QString m_actor;
    State m_state = State::WaitingForOrder;
    qint64 m_orderId = 0;
    QString m_orderNumber;
    QList<Line> m_lines;
    QString m_pendingOrder;
    QString m_trackingNumber;
    qint64 m_shipmentId = 0;
    std::vector<std::unique_ptr<PrintableDocument>> m_documents;
    Feedback m_feedback;
};
