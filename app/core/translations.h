#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace PurgeDesk {

// Who the translations are for. The command line stays in English (scripts parse what it prints):
// it gets only the English plural forms ("1 URL", "2 URLs"), since the source texts mark plurals as
// "%n URL(s)". The window speaks the language chosen in Edit > Settings (by default the system's).
enum class TranslationScope { CommandLine, Window };

// Loads PurgeDesk's translations into the running application (after the application object
// exists): for the command line, the English plural forms; for the window, those (the fallback for
// any text a language lacks), then Qt's own translations (qtbase_<language>.qm from Qt's
// translations folder, when installed) and PurgeDesk's for languageFor(languageSetting()).
void installTranslations(TranslationScope scope = TranslationScope::CommandLine);

// Replaces the translations installed before with those of `language` ("en", "de", "fr", or any
// code whose :/i18n/purgedesk_<code>.qm is compiled in, such as the tests' "pseudo") and returns
// the language now in use ("en" when there is no catalogue for `language`). An explicit language
// other than the system's also becomes QLocale's default, so numbers and dates match the words.
// Widgets created before keep their texts: the window applies a new language when it starts.
QString useLanguage(const QString &language);
QString currentLanguage();

// A language the window offers, named in that language ("Deutsch").
struct Language
{
    QString code; // "de"
    QString name;
};
QList<Language> availableLanguages();

// The language chosen in Edit > Settings (settings.ini, Interface/language): a code from
// availableLanguages(), or empty for the system's.
QString languageSetting();
void saveLanguageSetting(const QString &code);

// The language the window uses for `setting`: that language when PurgeDesk has it, else the first
// of `uiLanguages` (the system's, most preferred first: "de-CH", "fr", ...) that it has, else English.
QString languageFor(const QString &setting, const QStringList &uiLanguages);
QString languageFor(const QString &setting);

} // namespace PurgeDesk
