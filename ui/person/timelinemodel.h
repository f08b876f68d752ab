#pragma once

#include "shell/page.h"
#include "storage/timelinequeries.h"

#include <QAbstractTableModel>

namespace wzsw {

class Database;

/// The timeline of one client or provider as rows, newest first (TimelineQueries): date,
/// kind and one line of description. The record of a row is under recordRole.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Kind,
        Description,
        ColumnCount
    };
    /// The row's RecordRef.
    static constexpr int recordRole = Qt::UserRole + 1;
    /// Rows read at first, and added by each fetchOlder().
    static constexpr int pageSize = 200;

    TimelineModel(Database &db, RecordKind personKind, Id person, QObject *parent = nullptr);

    /// Reads the timeline again, as many rows as are shown now. An error leaves the rows as
    /// they were and is returned.
    Status reload();
    /// Shows `pageSize` older entries more.
    Status fetchOlder();
    /// Whether older entries than the last row exist.
    bool hasOlder() const { return m_more; }

    RecordRef recordAt(int row) const;
    const TimelineEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    RecordKind m_personKind;
    Id m_person;
    int m_limit = pageSize;
    QList<TimelineEntry> m_entries;
    bool m_more = false;
};

} // namespace wzsw
