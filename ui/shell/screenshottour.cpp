#include "shell/screenshottour.h"

#include "entry/weekentrydialog.h"
#include "entry/weekentrymodel.h"
#include "lists/listpage.h"
#include "lists/listpanel.h"
#include "lists/pagedlistmodel.h"
#include "records/forminputs.h"
#include "records/recordeditor.h"
#include "records/recordform.h"
#include "reportpage/reportspage.h"
#include "settings/settingsdialog.h"
#include "shell/datafile.h"
#include "shell/mainwindow.h"
#include "shell/newdatafiledialog.h"
#include "storage/servicetyperepository.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// Lets layouts settle and pending paints run before a grab.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QEventLoop loop;
        QTimer::singleShot(60, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

QString slug(PageId id)
{
    switch (id) {
    case PageId::Overview:
        return u"overview"_s;
    case PageId::Clients:
        return u"clients"_s;
    case PageId::Providers:
        return u"providers"_s;
    case PageId::Trajectories:
        return u"trajectories"_s;
    case PageId::RequestsAndDeliveries:
        return u"requests"_s;
    case PageId::PartnersAndAgreements:
        return u"partners"_s;
    case PageId::TargetsAndBudget:
        return u"targets"_s;
    case PageId::Reports:
        return u"reports"_s;
    case PageId::Export:
        return u"export"_s;
    }
    return u"page"_s;
}

class Camera
{
public:
    explicit Camera(const QString &folder) : m_folder(folder) {}

    Status shoot(QWidget *widget, const QString &name)
    {
        settle();
        const QString path =
            m_folder.filePath(u"%1-%2.png"_s.arg(++m_count, 2, 10, QLatin1Char('0')).arg(name));
        if (!widget->grab().save(path))
            return Error::make(Error::Kind::Io,
                               ScreenshotTour::tr("%1 could not be written.").arg(path));
        return {};
    }

private:
    QDir m_folder;
    int m_count = 0;
};

// The person's page of the first client or provider in its list: the Timeline tab of the form.
Status shootTimeline(MainWindow &window, Camera &camera, PageId pageId, RecordKind kind,
                     const QString &formName, const QString &name)
{
    auto *page = qobject_cast<ListPage *>(window.page(pageId));
    if (!page)
        return {};
    window.showPage(pageId);
    settle();
    ListPanel *panel = page->currentPanel();
    if (!panel->model() || panel->model()->rowCount() == 0)
        return {};
    window.openRecord({kind, panel->model()->idAt(0)});
    settle();
    auto *form = window.findChild<RecordForm *>(formName);
    if (!form || !form->tabs())
        return {};
    form->tabs()->setCurrentIndex(form->tabs()->count() - 1);
    form->resize(1000, 700);
    const Status status = camera.shoot(form, name);
    form->close();
    return status;
}

// "Week invoeren" for the first provider, with two rows typed for the first two clients.
Status shootWeekEntry(MainWindow &window, Camera &camera)
{
    auto *providers = qobject_cast<ListPage *>(window.page(PageId::Providers));
    auto *clients = qobject_cast<ListPage *>(window.page(PageId::Clients));
    if (!providers || !clients)
        return {};
    window.showPage(PageId::Providers);
    window.showPage(PageId::Clients);
    settle();
    const PagedListModel *providerList = providers->currentPanel()->model();
    const PagedListModel *clientList = clients->currentPanel()->model();
    const Result<QList<ServiceType>> types =
        ServiceTypeRepository(window.dataFile()->database()).all(true);
    if (!providerList || !clientList || providerList->rowCount() == 0 ||
        clientList->rowCount() < 2 || !types || types->isEmpty())
        return {};
    WeekEntryDialog dialog(*window.dataFile(), &window);
    dialog.subjectPicker()->setId(providerList->idAt(0));
    WeekEntryModel *model = dialog.model();
    model->setSubject(RecordKind::Provider, providerList->idAt(0));
    const QStringList days{u"ma"_s, u"wo"_s};
    for (int row = 0; row < 2; ++row) {
        if (row > 0)
            model->appendRow();
        const auto set = [&](int column, const QVariant &value, int role = Qt::EditRole) {
            model->setData(model->index(row, column), value, role);
        };
        set(WeekEntryModel::Date, days.at(row));
        set(WeekEntryModel::Person, clientList->idAt(row), WeekEntryModel::IdRole);
        set(WeekEntryModel::Person, clientList->data(clientList->index(row, 0)).toString());
        set(WeekEntryModel::ServiceType, types->front().id, WeekEntryModel::IdRole);
        set(WeekEntryModel::ServiceType, types->front().nameNl);
        set(WeekEntryModel::Hours, row == 0 ? u"1,5"_s : u"2"_s);
        model->checkRow(row);
    }
    dialog.resize(1000, 500);
    dialog.show();
    settle();
    return camera.shoot(&dialog, u"week-entry"_s);
}

} // namespace

