#include "orderexporter.h"

#include "borderdeskordercsv.h"
#include "csvwriter.h"
#include "orderrepository.h"
#include "writeerror.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

qint64 OrderExporter::exportCsv(const QSqlDatabase &db, const QString &filePath, const OrderFilter &filter,
                                const QList<qint64> &ids, QString *error, const std::function<bool(int)> &progress)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write the file: %2").arg(filePath, WriteError::fromFile(file));
        return -1;
    }
    const OrderRepository orders(db);
    file.write(CsvWriter::record(BorderdeskOrderCsv::header()).toUtf8());
    qint64 written = 0;
    const qint64 total = ids.isEmpty() ? orders.count(filter) : ids.size();
    auto writeOrder = [&](qint64 id) {
        const auto order = orders.load(id);
        if (!order)
            return;
        for (const QStringList &row : BorderdeskOrderCsv::rows(*order))
            file.write(CsvWriter::record(row).toUtf8());
        ++written;
    };
    auto cancelled = [&]() {
        if (progress && written % 200 == 0 && !progress(int(written * 100 / qMax<qint64>(total, 1)))) {
            file.cancelWriting();
            *error = tr("export cancelled");
            return true;
        }
        return false;
    };
    if (!ids.isEmpty()) {
        for (qint64 id : ids) {
            writeOrder(id);
            if (cancelled())
                return -1;
        }
    } else {
        OrderFilter::Cursor cursor;
        for (;;) {
            const QList<Order> page = orders.page(filter, 500, cursor);
            for (const Order &order : page) {
                writeOrder(order.id);
                if (cancelled())
                    return -1;
            }
            if (page.size() < 500)
                break;
            cursor = {page.constLast().createdAt.toString(Qt::ISODate), page.constLast().id};
        }
    }
    QString why;
    if (!WriteError::commit(file, &why)) {
        *error = tr("%1: cannot finish writing the file: %2").arg(filePath, why);
        return -1;
    }
    return written;
}
