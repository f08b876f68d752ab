#include "records/agreementform.h"

#include "records/forminputs.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace wzsw {

AgreementForm::AgreementForm(DataFile &file, const Agreement &agreement, QWidget *parent)
    : TypedForm(file, agreement, parent),
      m_partner(new ReferenceCombo(file.database(), RecordKind::Partner, u""_s)),
      m_title(new QLineEdit), m_scope(CheckList::forEnum<AgreementScope>(nullptr)),
      m_start(new DateField), m_end(new DateField), m_signed(new DateField),
      m_status(EnumCombo::make<AgreementStatus>(false, nullptr)), m_review(new DateField),
      m_commitments(new QPlainTextEdit), m_document(new QLineEdit)
{
    setObjectName(u"agreementForm"_s);
    QFormLayout *main = addSection(tr("Agreement"), 0);
    addField(main, u"partner_code"_s, m_partner);
    addField(main, u"title"_s, m_title);
    addField(main, u"scope"_s, m_scope);
    addField(main, u"status"_s, m_status);
    QFormLayout *dates = addSection(tr("Dates and documents"), 1);
    addField(dates, u"start_date"_s, m_start);
    addField(dates, u"end_date"_s, m_end);
    addField(dates, u"signed_date"_s, m_signed);
    addField(dates, u"review_date"_s, m_review);
    m_commitments->setTabChangesFocus(true);
    addField(dates, u"commitments"_s, m_commitments);
    m_document->setPlaceholderText(tr("path or link to the signed file"));
    addField(dates, u"document"_s, m_document);

    const Agreement &a = start();
    m_partner->setId(a.partnerId);
    m_title->setText(a.title);
    m_scope->setCheckedValues(a.scopes);
    m_start->setDate(a.startDate);
    m_end->setDate(a.endDate);
    m_signed->setDate(a.signedDate);
    m_status->setValue(std::optional(a.status));
    m_review->setDate(a.reviewDate);
    m_commitments->setPlainText(a.commitments);
    m_document->setText(a.document);
}

Agreement AgreementForm::value() const
{
    Agreement a = start();
    a.partnerId = m_partner->id();
    a.title = m_title->text().trimmed();
    a.scopes = m_scope->checkedValues<AgreementScope>();
    a.startDate = m_start->date();
    a.endDate = m_end->date();
    a.signedDate = m_signed->date();
    a.status = *m_status->value<AgreementStatus>();
    a.reviewDate = m_review->date();
    a.commitments = m_commitments->toPlainText().trimmed();
    a.document = m_document->text().trimmed();
    return a;
}

} // namespace wzsw
