#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>

namespace wzsw::report::style {

/// The look of the printed report. Everything is measured in points (1/72 inch) on an A4 page
/// in portrait; fonts are given in pixel sizes of that unit, so a 9 is a 9-point font on any
/// printer or PDF resolution.

inline constexpr double pageWidth = 595.276;  // 210 mm
inline constexpr double pageHeight = 841.890; // 297 mm
inline constexpr double marginSide = 51.0;    // 18 mm
inline constexpr double marginTop = 62.0;     // room for the running header
inline constexpr double marginBottom = 62.0;  // room for the footer

/// The part of the page the blocks flow into.
inline QRectF contentRect()
{
    return QRectF(marginSide, marginTop, pageWidth - 2 * marginSide,
                  pageHeight - marginTop - marginBottom);
}

// Font sizes.
inline constexpr int titleSize = 26;
inline constexpr int headingSize = 15;
inline constexpr int subheadingSize = 11;
inline constexpr int bodySize = 9;
inline constexpr int tableSize = 8;
inline constexpr int smallSize = 7;

enum class Weight
{
    Normal,
    Bold
};

/// The report's font at `pixelSize` points. DejaVu Sans where it is installed (it is on the
/// Debian machines the PDFs are made on), else the platform's sans-serif.
QFont font(int pixelSize, Weight weight = Weight::Normal, bool italic = false);

inline const QColor text{0x1a, 0x1a, 0x1a};
inline const QColor muted{0x59, 0x59, 0x59};
inline const QColor rule{0x80, 0x80, 0x80};
inline const QColor lightRule{0xc8, 0xc8, 0xc8};
inline const QColor shade{0xeb, 0xeb, 0xeb};
inline const QColor flagShade{0xd6, 0xd6, 0xd6};

} // namespace wzsw::report::style
