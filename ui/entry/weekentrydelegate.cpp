#include "entry/weekentrydelegate.h"

#include "entry/weekentrymodel.h"
#include "records/forminputs.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

bool isEnter(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
           !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
}

bool isTab(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
}

QAbstractItemDelegate::EndEditHint hintOf(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier)
               ? QAbstractItemDelegate::EditPreviousItem
               : QAbstractItemDelegate::EditNextItem;
}

/// Takes the completion that is highlighted, or else the first one, as the typed text.
void takeCompletion(PersonPicker *picker)
{
    QCompleter *completer = picker->lineEdit()->completer();
    QModelIndex chosen = completer->popup()->currentIndex();
    if (!chosen.isValid())
        chosen = completer->completionModel()->index(0, 0);
    if (chosen.isValid())
        picker->lineEdit()->setText(chosen.data().toString());
    completer->popup()->hide();
}

} // namespace

WeekEntryDelegate::WeekEntryDelegate(Database &db, WeekEntryModel &model, QObject *parent)
    : QStyledItemDelegate(parent), m_db(db), m_model(model)
{}

QWidget *WeekEntryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QWidget *editor = nullptr;
    switch (index.column()) {
    case WeekEntryModel::Person: {
        auto *picker = new PersonPicker(m_db, m_model.otherKind(), parent);
        // The view watches the editor only; keys and focus go to the picker's own line edit
        // and its completions.
        picker->lineEdit()->installEventFilter(const_cast<WeekEntryDelegate *>(this));
        picker->lineEdit()->completer()->popup()->installEventFilter(
            const_cast<WeekEntryDelegate *>(this));
        editor = picker;
        break;
    }
    case WeekEntryModel::ServiceType:
        editor = new ReferenceCombo(m_db, RecordKind::ServiceType, u""_s, parent);
        break;
    default:
        editor = QStyledItemDelegate::createEditor(parent, option, index);
        break;
    }
    editor->setAccessibleName(
        m_model.headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString());
    m_openEditor = editor;
    return editor;
}

void WeekEntryDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const Id id = index.data(WeekEntryModel::IdRole).toLongLong();
    if (auto *picker = qobject_cast<PersonPicker *>(editor)) {
        if (id != 0)
            picker->setId(id);
        else
            picker->lineEdit()->setText(index.data(Qt::EditRole).toString());
    } else if (auto *combo = qobject_cast<ReferenceCombo *>(editor)) {
        combo->setId(id);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void WeekEntryDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *picker = qobject_cast<PersonPicker *>(editor)) {
        picker->resolve();
        model->setData(index, qlonglong(picker->id()), WeekEntryModel::IdRole);
        model->setData(index, picker->lineEdit()->text().trimmed(), Qt::EditRole);
    } else if (auto *combo = qobject_cast<ReferenceCombo *>(editor)) {
        model->setData(index, qlonglong(combo->id()), WeekEntryModel::IdRole);
        model->setData(index, combo->id() != 0 ? combo->currentText() : QString(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void WeekEntryDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    if (m_openEditor == editor)
        m_openEditor = nullptr;
    QStyledItemDelegate::destroyEditor(editor, index);
}

void WeekEntryDelegate::commitOpenEditor()
{
    if (m_openEditor)
        emit commitData(m_openEditor);
}

void WeekEntryDelegate::finishEditing(QWidget *editor, EndEditHint hint)
{
    emit commitData(editor);
    emit closeEditor(editor, hint);
}

bool WeekEntryDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    // The picker's line edit or completion pop-up: the editor is the picker around them.
    auto *picker = qobject_cast<PersonPicker *>(object);
    if (!picker && m_openEditor)
        picker = qobject_cast<PersonPicker *>(m_openEditor.data());
    const bool insidePicker = picker && object != picker;
    if (insidePicker) {
        // Only their keys matter here; the view knows the picker alone as its editor.
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isEnter(key) || isTab(key)) {
            // The keys reach the pop-up on a desktop, the line edit in a test: either way a
            // shown completion is taken.
            if (picker->lineEdit()->completer()->popup()->isVisible())
                takeCompletion(picker);
            finishEditing(picker, isEnter(key) ? EditNextItem : hintOf(key));
            return true;
        }
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return QStyledItemDelegate::eventFilter(object, event);
    if (editor && isEnter(static_cast<QKeyEvent *>(event))) {
        finishEditing(editor, EditNextItem);
        return true;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace wzsw
