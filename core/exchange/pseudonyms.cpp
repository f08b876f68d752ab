#include "exchange/pseudonyms.h"

#include "storage/filesettings.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// Written before every derivation so that a change of scheme can never produce the pseudonyms
// of the old one.
constexpr char scheme[] = "wzsw-pseudonym-1";
// Unit separator between the parts: it cannot occur in a kind, an id or a normalised label
// (normalizedRecipient() turns every kind of space, control characters included, into ' ').
constexpr char separator = '\x1f';
// RFC 4648 base32: upper-case letters and 2-7, no 0/O or 1/I to confuse on the phone.
constexpr char base32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int pseudonymChars = 12; // 60 bits

} // namespace

Result<Pseudonymizer> Pseudonymizer::forRecipient(Database &db, const QString &recipient)
{
    const Result<QByteArray> key = FileSettings(db).pseudonymKey();
    if (!key)
        return key.error();
    return Pseudonymizer(*key, recipient);
}

Pseudonymizer::Pseudonymizer(const QByteArray &key, const QString &recipient)
    : m_mac(std::make_unique<QMessageAuthenticationCode>(QCryptographicHash::Sha256, key)),
      m_recipient(normalizedRecipient(recipient).toUtf8())
{}

QString Pseudonymizer::normalizedRecipient(const QString &recipient)
{
    QString label = recipient.toCaseFolded();
    for (QChar &c : label)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    label = label.simplified();
    return label.isEmpty() ? u"(default recipient)"_s : label;
}

QString Pseudonymizer::of(PersonKind kind, Id id)
{
    const QByteArray message = QByteArray(scheme) + separator +
                               (kind == PersonKind::Client ? "client" : "provider") + separator +
                               QByteArray::number(id) + separator + m_recipient;
    m_mac->reset();
    m_mac->addData(message);
    const QByteArray digest = m_mac->result();

    char16_t text[3 + pseudonymChars] = {u'P', u'S', u'-'};
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | quint8(digest.at(i));
    for (int i = 0; i < pseudonymChars; ++i) // the top 60 of the 64 bits, 5 at a time
        text[3 + i] = char16_t(base32[(bits >> (59 - 5 * i)) & 0x1f]);
    return QString(reinterpret_cast<const QChar *>(text), std::size(text));
}

} // namespace wzsw
