#pragma once

#include "records/duplicatetext.h"
#include "records/typedform.h"

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace wzsw {

class CheckList;
class DateField;
class EnumCombo;
class PersonFields;
class ReferenceCombo;
class TimelinePanel;

/// Every field of a provider (domain.md): person, background, the service types they can
/// deliver, availability, start and exit, the MBO course, who referred them. A new provider
/// that core finds possibly the same person as another is stored only after a second Save.
class ProviderForm : public TypedForm<Provider>
{
    Q_OBJECT

public:
    ProviderForm(DataFile &file, const Provider &provider, QWidget *parent = nullptr);

    Provider value() const override;
    PersonFields *personFields() const { return m_person; }
    /// The Timeline tab of a stored provider; null for a new one.
    TimelinePanel *timeline() const { return m_timeline; }

protected:
    Status confirm(const Provider &provider) override;

private:
    QLineEdit *m_code;
    PersonFields *m_person;
    EnumCombo *m_background;
    CheckList *m_serviceTypes;
    QDoubleSpinBox *m_hours;
    DateField *m_start;
    DateField *m_exit;
    EnumCombo *m_exitReason;
    ReferenceCombo *m_referredBy;
    DateField *m_enrolled;
    QSpinBox *m_level;
    DateField *m_certified;
    DateField *m_dropped;
    DuplicateWarning *m_duplicates;
    TimelinePanel *m_timeline = nullptr;
};

} // namespace wzsw
