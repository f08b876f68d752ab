// The main window's actions, menus and toolbar: every command has a menu entry (so it can be
// reached with Alt and the arrow keys) and the standard shortcut where there is one.
#include "entry/weekentrydialog.h"
#include "lists/listpage.h"
#include "lists/listpanel.h"
#include "settings/preferences.h"
#include "shell/datafile.h"
#include "shell/mainwindow.h"
#include "storage/serverlocation.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// The desktop's icon when its theme has one, else Qt's own.
QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

QAction *makeAction(QObject *parent, const QString &objectName, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    m_newFile = makeAction(this, u"actionNewFile"_s, QKeySequence::New);
    m_newFile->setIcon(themeIcon(u"document-new"_s, QStyle::SP_FileIcon));
    m_open = makeAction(this, u"actionOpen"_s, QKeySequence::Open);
    m_open->setIcon(themeIcon(u"document-open"_s, QStyle::SP_DialogOpenButton));
    m_openDemo = makeAction(this, u"actionOpenDemo"_s);
    m_connectServer = makeAction(this, u"actionConnectServer"_s);
    m_connectServer->setIcon(themeIcon(u"network-server"_s, QStyle::SP_DriveNetIcon));
    m_backup = makeAction(this, u"actionBackup"_s, QKeySequence(u"Ctrl+Shift+B"_s));
    m_backup->setIcon(themeIcon(u"document-save-as"_s, QStyle::SP_DialogSaveButton));
    m_check = makeAction(this, u"actionCheckFile"_s);
    m_print = makeAction(this, u"actionPrint"_s, QKeySequence::Print);
    m_print->setIcon(themeIcon(u"document-print"_s, QStyle::SP_FileDialogDetailedView));
    m_close = makeAction(this, u"actionClose"_s, QKeySequence::Close);
    m_quit = makeAction(this, u"actionQuit"_s, QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_clearRecent = makeAction(this, u"actionClearRecent"_s);

    m_undo = makeAction(this, u"actionUndo"_s, QKeySequence::Undo);
    m_undo->setIcon(themeIcon(u"edit-undo"_s, QStyle::SP_ArrowBack));
    m_redo = makeAction(this, u"actionRedo"_s, QKeySequence::Redo);
    m_redo->setIcon(themeIcon(u"edit-redo"_s, QStyle::SP_ArrowForward));
    m_find = makeAction(this, u"actionFind"_s, QKeySequence::Find);
    m_find->setIcon(themeIcon(u"edit-find"_s, QStyle::SP_FileDialogContentsView));
    // Ctrl+Shift+E: "enter" in English, and free in both languages' usual shortcuts.
    m_enterWeek = makeAction(this, u"actionEnterWeek"_s, QKeySequence(u"Ctrl+Shift+E"_s));
    const QKeySequence preferencesKey = QKeySequence(QKeySequence::Preferences).isEmpty()
                                            ? QKeySequence(u"Ctrl+,"_s)
                                            : QKeySequence(QKeySequence::Preferences);
    m_preferences = makeAction(this, u"actionPreferences"_s, preferencesKey);
    m_preferences->setMenuRole(QAction::PreferencesRole);

    m_showToolBar = makeAction(this, u"actionShowToolBar"_s);
    m_showToolBar->setCheckable(true);
    m_showToolBar->setChecked(true);
    m_showStatusBar = makeAction(this, u"actionShowStatusBar"_s);
    m_showStatusBar->setCheckable(true);
    m_showStatusBar->setChecked(true);
    m_fullScreen = makeAction(this, u"actionFullScreen"_s, QKeySequence::FullScreen);
    m_fullScreen->setCheckable(true);
    // Ctrl+1 ... Ctrl+9 go to the places of the navigation, in order.
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        QAction *go =
            makeAction(this, u"actionGoTo"_s + QString::number(i + 1),
                       i < 9 ? QKeySequence(u"Ctrl+"_s + QString::number(i + 1)) : QKeySequence());
        const PageId id = m_pages.at(i)->pageId();
        connect(go, &QAction::triggered, this, [this, id] {
            showPage(id);
            if (Page *shown = currentPage(); shown && !shown->focusSearch())
                m_navigation->setFocus();
        });
        m_goToPage.append(go);
    }

    m_about = makeAction(this, u"actionAbout"_s);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = makeAction(this, u"actionAboutQt"_s);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);

    connect(m_newFile, &QAction::triggered, this, &MainWindow::newFileFlow);
    connect(m_open, &QAction::triggered, this, &MainWindow::openFileFlow);
    connect(m_openDemo, &QAction::triggered, this, [this] { openDemo(); });
    connect(m_connectServer, &QAction::triggered, this, [this] { connectServerFlow(); });
    connect(m_backup, &QAction::triggered, this, &MainWindow::backupFlow);
    connect(m_check, &QAction::triggered, this, &MainWindow::checkFileFlow);
    connect(m_print, &QAction::triggered, this, &MainWindow::printFlow);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeFile);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_clearRecent, &QAction::triggered, this,
            [] { Preferences::instance().clearRecentFiles(); });
    connect(m_undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, &MainWindow::updateUndoActions);
    connect(m_find, &QAction::triggered, this, [this] {
        if (Page *page = currentPage())
            page->focusSearch();
    });
    connect(m_enterWeek, &QAction::triggered, this, [this] {
        if (m_file)
            WeekEntryDialog::open(*m_file, this);
    });
    // Also on the list of deliveries, where a person looks for it.
    if (auto *page = qobject_cast<ListPage *>(m_pagesById.value(PageId::RequestsAndDeliveries)))
        for (ListPanel *panel : page->panels())
            if (panel->kind() == RecordKind::Delivery)
                panel->addCommand(m_enterWeek);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_showStatusBar, &QAction::toggled, statusBar(), &QWidget::setVisible);
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(&Preferences::instance(), &Preferences::recentFilesChanged, this,
            &MainWindow::fillRecentMenu);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    // Tooltips say why an entry is disabled (a local-file feature on the regional server).
    m_fileMenu->setToolTipsVisible(true);
    m_fileMenu->addAction(m_newFile);
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(u"recentMenu"_s);
    m_fileMenu->addAction(m_connectServer);
    m_fileMenu->addAction(m_openDemo);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backup);
    m_fileMenu->addAction(m_check);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_print);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_close);
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_enterWeek);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferences);

    m_viewMenu = menuBar()->addMenu(QString());
    m_goMenu = m_viewMenu->addMenu(QString());
    m_goMenu->addActions(m_goToPage);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_showToolBar);
    m_viewMenu->addAction(m_showStatusBar);
    m_viewMenu->addAction(m_fullScreen);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(m_newFile);
    m_toolBar->addAction(m_open);
    m_toolBar->addAction(m_backup);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_find);
    // The toolbar's own toggle keeps the menu check in step when it is hidden otherwise.
    connect(m_showToolBar, &QAction::toggled, m_toolBar, &QWidget::setVisible);
    connect(m_toolBar, &QToolBar::visibilityChanged, m_showToolBar, &QAction::setChecked);
    fillRecentMenu();
}

