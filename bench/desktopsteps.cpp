// The steps of the desktop program, run in-process on the offscreen platform: the main window
// with the large file, its client list and its deliveries list, as a person would use them; and
// the printed report, which needs the same QApplication.
#include "figures/computereport.h"
#include "figures/reportnarrative.h"
#include "lists/listpage.h"
#include "lists/listpanel.h"
#include "lists/pagedlistmodel.h"
#include "report/reportrenderer.h"
#include "shell/datafile.h"
#include "shell/mainwindow.h"
#include "steps.h"
#include "storage/database.h"

#include <QApplication>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace wzsw::bench {

namespace {

// Lets the window do what it queued (layout, the first page of rows) and paints it, as the
// screen would: a list counts as shown once it has been painted with its rows.
void settleAndPaint(QWidget &widget)
{
    QApplication::processEvents();
    (void)widget.grab();
}

ListPanel *panelOf(MainWindow &window, PageId page, RecordKind kind)
{
    auto *list = qobject_cast<ListPage *>(window.page(page));
    if (!list)
        return nullptr;
    for (ListPanel *panel : list->panels())
        if (panel->kind() == kind)
            return panel;
    return nullptr;
}

struct OpenWindow
{
    MainWindow window{standardPages()};
    ListPanel *panel = nullptr;
};

// The main window with the large file, showing the list of `kind` on `page`. The file check on
// opening may still run in the background (see settledOn).
Result<std::unique_ptr<OpenWindow>> openOn(const StepContext &context, PageId page, RecordKind kind)
{
    auto open = std::make_unique<OpenWindow>();
    open->window.resize(1280, 800);
    open->window.show();
    if (Status status = open->window.openFile(context.largeFile()); !status)
        return status.error();
    open->window.showPage(page);
    open->panel = panelOf(open->window, page, kind);
    if (!open->panel)
        return stepError(u"no list panel for the page"_s);
    open->panel->activate();
    settleAndPaint(open->window);
    if (!open->panel->model() || open->panel->model()->rowCount() == 0)
        return stepError(u"the list shows no rows"_s);
    return open;
}

// The same once the check on opening has ended, so that it takes no turns on the cores from
// what is measured next.
Result<std::unique_ptr<OpenWindow>> settledOn(const StepContext &context, PageId page,
                                              RecordKind kind)
{
    Result<std::unique_ptr<OpenWindow>> open = openOn(context, page, kind);
    if (open && (*open)->window.dataFile()->waitForFileCheck() != FileCheckState::Passed)
        return stepError(u"the file check on opening did not pass"_s);
    return open;
}

// From starting the window to the client list painted with its first rows; the file check on
// opening goes on in the background (its CPU time so far counts).
Result<StepOutcome> openToFirstList(const StepContext &context)
{
    const SelfClock clock;
    Result<std::unique_ptr<OpenWindow>> open = openOn(context, PageId::Clients, RecordKind::Client);
    if (!open)
        return open.error();
    const Sample shown = clock.stop();
    // Not part of the goal, but worth knowing: when writing opens.
    if ((*open)->window.dataFile()->waitForFileCheck() != FileCheckState::Passed)
        return stepError(u"the file check on opening did not pass"_s);
    const Sample checked = clock.stop();
    QTextStream(stderr) << " [file check ended after " << qRound(checked.wallMs) << " ms, CPU "
                        << qRound(checked.cpuMs) << " ms]" << Qt::flush;
    return StepOutcome::measured(shown);
}

// Typing a surname and a neighbourhood into the client list's search, one keystroke at a
// time: each keystroke is the model filtered and the list painted (the panel's 150 ms typing
// pause is left out: it is waiting, not work).
Result<StepOutcome> filterKeystrokes(const StepContext &context)
{
    Result<std::unique_ptr<OpenWindow>> open =
        settledOn(context, PageId::Clients, RecordKind::Client);
    if (!open)
        return open.error();
    PagedListModel *model = (*open)->panel->model();
    const QString typed = u"bakker noord"_s;
    StepOutcome outcome;
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        if (typed.at(length - 1) == u' ')
            continue; // a trailing space searches the same words
        ListFilter filter = model->filter();
        filter.search = typed.left(length);
        const SelfClock clock;
        model->setFilter(filter);
        settleAndPaint(*(*open)->panel->view());
        outcome.samples.append(clock.stop());
    }
    return outcome;
}

// The deliveries list scrolled from its top to its last row, painted there.
Result<StepOutcome> scrollToEnd(const StepContext &context)
{
    Result<std::unique_ptr<OpenWindow>> open =
        settledOn(context, PageId::RequestsAndDeliveries, RecordKind::Delivery);
    if (!open)
        return open.error();
    QTableView *view = (*open)->panel->view();
    const SelfClock clock;
    view->scrollToBottom();
    settleAndPaint(*view);
    const Sample sample = clock.stop();
    const PagedListModel *model = (*open)->panel->model();
    if (view->verticalScrollBar()->value() != view->verticalScrollBar()->maximum() ||
        model->idAt(model->rowCount() - 1) == 0)
        return stepError(u"the deliveries list did not reach its last row"_s);
    return StepOutcome::measured(sample);
}

// The printed report of the region over the whole project written as PDF, as `wzsw-cli report
// --kind final --region --pdf` does: the figures computed and every page drawn (the audit
// entry of the print left out).
Result<StepOutcome> reportPdf(const StepContext &context)
{
    Result<std::unique_ptr<Database>> db =
        Database::open(context.largeFile(), Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    QFile file(context.work + u"/report.pdf"_s);
    if (!file.open(QIODevice::WriteOnly))
        return stepError(file.errorString());
    const SelfClock clock;
    ReportRequest request;
    request.kind = ReportKind::Final;
    Result<ReportData> report = computeReport(**db, request);
    if (!report)
        return report.error();
    const ReportRenderer renderer(std::move(report).value(), ReportNarrative{}, Language::Dutch);
    if (Status written = renderer.writePdf(file); !written)
        return written.error();
    file.close();
    return StepOutcome::measured(clock.stop());
}

} // namespace

QList<Step> desktopSteps()
{
    return {
        {"desktop-open", &openToFirstList, true},
        {"desktop-filter", &filterKeystrokes, true},
        {"desktop-scroll", &scrollToEnd, true},
        {"report-pdf", &reportPdf, true},
    };
}

} // namespace wzsw::bench
