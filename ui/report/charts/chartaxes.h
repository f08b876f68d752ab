#pragma once

#include "report/charts/chartspec.h"

class QCategoryAxis;

namespace wzsw::charts {

/// A value axis from 0 with round ticks (1, 2, 2.5 or 5 times a power of ten) whose labels are
/// written by the caller's format, so they read "1.000" in a Dutch report. Qt Charts' own value
/// axis formats with printf patterns, which know neither thousands separators nor "%" suffixes
/// in the report's language; a category axis with labels on its values does.
class ValueAxis
{
public:
    ValueAxis(TickFormat format, bool wholeNumbers);

    /// The Qt Charts axis; the chart takes it over when it is added.
    QCategoryAxis *axis() const { return m_axis; }

    /// Ticks from 0 to at least `maximum` (an empty axis when the values are all 0 still shows
    /// a few whole ticks).
    void setRange(double maximum);

private:
    QCategoryAxis *m_axis;
    TickFormat m_format;
    bool m_whole;
};

/// The distance between two ticks for an axis up to `maximum`: about five ticks, at 1, 2, 2.5 or
/// 5 times a power of ten; at least 1 for whole numbers.
double tickStep(double maximum, bool wholeNumbers);

} // namespace wzsw::charts
