#pragma once

#include "storage/auditrepository.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace wzsw {

/// The audit entries of one period, as a table.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        Action,
        Record,
        Summary,
        ColumnCount
    };
    /// The whole AuditEntry of a row, for filters and details.
    static constexpr int EntryRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry> &entries() const { return m_entries; }

    /// "Created", "Erased", ... for an action code; the code itself for one not known here.
    static QString actionLabel(const QString &action);
    /// "client C-0001", "file", ...
    static QString recordLabel(const AuditEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

/// The viewer's filters on user, action and record; the period is chosen when loading.
class AuditLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /// Only entries by this OS user; empty for everyone.
    void setUser(const QString &user);
    /// Only entries with this action code; empty for every action.
    void setAction(const QString &action);
    /// Only entries whose record (entity, code or id) contains this text; empty for all.
    void setRecord(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_user;
    QString m_action;
    QString m_record;
};

} // namespace wzsw
