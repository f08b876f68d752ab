#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace wzsw {

class Database;
class WeekEntryModel;

/// The editors of the week's grid, made for typing: the form's PersonPicker for the person
/// (code or name with completions), the service types' drop-down (typed first letters choose),
/// plain text for day, hours and note. Enter, like Tab, stores the cell and moves on to the
/// next one; in the person's completions Enter or Tab takes the completion and moves on.
class WeekEntryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    WeekEntryDelegate(Database &db, WeekEntryModel &model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;

    /// Stores what the open editor holds, if one is open (before saving the grid).
    void commitOpenEditor();

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void finishEditing(QWidget *editor, EndEditHint hint);

    Database &m_db;
    WeekEntryModel &m_model;
    mutable QPointer<QWidget> m_openEditor;
};

} // namespace wzsw
