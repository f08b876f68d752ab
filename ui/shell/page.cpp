#include "shell/page.h"

#include <QEvent>

namespace wzsw {

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace wzsw
