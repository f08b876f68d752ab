// Which page fills each place of the navigation.
#include "export/exportpage.h"
#include "lists/listpage.h"
#include "overview/overviewpage.h"
#include "reportpage/reportspage.h"
#include "shell/pageregistry.h"

namespace wzsw {

namespace {

PageRegistry::Factory lists(PageId id, const char *title, QList<RecordKind> kinds)
{
    return [=](QWidget *parent) {
        return new ListPage(id, title, kinds, parent);
    };
}

} // namespace

PageRegistry standardPages()
{
    PageRegistry registry;
    registry.set(PageId::Overview, [](QWidget *parent) { return new OverviewPage(parent); });
    registry.set(PageId::Clients,
                 lists(PageId::Clients, QT_TRANSLATE_NOOP("wzsw::PageTitle", "Clients"),
                       {RecordKind::Client}));
    registry.set(PageId::Providers,
                 lists(PageId::Providers, QT_TRANSLATE_NOOP("wzsw::PageTitle", "Providers"),
                       {RecordKind::Provider}));
    registry.set(PageId::Trajectories,
                 lists(PageId::Trajectories, QT_TRANSLATE_NOOP("wzsw::PageTitle", "Trajectories"),
                       {RecordKind::Trajectory}));
    registry.set(PageId::RequestsAndDeliveries,
                 lists(PageId::RequestsAndDeliveries,
                       QT_TRANSLATE_NOOP("wzsw::PageTitle", "Requests and deliveries"),
                       {RecordKind::Request, RecordKind::Delivery}));
    registry.set(PageId::PartnersAndAgreements,
                 lists(PageId::PartnersAndAgreements,
                       QT_TRANSLATE_NOOP("wzsw::PageTitle", "Partners and agreements"),
                       {RecordKind::Partner, RecordKind::Agreement}));
    registry.set(PageId::TargetsAndBudget,
                 lists(PageId::TargetsAndBudget,
                       QT_TRANSLATE_NOOP("wzsw::PageTitle", "Targets and budget"),
                       {RecordKind::Target, RecordKind::BudgetLine}));
    registry.set(PageId::Reports, [](QWidget *parent) { return new ReportsPage(parent); });
    registry.set(PageId::Export, [](QWidget *parent) { return new ExportPage(parent); });
    return registry;
}

} // namespace wzsw
