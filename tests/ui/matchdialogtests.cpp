#include "records/matchdialog.h"
#include "records/recordeditor.h"
#include "services/requestservice.h"
#include "servicetesthelpers.h"
#include "storage/workrepositories.h"
#include "uitestsupport.h"

#include <QAction>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("the match dialog ranks the provider in the client's neighbourhood first and one "
          "click matches the request, undoably")
{
    test::clearSettings();
    test::TempDataFile data;
    const test::Basics basics = test::seedBasics(data.db());
    const Client client = test::storeClient(data.db(), test::validClient(basics.centrum));
    Provider near = test::validProvider(basics.centrum);
    near.serviceTypeIds = {basics.boodschappen};
    near = test::storeProvider(data.db(), near);
    Provider far = test::validProvider(basics.goirleCentrum);
    far.person.familyName = u"Verweg"_s;
    far.serviceTypeIds = {basics.boodschappen};
    far = test::storeProvider(data.db(), far);
    ServiceRequest request;
    request.clientId = client.id;
    request.serviceTypeId = basics.boodschappen;
    request.requestDate = QDate(2025, 2, 1);
    REQUIRE(RequestService(data.db()).save(request).ok());
    data.close();

    MainWindow window(standardPages());
    window.show();
    test::openChecked(window, data.path());
    openMatching(*window.dataFile(), request.id, &window);
    MatchDialog *dialog = window.findChild<MatchDialog *>();
    REQUIRE(dialog);

    // Both deliver the type (40) and have 16 h left (20); only `near` lives in Centrum (25):
    // near 85, far 60.
    REQUIRE(dialog->ranking().size() == 2);
    CHECK(dialog->ranking()[0].candidate.providerId == near.id);
    CHECK(dialog->ranking()[0].score == 85);
    CHECK(dialog->ranking()[1].score == 60);
    CHECK(dialog->table()->item(0, 4)->text().contains(u"same neighbourhood"_s));

    dialog->findChild<QPushButton *>(u"match0"_s)->click();
    Database &db = window.dataFile()->database();
    ServiceRequest stored = RequestRepository(db).find(request.id).value();
    CHECK(stored.status == RequestStatus::Matched);
    CHECK(stored.providerId == near.id);
    CHECK(window.dataFile()->undoStack()->undoText() == u"Match request"_s);

    window.action(u"actionUndo"_s)->trigger();
    stored = RequestRepository(db).find(request.id).value();
    CHECK(stored.status == RequestStatus::Open);
    CHECK(stored.providerId == 0);
}
