#pragma once

#include "common/result.h"
#include "domain/client.h"
#include "domain/partner.h"
#include "domain/places.h"
#include "domain/planning.h"
#include "domain/provider.h"
#include "domain/service.h"
#include "domain/servicetype.h"
#include "domain/trajectory.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace wzsw {

class Database;

/// How an entity maps onto its table: the one place where its columns are listed, turned into
/// values and read back. Every entity table has `id` and `version` first, then `columns()` in this
/// order. Repositories, the bulk writer of import and demo, and the exchange export all go through
/// these mappings.
///
/// A mapping may own child rows (a client's target groups, a provider's service types, an
/// agreement's scopes): `children` lists them, `writeChildren` replaces them, `readChildren`
/// loads them.
template <typename T> struct Mapping;

/// The child rows of one set-valued field: (owner id, value) pairs in a table of their own.
struct ChildRows
{
    QString table;
    QString ownerColumn;
    QString valueColumn;
    QVariantList values;
};

#define WZSW_DECLARE_MAPPING(Type)                                                                 \
    template <> struct Mapping<Type>                                                               \
    {                                                                                              \
        static const QString &table();                                                             \
        static const QStringList &columns();                                                       \
        static QVariantList values(const Type &value);                                             \
        static void read(const QSqlQuery &query, int first, Type &value);                          \
        static QList<ChildRows> children(const Type &value);                                       \
        static Status writeChildren(Database &db, const Type &value);                              \
        static Status readChildren(const Database &db, Type &value);                               \
    };

WZSW_DECLARE_MAPPING(Municipality)
WZSW_DECLARE_MAPPING(Neighbourhood)
WZSW_DECLARE_MAPPING(ServiceType)
WZSW_DECLARE_MAPPING(Partner)
WZSW_DECLARE_MAPPING(Agreement)
WZSW_DECLARE_MAPPING(Client)
WZSW_DECLARE_MAPPING(Provider)
WZSW_DECLARE_MAPPING(Trajectory)
WZSW_DECLARE_MAPPING(LadderAssessment)
WZSW_DECLARE_MAPPING(ServiceRequest)
WZSW_DECLARE_MAPPING(Delivery)
WZSW_DECLARE_MAPPING(Target)
WZSW_DECLARE_MAPPING(BudgetLine)
WZSW_DECLARE_MAPPING(ProjectSettings)
WZSW_DECLARE_MAPPING(ContactNote)

#undef WZSW_DECLARE_MAPPING

/// `INSERT INTO table (columns) VALUES (placeholders)` for a new record of T (id and version
/// are filled in by the database); one placeholder per column, `?` when none are given.
template <typename T> QString insertSql(QStringList placeholders = {})
{
    if (placeholders.isEmpty())
        for (qsizetype i = 0; i < Mapping<T>::columns().size(); ++i)
            placeholders.append(QStringLiteral("?"));
    return QStringLiteral("INSERT INTO ") + Mapping<T>::table() + QStringLiteral(" (") +
           Mapping<T>::columns().join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           placeholders.join(QStringLiteral(", ")) + QStringLiteral(")");
}

} // namespace wzsw
