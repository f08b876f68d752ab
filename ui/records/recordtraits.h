#pragma once

#include "common/result.h"
#include "domain/client.h"
#include "domain/partner.h"
#include "domain/planning.h"
#include "domain/provider.h"
#include "domain/recordkind.h"
#include "domain/service.h"
#include "domain/trajectory.h"

namespace wzsw {

class Database;

/// What the forms and undo commands need to know of each kind of record: which core service
/// stores and removes it (refusing to remove a record changed since `expectedVersion` was
/// read, see RecordWriter::expectingVersion), how to read it, and the Dutch-first names of the
/// actions on it
/// ("Cliënt toevoegen", "Cliënt wijzigen", "Cliënt verwijderen").
template <typename T> struct RecordTraits;

#define WZSW_RECORD_TRAITS(Type, Kind)                                                             \
    template <> struct RecordTraits<Type>                                                          \
    {                                                                                              \
        static constexpr RecordKind kind = RecordKind::Kind;                                       \
        static Result<Type> load(Database &db, Id id);                                             \
        static Result<QList<RuleViolation>> check(Database &db, const Type &value);                \
        static Status save(Database &db, Type &value);                                             \
        static Status remove(Database &db, Id id, int expectedVersion);                            \
        static QString addText();                                                                  \
        static QString changeText();                                                               \
        static QString removeText();                                                               \
    };

WZSW_RECORD_TRAITS(Client, Client)
WZSW_RECORD_TRAITS(Provider, Provider)
WZSW_RECORD_TRAITS(Trajectory, Trajectory)
WZSW_RECORD_TRAITS(LadderAssessment, LadderAssessment)
WZSW_RECORD_TRAITS(ServiceRequest, Request)
WZSW_RECORD_TRAITS(Delivery, Delivery)
WZSW_RECORD_TRAITS(Partner, Partner)
WZSW_RECORD_TRAITS(Agreement, Agreement)
WZSW_RECORD_TRAITS(Target, Target)
WZSW_RECORD_TRAITS(BudgetLine, BudgetLine)
WZSW_RECORD_TRAITS(ContactNote, ContactNote)
#undef WZSW_RECORD_TRAITS

} // namespace wzsw
