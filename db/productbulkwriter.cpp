#include "productbulkwriter.h"

#include "connection.h"
#include "writeerror.h"
#include "productrepository.h"

#include <QSqlDriver>

#ifdef BORDERDESK_SHARED_SQLITE
#include <sqlite3.h>
#endif

ProductBulkWriter::ProductBulkWriter(const QSqlDatabase &db)
    : m_query(db)
{
#ifdef BORDERDESK_SHARED_SQLITE
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        auto *connection = *static_cast<sqlite3 *const *>(handle.constData());
        const QString sql = ProductRepository::upsertStatement();
        if (connection
            && sqlite3_prepare16_v2(connection, sql.utf16(), int(sql.size() * 2), &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
#endif
    if (!m_statement)
        m_query.prepare(ProductRepository::upsertStatement());
}

ProductBulkWriter::~ProductBulkWriter()
{
#ifdef BORDERDESK_SHARED_SQLITE
    sqlite3_finalize(m_statement);
#endif
}

bool ProductBulkWriter::write(const Product &p, QString *error)
{
#ifdef BORDERDESK_SHARED_SQLITE
    if (m_statement) {
        int column = 0;
        auto text = [this, &column](const QString &value) {
            sqlite3_bind_text16(m_statement, ++column, value.utf16(), int(value.size() * 2), SQLITE_TRANSIENT);
        };
        auto integer = [this, &column](qint64 value) { sqlite3_bind_int64(m_statement, ++column, value); };
        // The column order of ProductRepository::upsertStatement().
        text(p.sku);
        text(p.name);
        text(p.description);
        text(p.customsDescription);
        text(p.barcode);
        text(p.hsCode);
        text(p.originCountry);
        text(p.category);
        integer(p.weightG);
        integer(p.lengthMm);
        integer(p.widthMm);
        integer(p.heightMm);
        integer(p.cost.minorUnits());
        text(p.cost.currency());
        integer(p.price.minorUnits());
        text(p.price.currency());
        integer(p.stock);
        integer(p.active ? 1 : 0);
        const int result = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (result != SQLITE_DONE) {
            *error = WriteError::fromSqlite(result, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
            return false;
        }
        return true;
    }
#endif
    ProductRepository::bindFields(m_query, p);
    if (!m_query.exec()) {
        *error = sqlErrorText(m_query);
        return false;
    }
    return true;
}
