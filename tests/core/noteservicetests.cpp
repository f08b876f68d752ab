#include "common/system.h"
#include "seed.h"
#include "services/noteservice.h"
#include "servicetesthelpers.h"
#include "storage/auditrepository.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("a note is on a client or a provider that exists, never both or neither")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Client client = test::storeClient(file.db(), test::validClient(basics.centrum));
    const Provider provider = test::storeProvider(file.db(), test::validProvider(basics.noord));
    NoteService service(file.db());
    ContactNote note;
    note.date = QDate(2025, 2, 5);
    note.text = u"Huisbezoek: gaat goed."_s;
    CHECK(test::hasViolation(service.save(note), u"client_code"_s, Rule::Inconsistent));
    note.clientId = client.id;
    note.providerId = provider.id;
    CHECK(test::hasViolation(service.save(note), u"client_code"_s, Rule::Inconsistent));
    note.providerId = 0;
    note.clientId = 8888;
    CHECK(test::hasViolation(service.save(note), u"client_code"_s, Rule::UnknownCode));
    note.clientId = client.id;
    note.text = u"  "_s;
    CHECK(test::hasViolation(service.save(note), u"text"_s, Rule::Required));
    CHECK(NoteRepository(file.db()).count().value() == 0);
}

TEST_CASE("a note without author is signed by the user; the audit log holds no note text")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Provider provider = test::storeProvider(file.db(), test::validProvider(basics.noord));
    NoteService service(file.db());
    ContactNote note;
    note.providerId = provider.id;
    note.date = QDate(2025, 2, 5);
    note.text = u"Vertrouwelijk gesprek over schulden."_s;
    REQUIRE(service.save(note).ok());
    CHECK(note.author == currentUserName());
    note.text = u"Vertrouwelijk gesprek, vervolg gepland."_s;
    REQUIRE(service.save(note).ok());

    const QList<AuditEntry> audit = AuditRepository(file.db()).entries().value();
    const AuditEntry last = audit.back();
    CHECK(last.entity == u"note"_s);
    CHECK(last.recordCode == u"P-0001 2025-02-05"_s);
    CHECK(last.summary == u"changed: text"_s);
    for (const AuditEntry &entry : audit)
        CHECK_FALSE(entry.summary.contains(u"Vertrouwelijk"_s));
    REQUIRE(service.remove(note.id).ok());
    CHECK(NoteRepository(file.db()).ofProvider(provider.id).value().isEmpty());
}
