#pragma once

#include "report/block.h"
#include "report/charts/chartspec.h"

#include <QString>
#include <QStringList>

namespace wzsw::report {

/// A numbered chart with its caption above it: a title ("Figuur 1. ..."), a short explanation
/// and the chart, kept together on one page. A chart without data shows `emptyText` in a
/// framed box instead of empty axes.
class ChartBlock : public Block
{
public:
    ChartBlock(QString title, QString explanation, charts::ChartSpec spec, double chartHeight,
               QString emptyText);

    void layout(double width) override;
    QList<double> rowHeights() const override { return {m_height}; }
    double spaceBefore() const override { return 18; }
    void paint(QPainter &painter, QPointF topLeft, int first, int last) const override;

private:
    bool hasData() const;

    QString m_title;
    QString m_explanation;
    charts::ChartSpec m_spec;
    double m_chartHeight;
    QString m_emptyText;
    double m_width = 0;
    QStringList m_titleLines;
    QStringList m_explanationLines;
    double m_height = 0;
};

} // namespace wzsw::report
