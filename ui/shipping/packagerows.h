#pragma once

#include "shipping.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;

// The packages of a shipment being booked, one row each: weight, box size, the carrier's tracking number (typed
// or scanned) and what the check of that number found, next to it.
class PackageRows final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageRows)

public:
    explicit PackageRows(QWidget *parent = nullptr);

    // New rows start with the first row's size and no weight; rows beyond the count go.
    void setCount(int count, const Parcel &first);
    int count() const { return int(m_rows.size()); }
    QLineEdit *weightEdit(int row) const { return m_rows.value(row).weight; }
    QLineEdit *dimensionsEdit(int row) const { return m_rows.value(row).dimensions; }
    QLineEdit *trackingEdit(int row) const { return m_rows.value(row).tracking; }
    QLabel *checkLabel(int row) const { return m_rows.value(row).check; }

    // A weight as the fields show it ("1.758 kg", "1,758 kg" in German, Arabic-Indic digits in Arabic: the UI
    // language's digits and decimal sign, no grouping), and read back: that text, or grams or a unit typed with
    // '.' or the locale's decimal sign and any script's digits.
    static QString weightText(qint64 grams);
    static std::optional<qint64> parseWeight(const QString &text);

    // The parcels as typed; nullopt with a translated *error naming the package when one is not a parcel.
    std::optional<QList<Parcel>> parcels(QString *error) const;
    QStringList trackingNumbers() const;
    // Checks every typed number against the carrier's scheme (empty kind: recognise it) and shows the verdict;
    // false when a number is wrong (a DHL check-digit warning still counts as accepted).
    bool checkTracking(const QString &trackingKind);

Q_SIGNALS:
    void parcelsEdited();
    void trackingEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *name = nullptr;
        QLineEdit *weight = nullptr;
        QLineEdit *dimensions = nullptr;
        QLineEdit *tracking = nullptr;
        QLabel *check = nullptr;
    };
    void retranslateUi();

    QGridLayout *m_grid;
    QLabel *m_weightHeader;
    QLabel *m_dimensionsHeader;
    QLabel *m_trackingHeader;
    QList<Row> m_rows;
    qint64 m_estimateG = 0;  // the first package's weight from the products
    QString m_estimateText;  // and how its field was filled
};
