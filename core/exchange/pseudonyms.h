#pragma once

#include "common/result.h"
#include "domain/ids.h"

#include <QByteArray>
#include <QMessageAuthenticationCode>
#include <QString>

#include <memory>

namespace wzsw {

class Database;

/// The kinds of person an export can name.
enum class PersonKind
{
    Client,
    Provider
};

/// The "person id" of the department exports (spec/exchange-csv.md): a pseudonym such as
/// `PS-K7QX3M2ZA9DF` that a department can follow from one monthly export to the next without
/// learning who it is.
///
/// It is HMAC-SHA256, keyed with the data file's secret (FileSettings::pseudonymKey()), over
/// the kind of person, the person's internal id and the recipient label; the first 60 bits of
/// the result in base32 follow `PS-`. So:
/// - It is stable for the same person and recipient: the internal id never changes while the
///   record lives, not when the person's name, address, BSN or even code is corrected, and not
///   when the exchange files are imported again (an import updates the record with the same
///   code in place). The code would not be better: it can be edited, and a new data file built
///   from exported files has a new key anyway, so no identity would carry pseudonyms there.
/// - Another recipient gets other pseudonyms, so two departments cannot link their files.
/// - Nothing about the person goes in, and without the key (which never leaves the data file)
///   a pseudonym cannot be traced back, not even by trying every code or BSN.
/// - 60 bits: the chance that two of 100,000 persons share one is about 1 in 200 million.
///
/// Recipient labels are compared without regard to case and surrounding or repeated spaces
/// ("Wmo Tilburg" = " wmo  tilburg"); an empty label stands for one default recipient.
class Pseudonymizer
{
public:
    /// The pseudonyms for `recipient`. Makes and stores the file's key on first use: call
    /// inside a write transaction.
    static Result<Pseudonymizer> forRecipient(Database &db, const QString &recipient);
    /// With a given key, for tests of the derivation itself.
    Pseudonymizer(const QByteArray &key, const QString &recipient);

    QString of(PersonKind kind, Id id);

    /// The label as it goes into the pseudonyms.
    static QString normalizedRecipient(const QString &recipient);

private:
    std::unique_ptr<QMessageAuthenticationCode> m_mac; ///< not movable in Qt 6.4
    QByteArray m_recipient;                            ///< normalised, UTF-8
};

} // namespace wzsw
