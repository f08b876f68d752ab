#pragma once

#include "domain/recordkind.h"
#include "domain/service.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace wzsw {

class Database;

/// One row of the week's grid as it was typed.
struct EntryRow
{
    QDate date;       ///< invalid while `dateText` cannot be read as a day
    QString dateText; ///< what was typed, kept when it is not a day
    Id personId = 0;  ///< the other person: the client in a provider's grid, and vice versa
    QString personText;
    Id serviceTypeId = 0;
    QString serviceTypeText;
    QString hoursText;
    QString note;
    QString message;          ///< what is wrong with the row, empty when fine or unchecked
    QStringList brokenFields; ///< exchange column names of the fields the message is about

    /// Nothing typed but the date (which every new row gets from the row above).
    bool isBlank() const;
};

/// The rows of a week's deliveries for one provider or one client, as the grid edits them.
/// A row is checked by core's rules (DeliveryService::check, the rules of the delivery form)
/// plus what only the grid knows: whether the typed day, person and hours could be read.
class WeekEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Person,
        ServiceType,
        Hours,
        Note,
        Message,
        ColumnCount
    };
    /// The id of the person or service type of a cell (Qt::EditRole holds its text).
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit WeekEntryModel(Database &db, QObject *parent = nullptr);

    /// Whose week it is: a provider's (the rows name clients) or a client's.
    void setSubject(RecordKind kind, Id id);
    RecordKind subjectKind() const { return m_subjectKind; }
    /// The kind of person each row names.
    RecordKind otherKind() const;
    void setWeek(const QDate &monday);
    QDate monday() const { return m_monday; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const EntryRow &entry(int row) const { return m_rows.at(row); }
    /// Adds an empty row with the date of the row above (the nearest readable one, else
    /// Monday); returns its number.
    int appendRow();
    /// Empties a row (its date stays).
    void clearRow(int row);
    /// One empty row dated Monday, as the grid starts.
    void reset();

    /// Checks a row and marks it; true when it is fine or blank (blank rows are not stored).
    bool checkRow(int row);
    /// Checks every row; the first broken row, or -1.
    int checkAll();
    /// The rows that are not blank, as deliveries; with `rowNumbers` their rows.
    QList<Delivery> deliveries(QList<int> *rowNumbers = nullptr) const;
    /// The exchange column name a column edits ("date", "client_code", ...); empty for none.
    QString fieldOf(int column) const;

private:
    Delivery toDelivery(const EntryRow &row) const;
    void emitRowChanged(int row);

    Database &m_db;
    RecordKind m_subjectKind = RecordKind::Provider;
    Id m_subjectId = 0;
    QDate m_monday;
    QList<EntryRow> m_rows;
};

} // namespace wzsw
