// Import rules for the planning: targets, budget lines and project settings. An empty
// municipality code means the region as a whole.
#include "common/values.h"
#include "exchange/importfactories.h"
#include "exchange/recordimport.h"
#include "rules/entityrules.h"

using namespace Qt::StringLiterals;

namespace wzsw {

template <> struct ImportRules<Target>
{
    static constexpr ExchangeEntity entity = ExchangeEntity::Target;
    static QString name() { return u"target"_s; }
    static Target blank() { return {}; }
    static bool sameChildren(const Target &, const Target &) { return true; }
    static QList<int> keyColumns()
    {
        return {col::TargetMunicipality, col::TargetFrom, col::TargetTo, col::TargetMeasure};
    }
    static QString key(const Target &t)
    {
        return joinKey(
            {QString::number(t.municipalityId), isoDate(t.fromDate), isoDate(t.toDate), t.measure});
    }

    static void read(RowReader &row, ImportContext &c, Target &t, const Target *)
    {
        row.reference(col::TargetMunicipality, c.municipalities, t.municipalityId);
        row.date(col::TargetFrom, t.fromDate);
        row.date(col::TargetTo, t.toDate);
        row.code(col::TargetMeasure, t.measure);
        row.number(col::TargetValue, t.value);
        row.addRules(validateTarget(t, QString()));
    }
};

template <> struct ImportRules<BudgetLine>
{
    static constexpr ExchangeEntity entity = ExchangeEntity::Budget;
    static QString name() { return u"budget"_s; }
    static BudgetLine blank() { return {}; }
    static bool sameChildren(const BudgetLine &, const BudgetLine &) { return true; }
    static QList<int> keyColumns()
    {
        return {col::BudgetMunicipality, col::BudgetFrom, col::BudgetTo, col::BudgetKind,
                col::BudgetCategory};
    }
    static QString key(const BudgetLine &b)
    {
        return joinKey({QString::number(b.municipalityId), isoDate(b.fromDate), isoDate(b.toDate),
                        toCode(b.kind), toCode(b.category)});
    }

    static void read(RowReader &row, ImportContext &c, BudgetLine &b, const BudgetLine *)
    {
        row.reference(col::BudgetMunicipality, c.municipalities, b.municipalityId);
        row.date(col::BudgetFrom, b.fromDate);
        row.date(col::BudgetTo, b.toDate);
        row.choice(col::BudgetKind, b.kind);
        row.choice(col::BudgetCategory, b.category);
        row.money(col::BudgetPlanned, b.plannedCents);
        row.money(col::BudgetRealised, b.realisedCents);
        row.addRules(validateBudgetLine(b, QString()));
    }
};

template <> struct ImportRules<ProjectSettings>
{
    static constexpr ExchangeEntity entity = ExchangeEntity::Settings;
    static constexpr bool keyIsUnique = true; // one row per municipality and one for the region
    static QString name() { return u"settings"_s; }
    static ProjectSettings blank() { return {}; }
    static bool sameChildren(const ProjectSettings &, const ProjectSettings &) { return true; }
    static QList<int> keyColumns() { return {col::SettingsMunicipality}; }
    static QString key(const ProjectSettings &s) { return QString::number(s.municipalityId); }

    static void read(RowReader &row, ImportContext &c, ProjectSettings &s, const ProjectSettings *)
    {
        row.reference(col::SettingsMunicipality, c.municipalities, s.municipalityId);
        row.date(col::SettingsStart, s.projectStart);
        row.date(col::SettingsInterim1, s.interim1);
        row.date(col::SettingsInterim2, s.interim2);
        row.date(col::SettingsEnd, s.projectEnd);
        row.text(col::SettingsLeader, s.projectLeader);
        row.addRules(validateProjectSettings(s, QString()));
    }
};

std::unique_ptr<FileImport> makePlanningImport(ExchangeEntity entity, ImportContext &context)
{
    switch (entity) {
    case ExchangeEntity::Target:
        return std::make_unique<RecordImport<Target>>(context);
    case ExchangeEntity::Budget:
        return std::make_unique<RecordImport<BudgetLine>>(context);
    case ExchangeEntity::Settings:
        return std::make_unique<RecordImport<ProjectSettings>>(context);
    default:
        return nullptr;
    }
}

} // namespace wzsw
