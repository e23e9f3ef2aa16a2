#pragma once

#include "shipping.h"

#include <QWidget>

class QLabel;
class QTableWidget;

// One service's rate card, read-only: prices by weight bracket (rows) and zone (columns) in the card's currency,
// and per zone its countries, the extra price per 0.5 kg above the last bracket and the transit days.
class RateCardWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateCardWidget)

public:
    explicit RateCardWidget(QWidget *parent = nullptr);

    void setService(const ShippingService &service);
    QTableWidget *grid() const { return m_grid; }
    QTableWidget *zones() const { return m_zones; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void fillGrid();
    void fillZones();

    ShippingService m_service;
    QLabel *m_title;
    QTableWidget *m_grid;
    QTableWidget *m_zones;
};
