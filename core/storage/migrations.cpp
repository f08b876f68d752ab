#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <array>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

using Step = Status (*)(Database &);

// Step i brings a file from version i to version i + 1.
constexpr std::array<Step, 9> steps{
    &createSchemaVersion1,
    &addFigureIndexes,
    &addListIndexes,
    &addReports,
    &addErasureDates,
    &narrowDeliveryIndexes,
    &orderClientIndexByProvider,
    &addRowSecurity,
    &addDeliveryTotals,
};

} // namespace

int latestSchemaVersion()
{
    return int(steps.size());
}

Status migrate(Database &db)
{
    for (int version = db.schemaVersion(); version < latestSchemaVersion(); ++version) {
        if (version < 0)
            return Error::make(Error::Kind::Storage, u"schema version unreadable"_s);
        WriteTransaction tx(db);
        if (!tx.ok())
            return tx.error();
        if (Status status = steps[std::size_t(version)](db); !status)
            return status;
        if (Status status = execSql(db, db.dialect().setSchemaVersion(version + 1)); !status)
            return status;
        if (Status status = tx.commit(); !status)
            return status;
    }
    return {};
}

} // namespace wzsw
