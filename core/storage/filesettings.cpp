#include "storage/filesettings.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <array>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

const QString pseudonymKeyName = u"pseudonym_key"_s;
constexpr qsizetype pseudonymKeyBytes = 32;

class FileSettingsMessages
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::FileSettings)

public:
    static Error damagedKey()
    {
        return Error::make(Error::Kind::Storage,
                           tr("The pseudonym key stored in the data file is damaged; exports "
                              "with pseudonyms are not possible until it is restored from a "
                              "backup."));
    }
};

} // namespace

Result<QString> FileSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query = prepare(m_db, u"SELECT value FROM file_settings WHERE key = ?"_s);
    query.bindValue(0, key);
    if (Status status = exec(query); !status)
        return status.error();
    return query.next() ? query.value(0).toString() : fallback;
}

Status FileSettings::setValue(const QString &key, const QString &value)
{
    // DELETE + INSERT rather than an upsert: portable to every SQL back end.
    QSqlQuery remove = prepare(m_db, u"DELETE FROM file_settings WHERE key = ?"_s);
    remove.bindValue(0, key);
    if (Status status = exec(remove); !status)
        return status;
    QSqlQuery insert = prepare(m_db, u"INSERT INTO file_settings (key, value) VALUES (?, ?)"_s);
    insert.bindValue(0, key);
    insert.bindValue(1, value);
    return exec(insert);
}

Result<QByteArray> FileSettings::pseudonymKey()
{
    const Result<QString> stored = value(pseudonymKeyName);
    if (!stored)
        return stored.error();
    if (!stored->isEmpty()) {
        const QByteArray key = QByteArray::fromBase64(stored->toLatin1());
        if (key.size() != pseudonymKeyBytes)
            return FileSettingsMessages::damagedKey();
        return key;
    }
    std::array<quint32, pseudonymKeyBytes / sizeof(quint32)> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray key(reinterpret_cast<const char *>(words.data()), pseudonymKeyBytes);
    if (Status status = setValue(pseudonymKeyName, QString::fromLatin1(key.toBase64())); !status)
        return status.error();
    return key;
}

} // namespace wzsw
