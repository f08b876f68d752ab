#include "report/textwrap.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace wzsw::report {

QStringList wrapText(const QString &text, const QFont &font, double width)
{
    if (text.isEmpty())
        return {QString()};
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

double lineHeight(const QFont &font)
{
    return QFontMetricsF(font).height() * 1.2;
}

void drawLine(QPainter &painter, const QString &line, const QFont &font, double left, double top,
              double width, Qt::Alignment alignment)
{
    const QFontMetricsF metrics(font);
    const double textWidth = metrics.horizontalAdvance(line);
    double x = left;
    if (alignment & Qt::AlignRight)
        x = left + width - textWidth;
    else if (alignment & Qt::AlignHCenter)
        x = left + (width - textWidth) / 2;
    const double leading = lineHeight(font) - metrics.height();
    painter.setFont(font);
    painter.drawText(QPointF(x, top + leading / 2 + metrics.ascent()), line);
}

} // namespace wzsw::report
