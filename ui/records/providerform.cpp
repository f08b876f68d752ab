#include "records/providerform.h"

#include "records/duplicatetext.h"
#include "records/forminputs.h"
#include "records/personfields.h"
#include "services/providerservice.h"
#include "storage/servicetyperepository.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace wzsw {

ProviderForm::ProviderForm(DataFile &file, const Provider &provider, QWidget *parent)
    : TypedForm(file, provider, parent), m_code(new QLineEdit),
      m_background(EnumCombo::make<Background>(false, nullptr)), m_serviceTypes(new CheckList),
      m_hours(new QDoubleSpinBox), m_start(new DateField), m_exit(new DateField),
      m_exitReason(EnumCombo::make<ExitReason>(true, nullptr)),
      m_referredBy(new ReferenceCombo(file.database(), RecordKind::Partner, u""_s)),
      m_enrolled(new DateField), m_level(new QSpinBox), m_certified(new DateField),
      m_dropped(new DateField), m_duplicates(new DuplicateWarning(this))
{
    setObjectName(u"providerForm"_s);
    addTopWidget(m_duplicates);

    QFormLayout *names = addSection(tr("Person"), 0);
    QFormLayout *address = addSection(tr("Address and contact"), 0);
    const auto add = [this](QFormLayout *section, const QString &field, QWidget *input) {
        addField(section, field, input);
    };
    QFormLayout *work = addSection(tr("Provider"), 1);
    addField(work, u"code"_s, m_code);
    m_code->setPlaceholderText(tr("next free code"));
    m_person = new PersonFields(this, file.database(), names, address, add, [this]() -> Status {
        return before() ? ProviderService(this->file().database()).recordBsnRevealed(*before())
                        : Status();
    });
    if (const auto types = ServiceTypeRepository(file.database()).all())
        for (const ServiceType &type : *types)
            m_serviceTypes->addChoice(
                displayLanguage() == Language::Dutch ? type.nameNl : type.nameEn, type.id);
    m_hours->setRange(0, 60);
    m_hours->setSingleStep(0.5);
    m_hours->setDecimals(1);
    addField(work, u"background"_s, m_background);
    addField(work, u"service_type_codes"_s, m_serviceTypes);
    addField(work, u"hours_per_week"_s, m_hours);
    addField(work, u"start_date"_s, m_start);
    addField(work, u"exit_date"_s, m_exit);
    addField(work, u"exit_reason"_s, m_exitReason);
    addField(work, u"referred_by_partner_code"_s, m_referredBy);

    QFormLayout *course = addSection(tr("Course \"woonzorgserviceverlener\""), 1);
    m_level->setRange(0, 4);
    m_level->setSpecialValueText(tr("not enrolled"));
    addField(course, u"course_enrolled_date"_s, m_enrolled);
    addField(course, u"course_level"_s, m_level);
    addField(course, u"course_certified_date"_s, m_certified);
    addField(course, u"course_dropped_date"_s, m_dropped);

    const Provider &p = start();
    m_code->setText(p.code);
    m_person->setPerson(p.person);
    m_background->setValue(std::optional<Background>(p.background));
    QList<qint64> typeIds;
    for (Id id : p.serviceTypeIds)
        typeIds.append(id);
    m_serviceTypes->setChecked(typeIds);
    m_hours->setValue(p.hoursPerWeek);
    m_start->setDate(p.startDate.isValid() || p.id != 0 ? p.startDate : QDate::currentDate());
    m_exit->setDate(p.exitDate);
    m_exitReason->setValue(p.exitReason);
    m_referredBy->setId(p.referredByPartnerId);
    m_enrolled->setDate(p.course.enrolledDate);
    m_level->setValue(p.course.level);
    m_certified->setDate(p.course.certifiedDate);
    m_dropped->setDate(p.course.droppedDate);
    if (p.id != 0)
        m_timeline = addTimeline(RecordKind::Provider, p.id);
}

Provider ProviderForm::value() const
{
    Provider p = start();
    p.code = m_code->text().trimmed();
    // An empty code is the next free one; core would give it on save, but its check comes
    // first and requires a code.
    if (p.code.isEmpty() && p.id == 0)
        if (const Result<QString> next = ProviderRepository(file().database()).nextCode())
            p.code = *next;
    p.person = m_person->person();
    p.background = m_background->value<Background>().value_or(Background::Other);
    p.serviceTypeIds.clear();
    for (qint64 id : m_serviceTypes->checked())
        p.serviceTypeIds.append(id);
    p.hoursPerWeek = m_hours->value();
    p.startDate = m_start->date();
    p.exitDate = m_exit->date();
    p.exitReason = m_exitReason->value<ExitReason>();
    p.referredByPartnerId = m_referredBy->id();
    p.course.enrolledDate = m_enrolled->date();
    p.course.level = m_level->value();
    p.course.certifiedDate = m_certified->date();
    p.course.droppedDate = m_dropped->date();
    return p;
}

Status ProviderForm::confirm(const Provider &provider)
{
    if (provider.id != 0)
        return {};
    return m_duplicates->confirm(ProviderService(file().database()).possibleDuplicates(provider));
}

} // namespace wzsw
