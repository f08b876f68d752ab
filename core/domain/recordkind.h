#pragma once

namespace wzsw {

/// The kinds of record a person looks at one by one: what a list shows, what a form edits,
/// what an undo command says it changed.
enum class RecordKind
{
    Client,
    Provider,
    Trajectory,
    Request,
    Delivery,
    Partner,
    Agreement,
    LadderAssessment,
    ContactNote,
    Target,
    BudgetLine,
    ServiceType,
    Municipality,
    Neighbourhood,
};

} // namespace wzsw
