#pragma once

#include "report/block.h"

#include <QColor>
#include <QFont>
#include <QString>

namespace wzsw::report {

/// A section heading (level 1, with a rule under it) or a subheading (level 2). Stays with the
/// start of what follows.
class HeadingBlock : public Block
{
public:
    HeadingBlock(QString text, int level, bool newPage = false);

    const QString &text() const { return m_text; }
    int level() const { return m_level; }

    void layout(double width) override;
    QList<double> rowHeights() const override { return {m_height}; }
    bool keepWithNext() const override { return true; }
    bool breakBefore() const override { return m_newPage; }
    double spaceBefore() const override;
    void paint(QPainter &painter, QPointF topLeft, int first, int last) const override;

private:
    QFont font() const;

    QString m_text;
    int m_level;
    bool m_newPage;
    double m_width = 0;
    double m_height = 0;
    QStringList m_lines;
};

/// Running text, broken over pages between lines (never one line alone). Each line break of the
/// text starts a new paragraph; an empty line adds space; a line starting with "- ", "* " or
/// "• " is a bullet with a hanging indent.
class ParagraphBlock : public Block
{
public:
    struct Style
    {
        QFont font;
        QColor color;
        double spaceBefore = 0;
        bool keepWithNext = false; ///< an introduction stays with what it introduces
    };

    ParagraphBlock(QString text, Style style);

    void layout(double width) override;
    QList<double> rowHeights() const override;
    int minimumRowsTogether() const override { return 2; }
    double spaceBefore() const override { return m_style.spaceBefore; }
    bool keepWithNext() const override { return m_style.keepWithNext; }
    void paint(QPainter &painter, QPointF topLeft, int first, int last) const override;

private:
    struct Line
    {
        QString text;
        double indent = 0;
        double gapAbove = 0; ///< paragraph spacing before a paragraph's first line
        bool bullet = false;
    };

    QString m_text;
    Style m_style;
    double m_width = 0;
    QList<Line> m_lines;
};

} // namespace wzsw::report
