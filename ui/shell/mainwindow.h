#pragma once

#include "common/result.h"
#include "domain/places.h"
#include "shell/pageregistry.h"
#include "storage/database.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QUndoGroup;

namespace wzsw {

class DataFile;
class WelcomePage;

/// The window a project leader keeps open all day: the navigation on the left, the current
/// page right of it, menus, toolbar and a status bar with the current list's count. Without an
/// open file it shows the welcome page instead.
///
/// Extension points for what comes later: the pages come from a PageRegistry; opening a record
/// goes through setRecordOpener(); every change goes through dataFile()->undoStack(), whose
/// undo and redo the Edit menu drives.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// What opening a record does (double-click in a list, id 0 for a new one): its form.
    using RecordOpener =
        std::function<void(DataFile &file, const RecordRef &record, QWidget *parent)>;

    explicit MainWindow(const PageRegistry &pages, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a data file in place of the current one. No dialogs: the caller reports failure.
    Status openFile(const QString &path, Database::Mode mode = Database::Mode::ReadWrite);
    /// Opens `path` through SafeOpening (ui/safety): asks what to do when another program
    /// edits it or it is damaged, and tells the user when opening fails.
    void openFileInteractive(const QString &path);
    /// Shows `file` in place of the open one (for flows that open files themselves).
    void adoptFile(std::unique_ptr<DataFile> file);
    /// Takes the open file out of the window (its pages let go of it first) and shows the
    /// welcome page; for a restore, which replaces the file under the same session.
    std::unique_ptr<DataFile> takeFile();
    /// Closes the open file when it is `path`, so that it can be opened again.
    void releaseIfOpen(const QString &path);
    /// File > Connect to a regional server...: the server dialog, filled in with `location`
    /// (a connection string without password, from the recent list) or the server of last
    /// time; connects, and asks again with a clear message while the server refuses.
    void connectServerFlow(const QString &location = {});
    /// Opens the demo data file at `path` (DemoFile::defaultPath() when empty), making it first
    /// with a progress dialog that can be cancelled when it does not exist yet.
    void openDemo(const QString &path = {});
    /// Makes a new data file (see DataFile::create) and opens it.
    Status createFile(const QString &path, const Municipality &first);
    /// Closes the open file and shows the welcome page.
    void closeFile();
    /// At start: opens the file that was open when the program last closed, if it still
    /// exists; otherwise shows the welcome page.
    void restoreLastSession();

    DataFile *dataFile() const { return m_file.get(); }
    bool isShowingWelcome() const;
    WelcomePage *welcomePage() const { return m_welcome; }

    Page *page(PageId id) const { return m_pagesById.value(id); }
    Page *currentPage() const;
    void showPage(PageId id);
    QListWidget *navigation() const { return m_navigation; }
    /// The status bar's count of the current list.
    QString statusCountText() const;

    void setRecordOpener(RecordOpener opener);
    void openRecord(const RecordRef &record);

    /// The actions of the menus, by their object names ("actionNewFile", ...), for tests and
    /// for later issues that add to the menus.
    QAction *action(const QString &objectName) const;

signals:
    /// A file was opened, or closed (null).
    void dataFileChanged(wzsw::DataFile *file);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // mainwindow.cpp
    void buildWorkspace();
    void buildStatusBar();
    void setDataFile(std::unique_ptr<DataFile> file);
    void updateTitle();
    void updateStatus();
    void updateActions();
    void retranslate();
    void saveWindowState();

    // mainwindowactions.cpp
    void createActions();
    void createMenus();
    void retranslateActions();
    void fillRecentMenu();
    void updateUndoActions();

    // mainwindowfiles.cpp: the flows behind the File menu, with their dialogs.
    void newFileFlow();
    void openFileFlow();
    void backupFlow();
    void checkFileFlow();
    /// Disables what works on a local data file only, saying why in its tooltip.
    void markLocalOnly(QAction *action, bool server, const QString &localTip);
    void printFlow();
    void showPreferences();
    void showAbout();
    void showError(const QString &title, const Error &error);

    PageRegistry m_registry;
    std::unique_ptr<DataFile> m_file;
    RecordOpener m_recordOpener;

    QStackedWidget *m_central = nullptr;
    WelcomePage *m_welcome = nullptr;
    QSplitter *m_workspace = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    QList<Page *> m_pages;
    QHash<PageId, Page *> m_pagesById;
    QUndoGroup *m_undoGroup = nullptr;

    QToolBar *m_toolBar = nullptr;
    QLabel *m_checkLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_fileLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_newFile = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openDemo = nullptr;
    QAction *m_connectServer = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_check = nullptr;
    QAction *m_print = nullptr;
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_clearRecent = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_enterWeek = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_showToolBar = nullptr;
    QAction *m_showStatusBar = nullptr;
    QAction *m_fullScreen = nullptr;
    QList<QAction *> m_goToPage;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace wzsw
