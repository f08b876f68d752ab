#include "entry/weekentrymodel.h"

#include "common/values.h"
#include "entry/weekdays.h"
#include "rules/violations.h"
#include "services/deliveryservice.h"
#include "widgets/displayformat.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

constexpr int lastDayOfWeek = 6; // Sunday, counted from Monday

bool hasNoViolationOn(const QList<RuleViolation> &list, const QString &field)
{
    return std::none_of(list.cbegin(), list.cend(),
                        [&field](const RuleViolation &v) { return v.field == field; });
}

} // namespace

bool EntryRow::isBlank() const
{
    return personText.trimmed().isEmpty() && serviceTypeId == 0 && hoursText.trimmed().isEmpty() &&
           note.trimmed().isEmpty();
}

WeekEntryModel::WeekEntryModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_monday(mondayOf(QDate::currentDate()))
{
    reset();
}

void WeekEntryModel::setSubject(RecordKind kind, Id id)
{
    if (kind != m_subjectKind) {
        // The rows named the other kind of person: those names mean nothing now.
        for (EntryRow &row : m_rows) {
            row.personId = 0;
            row.personText.clear();
        }
        m_subjectKind = kind;
        emit headerDataChanged(Qt::Horizontal, Person, Person);
    }
    m_subjectId = id;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

RecordKind WeekEntryModel::otherKind() const
{
    return m_subjectKind == RecordKind::Provider ? RecordKind::Client : RecordKind::Provider;
}

void WeekEntryModel::setWeek(const QDate &monday)
{
    // A day typed as "di" means Tuesday of the week shown: move each row with its week.
    const qint64 shift = m_monday.daysTo(monday);
    m_monday = monday;
    for (EntryRow &row : m_rows)
        if (row.date.isValid())
            row.date = row.date.addDays(shift);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WeekEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WeekEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WeekEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const EntryRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case Date:
            return row.date.isValid() ? weekdayAndDate(row.date) : row.dateText;
        case Person:
            return row.personText;
        case ServiceType:
            return row.serviceTypeText;
        case Hours:
            if (const auto quarters = parseQuarterHours(row.hoursText.trimmed()))
                return display::hours(*quarters);
            return row.hoursText;
        case Note:
            return row.note;
        case Message:
            return row.message;
        }
        return {};
    case IdRole:
        return column == Person        ? QVariant(qlonglong(row.personId))
               : column == ServiceType ? QVariant(qlonglong(row.serviceTypeId))
                                       : QVariant();
    case Qt::BackgroundRole:
        if (row.brokenFields.contains(fieldOf(column)))
            return QColor(255, 220, 220);
        return {};
    case Qt::ForegroundRole:
        if (row.brokenFields.contains(fieldOf(column)))
            return QColor(Qt::black); // readable on the light red in a dark theme too
        if (column == Message)
            return QColor(160, 0, 0);
        return {};
    case Qt::ToolTipRole:
        return row.message.isEmpty() ? QVariant() : QVariant(row.message);
    case Qt::TextAlignmentRole:
        return column == Hours ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

bool WeekEntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    EntryRow &row = m_rows[index.row()];
    switch (index.column()) {
    case Date:
        if (role != Qt::EditRole)
            return false;
        row.dateText = value.toString().trimmed();
        row.date = parseDayInWeek(row.dateText, m_monday).value_or(QDate());
        break;
    case Person:
    case ServiceType: {
        Id &id = index.column() == Person ? row.personId : row.serviceTypeId;
        QString &text = index.column() == Person ? row.personText : row.serviceTypeText;
        if (role == IdRole)
            id = value.toLongLong();
        else if (role == Qt::EditRole)
            text = value.toString();
        else
            return false;
        break;
    }
    case Hours:
        if (role != Qt::EditRole)
            return false;
        row.hoursText = value.toString().trimmed();
        break;
    case Note:
        if (role != Qt::EditRole)
            return false;
        row.note = value.toString();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    // A marked row shows at once whether the change mended it.
    if (!row.message.isEmpty())
        checkRow(index.row());
    return true;
}

Qt::ItemFlags WeekEntryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Message)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant WeekEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        if (role == Qt::DecorationRole && section < rowCount() &&
            !m_rows.at(section).message.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Day");
    case Person:
        return otherKind() == RecordKind::Client ? tr("Client") : tr("Provider");
    case ServiceType:
        return tr("Service type");
    case Hours:
        return tr("Hours");
    case Note:
        return tr("Note");
    case Message:
        return tr("Problem");
    }
    return {};
}

