#include "productexporter.h"

#include "connection.h"
#include "csvwriter.h"
#include "productcsv.h"
#include "productrepository.h"
#include "writeerror.h"

#include <QSaveFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

qint64 ProductExporter::exportCsv(const QSqlDatabase &db, const QString &filePath, QString *error,
                                  const std::function<bool(int)> &progress)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write the file: %2").arg(filePath, WriteError::fromFile(file));
        return -1;
    }
    const qint64 total = ProductRepository(db).count();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + ProductRepository::selectColumns() + u" FROM products ORDER BY sku"_s)) {
        *error = tr("cannot read the catalogue: %1").arg(sqlErrorText(q));
        file.cancelWriting();
        return -1;
    }
    file.write(CsvWriter::record(ProductCsv::borderdeskHeader()).toUtf8());
    qint64 written = 0;
    while (q.next()) {
        file.write(CsvWriter::record(ProductCsv::borderdeskRow(ProductRepository::productFromQuery(q))).toUtf8());
        ++written;
        if (progress && written % 1000 == 0 && !progress(int(written * 100 / qMax<qint64>(total, 1)))) {
            file.cancelWriting();
            *error = tr("export cancelled");
            return -1;
        }
    }
    QString why;
    if (!WriteError::commit(file, &why)) {
        *error = tr("%1: cannot finish writing the file: %2").arg(filePath, why);
        return -1;
    }
    return written;
}
