#pragma once

#include "domain/ids.h"
#include "domain/recordkind.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace wzsw {

class DataFile;
class TimelineModel;

/// The history of one client or provider, for their page (the Timeline tab of the client and
/// provider forms): quick buttons that add a record for this person (a new form with the person
/// filled in), the entries newest first, and "Show older" when there are more. Enter or
/// double-click opens an entry's form. It reads again whenever the file's records change.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    /// `personKind` is Client or Provider; `person` a stored one.
    TimelinePanel(DataFile &file, RecordKind personKind, Id person, QWidget *parent = nullptr);

    TimelineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The quick button that adds a record of `kind`; null when it does not apply to this
    /// person (a trajectory for a client).
    QPushButton *quickButton(RecordKind kind) const;
    /// "Timeline (12)", "Timeline (200+)": the title of the tab, with the count shown.
    QString title() const;

signals:
    void titleChanged(const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addQuickButton(RecordKind kind, QLayout *layout);
    void addRecord(RecordKind kind);
    void openEntry(int row);
    void reload();
    void showOlder();
    void afterReading();

    DataFile &m_file;
    RecordKind m_personKind;
    Id m_person;
    TimelineModel *m_model;
    QTableView *m_view;
    QLabel *m_heading;
    QLabel *m_empty;
    QPushButton *m_older;
    QList<std::pair<RecordKind, QPushButton *>> m_quickButtons;
};

} // namespace wzsw
