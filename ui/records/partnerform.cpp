#include "records/partnerform.h"

#include "records/forminputs.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace wzsw {

PartnerForm::PartnerForm(DataFile &file, const Partner &partner, QWidget *parent)
    : TypedForm(file, partner, parent), m_code(new QLineEdit), m_name(new QLineEdit),
      m_kind(EnumCombo::make<PartnerKind>(false, nullptr)),
      m_municipality(
          new ReferenceCombo(file.database(), RecordKind::Municipality, tr("(regional)"))),
      m_contact(new QLineEdit), m_phone(new QLineEdit), m_email(new QLineEdit)
{
    setObjectName(u"partnerForm"_s);
    QFormLayout *main = addSection(tr("Partner"), 0);
    addField(main, u"code"_s, m_code);
    addField(main, u"name"_s, m_name);
    addField(main, u"kind"_s, m_kind);
    addField(main, u"municipality_code"_s, m_municipality);
    addField(main, u"contact_person"_s, m_contact);
    addField(main, u"phone"_s, m_phone);
    addField(main, u"email"_s, m_email);

    const Partner &p = start();
    m_code->setText(p.code);
    m_name->setText(p.name);
    m_kind->setValue(std::optional(p.kind));
    m_municipality->setId(p.municipalityId);
    m_contact->setText(p.contactPerson);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
}

Partner PartnerForm::value() const
{
    Partner p = start();
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.kind = *m_kind->value<PartnerKind>();
    p.municipalityId = m_municipality->id();
    p.contactPerson = m_contact->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    return p;
}

} // namespace wzsw
