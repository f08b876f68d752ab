#pragma once

#include "common/result.h"
#include "domain/person.h"
#include "domain/recordkind.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class QFormLayout;
class QLineEdit;
class QPushButton;

namespace wzsw {

class Database;
class DateField;
class EnumCombo;
class RecordForm;
class ReferenceCombo;

/// The name, address and contact inputs clients and providers share, and the BSN: shown
/// masked (`*****1234`) and read-only until the user presses "Show" on purpose; `onReveal`
/// is called first (the form records it in the audit log) and the BSN stays hidden when it
/// fails (the
/// failure is shown).
class PersonFields : public QObject
{
    Q_OBJECT

public:
    using AddField = std::function<void(QFormLayout *, const QString &, QWidget *)>;

    PersonFields(RecordForm *form, Database &db, QFormLayout *names, QFormLayout *address,
                 const AddField &addField, std::function<Status()> onReveal);

    void setPerson(const Person &person);
    /// The person as typed; the BSN is the stored one while it is masked.
    Person person() const;
    bool isBsnRevealed() const { return m_revealed; }
    void revealBsn();

private:
    Person m_original;
    bool m_revealed = false;
    std::function<Status()> m_onReveal;
    QLineEdit *m_given;
    QLineEdit *m_prefix;
    QLineEdit *m_family;
    DateField *m_birth;
    EnumCombo *m_gender;
    QLineEdit *m_street;
    QLineEdit *m_house;
    QLineEdit *m_postcode;
    QLineEdit *m_place;
    ReferenceCombo *m_neighbourhood;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_bsn;
    QPushButton *m_reveal;
};

} // namespace wzsw
