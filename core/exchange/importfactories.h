#pragma once

#include "exchange/exchangefiles.h"
#include "exchange/fileimport.h"

#include <memory>

namespace wzsw {

class ImportContext;

/// The file imports, per group of entities (import_*.cpp); nullptr for an entity not in the
/// group.
std::unique_ptr<FileImport> makeOrganisationImport(ExchangeEntity entity, ImportContext &context);
std::unique_ptr<FileImport> makePeopleImport(ExchangeEntity entity, ImportContext &context);
std::unique_ptr<FileImport> makeWorkImport(ExchangeEntity entity, ImportContext &context);
std::unique_ptr<FileImport> makePlanningImport(ExchangeEntity entity, ImportContext &context);

/// The natural key as one string: the parts joined by a character no code or date contains.
QString joinKey(std::initializer_list<QString> parts);

} // namespace wzsw
