#include "packagerows.h"

#include "tracking.h"
#include "units.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

enum GridColumn { NameColumn, WeightColumn, DimensionsColumn, TrackingColumn, CheckColumn };

// Typed the way Parcel::parseDimensions reads it back: centimetres, or millimetres when a side is not whole cm.
QString dimensionsText(const Parcel &parcel)
{
    if (!parcel.hasDimensions())
        return {};
    const bool wholeCm = parcel.lengthMm % 10 == 0 && parcel.widthMm % 10 == 0 && parcel.heightMm % 10 == 0;
    const qint64 unit = wholeCm ? 10 : 1;
    return u"%1x%2x%3"_s.arg(parcel.lengthMm / unit).arg(parcel.widthMm / unit).arg(parcel.heightMm / unit)
           + (wholeCm ? QString() : u"mm"_s);
}

// The locale people read the weight fields in, without digit grouping so that what is shown parses back.
QLocale fieldLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

PackageRows::PackageRows(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_weightHeader(new QLabel(this))
    , m_dimensionsHeader(new QLabel(this))
    , m_trackingHeader(new QLabel(this))
{
    setObjectName(u"packageRows"_s);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->addWidget(m_weightHeader, 0, WeightColumn);
    m_grid->addWidget(m_dimensionsHeader, 0, DimensionsColumn);
    m_grid->addWidget(m_trackingHeader, 0, TrackingColumn);
    m_grid->setColumnStretch(TrackingColumn, 2);
    m_grid->setColumnStretch(CheckColumn, 3);
    retranslateUi();
}

void PackageRows::setCount(int count, const Parcel &first)
{
    count = std::max(1, count);
    while (m_rows.size() > count) {
        const Row row = m_rows.takeLast();
        for (QWidget *widget : std::initializer_list<QWidget *>{row.name, row.weight, row.dimensions, row.tracking,
                                                                 row.check})
            widget->deleteLater();
    }
    while (m_rows.size() < count) {
        const int n = int(m_rows.size()) + 1;
        Row row{new QLabel(this), new QLineEdit(this), new QLineEdit(this), new QLineEdit(this), new QLabel(this)};
        row.weight->setObjectName(u"packageWeight%1"_s.arg(n));
        row.dimensions->setObjectName(u"packageDimensions%1"_s.arg(n));
        row.tracking->setObjectName(u"packageTracking%1"_s.arg(n));
        row.check->setObjectName(u"packageTrackingCheck%1"_s.arg(n));
        row.check->setWordWrap(true);
        row.check->setTextFormat(Qt::PlainText);
        row.weight->setMaximumWidth(row.weight->fontMetrics().horizontalAdvance(u"0"_s) * 14);
        row.dimensions->setMaximumWidth(row.dimensions->fontMetrics().horizontalAdvance(u"0"_s) * 18);
        row.tracking->setMinimumWidth(row.tracking->fontMetrics().horizontalAdvance(u"0"_s) * 24);
        // The first package is the estimate; more packages are usually the same box, weighed on their own.
        if (m_rows.isEmpty()) {
            m_estimateG = first.weightG;
            m_estimateText = first.weightG > 0 ? weightText(first.weightG) : QString();
            row.weight->setText(m_estimateText);
            row.dimensions->setText(dimensionsText(first));
        } else {
            row.dimensions->setText(m_rows.constFirst().dimensions->text());
        }
        m_grid->addWidget(row.name, n, NameColumn);
        m_grid->addWidget(row.weight, n, WeightColumn);
        m_grid->addWidget(row.dimensions, n, DimensionsColumn);
        m_grid->addWidget(row.tracking, n, TrackingColumn);
        m_grid->addWidget(row.check, n, CheckColumn);
        connect(row.weight, &QLineEdit::textChanged, this, &PackageRows::parcelsEdited);
        connect(row.dimensions, &QLineEdit::textChanged, this, &PackageRows::parcelsEdited);
        connect(row.tracking, &QLineEdit::textChanged, this, &PackageRows::trackingEdited);
        m_rows.append(row);
    }
    retranslateUi();
    Q_EMIT parcelsEdited();
}

QString PackageRows::weightText(qint64 grams)
{
    return Units::formatWeight(grams, Units::System::Metric, fieldLocale());
}

std::optional<qint64> PackageRows::parseWeight(const QString &text)
{
    return Units::parseWeight(text.trimmed(), u"g", fieldLocale());
}

std::optional<QList<Parcel>> PackageRows::parcels(QString *error) const
{
    QList<Parcel> parcels;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const auto grams = parseWeight(row.weight->text());
        if (!grams || *grams <= 0) {
            *error = tr("Package %1 needs a weight (grams, or with a unit: 1.2 kg).")
                         .arg(QLocale().toString(i + 1));
            return std::nullopt;
        }
        Parcel parcel{*grams, 0, 0, 0};
        const QString dims = row.dimensions->text().trimmed();
        if (!dims.isEmpty()) {
            QString why;
            const auto sized = Parcel::parseDimensions(dims, *grams, &why);
            if (!sized) {
                *error = tr("Package %1: %2").arg(QLocale().toString(i + 1), why);
                return std::nullopt;
            }
            parcel = *sized;
        }
        parcels.append(parcel);
    }
    return parcels;
}

QStringList PackageRows::trackingNumbers() const
{
    QStringList numbers;
    for (const Row &row : m_rows)
        numbers.append(row.tracking->text().trimmed());
    return numbers;
}

bool PackageRows::checkTracking(const QString &trackingKind)
{
    bool ok = true;
    for (const Row &row : std::as_const(m_rows)) {
        const QString number = row.tracking->text().trimmed();
        if (number.isEmpty()) {
            row.check->clear();
            row.check->setToolTip(QString());
            continue;
        }
        const TrackingCheck check = TrackingNumbers::check(number, trackingKind);
        const QString carrier = check.kind.isEmpty() ? QString() : TrackingNumbers::kindLabel(check.kind);
        QString text;
        QString colour;
        if (check.valid) {
            text = tr("✓ %1 number").arg(carrier);
            colour = u"#1b5e20"_s;
        } else if (check.warning) {
            text = tr("⚠ %1: %2").arg(carrier, check.message);
            colour = u"#8a5a00"_s;
        } else {
            text = tr("✗ %1").arg(check.message);
            colour = u"#b00020"_s;
            ok = false;
        }
        row.check->setText(text);
        row.check->setToolTip(text);
        row.check->setStyleSheet(u"color: %1;"_s.arg(colour));
    }
    return ok;
}

void PackageRows::retranslateUi()
{
    // The estimate, while nobody has changed it, follows the language; what people typed stays as they typed it.
    if (!m_rows.isEmpty() && !m_estimateText.isEmpty() && m_rows.constFirst().weight->text() == m_estimateText
        && weightText(m_estimateG) != m_estimateText) {
        m_estimateText = weightText(m_estimateG);
        m_rows.constFirst().weight->setText(m_estimateText);
    }
    m_weightHeader->setText(tr("Weight"));
    m_dimensionsHeader->setText(tr("Size (L×W×H cm)"));
    m_trackingHeader->setText(tr("Tracking number"));
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        row.name->setText(tr("Package %1").arg(QLocale().toString(i + 1)));
        row.weight->setPlaceholderText(tr("e.g. 1.2 kg"));
        row.dimensions->setPlaceholderText(tr("e.g. 40x30x20"));
        row.tracking->setPlaceholderText(tr("type or scan"));
    }
}

void PackageRows::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