void MainWindow::retranslateActions()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go to"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Toolbar"));

    m_newFile->setText(tr("&New data file..."));
    m_newFile->setIconText(tr("New"));
    m_newFile->setStatusTip(tr("Make a new, empty data file"));
    m_open->setText(tr("&Open..."));
    m_open->setIconText(tr("Open"));
    m_open->setStatusTip(tr("Open a data file"));
    m_openDemo->setText(tr("Open the &demo"));
    m_connectServer->setText(tr("Connect to a re&gional server..."));
    m_connectServer->setStatusTip(
        tr("Work on the shared PostgreSQL server of the region instead of a local file"));
    m_backup->setText(tr("Make a &backup now..."));
    m_backup->setIconText(tr("Backup"));
    m_check->setText(tr("C&heck the file"));
    // On the server the rules and the audit log are checked; its pages are the server's own.
    m_check->setStatusTip(tr("Check the data file for damage and broken references"));
    m_print->setText(tr("&Print..."));
    m_close->setText(tr("&Close"));
    m_quit->setText(tr("&Quit"));
    m_clearRecent->setText(tr("&Clear the list"));
    m_find->setText(tr("&Find"));
    m_find->setIconText(tr("Find"));
    m_find->setStatusTip(tr("Search in the current list"));
    m_enterWeek->setText(tr("Enter a &week of deliveries..."));
    m_enterWeek->setIconText(tr("Enter a week"));
    m_enterWeek->setStatusTip(tr("Type the deliveries of one provider or client for a week"));
    m_enterWeek->setToolTip(tr("Enter a week of deliveries (%1)")
                                .arg(m_enterWeek->shortcut().toString(QKeySequence::NativeText)));
    m_preferences->setText(tr("&Preferences..."));
    m_showToolBar->setText(tr("&Toolbar"));
    m_showStatusBar->setText(tr("&Status bar"));
    m_fullScreen->setText(tr("&Full screen"));
    for (qsizetype i = 0; i < m_goToPage.size(); ++i)
        m_goToPage.at(i)->setText(m_pages.at(i)->title());
    m_about->setText(tr("&About WZSW"));
    m_aboutQt->setText(tr("About &Qt"));
    updateUndoActions();
}

void MainWindow::updateUndoActions()
{
    m_undo->setEnabled(m_undoGroup->canUndo());
    m_redo->setEnabled(m_undoGroup->canRedo());
    const QString undoText = m_undoGroup->undoText();
    const QString redoText = m_undoGroup->redoText();
    m_undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Preferences::instance().recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // "&1 demo.wzsw": the digit picks it from the keyboard. A server shows its whole
        // connection string (kept without password).
        const QString name = ServerLocation::isServer(path) ? path : QFileInfo(path).fileName();
        auto *entry = m_recentMenu->addAction(u'&' + QString::number(i + 1) + u' ' + name);
        entry->setStatusTip(QDir::toNativeSeparators(path));
        entry->setToolTip(QDir::toNativeSeparators(path));
        connect(entry, &QAction::triggered, this, [this, path] { openFileInteractive(path); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_clearRecent->setEnabled(!files.isEmpty());
}

void MainWindow::updateActions()
{
    const bool open = m_file != nullptr;
    const bool server = open && m_file->isServer();
    m_backup->setEnabled(open);
    m_check->setEnabled(open);
    markLocalOnly(m_backup, server, tr("Save a checked copy of the data file"));
    m_close->setEnabled(open);
    const Page *page = currentPage();
    m_print->setEnabled(open && page && page->canPrint());
    m_find->setEnabled(open);
    m_enterWeek->setEnabled(open && !m_file->isBeingChecked());
    for (QAction *go : std::as_const(m_goToPage))
        go->setEnabled(open);
}

void MainWindow::markLocalOnly(QAction *action, bool server, const QString &localTip)
{
    // The server's administrator backs it up; a copy on this computer would put the whole
    // region's personal data on one laptop.
    if (server)
        action->setEnabled(false);
    const QString tip =
        server ? tr("Works on a local data file only; the regional server's administrator makes "
                    "its backups.")
               : localTip;
    action->setStatusTip(tip);
    action->setToolTip(server ? tip : action->text().remove(u'&').remove(u"..."_s));
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

} // namespace wzsw
