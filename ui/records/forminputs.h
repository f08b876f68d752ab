#pragma once

#include "domain/enums.h"
#include "domain/ids.h"
#include "domain/recordkind.h"

#include <QComboBox>
#include <QDate>
#include <QListWidget>
#include <QWidget>

#include <optional>

class QCompleter;
class QDateEdit;
class QLineEdit;
class QStringListModel;

namespace wzsw {

class Database;

/// A date that may be left empty: a QDateEdit with its calendar pop-up, and a button that
/// empties it. Empty shows as a blank field (QDateEdit cannot, so its minimum stands for it).
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    QDate date() const; ///< invalid when empty
    void setDate(const QDate &date);
    QDateEdit *edit() const { return m_edit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDateEdit *m_edit;
};

/// A drop-down of an enumeration's values with their labels in the display language; with
/// `optional` an empty first choice stands for "not given".
class EnumCombo : public QComboBox
{
    Q_OBJECT

public:
    template <typename E> static EnumCombo *make(bool optional, QWidget *parent)
    {
        auto *combo = new EnumCombo(parent);
        if (optional)
            combo->addItem(QString(), -1);
        for (const EnumEntry<E> &entry : enumEntries<E>())
            combo->addItem(label(entry.value), int(entry.value));
        return combo;
    }
    template <typename E> std::optional<E> value() const
    {
        const int raw = currentData().toInt();
        return raw < 0 ? std::nullopt : std::optional<E>(E(raw));
    }
    template <typename E> void setValue(std::optional<E> value)
    {
        setCurrentIndex(std::max(0, findData(value ? int(*value) : -1)));
    }

private:
    using QComboBox::QComboBox;
};

/// A multi-select: one check box per choice (target groups, scopes, service types).
class CheckList : public QListWidget
{
    Q_OBJECT

public:
    explicit CheckList(QWidget *parent = nullptr);

    void addChoice(const QString &text, qint64 value);
    template <typename E> static CheckList *forEnum(QWidget *parent)
    {
        auto *list = new CheckList(parent);
        for (const EnumEntry<E> &entry : enumEntries<E>())
            list->addChoice(label(entry.value), int(entry.value));
        return list;
    }
    QList<qint64> checked() const;
    void setChecked(const QList<qint64> &values);
    template <typename E> QList<E> checkedValues() const
    {
        QList<E> values;
        for (qint64 value : checked())
            values.append(E(value));
        return values;
    }
    template <typename E> void setCheckedValues(const QList<E> &values)
    {
        QList<qint64> raw;
        for (E value : values)
            raw.append(qint64(value));
        setChecked(raw);
    }
    QSize sizeHint() const override;
};

/// A drop-down of the records of a small table (neighbourhoods, partners, municipalities,
/// service types), by name and code; `emptyText` (when given) is a first choice for "none".
class ReferenceCombo : public QComboBox
{
    Q_OBJECT

public:
    ReferenceCombo(Database &db, RecordKind kind, const QString &emptyText,
                   QWidget *parent = nullptr);

    Id id() const { return currentData().toLongLong(); }
    void setId(Id id);
};

/// Picks a client or a provider out of many: type a code or part of a name and choose from
/// the completions (read from core's list query, twenty at a time).
class PersonPicker : public QWidget
{
    Q_OBJECT

public:
    PersonPicker(Database &db, RecordKind kind, QWidget *parent = nullptr);

    /// The chosen person; 0 when nothing or nothing known is typed.
    Id id() const;
    void setId(Id id);
    QLineEdit *lineEdit() const { return m_edit; }
    /// Reads what is typed: a chosen completion or a code typed in full. Done by itself when
    /// editing finishes; a grid that stores the cell before that calls it first.
    void resolve();

signals:
    void idChanged(wzsw::Id id);

private:
    void complete(const QString &text);

    Database &m_db;
    RecordKind m_kind;
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStringListModel *m_model;
    QHash<QString, Id> m_idOfText;
    Id m_id = 0;
};

/// "Code: name" of a client or provider, for pickers and headings; empty when unknown.
QString personText(Database &db, RecordKind kind, Id id);

} // namespace wzsw
