#pragma once

#include "domain/recordkind.h"
#include "exchange/listexport.h"
#include "shell/page.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace wzsw {

class DataFile;
class PagedListModel;

/// One list of records with what narrows it: a search field that filters as you type, a
/// category filter (status or kind), municipality and neighbourhood; the table below shows
/// the rows a page at a time (PagedListModel). Double-click or Enter asks to open the record;
/// the New button (or Insert in the list) asks for a new one (a RecordRef with id 0).
class ListPanel : public QWidget
{
    Q_OBJECT

public:
    /// Milliseconds of quiet typing before the search runs.
    static constexpr int searchDelayMs = 150;

    explicit ListPanel(RecordKind kind, QWidget *parent = nullptr);
    ~ListPanel() override;

    RecordKind kind() const { return m_kind; }
    /// The name the list's settings are stored under ("clients", ...).
    static QString settingsName(RecordKind kind);

    /// The list reads from `file` from now on (null: no file); the rows are read once the
    /// panel is activated.
    void setDataFile(DataFile *file);
    /// Makes the model and reads the first rows, if that has not happened yet.
    void activate();
    /// Null while no file is open or before activate().
    PagedListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    DataFile *dataFile() const { return m_file; }
    /// What the list shows now, for an export: filter, order and the visible columns in the
    /// order they are shown.
    ListExportRequest shownList() const;
    /// "Export list...": what the list shows, to a CSV file in excel-nl (listexportaction.h).
    QAction *exportAction() const { return m_exportAction; }

    /// "1,234 clients", with "(filtered)" when a filter is on.
    QString countText() const;
    void focusSearch();
    /// Writes the column layout to the preferences.
    void saveState() const;
    /// A button for `action` in the filter bar, after the New button (an action the window
    /// owns, such as entering a week of deliveries on the deliveries list).
    void addCommand(QAction *action);

signals:
    void countChanged();
    void recordActivated(const wzsw::RecordRef &record);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilterBar();
    void applyFilter();
    void fillChoices();
    void fillMunicipalities();
    void fillNeighbourhoods();
    void setUpHeader();
    void retranslate();
    void showReadError(const QString &message);

    RecordKind m_kind;
    DataFile *m_file = nullptr;
    PagedListModel *m_model = nullptr;
    QLineEdit *m_search;
    QLabel *m_choiceLabel;
    QComboBox *m_choice;
    QLabel *m_municipalityLabel;
    QComboBox *m_municipality;
    QLabel *m_neighbourhoodLabel;
    QComboBox *m_neighbourhood;
    QTableView *m_view;
    QPushButton *m_new;
    QHBoxLayout *m_bar = nullptr;
    QTimer *m_searchDelay;
    QAction *m_exportAction;
    bool m_firstPaintLogged = false;
};

} // namespace wzsw