Status ScreenshotTour::run(MainWindow &window, const QString &dataFile, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error::make(Error::Kind::Io, tr("%1 could not be made.").arg(folder));
    Camera camera(folder);
    window.closeFile();
    window.show();
    if (Status status = camera.shoot(&window, u"welcome"_s); !status)
        return status;
    if (Status status = window.openFile(dataFile); !status)
        return status;
    // The pictures show the window in use, after the check on opening.
    window.dataFile()->waitForFileCheck();

    for (PageId id : {PageId::Overview, PageId::Clients, PageId::Providers, PageId::Trajectories,
                      PageId::RequestsAndDeliveries, PageId::PartnersAndAgreements,
                      PageId::TargetsAndBudget, PageId::Reports, PageId::Export}) {
        window.showPage(id);
        // The reports page is shown with the report its defaults choose, not empty.
        if (auto *reports = qobject_cast<ReportsPage *>(window.page(id)))
            if (Status status = reports->showReport(); !status)
                return status;
        auto *lists = qobject_cast<ListPage *>(window.page(id));
        if (!lists) {
            if (Status status = camera.shoot(&window, slug(id)); !status)
                return status;
            continue;
        }
        for (ListPanel *panel : lists->panels()) {
            lists->showList(panel->kind());
            if (Status status = camera.shoot(&window, ListPanel::settingsName(panel->kind()));
                !status)
                return status;
        }
    }

    // The client list searched, and the first client's summary.
    window.showPage(PageId::Clients);
    auto *clients = qobject_cast<ListPage *>(window.page(PageId::Clients));
    if (clients && clients->currentPanel()->model()) {
        ListPanel *panel = clients->currentPanel();
        panel->searchField()->setText(u"van den"_s);
        settle();
        panel->searchField()->setFocus();
        if (Status status = camera.shoot(&window, u"clients-search"_s); !status)
            return status;
        panel->searchField()->clear();
        settle();
        if (panel->model()->rowCount() > 0) {
            window.openRecord({RecordKind::Client, panel->model()->idAt(0)});
            settle();
            if (auto *form = window.findChild<QDialog *>(u"clientForm"_s)) {
                form->resize(1000, 700);
                if (Status status = camera.shoot(form, u"client-form"_s); !status)
                    return status;
                form->close();
            }
        }
    }

    // The providers ranked for the first request of the list.
    auto *work = qobject_cast<ListPage *>(window.page(PageId::RequestsAndDeliveries));
    if (work && work->showList(RecordKind::Request)) {
        window.showPage(PageId::RequestsAndDeliveries);
        settle();
        ListPanel *panel = work->currentPanel();
        if (panel->model() && panel->model()->rowCount() > 0) {
            openMatching(*window.dataFile(), panel->model()->idAt(0), &window);
            if (auto *matching = window.findChild<QDialog *>(u"matchDialog"_s)) {
                if (Status status = camera.shoot(matching, u"matching"_s); !status)
                    return status;
                matching->close();
            }
        }
    }

    SettingsDialog settings(&window);
    settings.show();
    if (Status status = camera.shoot(&settings, u"preferences"_s); !status)
        return status;
    settings.close();
    NewDataFileDialog newFile(&window);
    newFile.show();
    if (Status status = camera.shoot(&newFile, u"new-file"_s); !status)
        return status;
    newFile.close();

    if (Status status = shootWeekEntry(window, camera); !status)
        return status;
    // Last, so the numbers of the pictures before stay as they are.
    if (Status status = shootTimeline(window, camera, PageId::Clients, RecordKind::Client,
                                      u"clientForm"_s, u"client-timeline"_s);
        !status)
        return status;
    return shootTimeline(window, camera, PageId::Providers, RecordKind::Provider, u"providerForm"_s,
                         u"provider-timeline"_s);
}

} // namespace wzsw
