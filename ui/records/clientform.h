#pragma once

#include "records/duplicatetext.h"
#include "records/typedform.h"

class QCheckBox;
class QLineEdit;

namespace wzsw {

class CheckList;
class DateField;
class EnumCombo;
class PersonFields;
class ReferenceCombo;
class TimelinePanel;

/// Every field of a client (domain.md), with the intake's duplicate warning: a new client
/// that core finds possibly the same person as another is stored only after a second Save.
class ClientForm : public TypedForm<Client>
{
    Q_OBJECT

public:
    ClientForm(DataFile &file, const Client &client, QWidget *parent = nullptr);

    Client value() const override;
    PersonFields *personFields() const { return m_person; }
    /// The Timeline tab of a stored client; null for a new one.
    TimelinePanel *timeline() const { return m_timeline; }
    /// The duplicate warning shown, empty when none.
    QString duplicateWarning() const;

protected:
    Status confirm(const Client &client) override;

private:
    QLineEdit *m_code;
    PersonFields *m_person;
    CheckList *m_targetGroups;
    QCheckBox *m_livesAlone;
    ReferenceCombo *m_referredBy;
    DateField *m_intake;
    DateField *m_end;
    EnumCombo *m_endReason;
    DateField *m_consent;
    DuplicateWarning *m_duplicates;
    TimelinePanel *m_timeline = nullptr;
};

} // namespace wzsw
