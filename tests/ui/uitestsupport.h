#pragma once

#include "lists/listpage.h"
#include "lists/listpanel.h"
#include "lists/pagedlistmodel.h"
#include "listseed.h"
#include "shell/datafile.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QSettings>

namespace wzsw::test {

/// A data file with seedBasics and `clients` list clients (see listseed.h), closed again so a
/// window can open it.
class SeededFile
{
public:
    explicit SeededFile(int clients)
    {
        m_basics = seedBasics(m_file.db());
        seedListClients(m_file.db(), m_basics, clients);
        m_file.close();
    }
    QString path() const { return m_file.path(); }
    const Basics &basics() const { return m_basics; }

private:
    TempDataFile m_file;
    Basics m_basics;
};

/// Every test starts from no settings at all (QStandardPaths' test mode keeps them apart from
/// the user's own).
inline void clearSettings()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

/// Opens `path` in `window` and waits for the check on opening, which otherwise runs in the
/// background: the window as a person finds it a moment after opening, writing open.
inline void openChecked(MainWindow &window, const QString &path)
{
    REQUIRE(window.openFile(path).ok());
    REQUIRE(window.dataFile()->waitForFileCheck() == FileCheckState::Passed);
}

/// The client list panel of a window with a file open.
inline ListPanel *clientPanel(MainWindow &window)
{
    auto *page = qobject_cast<ListPage *>(window.page(PageId::Clients));
    REQUIRE(page);
    return page->panels().front();
}

inline QString cellText(const PagedListModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace wzsw::test
