// The only file that speaks Qt Charts. A chart is built in a QGraphicsScene of its own, laid out
// at the size of its place on the page (scene units = the painter's units, fonts in pixel sizes
// of those units, so nothing is scaled twice) and rendered straight onto the page's painter.
//
// Qt Charts draws the bars, lines, value axes, grid and legend. The category names and the
// labels on the bars are placed here: Qt Charts shortens category names that do not fit to
// "..." and writes bar labels only as numbers in its own format, while a report needs whole
// names, "<5" and Dutch numbers.
#include "report/charts/chartpainter.h"

#include "report/charts/chartaxes.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace wzsw::charts {

namespace {

const QColor ink(Qt::black);
const QColor gridGrey(0xd0, 0xd0, 0xd0);
constexpr double labelGap = 2;
constexpr double categoryGap = 7; // clear of the axis ticks
// A category name never takes more than this part of a horizontal chart's width.
constexpr double widestCategoryShare = 0.42;

// Distinct greys for black-and-white print, darkest first; the lightest is white, which the
// black outline keeps visible.
QList<QColor> barShades(qsizetype count, bool underLine)
{
    if (underLine) // light, so the black line over them stands out
        return {QColor(0xc8, 0xc8, 0xc8)};
    switch (count) {
    case 1:
        return {QColor(0x80, 0x80, 0x80)};
    case 2:
        return {QColor(0x4d, 0x4d, 0x4d), QColor(0xc8, 0xc8, 0xc8)};
    case 3:
        return {QColor(0x33, 0x33, 0x33), QColor(0x8c, 0x8c, 0x8c), QColor(0xdd, 0xdd, 0xdd)};
    default:
        return {QColor(0x26, 0x26, 0x26), QColor(0x73, 0x73, 0x73), QColor(0xb8, 0xb8, 0xb8),
                QColor(Qt::white)};
    }
}

template <typename T> QList<T> reversed(QList<T> list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

double largest(const QList<Series> &series)
{
    double maximum = 0;
    for (const Series &s : series)
        for (double value : s.values)
            maximum = std::max(maximum, value);
    return maximum;
}

// Qt Charts drops a category whose name repeats; an invisible difference keeps both.
QStringList distinct(const QStringList &names)
{
    QStringList result;
    for (const QString &name : names) {
        QString unique = name;
        while (result.contains(unique))
            unique += QChar(0x200B);
        result.append(unique);
    }
    return result;
}

void styleAxis(QAbstractAxis *axis, const QFont &font, const QString &title, bool grid)
{
    axis->setLabelsFont(font);
    axis->setLabelsBrush(ink);
    axis->setLinePen(QPen(ink, 0.5));
    axis->setGridLineVisible(grid);
    axis->setGridLinePen(QPen(gridGrey, 0.4));
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
    if (!title.isEmpty()) {
        axis->setTitleText(title);
        axis->setTitleFont(font);
        axis->setTitleBrush(ink);
    }
}

QGraphicsSimpleTextItem *addText(QChart &chart, const QString &text, const QFont &font)
{
    auto *item = new QGraphicsSimpleTextItem(text, &chart);
    item->setFont(font);
    item->setBrush(ink);
    item->setZValue(1000); // above bars and lines
    return item;
}

// One chart being built: its scene, the Qt Charts objects and where the texts go.
class ChartBuilder
{
public:
    ChartBuilder(const ChartSpec &spec, QSizeF size)
        : m_spec(spec), m_size(size), m_horizontal(spec.orientation == Orientation::Horizontal),
          m_font(spec.font), m_barAxis(spec.barTicks, spec.wholeBarValues)
    {
        m_font.setPixelSize(spec.fontPixelSize);
        m_font.setHintingPreference(QFont::PreferNoHinting);
        m_metrics.emplace(m_font);
        m_chart = new QChart;
        m_scene.addItem(m_chart); // the scene owns the chart, the chart its series and axes
    }

    void build()
    {
        m_chart->setFont(m_font);
        m_chart->setBackgroundVisible(false);
        m_chart->setPlotAreaBackgroundVisible(false);
        m_chart->setDropShadowEnabled(false);
        m_chart->setBackgroundRoundness(0);
        m_chart->layout()->setContentsMargins(0, 0, 0, 0);
        addBars();
        addCategoryAxis();
        addValueAxes();
        styleLegend();
        m_chart->setMargins(margins());
        m_chart->setGeometry(QRectF(QPointF(0, 0), m_size));
        layOut();
        makeRoomForLabels();
        placeCategoryNames();
        placeBarLabels();
        if (m_horizontal)
            placeZero();
    }

    void render(QPainter &painter, const QRectF &target)
    {
        const QRectF source(QPointF(0, 0), m_size);
        m_scene.setSceneRect(source);
        m_scene.render(&painter, target, source, Qt::IgnoreAspectRatio);
    }

private:
    struct BarLabel
    {
        QString text;
        QPointF barEnd;
        double thickness = 0; ///< the bar's width on the page
        double length = 0;    ///< the bar's length on the page
    };

    void addBars()
    {
        m_bars = m_horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                              : new QBarSeries;
        // Horizontal charts list categories from the bottom up and draw the first set lowest;
        // both are reversed so the page reads from the top.
        const QList<QColor> shades = barShades(m_spec.bars.size(), !m_spec.lines.isEmpty());
        const qsizetype count = m_spec.bars.size();
        for (qsizetype i = 0; i < count; ++i) {
            const qsizetype index = m_horizontal ? count - 1 - i : i;
            const Series &series = m_spec.bars[index];
            auto *set = new QBarSet(series.name);
            for (double value : m_horizontal ? reversed(series.values) : series.values)
                set->append(value);
            set->setBrush(shades.at(std::min(index, shades.size() - 1)));
            set->setPen(QPen(ink, 0.5));
            m_bars->append(set);
        }
        m_bars->setBarWidth(count == 1 ? 0.6 : 0.8);
        m_chart->addSeries(m_bars);
    }

    void addCategoryAxis()
    {
        m_categoryAxis = new QBarCategoryAxis;
        m_categoryAxis->append(
            distinct(m_horizontal ? reversed(m_spec.categories) : m_spec.categories));
        styleAxis(m_categoryAxis, m_font, {}, false);
        m_categoryAxis->setLabelsVisible(false); // written by placeCategoryNames()
        m_chart->addAxis(m_categoryAxis, m_horizontal ? Qt::AlignLeft : Qt::AlignBottom);
        m_bars->attachAxis(m_categoryAxis);
    }

    void addValueAxes()
    {
        m_barMaximum = m_spec.barAxisMaximum > 0 ? m_spec.barAxisMaximum : largest(m_spec.bars);
        m_barAxis.setRange(m_barMaximum);
        styleAxis(m_barAxis.axis(), m_font, m_spec.barAxisTitle, true);
        m_chart->addAxis(m_barAxis.axis(), m_horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        m_bars->attachAxis(m_barAxis.axis());
        if (m_spec.lines.isEmpty() || m_horizontal)
            return;
        m_lineAxis.emplace(m_spec.lineTicks, m_spec.wholeLineValues);
        m_lineAxis->setRange(largest(m_spec.lines));
        styleAxis(m_lineAxis->axis(), m_font, m_spec.lineAxisTitle, false);
        m_chart->addAxis(m_lineAxis->axis(), Qt::AlignRight);
        for (const Series &line : m_spec.lines)
            addLine(line);
    }

    // A black line with white round markers: it stands out on the light bars under it and in
    // black-and-white print.
    void addLine(const Series &line)
    {
        auto *series = new QLineSeries;
        auto *markers = new QScatterSeries;
        series->setName(line.name);
        for (qsizetype i = 0; i < line.values.size(); ++i) {
            series->append(double(i), line.values[i]);
            markers->append(double(i), line.values[i]);
        }
        series->setPen(QPen(ink, 1.2));
        markers->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        markers->setMarkerSize(m_spec.fontPixelSize * 0.6);
        markers->setBrush(Qt::white);
        markers->setPen(QPen(ink, 1.0));
        m_chart->addSeries(series);
        m_chart->addSeries(markers);
        for (QAbstractSeries *s :
             {static_cast<QAbstractSeries *>(series), static_cast<QAbstractSeries *>(markers)}) {
            s->attachAxis(m_categoryAxis);
            s->attachAxis(m_lineAxis->axis());
        }
        for (QLegendMarker *marker : m_chart->legend()->markers(markers))
            marker->setVisible(false);
    }

    void styleLegend()
    {
        QLegend *legend = m_chart->legend();
        legend->setVisible(m_spec.legend && (m_spec.bars.size() > 1 || m_lineAxis));
        // Vertical charts carry their category names under the plot: the legend goes on top.
        legend->setAlignment(m_horizontal ? Qt::AlignBottom : Qt::AlignTop);
        legend->setFont(m_font);
        legend->setLabelColor(ink);
        legend->setReverseMarkers(m_horizontal);
        legend->setMarkerShape(QLegend::MarkerShapeRectangle);
        // A line is shown as a piece of line (bars keep their filled square: Qt Charts 6.4
        // draws bar markers "from series" empty).
        for (QAbstractSeries *series : m_chart->series())
            if (series->type() == QAbstractSeries::SeriesTypeLine)
                for (QLegendMarker *marker : legend->markers(series))
                    marker->setShape(QLegend::MarkerShapeFromSeries);
    }

    // Lines of every category name; a name wider than a horizontal chart allows is shortened.
    QList<QStringList> categoryLines() const
    {
        QList<QStringList> names;
        for (const QString &name : m_spec.categories) {
            QStringList lines = name.split(u'\n');
            if (m_horizontal)
                for (QString &line : lines)
                    line = m_metrics->elidedText(line, Qt::ElideRight,
                                                 m_size.width() * widestCategoryShare);
            names.append(lines);
        }
        return names;
    }

    double widestCategoryLine() const
    {
        double widest = 0;
        for (const QStringList &lines : categoryLines())
            for (const QString &line : lines)
                widest = std::max(widest, m_metrics->horizontalAdvance(line));
        return widest;
    }

    qsizetype mostCategoryLines() const
    {
        qsizetype most = 1;
        for (const QStringList &lines : categoryLines())
            most = std::max(most, lines.size());
        return most;
    }

    // Vertical charts whose names are wider than their slot turn the names upright.
    bool uprightCategories() const
    {
        if (m_horizontal || m_spec.categories.isEmpty())
            return false;
        const double slot = m_size.width() * 0.85 / double(m_spec.categories.size());
        return widestCategoryLine() > slot - categoryGap;
    }

    QMargins margins() const
    {
        const int half = m_spec.fontPixelSize; // room for the end ticks' labels
        if (m_horizontal)
            return QMargins(int(std::ceil(widestCategoryLine() + categoryGap)), half, half * 2, 0);
        const double below = uprightCategories()
                                 ? widestCategoryLine()
                                 : m_metrics->height() * double(mostCategoryLines());
        return QMargins(0, half, m_lineAxis ? 0 : half, int(std::ceil(below + categoryGap)));
    }

    void layOut()
    {
        // The chart lays itself out on posted layout requests; handle just those, so a caller
        // inside a print request is not re-entered by other events.
        m_chart->layout()->activate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }

    // Where each bar ends. Qt Charts spreads the sets of a category evenly over the bar width,
    // centred on the category.
    QList<BarLabel> barLabels()
    {
        const qsizetype sets = m_spec.bars.size();
        const qsizetype categories = m_spec.categories.size();
        const double width = m_bars->barWidth();
        const double step = width / double(sets);
        QList<BarLabel> labels;
        for (qsizetype s = 0; s < sets; ++s) {
            const Series &bars = m_spec.bars[s];
            const qsizetype drawnSet = m_horizontal ? sets - 1 - s : s;
            for (qsizetype c = 0; c < categories; ++c) {
                const QString text = bars.labels.value(c);
                if (text.isEmpty())
                    continue;
                const qsizetype drawnCategory = m_horizontal ? categories - 1 - c : c;
                const double along =
                    double(drawnCategory) - width / 2 + (double(drawnSet) + 0.5) * step;
                const double value = bars.values.value(c);
                const QPointF end = position(value, along);
                const QPointF side = position(value, along + step);
                const QPointF base = position(0, along);
                labels.append(
                    {text, end,
                     m_horizontal ? std::abs(side.y() - end.y()) : std::abs(side.x() - end.x()),
                     m_horizontal ? std::abs(end.x() - base.x()) : std::abs(end.y() - base.y())});
            }
        }
        return labels;
    }

    QPointF position(double value, double along)
    {
        return m_chart->mapToPosition(m_horizontal ? QPointF(value, along) : QPointF(along, value),
                                      m_bars);
    }

    bool uprightBarLabels(const QList<BarLabel> &labels) const
    {
        return !m_horizontal &&
               std::any_of(labels.begin(), labels.end(), [this](const BarLabel &label) {
                   return m_metrics->horizontalAdvance(label.text) > label.thickness + 1;
               });
    }

    // Under a line, labels sit inside the foot of their bar when it is long enough: the line
    // runs near the bars' tops (its axis is scaled like theirs) and would cross labels there.
    bool labelInside(const BarLabel &label, bool upright) const
    {
        const double extent =
            upright ? m_metrics->horizontalAdvance(label.text) : m_metrics->height();
        return !m_spec.lines.isEmpty() && label.length > extent + 2 * labelGap;
    }

    // Widens the value axis so the longest bar's label fits beyond it.
    void makeRoomForLabels()
    {
        if (m_spec.barAxisMaximum > 0)
            return;
        const QList<BarLabel> labels = barLabels();
        if (labels.isEmpty())
            return;
        const bool upright = uprightBarLabels(labels);
        double extent = 0;
        for (const BarLabel &label : labels)
            if (!labelInside(label, upright))
                extent = std::max(extent, m_horizontal || upright
                                              ? m_metrics->horizontalAdvance(label.text)
                                              : m_metrics->height());
        const double plot =
            m_horizontal ? m_chart->plotArea().width() : m_chart->plotArea().height();
        if (extent <= 0 || plot <= 2 * (extent + labelGap))
            return;
        m_barAxis.setRange(m_barMaximum * plot / (plot - extent - labelGap));
        layOut();
    }

    void placeCategoryNames()
    {
        const QList<QStringList> names = categoryLines();
        const QRectF plot = m_chart->plotArea();
        const double lineHeight = m_metrics->height();
        const bool upright = uprightCategories();
        const qsizetype count = names.size();
        for (qsizetype c = 0; c < count; ++c) {
            const QStringList &lines = names[c];
            const double drawn = double(m_horizontal ? count - 1 - c : c);
            const QPointF centre = position(0, drawn);
            for (qsizetype l = 0; l < lines.size(); ++l) {
                QGraphicsSimpleTextItem *item = addText(*m_chart, lines[l], m_font);
                const double width = m_metrics->horizontalAdvance(lines[l]);
                if (m_horizontal) {
                    const double top = centre.y() - lineHeight * double(lines.size()) / 2;
                    item->setPos(plot.left() - categoryGap - width, top + lineHeight * double(l));
                } else if (upright) {
                    item->setRotation(-90);
                    item->setPos(centre.x() - lineHeight / 2, plot.bottom() + categoryGap + width);
                } else {
                    item->setPos(centre.x() - width / 2,
                                 plot.bottom() + categoryGap + lineHeight * double(l));
                }
            }
        }
    }

    // A horizontal value axis leaves out the label on its left end (it would stick out of the
    // axis' own area); the names beside the chart leave room for it.
    void placeZero()
    {
        const QString zero = m_spec.barTicks ? m_spec.barTicks(0) : u"0"_s;
        const QRectF plot = m_chart->plotArea();
        QGraphicsSimpleTextItem *item = addText(*m_chart, zero, m_font);
        item->setPos(plot.left() - m_metrics->horizontalAdvance(zero) / 2, plot.bottom() + 5);
    }

    void placeBarLabels()
    {
        const QList<BarLabel> labels = barLabels();
        const bool upright = uprightBarLabels(labels);
        const double height = m_metrics->height();
        for (const BarLabel &label : labels) {
            QGraphicsSimpleTextItem *item = addText(*m_chart, label.text, m_font);
            const double width = m_metrics->horizontalAdvance(label.text);
            const bool inside = labelInside(label, upright);
            const QPointF end = label.barEnd;
            if (m_horizontal) {
                item->setPos(end.x() + labelGap, end.y() - height / 2);
            } else if (upright) {
                item->setRotation(-90);
                item->setPos(end.x() - height / 2,
                             inside ? end.y() + label.length - labelGap : end.y() - labelGap);
            } else {
                item->setPos(end.x() - width / 2, inside
                                                      ? end.y() + label.length - labelGap - height
                                                      : end.y() - labelGap - height);
            }
        }
    }

    const ChartSpec &m_spec;
    QSizeF m_size;
    bool m_horizontal;
    QFont m_font;
    std::optional<QFontMetricsF> m_metrics;
    QGraphicsScene m_scene;
    QChart *m_chart = nullptr;
    QAbstractBarSeries *m_bars = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    ValueAxis m_barAxis;
    std::optional<ValueAxis> m_lineAxis;
    double m_barMaximum = 0;
};

} // namespace

void paintChart(QPainter &painter, const QRectF &target, const ChartSpec &spec)
{
    if (spec.categories.isEmpty() || spec.bars.isEmpty())
        return;
    ChartBuilder builder(spec, target.size());
    builder.build();
    builder.render(painter, target);
}

double horizontalChartHeight(const ChartSpec &spec)
{
    // Bars a little thicker than the text beside them; a category as tall as its bars or its
    // name, whichever is taller.
    const qsizetype sets = std::max<qsizetype>(spec.bars.size(), 1);
    const double thickness = spec.fontPixelSize * (sets > 1 ? 1.4 : 1.1);
    const double slot = thickness * double(sets) / (sets > 1 ? 0.8 : 0.6);
    double height = 0;
    for (const QString &name : spec.categories)
        height += std::max(slot, spec.fontPixelSize * 1.3 * double(name.count(u'\n') + 1));
    const double axisAndLegend = spec.fontPixelSize * (sets > 1 ? 7 : 4.5);
    return height + axisAndLegend;
}

} // namespace wzsw::charts
