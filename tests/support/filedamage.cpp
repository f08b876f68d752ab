#include "filedamage.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace wzsw::test {

void damageTable(const QString &path, const QString &table)
{
    qint64 pageSize = 0;
    qint64 rootPage = 0;
    {
        Result<std::unique_ptr<Database>> db =
            Database::open(path, Database::Mode::ReadOnly, Database::SchemaUpdate::ByCaller);
        REQUIRE(db.ok());
        pageSize = scalar(**db, u"PRAGMA page_size"_s).value().toLongLong();
        rootPage = scalar(**db, u"SELECT rootpage FROM sqlite_master WHERE type = 'table' AND "
                                u"name = '"_s +
                                    table + u"'"_s)
                       .value()
                       .toLongLong();
    }
    REQUIRE(rootPage > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((rootPage - 1) * pageSize));
    REQUIRE(file.write(QByteArray(int(pageSize), char(0xA5))) == pageSize);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

} // namespace wzsw::test
