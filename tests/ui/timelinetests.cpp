#include "person/timelinemodel.h"
#include "person/timelinepanel.h"
#include "records/clientform.h"
#include "records/deliveryform.h"
#include "records/noteform.h"
#include "records/providerform.h"
#include "records/recordeditor.h"
#include "records/requestform.h"
#include "records/trajectoryform.h"
#include "services/deliveryservice.h"
#include "services/noteservice.h"
#include "services/requestservice.h"
#include "servicetesthelpers.h"
#include "uitestsupport.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

/// A client with a request (2025-02-01), a delivery (2025-03-04) and a note (2025-04-01), a
/// provider who delivered, and a second client with a note of their own.
struct World
{
    test::TempDataFile data;
    Client client;
    Client other;
    Provider provider;
    Id request = 0;
    Id delivery = 0;
    Id note = 0;
    Id otherNote = 0;

    World()
    {
        const test::Basics basics = test::seedBasics(data.db());
        client = test::storeClient(data.db(), test::validClient(basics.centrum));
        Client second = test::validClient(basics.noord);
        second.person.givenName = u"Kees"_s;
        second.person.familyName = u"Smulders"_s;
        second.person.birthDate = QDate(1950, 5, 5);
        other = test::storeClient(data.db(), second);
        provider = test::storeProvider(data.db(), test::validProvider(basics.noord));

        ServiceRequest r;
        r.clientId = client.id;
        r.serviceTypeId = basics.boodschappen;
        r.requestDate = QDate(2025, 2, 1);
        r.description = u"Elke dinsdag"_s;
        REQUIRE(RequestService(data.db()).save(r).ok());
        request = r.id;
        Delivery d;
        d.clientId = client.id;
        d.providerId = provider.id;
        d.serviceTypeId = basics.boodschappen;
        d.date = QDate(2025, 3, 4);
        d.quarterHours = 10;
        REQUIRE(DeliveryService(data.db()).save(d).ok());
        delivery = d.id;
        note = storeNote(client.id, QDate(2025, 4, 1), u"Huisbezoek"_s);
        otherNote = storeNote(other.id, QDate(2025, 5, 1), u"Kees belde"_s);
        data.close();
    }

    Id storeNote(Id clientId, const QDate &date, const QString &text)
    {
        ContactNote n;
        n.clientId = clientId;
        n.date = date;
        n.author = u"Ilse"_s;
        n.text = text;
        REQUIRE(NoteService(data.db()).save(n).ok());
        return n.id;
    }
};

template <typename Form> Form *waitForForm(QWidget *parent)
{
    Form *form = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (form = parent->findChild<Form *>()) != nullptr; }, 2000));
    return form;
}

ClientForm *openClient(MainWindow &window, Id id)
{
    openRecordForm(*window.dataFile(), {RecordKind::Client, id}, &window);
    return waitForForm<ClientForm>(&window);
}

