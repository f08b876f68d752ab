#pragma once

#include "shell/page.h"

#include <QList>

class QTabWidget;

namespace wzsw {

class ListPanel;

/// A page of lists: one list (Clients), or several under tabs (Requests and deliveries).
class ListPage : public Page
{
    Q_OBJECT

public:
    /// `title` is an English source text, translated in context "wzsw::PageTitle".
    ListPage(PageId id, const char *title, const QList<RecordKind> &kinds,
             QWidget *parent = nullptr);

    PageId pageId() const override { return m_id; }
    QString title() const override;
    void setDataFile(DataFile *file) override;
    void activate() override;
    QString statusText() const override;
    bool focusSearch() override;
    void saveState() override;

    const QList<ListPanel *> &panels() const { return m_panels; }
    /// The list in front (the current tab).
    ListPanel *currentPanel() const;
    /// Brings the list of `kind` to the front; false when the page has none.
    bool showList(RecordKind kind);

protected:
    void retranslate() override;

private:
    PageId m_id;
    const char *m_title;
    QList<ListPanel *> m_panels;
    QTabWidget *m_tabs = nullptr;
};

} // namespace wzsw