int WeekEntryModel::appendRow()
{
    const int row = rowCount();
    EntryRow entry;
    // The nearest day above that could be read; a mistyped one is not repeated.
    entry.date = m_monday;
    for (auto above = m_rows.crbegin(); above != m_rows.crend(); ++above)
        if (above->date.isValid()) {
            entry.date = above->date;
            break;
        }
    beginInsertRows({}, row, row);
    m_rows.append(entry);
    endInsertRows();
    return row;
}

void WeekEntryModel::clearRow(int row)
{
    EntryRow cleared;
    cleared.date = m_rows.at(row).date;
    cleared.dateText = m_rows.at(row).dateText;
    m_rows[row] = cleared;
    emitRowChanged(row);
}

void WeekEntryModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_rows.append(EntryRow{});
    m_rows.front().date = m_monday;
    endResetModel();
}

QString WeekEntryModel::fieldOf(int column) const
{
    switch (column) {
    case Date:
        return u"date"_s;
    case Person:
        return otherKind() == RecordKind::Client ? u"client_code"_s : u"provider_code"_s;
    case ServiceType:
        return u"service_type_code"_s;
    case Hours:
        return u"hours"_s;
    case Note:
        return u"note"_s;
    default:
        return {};
    }
}

Delivery WeekEntryModel::toDelivery(const EntryRow &row) const
{
    Delivery delivery;
    const bool forProvider = m_subjectKind == RecordKind::Provider;
    delivery.providerId = forProvider ? m_subjectId : row.personId;
    delivery.clientId = forProvider ? row.personId : m_subjectId;
    delivery.serviceTypeId = row.serviceTypeId;
    delivery.date = row.date;
    delivery.quarterHours = parseQuarterHours(row.hoursText.trimmed()).value_or(0);
    delivery.note = row.note.trimmed();
    return delivery;
}

bool WeekEntryModel::checkRow(int row)
{
    EntryRow &entry = m_rows[row];
    entry.message.clear();
    entry.brokenFields.clear();
    if (entry.isBlank()) {
        emitRowChanged(row);
        return true;
    }
    // What the grid could not read never reaches the delivery: say so at its cell, in the
    // words core uses for the same mistake elsewhere.
    Violations typed(u"delivery"_s, {});
    const QString dateField = fieldOf(Date);
    if (!entry.date.isValid() && !entry.dateText.isEmpty())
        typed.add(dateField, Rule::Format,
                  tr("%1 \"%2\" is not a day: type a day as \"mo\" or \"2-3\", or a date.")
                      .arg(fieldLabel(dateField), entry.dateText));
    else if (entry.date.isValid() &&
             (entry.date < m_monday || entry.date > m_monday.addDays(lastDayOfWeek)))
        typed.add(dateField, Rule::DateOrder,
                  tr("%1 %2 is not in the week of %3 to %4.")
                      .arg(fieldLabel(dateField), display::date(entry.date),
                           display::date(m_monday),
                           display::date(m_monday.addDays(lastDayOfWeek))));
    if (entry.personId == 0 && !entry.personText.trimmed().isEmpty())
        typed.unknownReference(fieldOf(Person), entry.personText.trimmed());
    typed.readQuarterHours(fieldOf(Hours), entry.hoursText);
    QList<RuleViolation> all = typed.take();

    const Result<QList<RuleViolation>> checked = DeliveryService(m_db).check(toDelivery(entry));
    if (!checked) {
        entry.message = checked.error().message;
    } else {
        const QList<RuleViolation> typedOnly = all;
        for (const RuleViolation &v : *checked)
            if (hasNoViolationOn(typedOnly, v.field))
                all.append(v);
    }
    QStringList messages;
    for (const RuleViolation &v : std::as_const(all)) {
        messages.append(v.message);
        entry.brokenFields.append(v.field);
    }
    if (entry.message.isEmpty())
        entry.message = messages.join(u' ');
    emitRowChanged(row);
    return entry.message.isEmpty();
}

int WeekEntryModel::checkAll()
{
    int first = -1;
    for (int row = 0; row < rowCount(); ++row)
        if (!checkRow(row) && first < 0)
            first = row;
    return first;
}

QList<Delivery> WeekEntryModel::deliveries(QList<int> *rowNumbers) const
{
    QList<Delivery> list;
    for (int row = 0; row < rowCount(); ++row) {
        if (m_rows.at(row).isBlank())
            continue;
        list.append(toDelivery(m_rows.at(row)));
        if (rowNumbers)
            rowNumbers->append(row);
    }
    return list;
}

void WeekEntryModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit headerDataChanged(Qt::Vertical, row, row);
}

} // namespace wzsw
