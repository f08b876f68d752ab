#pragma once

#include <QTableView>

namespace wzsw {

class WeekEntryModel;

/// The week's grid, walked by keyboard: Tab and Enter go to the next cell and from the last
/// cell of a row to the first of the next, Enter on the last row's last cell starts a new row;
/// typing in a cell starts editing it; Delete (while not editing) empties the row.
class WeekEntryView : public QTableView
{
    Q_OBJECT

public:
    explicit WeekEntryView(WeekEntryModel &model, QWidget *parent = nullptr);

signals:
    /// The current cell moved to another row: `row` was left (for checking it).
    void rowLeft(int row);

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    WeekEntryModel &m_model;
};

} // namespace wzsw
