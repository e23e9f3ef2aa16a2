#pragma once

#include "order.h"
#include "shipmentrepository.h"
#include "shipping.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class CountryComboBox;
class PackageRows;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QuoteTableModel;

// Rate shopping: every active service's price for a parcel, sorted with the shop's default highlighted. For an
// order it also takes the packages (count, weight, size), each package's tracking number checked as it is typed
// or scanned, and books the shipment with the chosen service; ad hoc it prices a country, weight and box size.
class RateShopDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateShopDialog)

public:
    // orderId 0: ad hoc (country, weight and size typed in).
    RateShopDialog(const QSqlDatabase &db, qint64 orderId, QWidget *parent = nullptr);
    ~RateShopDialog() override;

    QuoteTableModel *model() const { return m_model; }
    QTableView *quoteTable() const { return m_table; }
    CountryComboBox *countryCombo() const { return m_country; }
    QLineEdit *weightEdit() const { return m_weight; }
    QLineEdit *dimensionsEdit() const { return m_dimensions; }
    QSpinBox *packageCount() const { return m_count; }
    PackageRows *packages() const { return m_packages; }
    QPushButton *createButton() const { return m_createButton; }
    QLabel *messageLabel() const { return m_message; }
    QString selectedServiceCode() const;
    bool selectService(const QString &code);
    std::optional<Shipment> createdShipment() const { return m_created; }

public Q_SLOTS:
    void requote();
    // Books the shipment with the selected service, packages and tracking numbers; false (and why, shown) when
    // the order may not ship or a number is wrong: nothing is stored then.
    bool createShipment();

Q_SIGNALS:
    void shipmentCreated(qint64 shipmentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<QList<Parcel>> parcels(QString *error) const;
    void selectDefault();
    void updateTracking();
    void updateCreate();
    void showMessage(const QString &text, bool problem);
    void retranslateUi();

    QSqlDatabase m_db;
    qint64 m_orderId;
    std::optional<Order> m_order;
    QStringList m_refusals;
    QHash<QString, Carrier> m_carriers;
    std::optional<Shipment> m_created;
    QString m_parcelNote;

    QuoteTableModel *m_model;
    QLabel *m_intro;
    QLabel *m_refusalLabel;
    QGroupBox *m_parcelBox;
    QLabel *m_countryLabel;
    CountryComboBox *m_country;
    QLabel *m_weightLabel;
    QLineEdit *m_weight;
    QLabel *m_dimensionsLabel;
    QLineEdit *m_dimensions;
    QLabel *m_countLabel;
    QSpinBox *m_count;
    PackageRows *m_packages;
    QTableView *m_table;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_createButton;
};
