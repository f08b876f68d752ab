#include "lists/listpage.h"

#include "lists/listpanel.h"

#include <QCoreApplication>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wzsw {

namespace {

QString tabTitle(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Request:
        return QCoreApplication::translate("wzsw::ListPage", "Requests");
    case RecordKind::Delivery:
        return QCoreApplication::translate("wzsw::ListPage", "Deliveries");
    case RecordKind::Partner:
        return QCoreApplication::translate("wzsw::ListPage", "Partners");
    case RecordKind::Agreement:
        return QCoreApplication::translate("wzsw::ListPage", "Agreements");
    case RecordKind::Target:
        return QCoreApplication::translate("wzsw::ListPage", "Targets");
    case RecordKind::BudgetLine:
        return QCoreApplication::translate("wzsw::ListPage", "Financing plan");
    default:
        return {};
    }
}

} // namespace

ListPage::ListPage(PageId id, const char *title, const QList<RecordKind> &kinds, QWidget *parent)
    : Page(parent), m_id(id), m_title(title)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (RecordKind kind : kinds) {
        auto *panel = new ListPanel(kind, this);
        m_panels.append(panel);
        connect(panel, &ListPanel::countChanged, this, &Page::statusTextChanged);
        connect(panel, &ListPanel::recordActivated, this, &Page::recordActivated);
    }
    if (m_panels.size() == 1) {
        layout->addWidget(m_panels.front());
    } else {
        m_tabs = new QTabWidget(this);
        m_tabs->setDocumentMode(true);
        for (ListPanel *panel : std::as_const(m_panels))
            m_tabs->addTab(panel, tabTitle(panel->kind()));
        connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
            activate();
            emit statusTextChanged();
        });
        layout->addWidget(m_tabs);
    }
}

QString ListPage::title() const
{
    return QCoreApplication::translate("wzsw::PageTitle", m_title);
}

void ListPage::setDataFile(DataFile *file)
{
    for (ListPanel *panel : std::as_const(m_panels))
        panel->setDataFile(file);
}

void ListPage::activate()
{
    currentPanel()->activate();
}

ListPanel *ListPage::currentPanel() const
{
    return m_tabs ? m_panels.at(m_tabs->currentIndex()) : m_panels.front();
}

bool ListPage::showList(RecordKind kind)
{
    for (qsizetype i = 0; i < m_panels.size(); ++i) {
        if (m_panels.at(i)->kind() != kind)
            continue;
        if (m_tabs)
            m_tabs->setCurrentIndex(int(i));
        return true;
    }
    return false;
}

QString ListPage::statusText() const
{
    return currentPanel()->countText();
}

bool ListPage::focusSearch()
{
    currentPanel()->focusSearch();
    return true;
}

void ListPage::saveState()
{
    for (ListPanel *panel : std::as_const(m_panels))
        panel->saveState();
}

void ListPage::retranslate()
{
    if (m_tabs)
        for (qsizetype i = 0; i < m_panels.size(); ++i)
            m_tabs->setTabText(int(i), tabTitle(m_panels.at(i)->kind()));
}

} // namespace wzsw
