#include "records/trajectoryform.h"

#include "records/forminputs.h"

#include <QFormLayout>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace wzsw {

TrajectoryForm::TrajectoryForm(DataFile &file, const Trajectory &trajectory, QWidget *parent)
    : TypedForm(file, trajectory, parent),
      m_provider(new PersonPicker(file.database(), RecordKind::Provider)),
      m_type(EnumCombo::make<TrajectoryType>(false, nullptr)),
      m_framework(EnumCombo::make<Framework>(false, nullptr)),
      m_partner(new ReferenceCombo(file.database(), RecordKind::Partner, u""_s)),
      m_start(new DateField), m_plannedEnd(new DateField), m_actualEnd(new DateField),
      m_status(EnumCombo::make<TrajectoryStatus>(false, nullptr)), m_goals(new QPlainTextEdit),
      m_result(new QPlainTextEdit)
{
    setObjectName(u"trajectoryForm"_s);
    QFormLayout *main = addSection(tr("Trajectory"), 0);
    addField(main, u"provider_code"_s, m_provider);
    addField(main, u"type"_s, m_type);
    addField(main, u"framework"_s, m_framework);
    addField(main, u"partner_code"_s, m_partner);
    addField(main, u"status"_s, m_status);
    addField(main, u"start_date"_s, m_start);
    addField(main, u"planned_end_date"_s, m_plannedEnd);
    addField(main, u"actual_end_date"_s, m_actualEnd);
    QFormLayout *texts = addSection(tr("Goals and result"), 1);
    m_goals->setTabChangesFocus(true);
    m_result->setTabChangesFocus(true);
    addField(texts, u"goals"_s, m_goals);
    addField(texts, u"result"_s, m_result);

    const Trajectory &t = start();
    m_provider->setId(t.providerId);
    m_type->setValue(std::optional(t.type));
    m_framework->setValue(std::optional(t.framework));
    m_partner->setId(t.partnerId);
    m_start->setDate(t.startDate.isValid() || t.id != 0 ? t.startDate : QDate::currentDate());
    m_plannedEnd->setDate(t.plannedEndDate);
    m_actualEnd->setDate(t.actualEndDate);
    m_status->setValue(std::optional(t.status));
    m_goals->setPlainText(t.goals);
    m_result->setPlainText(t.result);
}

Trajectory TrajectoryForm::value() const
{
    Trajectory t = start();
    t.providerId = m_provider->id();
    t.type = *m_type->value<TrajectoryType>();
    t.framework = *m_framework->value<Framework>();
    t.partnerId = m_partner->id();
    t.startDate = m_start->date();
    t.plannedEndDate = m_plannedEnd->date();
    t.actualEndDate = m_actualEnd->date();
    t.status = *m_status->value<TrajectoryStatus>();
    t.goals = m_goals->toPlainText().trimmed();
    t.result = m_result->toPlainText().trimmed();
    return t;
}

} // namespace wzsw
