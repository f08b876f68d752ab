#pragma once

namespace wzsw::cli {

/// Makes wzsw-cli's messages speak the language of the user's system: Dutch when the first
/// language the system asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) is Dutch, English (the
/// language of the source texts) otherwise. The labels of a report follow `--lang` instead.
void useSystemMessageLanguage();

} // namespace wzsw::cli
