#include "records/duplicatetext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

QString reasonText(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameBsn:
        return QCoreApplication::translate("wzsw::DuplicateWarning", "same BSN");
    case DuplicateReason::SameBirthDateAndFamilyName:
        return QCoreApplication::translate("wzsw::DuplicateWarning",
                                           "same family name and date of birth");
    case DuplicateReason::SameAddress:
        return QCoreApplication::translate("wzsw::DuplicateWarning", "same address");
    }
    return {};
}

} // namespace

QString duplicateWarningText(const QList<DuplicateCandidate> &candidates)
{
    if (candidates.isEmpty())
        return {};
    QStringList lines;
    for (const DuplicateCandidate &candidate : candidates) {
        QStringList reasons;
        for (DuplicateReason reason : candidate.reasons)
            reasons.append(reasonText(reason));
        lines.append(u"• "_s + candidate.code + u' ' + candidate.name + u" ("_s +
                     reasons.join(u", "_s) + u')');
    }
    return QCoreApplication::translate("wzsw::DuplicateWarning",
                                       "This may be someone already in the file:") +
           u'\n' + lines.join(u'\n') + u'\n' +
           QCoreApplication::translate("wzsw::DuplicateWarning",
                                       "Press Save again to store the new record anyway.");
}

DuplicateWarning::DuplicateWarning(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"duplicateWarning"_s);
    setWordWrap(true);
    hide();
}

Status DuplicateWarning::confirm(const Result<QList<DuplicateCandidate>> &candidates)
{
    if (!candidates)
        return candidates.error();
    const QString warning = duplicateWarningText(*candidates);
    if (warning.isEmpty() || warning == m_confirmed)
        return {};
    m_confirmed = warning;
    setText(warning);
    show();
    return Error::make(Error::Kind::Cancelled, {});
}

QString DuplicateWarning::shownText() const
{
    return isHidden() ? QString() : text();
}

} // namespace wzsw
