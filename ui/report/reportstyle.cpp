#include "report/reportstyle.h"

using namespace Qt::StringLiterals;

namespace wzsw::report::style {

QFont font(int pixelSize, Weight weight, bool italic)
{
    QFont f;
    f.setFamilies({u"DejaVu Sans"_s, u"Segoe UI"_s, u"Arial"_s});
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixelSize);
    f.setWeight(weight == Weight::Bold ? QFont::Bold : QFont::Normal);
    f.setItalic(italic);
    // Unhinted metrics: the layout measured here matches the glyphs placed on any device.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace wzsw::report::style
