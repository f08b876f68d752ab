#pragma once

#include "domain/client.h"
#include "domain/partner.h"
#include "domain/places.h"
#include "domain/planning.h"
#include "domain/provider.h"
#include "domain/service.h"
#include "domain/servicetype.h"
#include "domain/trajectory.h"
#include "exchange/exportrow.h"

#include <QHash>

namespace wzsw {

/// The codes of the records exported so far, by id: later files refer to them by code. The
/// exchange files come in dependency order, so every code is known before it is needed.
struct ExportCodes
{
    QHash<Id, QString> municipalities;
    QHash<Id, QString> neighbourhoods;
    QHash<Id, QString> serviceTypes;
    QHash<Id, QString> partners;
    QHash<Id, QString> clients;
    QHash<Id, QString> providers;
};

/// One row of the exchange file of each entity (spec/exchange-csv.md), and for records with a
/// code, noting that code for the files after it.
void exportCells(const Municipality &m, ExportCodes &codes, ExportRow &row);
void exportCells(const Neighbourhood &n, ExportCodes &codes, ExportRow &row);
void exportCells(const ServiceType &t, ExportCodes &codes, ExportRow &row);
void exportCells(const Partner &p, ExportCodes &codes, ExportRow &row);
void exportCells(const Agreement &a, ExportCodes &codes, ExportRow &row);
void exportCells(const Client &c, ExportCodes &codes, ExportRow &row);
void exportCells(const Provider &p, ExportCodes &codes, ExportRow &row);
void exportCells(const Trajectory &t, ExportCodes &codes, ExportRow &row);
void exportCells(const LadderAssessment &a, ExportCodes &codes, ExportRow &row);
void exportCells(const ServiceRequest &r, ExportCodes &codes, ExportRow &row);
void exportCells(const Delivery &d, ExportCodes &codes, ExportRow &row);
void exportCells(const Target &t, ExportCodes &codes, ExportRow &row);
void exportCells(const BudgetLine &b, ExportCodes &codes, ExportRow &row);
void exportCells(const ProjectSettings &s, ExportCodes &codes, ExportRow &row);

} // namespace wzsw
