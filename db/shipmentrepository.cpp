#include "shipmentrepository.h"

#include "connection.h"
#include "shopsettings.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// A null QString binds as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(u""_s) : QVariant(text);
}

} // namespace

QStringList Shipment::statuses()
{
    return {u"created"_s, u"label_printed"_s, u"shipped"_s, u"delivered"_s, u"returned"_s, u"cancelled"_s};
}

QString Shipment::statusLabel(const QString &status)
{
    if (status == u"created")
        return ShipmentRepository::tr("Created");
    if (status == u"label_printed")
        return ShipmentRepository::tr("Label printed");
    if (status == u"shipped")
        return ShipmentRepository::tr("Shipped");
    if (status == u"delivered")
        return ShipmentRepository::tr("Delivered");
    if (status == u"returned")
        return ShipmentRepository::tr("Returned");
    if (status == u"cancelled")
        return ShipmentRepository::tr("Cancelled");
    return status;
}

ShipmentRepository::ShipmentRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<Shipment> ShipmentRepository::select(const QString &where, const QVariant &value) const
{
    QList<Shipment> result;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, order_id, service_code, carrier_code, status, cost_minor, cost_currency, cost_base_minor, "
              u"billable_weight_g, customs_form, created_at, created_by FROM shipments WHERE "_s
              + where + u" ORDER BY id"_s);
    q.addBindValue(value);
    if (!q.exec())
        return result;
    const QString base = ShopSettings(m_db).baseCurrency();
    while (q.next()) {
        Shipment s;
        s.id = q.value(0).toLongLong();
        s.orderId = q.value(1).toLongLong();
        s.serviceCode = q.value(2).toString();
        s.carrierCode = q.value(3).toString();
        s.status = q.value(4).toString();
        s.cost = Money(q.value(5).toLongLong(), q.value(6).toString());
        if (!q.value(7).isNull())
            s.costBase = Money(q.value(7).toLongLong(), base);
        s.billableWeightG = q.value(8).toLongLong();
        s.customsForm = q.value(9).toString();
        s.createdAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
        s.createdBy = q.value(11).toString();
        result.append(s);
    }
    for (Shipment &s : result)
        loadPackages(s);
    return result;
}

bool ShipmentRepository::loadPackages(Shipment &shipment) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, seq, weight_g, length_mm, width_mm, height_mm, tracking_number, tracking_kind, "
              u"tracking_valid, tracking_note FROM packages WHERE shipment_id = ? ORDER BY seq"_s);
    q.addBindValue(shipment.id);
    if (!q.exec())
        return false;
    while (q.next()) {
        ShipmentPackage p;
        p.id = q.value(0).toLongLong();
        p.seq = q.value(1).toInt();
        p.parcel = {q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()};
        p.trackingNumber = q.value(6).toString();
        p.trackingKind = q.value(7).toString();
        p.trackingValid = q.value(8).toBool();
        p.trackingNote = q.value(9).toString();
        shipment.packages.append(p);
    }
    return true;
}

QList<Shipment> ShipmentRepository::forOrder(qint64 orderId) const
{
    return select(u"order_id = ?"_s, orderId);
}

std::optional<Shipment> ShipmentRepository::find(qint64 id) const
{
    const auto found = select(u"id = ?"_s, id);
    return found.isEmpty() ? std::nullopt : std::optional<Shipment>(found.front());
}

std::optional<Shipment> ShipmentRepository::findByTracking(const QString &number) const
{
    const auto found = select(u"id IN (SELECT shipment_id FROM packages WHERE tracking_number = ?)"_s, number);
    return found.isEmpty() ? std::nullopt : std::optional<Shipment>(found.back());
}

bool ShipmentRepository::insert(Shipment &s, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO shipments (order_id, service_id, service_code, carrier_code, status, cost_minor, "
              u"cost_currency, cost_base_minor, billable_weight_g, customs_form, created_by) "
              u"VALUES (?, (SELECT id FROM shipping_services WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(s.orderId), notNull(s.serviceCode), notNull(s.serviceCode), notNull(s.carrierCode),
          QVariant(s.status), QVariant(s.cost.minorUnits()), QVariant(s.cost.currency()),
          s.costBase ? QVariant(s.costBase->minorUnits()) : QVariant(QMetaType::fromType<qint64>()),
          QVariant(s.billableWeightG), notNull(s.customsForm), notNull(s.createdBy)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = tr("cannot store the shipment: %1").arg(sqlErrorText(q));
        return false;
    }
    s.id = q.lastInsertId().toLongLong();
    QSqlQuery p(m_db);
    p.prepare(u"INSERT INTO packages (shipment_id, seq, weight_g, length_mm, width_mm, height_mm, tracking_number, "
              u"tracking_kind, tracking_valid, tracking_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (ShipmentPackage &package : s.packages) {
        for (const QVariant &v : {QVariant(s.id), QVariant(package.seq), QVariant(package.parcel.weightG),
                                  QVariant(package.parcel.lengthMm), QVariant(package.parcel.widthMm),
                                  QVariant(package.parcel.heightMm), notNull(package.trackingNumber),
                                  notNull(package.trackingKind), QVariant(package.trackingValid ? 1 : 0),
                                  notNull(package.trackingNote)})
            p.addBindValue(v);
        if (!p.exec()) {
            *error = tr("cannot store package %1: %2").arg(package.seq).arg(sqlErrorText(p));
            return false;
        }
        package.id = p.lastInsertId().toLongLong();
    }
    return true;
}

bool ShipmentRepository::setStatus(qint64 shipmentId, const QString &status, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE shipments SET status = ?, shipped_at = CASE WHEN ? = 'shipped' "
              u"THEN strftime('%Y-%m-%dT%H:%M:%SZ', 'now') ELSE shipped_at END WHERE id = ?"_s);
    q.addBindValue(status);
    q.addBindValue(status);
    q.addBindValue(shipmentId);
    if (!q.exec()) {
        *error = sqlErrorText(q);
        return false;
    }
    return true;
}

bool ShipmentRepository::setTracking(qint64 packageId, const QString &number, const QString &kind, bool valid,
                                     const QString &note, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE packages SET tracking_number = ?, tracking_kind = ?, tracking_valid = ?, tracking_note = ? "
              u"WHERE id = ?"_s);
    for (const QVariant &v : {notNull(number), notNull(kind), QVariant(valid ? 1 : 0), notNull(note),
                              QVariant(packageId)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = sqlErrorText(q);
        return false;
    }
    return true;
}
