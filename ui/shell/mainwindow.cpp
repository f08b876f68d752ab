#include "shell/mainwindow.h"

#include "records/recordeditor.h"
#include "safety/safeopening.h"
#include "safety/safetyactions.h"
#include "settings/preferences.h"
#include "settings/translations.h"
#include "shell/datafile.h"
#include "shell/timing.h"
#include "shell/welcomepage.h"
#include "widgets/navigationdelegate.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace wzsw {

MainWindow::MainWindow(const PageRegistry &pages, QWidget *parent)
    : QMainWindow(parent), m_registry(pages), m_undoGroup(new QUndoGroup(this))
{
    setObjectName(u"mainWindow"_s);
    m_recordOpener = &openRecordForm;
    m_central = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_central);
    m_central->addWidget(m_welcome);
    buildWorkspace();
    m_central->addWidget(m_workspace);
    setCentralWidget(m_central);

    createActions();
    createMenus();
    new SafetyActions(this);
    buildStatusBar();
    retranslate();

    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newFileFlow);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openFileFlow);
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] { openDemo(); });
    connect(m_welcome, &WelcomePage::serverRequested, this, [this] { connectServerFlow(); });
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFileInteractive);
    connect(&Preferences::instance(), &Preferences::languageChanged, this,
            [](Language language) { Translations::apply(language); });

    const QByteArray geometry = Preferences::instance().windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // A first start: most of the screen, not all of it.
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(std::min(1280, available.width() * 9 / 10),
               std::min(820, available.height() * 9 / 10));
    }
    restoreState(Preferences::instance().windowState());
    m_navigation->setCurrentRow(0);
    setDataFile(nullptr);
}

MainWindow::~MainWindow()
{
    // Pages hold models over the file's database: they let go before the file closes.
    for (Page *page : std::as_const(m_pages))
        page->setDataFile(nullptr);
}

void MainWindow::buildWorkspace()
{
    m_workspace = new QSplitter(Qt::Horizontal, m_central);
    m_workspace->setObjectName(u"workspace"_s);
    m_workspace->setChildrenCollapsible(false);

    m_navigation = new QListWidget(m_workspace);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));

    m_pageStack = new QStackedWidget(m_workspace);
    m_pageStack->setObjectName(u"pages"_s);
    for (PageId id : m_registry.ids()) {
        Page *page = m_registry.create(id, m_pageStack);
        if (!page)
            continue;
        page->setContentsMargins(10, 8, 10, 4);
        m_pages.append(page);
        m_pagesById.insert(id, page);
        m_pageStack->addWidget(page);
        auto *item = new QListWidgetItem(page->title(), m_navigation);
        item->setData(Qt::UserRole, int(id));
        // A page's state changed: its status text, and whether it has something to print.
        connect(page, &Page::statusTextChanged, this, [this, page] {
            if (page == currentPage()) {
                updateStatus();
                updateActions();
            }
        });
        connect(page, &Page::recordActivated, this, &MainWindow::openRecord);
    }
    const int navigationWidth = m_navigation->sizeHintForColumn(0) + 24;
    m_navigation->setMinimumWidth(std::max(navigationWidth, 170));
    m_navigation->setMaximumWidth(std::max(navigationWidth, 170) + 120);
    m_workspace->setStretchFactor(1, 1);
    m_workspace->setSizes({m_navigation->minimumWidth() + 20, 1000});

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size())
            return;
        m_pageStack->setCurrentIndex(row);
        m_pages.at(row)->activate();
        updateTitle();
        updateStatus();
        updateActions();
    });
}

void MainWindow::buildStatusBar()
{
    m_checkLabel = new QLabel(this);
    m_checkLabel->setObjectName(u"checkLabel"_s);
    statusBar()->addWidget(m_checkLabel);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(u"fileLabel"_s);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_fileLabel);
}

Status MainWindow::openFile(const QString &path, Database::Mode mode)
{
    const qint64 started = timing::sinceStart();
    releaseIfOpen(path);
    Result<std::unique_ptr<DataFile>> file = DataFile::open(path, mode);
    if (!file)
        return file.error();
    qCDebug(lcTiming) << "file opened" << timing::sinceStart() - started << "ms";
    setDataFile(std::move(file).value());
    qCDebug(lcTiming) << "pages filled" << timing::sinceStart() - started << "ms";
    return {};
}

Status MainWindow::createFile(const QString &path, const Municipality &first)
{
    Result<std::unique_ptr<DataFile>> file = DataFile::create(path, first);
    if (!file)
        return file.error();
    setDataFile(std::move(file).value());
    return {};
}

void MainWindow::releaseIfOpen(const QString &path)
{
    // Opening the open file again reopens it: this window's own lock must not refuse it.
    if (m_file && QFileInfo(m_file->path()) == QFileInfo(path))
        setDataFile(nullptr);
}

void MainWindow::adoptFile(std::unique_ptr<DataFile> file)
{
    setDataFile(std::move(file));
}

