#include "records/personfields.h"

#include "records/forminputs.h"
#include "records/recordform.h"
#include "services/bsnpolicy.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace wzsw {

PersonFields::PersonFields(RecordForm *form, Database &db, QFormLayout *names, QFormLayout *address,
                           const AddField &addField, std::function<Status()> onReveal)
    : QObject(form), m_onReveal(std::move(onReveal)), m_given(new QLineEdit),
      m_prefix(new QLineEdit), m_family(new QLineEdit), m_birth(new DateField),
      m_gender(EnumCombo::make<Gender>(true, nullptr)), m_street(new QLineEdit),
      m_house(new QLineEdit), m_postcode(new QLineEdit), m_place(new QLineEdit),
      m_neighbourhood(new ReferenceCombo(db, RecordKind::Neighbourhood, u""_s)),
      m_phone(new QLineEdit), m_email(new QLineEdit), m_bsn(new QLineEdit),
      m_reveal(new QPushButton(tr("Show")))
{
    addField(names, u"given_name"_s, m_given);
    addField(names, u"family_name_prefix"_s, m_prefix);
    addField(names, u"family_name"_s, m_family);
    addField(names, u"birth_date"_s, m_birth);
    addField(names, u"gender"_s, m_gender);

    // The BSN and its "Show" button share a row; the message goes under both.
    auto *bsnRow = new QWidget;
    auto *bsnLayout = new QHBoxLayout(bsnRow);
    bsnLayout->setContentsMargins(0, 0, 0, 0);
    m_bsn->setParent(bsnRow);
    bsnLayout->addWidget(m_bsn, 1);
    bsnLayout->addWidget(m_reveal);
    m_reveal->setObjectName(u"revealBsn"_s);
    m_reveal->setToolTip(tr("Shows the BSN; this is recorded in the audit log."));
    connect(m_reveal, &QPushButton::clicked, this, &PersonFields::revealBsn);
    addField(names, u"bsn"_s, bsnRow);
    bsnRow->setFocusProxy(m_bsn);
    m_bsn->setObjectName(u"bsnEdit"_s);
    m_bsn->setAccessibleName(tr("BSN"));
    // A file whose organisation does not process BSNs (its BSN switch) shows no BSN field:
    // core refuses one anyway, and an empty field only invites the question.
    if (const Result<BsnPolicy> bsns = BsnPolicy::of(db); bsns && !bsns->processesBsns())
        names->setRowVisible(bsnRow->parentWidget(), false); // the cell addField made

    addField(address, u"street"_s, m_street);
    addField(address, u"house_number"_s, m_house);
    addField(address, u"postcode"_s, m_postcode);
    addField(address, u"place"_s, m_place);
    addField(address, u"neighbourhood_code"_s, m_neighbourhood);
    addField(address, u"phone"_s, m_phone);
    addField(address, u"email"_s, m_email);
}

void PersonFields::setPerson(const Person &person)
{
    m_original = person;
    m_given->setText(person.givenName);
    m_prefix->setText(person.familyNamePrefix);
    m_family->setText(person.familyName);
    m_birth->setDate(person.birthDate);
    m_gender->setValue(person.gender);
    m_street->setText(person.street);
    m_house->setText(person.houseNumber);
    m_postcode->setText(person.postcode);
    m_place->setText(person.place);
    m_neighbourhood->setId(person.neighbourhoodId);
    m_phone->setText(person.phone);
    m_email->setText(person.email);
    // Nothing to hide while there is no BSN: the field is open for typing one.
    m_revealed = person.bsn.isEmpty();
    m_bsn->setText(m_revealed ? person.bsn : maskedBsn(person.bsn));
    m_bsn->setReadOnly(!m_revealed);
    m_reveal->setVisible(!m_revealed);
}

void PersonFields::revealBsn()
{
    if (m_revealed)
        return;
    // The BSN is shown only once its showing is in the audit log.
    if (const Status recorded = m_onReveal ? m_onReveal() : Status(); !recorded) {
        QMessageBox::warning(m_bsn->window(), tr("BSN not shown"), recorded.error().message);
        return;
    }
    m_revealed = true;
    m_bsn->setText(m_original.bsn);
    m_bsn->setReadOnly(false);
    m_reveal->hide();
    m_bsn->setFocus();
}

Person PersonFields::person() const
{
    Person p = m_original;
    p.givenName = m_given->text().trimmed();
    p.familyNamePrefix = m_prefix->text().trimmed();
    p.familyName = m_family->text().trimmed();
    p.birthDate = m_birth->date();
    p.gender = m_gender->value<Gender>();
    p.street = m_street->text().trimmed();
    p.houseNumber = m_house->text().trimmed();
    p.postcode = m_postcode->text().trimmed();
    p.place = m_place->text().trimmed();
    p.neighbourhoodId = m_neighbourhood->id();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    if (m_revealed)
        p.bsn = m_bsn->text().trimmed();
    return p;
}

} // namespace wzsw