QString cell(const TimelineModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("a client's form shows their timeline newest first, without other people's records")
{
    test::clearSettings();
    World world;
    MainWindow window(standardPages());
    test::openChecked(window, world.data.path());
    ClientForm *form = openClient(window, world.client.id);

    REQUIRE(form->tabs() != nullptr);
    REQUIRE(form->timeline() != nullptr);
    const TimelineModel &model = *form->timeline()->model();
    // The note (04-01), the delivery (03-04), the request (02-01); Kees's note is his.
    REQUIRE(model.rowCount() == 3);
    CHECK(model.recordAt(0).kind == RecordKind::ContactNote);
    CHECK(model.recordAt(0).id == world.note);
    CHECK(model.recordAt(1).kind == RecordKind::Delivery);
    CHECK(model.recordAt(2).kind == RecordKind::Request);
    CHECK(cell(model, 0, TimelineModel::Date) == u"01/04/2025"_s); // the tests speak English
    CHECK(cell(model, 0, TimelineModel::Kind) == u"Case note"_s);
    CHECK(cell(model, 0, TimelineModel::Description) == u"Ilse: Huisbezoek"_s);
    // 10 quarters = 2.5 hours of shopping, delivered by the provider P-0001.
    CHECK(cell(model, 1, TimelineModel::Description) == u"Shopping, 2.5 h, by P-0001"_s);
    // Not matched yet: the status only, and the description.
    CHECK(cell(model, 2, TimelineModel::Description) == u"Shopping, open – Elke dinsdag"_s);
    CHECK(form->tabs()->tabText(1) == u"Timeline (3)"_s);
    // A client gets no trajectory or ladder buttons; requests, deliveries and notes they get.
    CHECK(form->timeline()->quickButton(RecordKind::Trajectory) == nullptr);
    CHECK(form->timeline()->quickButton(RecordKind::LadderAssessment) == nullptr);
    CHECK(form->timeline()->quickButton(RecordKind::Request) != nullptr);
    form->reject();
}

TEST_CASE("a quick button opens a new record's form with the person filled in, and a saved "
          "note appears at the top of the timeline")
{
    test::clearSettings();
    World world;
    MainWindow window(standardPages());
    test::openChecked(window, world.data.path());
    ClientForm *form = openClient(window, world.client.id);
    TimelinePanel *timeline = form->timeline();
    REQUIRE(timeline != nullptr);

    timeline->quickButton(RecordKind::Request)->click();
    RequestForm *request = waitForForm<RequestForm>(form);
    CHECK(request->value().clientId == world.client.id);
    CHECK(request->value().id == 0);
    request->reject();
    REQUIRE(QTest::qWaitFor([&] { return form->findChild<RequestForm *>() == nullptr; }, 2000));

    timeline->quickButton(RecordKind::ContactNote)->click();
    NoteForm *note = waitForForm<NoteForm>(form);
    CHECK(note->value().clientId == world.client.id);
    CHECK(note->value().providerId == 0);
    auto *text = qobject_cast<QPlainTextEdit *>(note->input(u"text"_s));
    REQUIRE(text != nullptr);
    QTest::keyClicks(text, u"Belde over de tuin"_s);
    note->accept();
    REQUIRE(QTest::qWaitFor([&] { return form->findChild<NoteForm *>() == nullptr; }, 2000));

    // Dated today, so after every record of 2025: the first row, and four rows now.
    const TimelineModel &model = *timeline->model();
    REQUIRE(model.rowCount() == 4);
    CHECK(model.recordAt(0).kind == RecordKind::ContactNote);
    CHECK(model.recordAt(0).id != world.note);
    CHECK(cell(model, 0, TimelineModel::Description).endsWith(u"Belde over de tuin"_s));
    CHECK(model.recordAt(1).id == world.note);
    CHECK(form->tabs()->tabText(1) == u"Timeline (4)"_s);
    // The client's form stays open: saving the note saved nothing of the client.
    CHECK(form->result() == 0);
    CHECK(window.findChild<ClientForm *>() == form);
    form->reject();
}

TEST_CASE("Enter on a timeline entry opens its form and leaves the person's form open")
{
    test::clearSettings();
    World world;
    MainWindow window(standardPages());
    window.show();
    test::openChecked(window, world.data.path());
    ClientForm *form = openClient(window, world.client.id);
    form->tabs()->setCurrentIndex(1);
    QTableView *view = form->timeline()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0)); // the delivery
    QTest::keyClick(view, Qt::Key_Return);

    DeliveryForm *delivery = waitForForm<DeliveryForm>(form);
    CHECK(delivery->value().id == world.delivery);
    CHECK(form->isVisible());
    CHECK(form->result() == 0); // not accepted by the Enter
    delivery->reject();
    form->reject();
}

TEST_CASE("a provider's form offers trajectory, ladder, delivery and note, preset with them")
{
    test::clearSettings();
    World world;
    MainWindow window(standardPages());
    test::openChecked(window, world.data.path());
    openRecordForm(*window.dataFile(), {RecordKind::Provider, world.provider.id}, &window);
    auto *form = waitForForm<ProviderForm>(&window);
    TimelinePanel *timeline = form->timeline();
    REQUIRE(timeline != nullptr);
    // The delivery to the client is the provider's only record.
    REQUIRE(timeline->model()->rowCount() == 1);
    CHECK(timeline->model()->recordAt(0).id == world.delivery);
    CHECK(timeline->quickButton(RecordKind::Request) == nullptr);

    timeline->quickButton(RecordKind::Trajectory)->click();
    TrajectoryForm *trajectory = waitForForm<TrajectoryForm>(form);
    CHECK(trajectory->value().providerId == world.provider.id);
    trajectory->reject();
    form->reject();
}

TEST_CASE("a new client's form has no timeline")
{
    test::clearSettings();
    World world;
    MainWindow window(standardPages());
    test::openChecked(window, world.data.path());
    openRecordForm(*window.dataFile(), {RecordKind::Client, 0}, &window);
    ClientForm *form = waitForForm<ClientForm>(&window);
    CHECK(form->timeline() == nullptr);
    CHECK(form->tabs() == nullptr);
    form->reject();
}
