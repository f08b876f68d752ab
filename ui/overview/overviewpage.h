#pragma once

#include "shell/page.h"
#include "storage/attentionqueries.h"

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace wzsw {

/// Overzicht: this period's key figures against the targets (core's computeReport, the
/// project so far up to today, region) and the attention list (core's AttentionQueries),
/// each item opening its record on double-click or Enter. Reloads when records change.
class OverviewPage : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    PageId pageId() const override { return PageId::Overview; }
    QString title() const override;
    void setDataFile(DataFile *file) override;
    void activate() override;
    QString statusText() const override;

    QTreeWidget *attentionList() const { return m_attention; }
    QTableWidget *figuresTable() const { return m_figures; }

protected:
    void retranslate() override;

private:
    void reload();
    void fillFigures();
    void fillAttention();
    static QString kindTitle(AttentionKind kind);

    DataFile *m_file = nullptr;
    bool m_stale = true;
    QLabel *m_figuresTitle;
    QTableWidget *m_figures;
    QLabel *m_attentionTitle;
    QTreeWidget *m_attention;
    int m_attentionCount = 0;
};

} // namespace wzsw
