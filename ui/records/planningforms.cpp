#include "records/planningforms.h"

#include "common/values.h"
#include "domain/measurelabels.h"
#include "records/forminputs.h"
#include "rules/violations.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace wzsw {

TargetForm::TargetForm(DataFile &file, const Target &target, QWidget *parent)
    : TypedForm(file, target, parent),
      m_municipality(new ReferenceCombo(file.database(), RecordKind::Municipality, tr("(region)"))),
      m_from(new DateField), m_to(new DateField), m_measure(new QComboBox),
      m_value(new QDoubleSpinBox)
{
    setObjectName(u"targetForm"_s);
    // Named as the printed report names them; the stored name travels as the item's data.
    for (const QString &name : targetMeasureNames())
        m_measure->addItem(measureLabel(name), name);
    m_measure->setEditable(false);
    m_value->setRange(0, 1e9);
    m_value->setDecimals(1);
    QFormLayout *main = addSection(tr("Target"), 0);
    addField(main, u"municipality_code"_s, m_municipality);
    addField(main, u"from"_s, m_from);
    addField(main, u"to"_s, m_to);
    addField(main, u"measure"_s, m_measure);
    addField(main, u"value"_s, m_value);

    const Target &t = start();
    m_municipality->setId(t.municipalityId);
    m_from->setDate(t.fromDate);
    m_to->setDate(t.toDate);
    m_measure->setCurrentIndex(std::max(0, m_measure->findData(t.measure)));
    m_value->setValue(t.value);
}

Target TargetForm::value() const
{
    Target t = start();
    t.municipalityId = m_municipality->id();
    t.fromDate = m_from->date();
    t.toDate = m_to->date();
    t.measure = m_measure->currentData().toString();
    t.value = m_value->value();
    return t;
}

BudgetLineForm::BudgetLineForm(DataFile &file, const BudgetLine &line, QWidget *parent)
    : TypedForm(file, line, parent),
      m_municipality(new ReferenceCombo(file.database(), RecordKind::Municipality, tr("(region)"))),
      m_from(new DateField), m_to(new DateField),
      m_kind(EnumCombo::make<BudgetKind>(false, nullptr)),
      m_category(EnumCombo::make<BudgetCategory>(false, nullptr)), m_planned(new QLineEdit),
      m_realised(new QLineEdit)
{
    setObjectName(u"budgetLineForm"_s);
    QFormLayout *main = addSection(tr("Budget line"), 0);
    addField(main, u"municipality_code"_s, m_municipality);
    addField(main, u"from"_s, m_from);
    addField(main, u"to"_s, m_to);
    addField(main, u"kind"_s, m_kind);
    addField(main, u"category"_s, m_category);
    addField(main, u"planned"_s, m_planned);
    addField(main, u"realised"_s, m_realised);

    const BudgetLine &b = start();
    m_municipality->setId(b.municipalityId);
    m_from->setDate(b.fromDate);
    m_to->setDate(b.toDate);
    m_kind->setValue(std::optional(b.kind));
    m_category->setValue(std::optional(b.category));
    m_planned->setText(formatMoney(b.plannedCents, DecimalMark::Comma));
    m_realised->setText(formatMoney(b.realisedCents, DecimalMark::Comma));
}

BudgetLine BudgetLineForm::value() const
{
    BudgetLine b = start();
    b.municipalityId = m_municipality->id();
    b.fromDate = m_from->date();
    b.toDate = m_to->date();
    b.kind = *m_kind->value<BudgetKind>();
    b.category = *m_category->value<BudgetCategory>();
    b.plannedCents = parseMoney(m_planned->text().remove(u'€').trimmed()).value_or(0);
    b.realisedCents = parseMoney(m_realised->text().remove(u'€').trimmed()).value_or(0);
    return b;
}

Status BudgetLineForm::save()
{
    Violations typed(u"budget"_s, {});
    for (const auto &[field, edit] :
         {std::pair{u"planned"_s, m_planned}, std::pair{u"realised"_s, m_realised}}) {
        const QString text = edit->text().remove(u'€').trimmed();
        if (!text.isEmpty() && !parseMoney(text))
            typed.add(field, Rule::Format,
                      tr("%1 \"%2\" is not an amount in euros.").arg(fieldLabel(field), text));
    }
    if (!typed.isEmpty())
        return Error::invalid(typed.take());
    return TypedForm::save();
}

} // namespace wzsw
