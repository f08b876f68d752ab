#pragma once

#include "common/ruleviolation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace wzsw {

/// The field's name for people, translated: "birth_date" -> "geboortedatum".
QString fieldLabel(const QString &field);

/// Collects the violations of one record. The messages are made here, in one place, so every
/// rule reads the same wherever it is broken.
class Violations
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::Violations)

public:
    Violations(QString entity, QString record);

    void add(const QString &field, Rule rule, const QString &message);
    /// Takes over violations found elsewhere (a pure validator's), keeping their record.
    void append(const QList<RuleViolation> &violations) { m_list.append(violations); }

    void requireText(const QString &field, const QString &value);
    void requireDate(const QString &field, const QDate &value);
    void requireReference(const QString &field, qint64 id);
    /// `later` (when given) not before `earlier` (when given).
    void requireOrder(const QString &earlierField, const QDate &earlier, const QString &laterField,
                      const QDate &later);
    void requireNotFuture(const QString &field, const QDate &value, const QDate &today);
    void checkBsn(const QString &field, const QString &bsn);
    void checkPostcode(const QString &field, const QString &postcode);
    void checkEmail(const QString &field, const QString &email);
    void checkRange(const QString &field, double value, double min, double max);
    /// `field` may only be set together with `otherField`.
    /// Hours typed as text ("1,5", "0.25") as whole quarters; a violation when the text is not
    /// a number (Format) or not a multiple of a quarter hour (HoursStep). The range (> 0, at
    /// most 12) is the delivery's rule, checked by validateDelivery.
    std::optional<int> readQuarterHours(const QString &field, QStringView text);
    void requireTogether(const QString &field, bool present, const QString &otherField,
                         bool otherPresent);

    // Rules that need the data file; the services call these after looking.
    void codeTaken(const QString &field, const QString &code);
    void bsnTaken(const QString &field, const QString &holderCode);
    void unknownReference(const QString &field, const QString &code = {});
    void deliveriesOutside(const QString &field, qint64 count);
    /// A BSN given while the data file says the organisation does not process BSNs.
    void bsnNotProcessed(const QString &field);
    /// A change to a person whose data was erased, or an erasure date set by hand.
    void erasedRecord(const QDate &erasedOn);
    void erasureNotByHand();

    bool isEmpty() const { return m_list.isEmpty(); }
    const QList<RuleViolation> &list() const { return m_list; }
    QList<RuleViolation> take() { return std::move(m_list); }

private:
    QString m_entity;
    QString m_record;
    QList<RuleViolation> m_list;
};

} // namespace wzsw
