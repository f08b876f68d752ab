#include "exchange/notecopy.h"

#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// The server's id of the file's person `fileId`, found by code; 0 when the server lacks it.
template <typename T> class PersonIds
{
public:
    PersonIds(Database &file, Database &server) : m_file(file), m_server(server) {}

    Result<Id> serverId(Id fileId)
    {
        if (const auto known = m_ids.constFind(fileId); known != m_ids.cend())
            return *known;
        const Result<T> person = PersonRepository<T>(m_file).find(fileId);
        if (!person)
            return person.error();
        const Result<Id> id = PersonRepository<T>(m_server).idOfCode(person->code);
        if (!id)
            return id.error();
        m_ids.insert(fileId, *id);
        return *id;
    }

private:
    Database &m_file;
    Database &m_server;
    QHash<Id, Id> m_ids;
};

bool sameNote(const ContactNote &a, const ContactNote &b)
{
    return a.date == b.date && a.author == b.author && a.text == b.text;
}

} // namespace

Result<ImportCounts> NoteCopy::run()
{
    // Person by person, so the server's notes of each person are read once.
    Result<QList<ContactNote>> notes =
        NoteRepository(m_file).list({}, {}, u"client_id, provider_id, date, id"_s);
    if (!notes)
        return notes.error();
    PersonIds<Client> clients(m_file, m_server);
    PersonIds<Provider> providers(m_file, m_server);
    NoteRepository serverNotes(m_server);
    // The server's notes of the current person that no note of the file has matched yet.
    QList<ContactNote> unmatched;
    Id heldClient = -1;
    Id heldProvider = -1;
    ImportCounts counts;
    for (ContactNote note : std::as_const(*notes)) {
        const Result<Id> client = note.clientId ? clients.serverId(note.clientId) : Result<Id>(0);
        const Result<Id> provider =
            note.providerId ? providers.serverId(note.providerId) : Result<Id>(0);
        if (!client)
            return client.error();
        if (!provider)
            return provider.error();
        if ((note.clientId && *client == 0) || (note.providerId && *provider == 0))
            return Error::make(Error::Kind::Invalid,
                               QCoreApplication::translate(
                                   "wzsw::NoteCopy",
                                   "A contact note's person is missing on the server; nothing "
                                   "was copied."));
        if (*client != heldClient || *provider != heldProvider) {
            Result<QList<ContactNote>> current =
                *client ? serverNotes.ofClient(*client) : serverNotes.ofProvider(*provider);
            if (!current)
                return current.error();
            unmatched = std::move(current).value();
            heldClient = *client;
            heldProvider = *provider;
        }
        note.clientId = *client;
        note.providerId = *provider;
        const auto match =
            std::find_if(unmatched.begin(), unmatched.end(),
                         [&note](const ContactNote &held) { return sameNote(note, held); });
        if (match != unmatched.end()) {
            unmatched.erase(match);
            ++counts.unchanged;
            continue;
        }
        if (Status status = serverNotes.insert(note); !status)
            return status.error();
        ++counts.added;
    }
    return counts;
}

} // namespace wzsw
