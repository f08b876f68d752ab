#pragma once

#include "records/typedform.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace wzsw {

class DateField;
class EnumCombo;
class ReferenceCombo;

/// A target (raming): municipality or region, period, measure, value.
class TargetForm : public TypedForm<Target>
{
    Q_OBJECT

public:
    TargetForm(DataFile &file, const Target &target, QWidget *parent = nullptr);
    Target value() const override;

private:
    ReferenceCombo *m_municipality;
    DateField *m_from;
    DateField *m_to;
    QComboBox *m_measure;
    QDoubleSpinBox *m_value;
};

/// A line of the financing plan: municipality, period, kind, category, amounts in euros.
class BudgetLineForm : public TypedForm<BudgetLine>
{
    Q_OBJECT

public:
    BudgetLineForm(DataFile &file, const BudgetLine &line, QWidget *parent = nullptr);
    BudgetLine value() const override;

protected:
    Status save() override;

private:
    ReferenceCombo *m_municipality;
    DateField *m_from;
    DateField *m_to;
    EnumCombo *m_kind;
    EnumCombo *m_category;
    QLineEdit *m_planned;
    QLineEdit *m_realised;
};

} // namespace wzsw
