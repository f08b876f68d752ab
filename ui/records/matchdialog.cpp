#include "records/matchdialog.h"

#include "records/forminputs.h"
#include "records/recordcommand.h"
#include "storage/matchqueries.h"
#include "widgets/displayformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

enum Column
{
    Rank,
    Provider,
    Score,
    HoursLeft,
    Reasons,
    Action,
    ColumnCount
};

} // namespace

QString MatchDialog::reasonText(MatchReason reason, const RankedProvider &ranked)
{
    switch (reason) {
    case MatchReason::DeliversServiceType:
        return tr("delivers this service");
    case MatchReason::SameNeighbourhood:
        return tr("same neighbourhood");
    case MatchReason::SameMunicipality:
        return tr("same municipality");
    case MatchReason::HoursLeft:
    case MatchReason::FewHoursLeft:
        return tr("%1 h left this week").arg(display::number(ranked.hoursLeft));
    case MatchReason::ServedClientBefore:
        return tr("served this client before (%n time(s))", nullptr,
                  ranked.candidate.deliveriesToClient);
    case MatchReason::NeedsPracticeHours:
        return tr("running trajectory needs practice hours");
    }
    return {};
}

MatchDialog::MatchDialog(DataFile &file, const ServiceRequest &request, QWidget *parent)
    : QDialog(parent), m_file(file), m_request(request), m_heading(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    setObjectName(u"matchDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Match request"));
    m_heading->setWordWrap(true);
    m_heading->setText(tr("Providers for the request of %1 (%2), best first.")
                           .arg(personText(file.database(), RecordKind::Client, request.clientId),
                                display::date(request.requestDate)));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("#"), tr("Provider"), tr("Points"), tr("Hours left"), tr("Why"), QString()});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Reasons, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Ranked providers"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (matchRow(row))
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);
    fill();
}

void MatchDialog::fill()
{
    const MatchQueries queries(m_file.database());
    const Result<MatchClientPlace> place = queries.clientPlace(m_request.clientId);
    const Result<QList<MatchCandidate>> candidates =
        queries.candidates(m_request, QDate::currentDate());
    if (!place || !candidates) {
        m_heading->setText((!place ? place.error() : candidates.error()).message);
        return;
    }
    m_ranking = rankProviders(*place, *candidates);
    m_table->setRowCount(int(m_ranking.size()));
    for (int row = 0; row < m_ranking.size(); ++row) {
        const RankedProvider &ranked = m_ranking.at(row);
        QStringList reasons;
        for (MatchReason reason : ranked.reasons)
            reasons.append(reasonText(reason, ranked));
        const QString cells[] = {QString::number(row + 1),
                                 ranked.candidate.code + u" – "_s + ranked.candidate.name,
                                 QString::number(ranked.score), display::number(ranked.hoursLeft),
                                 reasons.join(u", "_s)};
        for (int column = 0; column < int(std::size(cells)); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == Score || column == HoursLeft || column == Rank)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        auto *match = new QPushButton(tr("Match"));
        match->setObjectName(u"match"_s + QString::number(row));
        connect(match, &QPushButton::clicked, this, [this, row] {
            if (matchRow(row))
                accept();
        });
        m_table->setCellWidget(row, Action, match);
    }
    m_table->resizeColumnsToContents();
    if (!m_ranking.isEmpty())
        m_table->selectRow(0);
}

bool MatchDialog::matchRow(int row)
{
    if (row < 0 || row >= m_ranking.size())
        return false;
    ServiceRequest matched = m_request;
    matched.status = RequestStatus::Matched;
    matched.providerId = m_ranking.at(row).candidate.providerId;
    const Status status =
        RecordCommand<ServiceRequest>::save(m_file, m_request, matched, tr("Match request"));
    if (!status) {
        QMessageBox::warning(this, tr("Not matched"), status.error().fullText());
        return false;
    }
    m_request = matched;
    return true;
}

} // namespace wzsw
