#pragma once

#include <QStyledItemDelegate>

namespace wzsw {

/// Draws the entries of the navigation list roomier than a plain list: taller rows and the
/// text set in from the edge, with the selection still across the whole width.
class NavigationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int indent = 16;
    static constexpr int extraHeight = 14;
};

} // namespace wzsw
