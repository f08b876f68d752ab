#pragma once

#include "shell/page.h"

#include <QList>

#include <functional>
#include <map>

namespace wzsw {

/// Which widget fills each place of the navigation. The main window asks the registry for its
/// pages; an issue that fills a place replaces that place's factory (in standardpages.cpp),
/// the window does not change:
///
///     registry.set(PageId::Overview, [](QWidget *parent) { return new DashboardPage(parent); });
class PageRegistry
{
public:
    using Factory = std::function<Page *(QWidget *parent)>;

    /// Adds the page for `id`, or replaces the one there was.
    void set(PageId id, Factory factory);
    bool contains(PageId id) const;
    /// The registered places in navigation order.
    QList<PageId> ids() const;
    /// A new page for `id`, owned by `parent`; null when nothing is registered for it.
    Page *create(PageId id, QWidget *parent) const;

private:
    std::map<PageId, Factory> m_factories;
};

/// Every place of the navigation with the page that fills it today.
PageRegistry standardPages();

} // namespace wzsw
