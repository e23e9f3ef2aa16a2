#include "ratecardwidget.h"

#include "country.h"
#include "decimal.h"
#include "units.h"

#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace {

QTableWidget *readOnlyTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}

} // namespace

RateCardWidget::RateCardWidget(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_grid(readOnlyTable(this, u"rateCardGrid"_s))
    , m_zones(readOnlyTable(this, u"rateCardZones"_s))
{
    setObjectName(u"rateCard"_s);
    m_title->setObjectName(u"rateCardTitle"_s);
    m_title->setWordWrap(true);
    m_zones->verticalHeader()->setVisible(false);
    m_zones->horizontalHeader()->setStretchLastSection(true);
    m_zones->setWordWrap(true); // long country lists wrap rather than elide
    // Row heights follow the countries column's width, which is known only once the table is laid out.
    connect(m_zones->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == m_zones->columnCount() - 1)
            m_zones->resizeRowsToContents();
    });
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_zones);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    fill();
}

void RateCardWidget::setService(const ShippingService &service)
{
    m_service = service;
    fill();
}

void RateCardWidget::fill()
{
    const ShippingService &s = m_service;
    const QLocale locale;
    // The date is stored as ISO text; one that does not read as a date is shown as it is.
    const QDate asOf = QDate::fromString(s.asOf, Qt::ISODate);
    const QString asOfText = s.asOf.isEmpty() ? tr("an unknown date")
                             : asOf.isValid() ? locale.toString(asOf, QLocale::ShortFormat)
                                              : s.asOf;
    if (s.code.isEmpty())
        m_title->setText(tr("Select a service to see its rate card."));
    else
        m_title->setText(tr("Rate card of %1 in %2, as of %3. Prices before the %4 % fuel surcharge.")
                             .arg(s.name, s.currency, asOfText, Decimal::localized(s.fuelPercent, locale)));
    fillGrid();
    fillZones();
}

void RateCardWidget::fillGrid()
{
    const ShippingService &s = m_service;
    // Zones may bracket differently: one row per weight any zone names, each zone priced at that weight.
    std::set<qint64> weights;
    for (const ShippingService::Zone &zone : s.zones) {
        for (const ShippingService::Bracket &bracket : zone.brackets)
            weights.insert(bracket.maxWeightG);
    }
    const QLocale locale;
    m_grid->clear();
    m_grid->setColumnCount(int(s.zones.size()));
    m_grid->setRowCount(int(weights.size()));
    QStringList zoneHeaders;
    for (const ShippingService::Zone &zone : s.zones)
        zoneHeaders.append(tr("Zone %1").arg(zone.name));
    m_grid->setHorizontalHeaderLabels(zoneHeaders);
    // A few zones share the width; many keep their natural width and scroll.
    m_grid->horizontalHeader()->setSectionResizeMode(s.zones.size() <= 8 ? QHeaderView::Stretch
                                                                         : QHeaderView::ResizeToContents);
    int row = 0;
    for (qint64 weight : weights) {
        m_grid->setVerticalHeaderItem(
            row, new QTableWidgetItem(tr("up to %1").arg(Units::formatWeight(weight, Units::System::Metric, locale))));
        for (int column = 0; column < s.zones.size(); ++column) {
            const auto price = RateCalculator::freightMinor(s.zones.at(column), weight);
            m_grid->setItem(row, column, numberItem(price ? Money(*price, s.currency).format(locale) : tr("—")));
        }
        ++row;
    }
}

void RateCardWidget::fillZones()
{
    const ShippingService &s = m_service;
    QHash<QString, QStringList> countries;
    for (auto it = s.zoneByCountry.cbegin(); it != s.zoneByCountry.cend(); ++it)
        countries[it.value()].append(it.key());
    const QLocale locale;
    m_zones->setColumnCount(4);
    m_zones->setHorizontalHeaderLabels({tr("Zone"), tr("Extra per 0.5 kg"), tr("Transit days"), tr("Countries")});
    m_zones->setRowCount(int(s.zones.size()));
    for (int row = 0; row < s.zones.size(); ++row) {
        const ShippingService::Zone &zone = s.zones.at(row);
        QStringList codes = countries.value(zone.name);
        codes.sort();
        QStringList names;
        for (const QString &code : std::as_const(codes))
            names.append(Country::displayName(code, locale));
        auto *countryItem = new QTableWidgetItem(codes.join(u' '));
        countryItem->setToolTip(names.join(u", "_s));
        const qint64 last = zone.brackets.isEmpty() ? 0 : zone.brackets.constLast().maxWeightG;
        const QString extra = zone.extraPerHalfKgMinor < 0
                                  ? tr("none above %1").arg(Units::formatWeight(last, Units::System::Metric, locale))
                                  : Money(zone.extraPerHalfKgMinor, s.currency).format(locale);
        const QString days = zone.transitDaysMin == zone.transitDaysMax
                                 ? locale.toString(zone.transitDaysMax)
                                 : tr("%1–%2").arg(locale.toString(zone.transitDaysMin),
                                                   locale.toString(zone.transitDaysMax));
        m_zones->setItem(row, 0, new QTableWidgetItem(zone.name));
        m_zones->setItem(row, 1, numberItem(extra));
        m_zones->setItem(row, 2, numberItem(days));
        m_zones->setItem(row, 3, countryItem);
    }
    m_zones->resizeRowsToContents();
}

void RateCardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}
