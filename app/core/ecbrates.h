#pragma once

#include "exchangerate.h"
#include "importissue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// Everything read from one exchange-rate file.
struct ParsedRates
{
    QString format; // for people: "ECB daily XML", …
    QList<ExchangeRate> rates;
    QList<ImportIssue> issues;

    bool hasErrors() const;
};

// The European Central Bank's reference-rate files: the daily and history XML (Cube time / Cube currency rate),
// the history CSV (Date,USD,JPY,…, with N/A for no rate and a trailing comma) and the daily CSV
// ("27 November 2026, 1.0523, …"). Columns are found by header name; rates are units per 1 EUR.
class EcbRates
{
    Q_DECLARE_TR_FUNCTIONS(EcbRates)

public:
    static ParsedRates parse(const QByteArray &bytes, const QString &fileName);

private:
    static void parseXml(const QByteArray &bytes, const QString &fileName, ParsedRates &out);
    static void parseCsv(const QString &text, const QString &fileName, ParsedRates &out);
};
