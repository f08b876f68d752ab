#include "records/clientform.h"

#include "records/duplicatetext.h"
#include "records/forminputs.h"
#include "records/personfields.h"
#include "services/clientservice.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace wzsw {

ClientForm::ClientForm(DataFile &file, const Client &client, QWidget *parent)
    : TypedForm(file, client, parent), m_code(new QLineEdit),
      m_targetGroups(CheckList::forEnum<TargetGroup>(nullptr)), m_livesAlone(new QCheckBox),
      m_referredBy(new ReferenceCombo(file.database(), RecordKind::Partner, u""_s)),
      m_intake(new DateField), m_end(new DateField),
      m_endReason(EnumCombo::make<ClientEndReason>(true, nullptr)), m_consent(new DateField),
      m_duplicates(new DuplicateWarning(this))
{
    setObjectName(u"clientForm"_s);
    addTopWidget(m_duplicates);

    QFormLayout *names = addSection(tr("Person"), 0);
    QFormLayout *address = addSection(tr("Address and contact"), 0);
    const auto add = [this](QFormLayout *section, const QString &field, QWidget *input) {
        addField(section, field, input);
    };
    QFormLayout *care = addSection(tr("Client"), 1);
    addField(care, u"code"_s, m_code);
    m_code->setPlaceholderText(tr("next free code"));
    m_person = new PersonFields(this, file.database(), names, address, add, [this]() -> Status {
        return before() ? ClientService(this->file().database()).recordBsnRevealed(*before())
                        : Status();
    });
    addField(care, u"target_groups"_s, m_targetGroups);
    addField(care, u"lives_alone"_s, m_livesAlone);
    addField(care, u"referred_by_partner_code"_s, m_referredBy);
    addField(care, u"intake_date"_s, m_intake);
    addField(care, u"end_date"_s, m_end);
    addField(care, u"end_reason"_s, m_endReason);
    addField(care, u"consent_date"_s, m_consent);

    const Client &c = start();
    m_code->setText(c.code);
    m_person->setPerson(c.person);
    m_targetGroups->setCheckedValues(c.targetGroups);
    m_livesAlone->setChecked(c.livesAlone);
    m_referredBy->setId(c.referredByPartnerId);
    m_intake->setDate(c.intakeDate.isValid() || c.id != 0 ? c.intakeDate : QDate::currentDate());
    m_end->setDate(c.endDate);
    m_endReason->setValue(c.endReason);
    m_consent->setDate(c.consentDate);
    if (c.id != 0)
        m_timeline = addTimeline(RecordKind::Client, c.id);
}

Client ClientForm::value() const
{
    Client c = start();
    c.code = m_code->text().trimmed();
    // An empty code is the next free one; core would give it on save, but its check comes
    // first and requires a code.
    if (c.code.isEmpty() && c.id == 0)
        if (const Result<QString> next = ClientRepository(file().database()).nextCode())
            c.code = *next;
    c.person = m_person->person();
    c.targetGroups = m_targetGroups->checkedValues<TargetGroup>();
    c.livesAlone = m_livesAlone->isChecked();
    c.referredByPartnerId = m_referredBy->id();
    c.intakeDate = m_intake->date();
    c.endDate = m_end->date();
    c.endReason = m_endReason->value<ClientEndReason>();
    c.consentDate = m_consent->date();
    return c;
}

QString ClientForm::duplicateWarning() const
{
    return m_duplicates->shownText();
}

Status ClientForm::confirm(const Client &client)
{
    if (client.id != 0)
        return {};
    return m_duplicates->confirm(ClientService(file().database()).possibleDuplicates(client));
}

} // namespace wzsw
