#include "overview/overviewpage.h"

#include "figures/computereport.h"
#include "report/measurelabels.h"
#include "settings/translations.h"
#include "shell/datafile.h"
#include "widgets/displayformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

OverviewPage::OverviewPage(QWidget *parent)
    : Page(parent), m_figuresTitle(new QLabel(this)), m_figures(new QTableWidget(this)),
      m_attentionTitle(new QLabel(this)), m_attention(new QTreeWidget(this))
{
    setObjectName(u"overviewPage"_s);
    QFont heading = m_figuresTitle->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_figuresTitle->setFont(heading);
    m_attentionTitle->setFont(heading);
    m_figures->setColumnCount(6);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->verticalHeader()->hide();
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attention->setColumnCount(2);
    m_attention->setRootIsDecorated(true);
    m_attention->setObjectName(u"attentionList"_s);
    m_attention->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_attention, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant kind = item->data(0, Qt::UserRole);
        if (kind.isValid())
            emit recordActivated(
                {RecordKind(kind.toInt()), item->data(1, Qt::UserRole).toLongLong()});
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_figuresTitle);
    layout->addWidget(m_figures, 2);
    layout->addWidget(m_attentionTitle);
    layout->addWidget(m_attention, 3);
    retranslate();
}

QString OverviewPage::title() const
{
    return QCoreApplication::translate("wzsw::PageTitle", "Overview");
}

void OverviewPage::setDataFile(DataFile *file)
{
    m_file = file;
    m_stale = true;
    m_figures->setRowCount(0);
    m_attention->clear();
    if (file)
        connect(file, &DataFile::recordsChanged, this, [this] {
            m_stale = true;
            if (isVisible())
                reload();
        });
}

void OverviewPage::activate()
{
    if (m_stale)
        reload();
}

void OverviewPage::reload()
{
    m_stale = false;
    if (!m_file)
        return;
    fillFigures();
    fillAttention();
    emit statusTextChanged();
}

QString OverviewPage::statusText() const
{
    return tr("%n item(s) need attention", nullptr, m_attentionCount);
}

void OverviewPage::fillFigures()
{
    ReportRequest request;
    request.kind = ReportKind::Final;
    request.to = QDate::currentDate();
    const Result<ReportData> report = computeReport(m_file->database(), request);
    m_figures->setRowCount(0);
    if (!report) {
        m_figuresTitle->setText(report.error().message);
        return;
    }
    m_figuresTitle->setText(
        tr("Targets, %1 to %2")
            .arg(display::date(report->period.from), display::date(report->period.to)));
    m_figures->setRowCount(int(report->targets.size()));
    const report::ReportFormat format(Translations::current());
    for (int row = 0; row < report->targets.size(); ++row) {
        const TargetFigures &t = report->targets.at(row);
        // The measure as the printed report names it, with the target's own period: the
        // scope is always the whole region here.
        const QString cells[] = {report::measureLabel(format, t.measure) + u" ("_s +
                                     display::date(t.period.from) + u" – "_s +
                                     display::date(t.period.to) + u')',
                                 display::number(t.value),
                                 display::number(t.actual),
                                 display::number(t.realisationPct) + u" %"_s,
                                 display::number(t.expectedPct) + u" %"_s,
                                 t.behind ? tr("behind") : QString()};
        for (int column = 0; column < 6; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (t.behind)
                item->setForeground(QColor(0xc0, 0x1c, 0x28));
            m_figures->setItem(row, column, item);
        }
    }
    m_figures->resizeColumnsToContents();
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void OverviewPage::fillAttention()
{
    m_attention->clear();
    m_attentionCount = 0;
    const Result<QList<AttentionItem>> items =
        AttentionQueries(m_file->database()).items(QDate::currentDate());
    if (!items) {
        m_attentionTitle->setText(items.error().message);
        return;
    }
    QHash<int, QTreeWidgetItem *> groups;
    for (const AttentionItem &item : *items) {
        QTreeWidgetItem *group = groups.value(int(item.kind));
        if (!group) {
            group = new QTreeWidgetItem(m_attention, {kindTitle(item.kind)});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setExpanded(true);
            groups.insert(int(item.kind), group);
        }
        auto *row = new QTreeWidgetItem(group, {item.subject, display::date(item.date)});
        row->setData(0, Qt::UserRole, int(item.record));
        row->setData(1, Qt::UserRole, qlonglong(item.id));
        ++m_attentionCount;
    }
    for (QTreeWidgetItem *group : std::as_const(groups))
        group->setText(0, group->text(0) + u" (" + QString::number(group->childCount()) + u')');
    m_attention->resizeColumnToContents(1);
}

QString OverviewPage::kindTitle(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::AgreementOverdue:
        return tr("Agreements whose end or review date has passed");
    case AttentionKind::AgreementDue:
        return tr("Agreements to renew or review within 60 days");
    case AttentionKind::TrajectoryOverdue:
        return tr("Trajectories past their planned end");
    case AttentionKind::RequestWaiting:
        return tr("Open requests older than 14 days");
    case AttentionKind::LadderMissing:
        return tr("Providers without a ladder assessment in 6 months");
    case AttentionKind::ConsentMissing:
        return tr("Clients without recorded consent");
    }
    return {};
}

void OverviewPage::retranslate()
{
    m_figures->setHorizontalHeaderLabels(
        {tr("Target"), tr("Value"), tr("Actual"), tr("Realised"), tr("Expected"), QString()});
    m_attention->setHeaderLabels({tr("Needs attention"), tr("Date")});
    m_attentionTitle->setText(tr("What needs attention"));
    m_figures->setAccessibleName(tr("Targets"));
    m_attention->setAccessibleName(tr("What needs attention"));
    if (m_file && !m_stale)
        reload();
}

} // namespace wzsw
