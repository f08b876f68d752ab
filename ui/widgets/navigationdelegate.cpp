#include "widgets/navigationdelegate.h"

#include <QApplication>
#include <QPainter>

namespace wzsw {

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    const QString text = background.text;
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const bool enabled = option.state & QStyle::State_Enabled;
    painter->save();
    painter->setPen(option.palette.color(enabled ? QPalette::Normal : QPalette::Disabled,
                                         selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(background.font);
    const QRect textRect = option.rect.adjusted(indent, 0, -indent / 2, 0);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QSize plain = QStyledItemDelegate::sizeHint(option, index);
    return {plain.width() + indent + indent / 2, plain.height() + extraHeight};
}

} // namespace wzsw
