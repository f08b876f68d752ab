#pragma once

#include "records/typedform.h"

class QPlainTextEdit;

namespace wzsw {

class DateField;
class EnumCombo;
class PersonPicker;
class ReferenceCombo;

/// Every field of a trajectory: provider, type, funding framework, responsible partner,
/// dates, status, goals and result.
class TrajectoryForm : public TypedForm<Trajectory>
{
    Q_OBJECT

public:
    TrajectoryForm(DataFile &file, const Trajectory &trajectory, QWidget *parent = nullptr);
    Trajectory value() const override;

private:
    PersonPicker *m_provider;
    EnumCombo *m_type;
    EnumCombo *m_framework;
    ReferenceCombo *m_partner;
    DateField *m_start;
    DateField *m_plannedEnd;
    DateField *m_actualEnd;
    EnumCombo *m_status;
    QPlainTextEdit *m_goals;
    QPlainTextEdit *m_result;
};

} // namespace wzsw
