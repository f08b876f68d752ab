#pragma once

#include "common/result.h"
#include "domain/client.h"
#include "domain/provider.h"
#include "storage/database.h"

#include <QList>
#include <QString>

namespace wzsw::test {

/// Whether `status` failed with a violation of `rule` on `field`.
bool hasViolation(const Status &status, const QString &field, Rule rule);
/// The same for the outcome of a service's check().
bool hasViolation(const Result<QList<RuleViolation>> &checked, const QString &field, Rule rule);
/// The message of the first violation on `field`, empty when there is none.
QString messageFor(const Status &status, const QString &field);

/// A valid client or provider stored through its service (intake / start 2025-01-01 unless
/// changed before), with the code the service gave it.
Client storeClient(Database &db, Client client);
Provider storeProvider(Database &db, Provider provider);

/// Executes raw SQL around the program, for planting damage that the file check must find.
void rawSql(Database &db, const QString &sql);

} // namespace wzsw::test
