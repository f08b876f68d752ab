#pragma once

#include "records/typedform.h"

class QComboBox;

namespace wzsw {

class DateField;
class PersonPicker;

/// A provider's level on the participation ladder at a date.
class LadderForm : public TypedForm<LadderAssessment>
{
    Q_OBJECT

public:
    LadderForm(DataFile &file, const LadderAssessment &assessment, QWidget *parent = nullptr);
    LadderAssessment value() const override;

    /// "3 – participation in organised activities", in the user's language.
    static QString levelText(int level);

private:
    PersonPicker *m_provider;
    DateField *m_date;
    QComboBox *m_level;
};

} // namespace wzsw
