#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

class QPainter;

namespace wzsw::report {

/// `text` broken into lines no wider than `width` (at spaces; a word wider than the line is
/// broken inside). An empty text is one empty line.
QStringList wrapText(const QString &text, const QFont &font, double width);

/// The height of one line of `font`, with a little leading.
double lineHeight(const QFont &font);

/// Draws one line with its baseline placed for a line box whose top is `top`, aligned
/// left, right or centred between `left` and `left + width`.
void drawLine(QPainter &painter, const QString &line, const QFont &font, double left, double top,
              double width, Qt::Alignment alignment = Qt::AlignLeft);

} // namespace wzsw::report
