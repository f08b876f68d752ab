#pragma once

#include "common/result.h"
#include "domain/ids.h"
#include "domain/recordkind.h"

#include <QCoreApplication>
#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QScrollArea;
class QTabWidget;

namespace wzsw {

class DataFile;
class FieldMessage;
class TimelinePanel;

/// The frame of every detail form: labelled inputs in titled sections, a message under each
/// input for the rule it breaks, and Save / Cancel. Save asks the subclass to store through
/// core's service (as one undoable command); while core finds broken rules, each message is
/// shown at the input of the field it names and nothing is stored.
class RecordForm : public QDialog
{
    Q_OBJECT

public:
    explicit RecordForm(DataFile &file, QWidget *parent = nullptr);

    /// Puts each violation's message under the input of its field (core's field names, the
    /// exchange columns); a violation of a field the form has no input for goes to the top.
    void showViolations(const QList<RuleViolation> &violations);
    void clearMessages();
    /// The message shown at `field`; empty when none.
    QString messageAt(const QString &field) const;
    QWidget *input(const QString &field) const { return m_inputs.value(field); }
    /// The tabs of a form that has more than its fields (a person's timeline); null otherwise.
    QTabWidget *tabs() const { return m_tabs; }

    void accept() override;
    /// Asks whether to delete the stored record and deletes it (the Delete button).
    void removeRecord();

protected:
    /// Checks and stores the record; an Invalid error's violations are shown at their fields,
    /// other errors in a message box. Success closes the form.
    virtual Status save() = 0;
    /// Deletes the stored record through core's service as one undoable command.
    virtual Status remove() = 0;
    /// Whether the record this form changes is still stored (to offer its current version
    /// after someone else changed it meanwhile).
    virtual bool isStillStored() const { return false; }
    /// Opens the stored record's current version in a form of its own.
    virtual void openCurrentVersion() {}

    /// Adds the Delete button, for a form that shows a stored record. `confirmTitle` names
    /// the action ("Delete client").
    void offerRemoval(const QString &confirmTitle);

    /// A new titled section in column `column` (0 or 1) of the form.
    QFormLayout *addSection(const QString &title, int column = 0);
    /// An input for core's field `field`, labelled with core's name of the field.
    void addField(QFormLayout *section, const QString &field, QWidget *input);
    /// An input with its own label (a field core has no name for).
    void addField(QFormLayout *section, const QString &field, const QString &label, QWidget *input);
    /// Puts `widget` above the sections (a heading, a warning).
    void addTopWidget(QWidget *widget);
    /// Adds `page` as a tab after the fields, which move to a first tab "Details"; returns the
    /// new tab's index.
    int addTab(QWidget *page, const QString &title);
    /// Adds the Timeline tab of the stored client or provider `person` (the person's page),
    /// its title following the count of entries shown.
    TimelinePanel *addTimeline(RecordKind personKind, Id person);

    DataFile &file() const { return m_file; }

private:
    /// Someone else changed or removed the record since this form read it: says so, keeps
    /// the input in this form (nothing is lost without a word), and offers the current version
    /// beside it.
    void showConflict(const Error &error);

    DataFile &m_file;
    QGridLayout *m_sections;
    QScrollArea *m_scroll;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_generalMessage;
    QDialogButtonBox *m_buttons;
    QHash<QString, QWidget *> m_inputs;
    QHash<QString, FieldMessage *> m_messages;
    QStringList m_fieldOrder;
    QString m_removalTitle;
    QList<int> m_rowsInColumn{0, 0};
};

} // namespace wzsw
