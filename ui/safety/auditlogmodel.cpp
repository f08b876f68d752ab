#include "safety/auditlogmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>

using namespace Qt::StringLiterals;

namespace wzsw {

void AuditLogModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QString AuditLogModel::actionLabel(const QString &action)
{
    static const QList<std::pair<QString, const char *>> labels{
        {u"create"_s, QT_TRANSLATE_NOOP("wzsw::AuditLogModel", "Created")},
        {u"update"_s, QT_TRANSLATE_NOOP("wzsw::AuditLogModel", "Changed")},
        {u"delete"_s, QT_TRANSLATE_NOOP("wzsw::AuditLogModel", "Deleted")},
        {u"erase"_s, QT_TRANSLATE_NOOP("wzsw::AuditLogModel", "Erased")},
        {u"export"_s, QT_TRANSLATE_NOOP("wzsw::AuditLogModel", "Exported")},
        {u"print"_s, QT_TRANSLATE_NOOP("wzsw::AuditLogModel", "Printed")},
        {u"issue"_s, QT_TRANSLATE_NOOP("wzsw::AuditLogModel", "Report issued")},
        {u"reveal_bsn"_s, QT_TRANSLATE_NOOP("wzsw::AuditLogModel", "BSN revealed")},
        {u"restore"_s, QT_TRANSLATE_NOOP("wzsw::AuditLogModel", "Backup restored")},
        {u"subject_access"_s, QT_TRANSLATE_NOOP("wzsw::AuditLogModel", "Data given to person")},
    };
    for (const auto &[code, label] : labels)
        if (code == action)
            return tr(label);
    return action;
}

QString AuditLogModel::recordLabel(const AuditEntry &entry)
{
    if (!entry.recordCode.isEmpty())
        return entry.entity + u' ' + entry.recordCode;
    if (entry.recordId != 0)
        return entry.entity + u" #"_s + QString::number(entry.recordId);
    return entry.entity;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == EntryRole)
        return QVariant::fromValue(index.row());
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return entry.summary;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return QLocale().toString(entry.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    case Who:
        return entry.who;
    case Action:
        return actionLabel(entry.action);
    case Record:
        return recordLabel(entry);
    case Summary:
        return entry.summary;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("What");
    case Record:
        return tr("Record");
    case Summary:
        return tr("Details");
    default:
        return {};
    }
}

void AuditLogFilter::setUser(const QString &user)
{
    m_user = user;
    invalidateFilter();
}

void AuditLogFilter::setAction(const QString &action)
{
    m_action = action;
    invalidateFilter();
}

void AuditLogFilter::setRecord(const QString &text)
{
    m_record = text.trimmed();
    invalidateFilter();
}

bool AuditLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const AuditLogModel *>(sourceModel());
    if (!model || sourceRow >= model->entries().size())
        return false;
    const AuditEntry &entry = model->entries().at(sourceRow);
    if (!m_user.isEmpty() && entry.who != m_user)
        return false;
    if (!m_action.isEmpty() && entry.action != m_action)
        return false;
    if (!m_record.isEmpty() &&
        !AuditLogModel::recordLabel(entry).contains(m_record, Qt::CaseInsensitive) &&
        QString::number(entry.recordId) != m_record)
        return false;
    return true;
}

} // namespace wzsw
