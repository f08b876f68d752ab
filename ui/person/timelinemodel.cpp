#include "person/timelinemodel.h"

#include "person/timelinetext.h"
#include "widgets/displayformat.h"

using namespace Qt::StringLiterals;

namespace wzsw {

TimelineModel::TimelineModel(Database &db, RecordKind personKind, Id person, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_personKind(personKind), m_person(person)
{}

Status TimelineModel::reload()
{
    const Result<TimelinePage> page =
        TimelineQueries(m_db).entries(m_personKind, m_person, m_limit);
    if (!page)
        return page.error();
    beginResetModel();
    m_entries = page->entries;
    m_more = page->more;
    endResetModel();
    return {};
}

Status TimelineModel::fetchOlder()
{
    m_limit += pageSize;
    return reload();
}

RecordRef TimelineModel::recordAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    const TimelineEntry &entry = m_entries.at(row);
    return {entry.kind, entry.id};
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());
    if (role == recordRole)
        return QVariant::fromValue(recordAt(index.row()));
    if (role == Qt::ToolTipRole && index.column() == Description && !entry.text.isEmpty())
        // The whole text the timeline holds, lines and all.
        return QString(TimelineText::description(entry, m_personKind) + u"\n\n"_s + entry.text);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Date:
        return display::date(entry.date);
    case Kind:
        return TimelineText::kindName(entry.kind);
    case Description:
        return TimelineText::description(entry, m_personKind);
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace wzsw
