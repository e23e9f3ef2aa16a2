#pragma once

#include "printabledocument.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QSettings;

// The printer and paper each kind of document goes to, remembered per OS user and machine (group
// "printing/<type key>" of the QSettings passed in).
class PrintSettings final
{
    Q_DECLARE_TR_FUNCTIONS(PrintSettings)

public:
    // `locale` decides the default office paper: Letter where it is the norm (the Americas), A4 elsewhere.
    explicit PrintSettings(QSettings &settings, const QLocale &locale = QLocale());

    // The printer chosen for this type; empty when none was chosen (the system's default printer is used).
    QString printerName(DocumentType type) const;
    void setPrinterName(DocumentType type, const QString &printerName);
    // The chosen printer, else the system's default printer; empty when there is neither. A chosen printer
    // that is unplugged is still returned: a label must not come out of the office printer instead.
    QString effectivePrinterName(DocumentType type) const;

    QPageSize pageSize(DocumentType type) const;
    void setPageSize(DocumentType type, const QPageSize &pageSize);
    QPageLayout::Orientation orientation(DocumentType type) const;
    void setOrientation(DocumentType type, QPageLayout::Orientation orientation);
    // The remembered paper and orientation as a full-page layout, for the documents to lay themselves out on.
    QPageLayout pageLayout(DocumentType type) const;

    // Shipping labels 4 × 6 in, product labels A4 (label sheets), the rest the office paper of the locale.
    QPageSize defaultPageSize(DocumentType type) const;
    static bool usesLetterPaper(const QLocale &locale);
    // The paper sizes offered in the settings dialog: office paper and the common label sizes.
    static QList<QPageSize> paperChoices();
    static QPageSize labelPaper4x6();

private:
    QString group(DocumentType type) const;

    QSettings &m_settings;
    QLocale m_locale;
};