std::unique_ptr<DataFile> MainWindow::takeFile()
{
    for (Page *page : std::as_const(m_pages)) {
        page->saveState();
        page->setDataFile(nullptr);
    }
    if (m_file)
        m_undoGroup->removeStack(m_file->undoStack());
    std::unique_ptr<DataFile> file = std::move(m_file);
    setDataFile(nullptr);
    return file;
}

void MainWindow::closeFile()
{
    if (!m_file)
        return;
    Preferences::instance().setLastFile({});
    setDataFile(nullptr);
}

void MainWindow::restoreLastSession()
{
    const QString last = Preferences::instance().lastFile();
    if (!last.isEmpty() && QFileInfo::exists(last))
        openFileInteractive(last);
}

void MainWindow::setDataFile(std::unique_ptr<DataFile> file)
{
    for (Page *page : std::as_const(m_pages)) {
        page->saveState();
        page->setDataFile(nullptr);
    }
    if (m_file)
        m_undoGroup->removeStack(m_file->undoStack());
    m_file = std::move(file);
    if (m_file) {
        connect(m_file.get(), &DataFile::changeFailed, this,
                [this](const QString &action, const QString &message) {
                    showError(action, Error::make(Error::Kind::Conflict, message));
                });
        // A restore hands the same file back: connected once.
        disconnect(m_file.get(), &DataFile::fileCheckPassed, this, nullptr);
        disconnect(m_file.get(), &DataFile::fileCheckFailed, this, nullptr);
        connect(m_file.get(), &DataFile::fileCheckPassed, this, [this] {
            updateStatus();
            updateActions();
        });
        // Queued: the flow closes the file, which must not happen inside its own signal.
        connect(
            m_file.get(), &DataFile::fileCheckFailed, this,
            [this] { SafeOpening::afterFailedCheck(*this); }, Qt::QueuedConnection);
        m_undoGroup->addStack(m_file->undoStack());
        m_undoGroup->setActiveStack(m_file->undoStack());
        for (Page *page : std::as_const(m_pages))
            page->setDataFile(m_file.get());
        Preferences::instance().addRecentFile(m_file->path());
        Preferences::instance().setLastFile(m_file->path());
        m_central->setCurrentWidget(m_workspace);
        showPage(Preferences::instance().lastPage());
        if (Page *page = currentPage())
            page->activate();
        m_navigation->setFocus();
    } else {
        m_central->setCurrentWidget(m_welcome);
    }
    updateTitle();
    updateStatus();
    updateActions();
    emit dataFileChanged(m_file.get());
}

bool MainWindow::isShowingWelcome() const
{
    return m_central->currentWidget() == m_welcome;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_pageStack->currentWidget());
}

void MainWindow::showPage(PageId id)
{
    if (Page *target = page(id))
        m_navigation->setCurrentRow(int(m_pages.indexOf(target)));
}

QString MainWindow::statusCountText() const
{
    return m_countLabel->text();
}

void MainWindow::setRecordOpener(RecordOpener opener)
{
    m_recordOpener = std::move(opener);
}

void MainWindow::openRecord(const RecordRef &record)
{
    if (m_file && m_recordOpener)
        m_recordOpener(*m_file, record, this);
}

void MainWindow::updateTitle()
{
    if (!m_file) {
        setWindowTitle(u"WZSW"_s);
        return;
    }
    QString title = m_file->fileName();
    if (m_file->isReadOnly())
        title += u' ' + tr("(read-only)");
    if (const Page *page = currentPage())
        title = page->title() + u" – "_s + title;
    setWindowTitle(title + u" – WZSW"_s);
}

void MainWindow::updateStatus()
{
    const Page *page = currentPage();
    const bool checking = m_file && m_file->isBeingChecked();
    m_checkLabel->setText(checking ? tr("Checking the file…") : QString());
    m_checkLabel->setToolTip(checking ? tr("Changes can be saved once the check on opening has "
                                           "found the file sound.")
                                      : QString());
    m_checkLabel->setVisible(checking);
    m_countLabel->setText(m_file && page ? page->statusText() : QString());
    m_countLabel->setVisible(!m_countLabel->text().isEmpty());
    if (m_file) {
        m_fileLabel->setText(m_file->isReadOnly() ? tr("%1 (read-only)").arg(m_file->fileName())
                                                  : m_file->fileName());
        m_fileLabel->setToolTip(QDir::toNativeSeparators(m_file->displayName()));
    } else {
        m_fileLabel->clear();
    }
}

void MainWindow::retranslate()
{
    for (qsizetype i = 0; i < m_pages.size(); ++i)
        m_navigation->item(int(i))->setText(m_pages.at(i)->title());
    m_navigation->setAccessibleName(tr("Navigation"));
    retranslateActions();
    updateActions(); // the tooltips that depend on the open file
    updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::saveWindowState()
{
    Preferences &preferences = Preferences::instance();
    preferences.setWindowGeometry(saveGeometry());
    preferences.setWindowState(saveState());
    if (const Page *page = currentPage())
        preferences.setLastPage(page->pageId());
    for (Page *page : std::as_const(m_pages))
        page->saveState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    // The file stays "last file" so the next start opens it again.
    event->accept();
}

} // namespace wzsw
