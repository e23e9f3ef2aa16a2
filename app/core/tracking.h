#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// One tracking number checked against the carriers' schemes.
struct TrackingCheck
{
    QString number;       // normalised: upper case, spaces/hyphens removed, scanner prefixes stripped
    QString kind;         // "ups", "fedex", "dhl", "usps", "s10"; empty when no scheme matches the form
    bool valid = false;   // form and check digit right
    bool warning = false; // a failed check that must only warn (DHL Express), so the number is still accepted
    QString message;      // translated: what is wrong ("check digit should be 4, not 5"), or empty when valid
    QString s10Country;   // ISO country of an S10 number ("CH")
    bool accepted() const { return valid || warning; }
};

// Recognises and checks the tracking numbers of UPS, FedEx, DHL Express, USPS and UPU S10 postal items, so a
// mistyped or misscanned number is caught before the customer gets a link that leads nowhere.
class TrackingNumbers
{
    Q_DECLARE_TR_FUNCTIONS(TrackingNumbers)

public:
    // The schemes: "ups", "fedex", "dhl", "usps", "s10".
    static QStringList kinds();
    // "UPS", "FedEx", "DHL Express", "USPS", "UPU S10 (postal)".
    static QString kindLabel(const QString &kind);
    // kindHint empty: detect the scheme by the number's form (try every scheme whose form fits, prefer one
    // whose check digit passes); with a hint: check against that scheme only and say why it does not fit.
    // A hint that names no scheme (a carrier without one) is treated as empty.
    static TrackingCheck check(const QString &number, const QString &kindHint = {});
    // Fills "{n}" of a carrier's URL template with the (percent-encoded) normalised number. Empty when the
    // template or the number is.
    static QString url(const QString &urlTemplate, const QString &number);
    // Upper case without spaces, dashes, control characters or a scanner's symbology prefix ("]C1"); a USPS
    // barcode's "420" + ZIP routing prefix is dropped when what follows it is a valid IMpb.
    static QString normalized(const QString &number);

private:
    // What a scheme's numbers look like ("10 digits"), for messages.
    static QString formDescription(const QString &kind);
    static TrackingCheck detect(const QString &number);
};
