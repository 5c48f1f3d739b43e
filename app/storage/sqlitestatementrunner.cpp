#include "storage/sqlitestatementrunner.h"

#include <sqlite3.h>

namespace baton {

SqliteStatementRunner::~SqliteStatementRunner()
{
    for (const auto &[sql, statement] : m_statements)
        sqlite3_finalize(statement);
}

sqlite3_stmt *SqliteStatementRunner::statement(const QString &sql, QString *error)
{
    if (const auto it = m_statements.find(sql); it != m_statements.end())
        return it->second;
    sqlite3_stmt *prepared = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &prepared, nullptr) !=
        SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(prepared);
        return nullptr;
    }
    m_statements.emplace(sql, prepared);
    return prepared;
}

namespace {
// Whether binding `text` as UTF-8 stores what binding it as UTF-16 (Qt's driver, and this class
// before issue 12) stores. Not for a leading byte-order mark, which SQLite drops from UTF-16 only,
// nor for lone surrogates, which toUtf8() replaces and SQLite's own translation does not.
bool storesAlikeAsUtf8(const QString &text)
{
    if (text.isEmpty())
        return true;
    const char16_t first = text.front().unicode();
    return first != 0xFEFF && first != 0xFFFE && text.isValidUtf16();
}
} // namespace

bool SqliteStatementRunner::bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull() && value.typeId() != QMetaType::QString)
        return sqlite3_bind_null(statement, index) == SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
        return sqlite3_bind_int64(statement, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::UChar:
        return sqlite3_bind_int64(statement, index, sqlite3_int64(value.toULongLong())) == SQLITE_OK;
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble()) == SQLITE_OK;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT) ==
               SQLITE_OK;
    }
    default: {
        // Text, and whatever Qt's driver would have bound as its string form.
        const QString text = value.toString();
        // A null QString is empty text, not NULL (as SqliteDatabase::exec binds it).
        if (storesAlikeAsUtf8(text)) {
            // UTF-8 is the database's encoding: bound as UTF-16, SQLite translated every string on
            // each step (issue 12).
            const QByteArray utf8 = text.toUtf8();
            return sqlite3_bind_text64(statement, index, utf8.isNull() ? "" : utf8.constData(),
                                       sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8) == SQLITE_OK;
        }
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT) ==
               SQLITE_OK;
    }
    }
}

bool SqliteStatementRunner::run(const QString &sql, const QVariantList &values, QString *error)
{
    sqlite3_stmt *s = statement(sql, error);
    if (!s)
        return false;
    bool ok = sqlite3_bind_parameter_count(s) == values.size();
    if (!ok)
        *error = QStringLiteral("%1 values for %2 parameters").arg(values.size()).arg(sqlite3_bind_parameter_count(s));
    for (int i = 0; ok && i < values.size(); ++i) {
        ok = bind(s, i + 1, values.at(i));
        if (!ok)
            *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    }
    if (ok) {
        int rc = sqlite3_step(s);
        while (rc == SQLITE_ROW) // a pragma answering a row: consumed and ignored
            rc = sqlite3_step(s);
        ok = rc == SQLITE_DONE;
        if (!ok)
            *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return ok;
}

} // namespace baton
