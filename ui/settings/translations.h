#pragma once

#include "domain/enums.h"

namespace wzsw {

/// Switches the whole program's language: our texts (translations/wzsw_*.ts, compiled into the
/// program), Qt's own texts (standard buttons, file dialogs: qtbase_nl.qm from the Qt
/// installation), core's enumeration labels and the locale for dates and numbers. Every widget
/// then receives QEvent::LanguageChange and retranslates itself.
class Translations
{
public:
    static void apply(Language language);
    static Language current();
};

} // namespace wzsw
