#include "shell/pageregistry.h"

namespace wzsw {

void PageRegistry::set(PageId id, Factory factory)
{
    m_factories[id] = std::move(factory);
}

bool PageRegistry::contains(PageId id) const
{
    return m_factories.find(id) != m_factories.end();
}

QList<PageId> PageRegistry::ids() const
{
    QList<PageId> result;
    for (const auto &[id, factory] : m_factories)
        result.append(id);
    return result;
}

Page *PageRegistry::create(PageId id, QWidget *parent) const
{
    const auto found = m_factories.find(id);
    return found == m_factories.end() ? nullptr : found->second(parent);
}

} // namespace wzsw
