#include "translations.h"

#include "logging.h"
#include "storage/appfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk {

namespace {

const QString kLanguageKey = u"Interface/language"_s;

// The number of leading "::"-separated names two contexts share.
int sharedScopes(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> left = a.split(':');
    const QList<QByteArray> right = b.split(':');
    int shared = 0;
    for (qsizetype i = 0; i < left.size() && i < right.size() && left.at(i) == right.at(i); ++i) {
        if (!left.at(i).isEmpty())
            ++shared;
    }
    return shared;
}

// One of PurgeDesk's .qm files. A text is looked up in the context tr() gives at run time first.
// lupdate files a text under the class or namespace around the call, which is not always that
// context: a file-local helper that translates under a name of its own (validation.cpp's tr()
// uses "PurgeDesk::Purge::Validation", but lupdate files its free functions' texts under
// "PurgeDesk::Purge" and a struct's members under the struct). So a text of a PurgeDesk context
// that is not found there is looked up in the catalogue's other contexts (listed beside the .qm
// at build time), the nearest first.
class Catalogue final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool loadCatalogue(const QString &code)
    {
        if (!load(u":/i18n/purgedesk_%1.qm"_s.arg(code)))
            return false;
        QFile list(u":/i18n/purgedesk_%1.contexts"_s.arg(code));
        if (list.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : list.readAll().split('\n')) {
                if (!line.trimmed().isEmpty())
                    m_contexts.append(line.trimmed());
            }
        }
        return true;
    }

    QString translate(
        const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isNull() || !context || qstrncmp(context, "PurgeDesk::", 11) != 0 || m_contexts.isEmpty())
            return text;
        // Where the text was found before, or that it is nowhere: tr() runs for every label and
        // message, on several threads, and most texts are in no English catalogue.
        QByteArray key(context);
        key.append('\0').append(sourceText).append('\0').append(disambiguation ? disambiguation : "");
        qsizetype found = -1;
        bool known = false;
        {
            const QMutexLocker lock(&m_foundMutex);
            const auto it = m_found.constFind(key);
            if (it != m_found.cend()) {
                known = true;
                found = *it;
            }
        }
        if (!known) {
            found = lookUpElsewhere(key.left(qstrlen(context)), sourceText, disambiguation);
            const QMutexLocker lock(&m_foundMutex);
            m_found.insert(key, found);
        }
        return found < 0 ? QString()
                         : QTranslator::translate(m_contexts.at(found).constData(), sourceText, disambiguation, n);
    }

private:
    // The index of the nearest other context that has the text, or -1.
    qsizetype lookUpElsewhere(const QByteArray &wanted, const char *sourceText, const char *disambiguation) const
    {
        QList<std::pair<int, qsizetype>> order; // (shared scopes, index), nearest first
        order.reserve(m_contexts.size());
        for (qsizetype i = 0; i < m_contexts.size(); ++i) {
            if (m_contexts.at(i) != wanted)
                order.append({-sharedScopes(wanted, m_contexts.at(i)), i});
        }
        std::stable_sort(order.begin(), order.end());
        for (const std::pair<int, qsizetype> &candidate : std::as_const(order)) {
            if (!QTranslator::translate(m_contexts.at(candidate.second).constData(), sourceText, disambiguation)
                     .isNull())
                return candidate.second;
        }
        return -1;
    }

    QList<QByteArray> m_contexts;
    mutable QMutex m_foundMutex;
    mutable QHash<QByteArray, qsizetype> m_found; // context, text and disambiguation -> lookUpElsewhere()
};

// The translators installed by this file, in the order they were installed.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString &languageInUse()
{
    static QString language = u"en"_s;
    return language;
}

void install(QTranslator *translator)
{
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
}

bool haveCatalogue(const QString &code)
{
    return !code.isEmpty() && QFile::exists(u":/i18n/purgedesk_%1.qm"_s.arg(code));
}

} // namespace

QList<Language> availableLanguages()
{
    return {{u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"fr"_s, u"Français"_s}};
}

QString languageSetting()
{
    QString code = appSettings().value(kLanguageKey).toString();
    for (const Language &language : availableLanguages()) {
        if (language.code == code)
            return code;
    }
    return {};
}

void saveLanguageSetting(const QString &code)
{
    QSettings settings = appSettings();
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

QString languageFor(const QString &setting, const QStringList &uiLanguages)
{
    if (setting == u"en"_s || haveCatalogue(setting))
        return setting;
    for (const QString &language : uiLanguages) {
        // "de-CH" and "de_DE" are German; English ("en-GB") needs no catalogue.
        QString code = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (code == u"en"_s || haveCatalogue(code))
            return code;
    }
    return u"en"_s;
}

QString languageFor(const QString &setting)
{
    return languageFor(setting, QLocale::system().uiLanguages());
}

namespace {

// Installs the English plural forms and, for another language, Qt's and PurgeDesk's catalogues of
// it, in place of those installed before. Returns the language now in use.
QString installCatalogues(const QString &language)
{
    removeInstalled();
    // Installed first, so asked last: the English plural forms of any text a language lacks.
    auto *english = new Catalogue(QCoreApplication::instance());
    if (english->loadCatalogue(u"en"_s))
        install(english);
    else
        qCWarning(lcApp) << "the English plural forms could not be loaded";

    QString code = u"en"_s;
    if (language != code && haveCatalogue(language)) {
        // Qt's own texts (standard buttons, context menus), when Qt's translations are installed
        // (Debian: qt6-translations-l10n).
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            install(qt);
        else
            delete qt;
        auto *catalogue = new Catalogue(QCoreApplication::instance());
        if (catalogue->loadCatalogue(language)) {
            install(catalogue);
            code = language;
        } else {
            delete catalogue;
            qCWarning(lcApp) << "the translations for" << language << "could not be loaded";
        }
    }
    languageInUse() = code;
    return code;
}

} // namespace

QString useLanguage(const QString &language)
{
    QString code = installCatalogues(language);
    // Numbers and dates as the language writes them, unless the system already speaks it (then its
    // own conventions, such as de-CH's, stay).
    const QLocale locale(code);
    if (locale.language() != QLocale::C && locale.language() != QLocale::system().language())
        QLocale::setDefault(locale);
    else
        QLocale::setDefault(QLocale::system());
    qCDebug(lcApp) << "language:" << code;
    return code;
}

QString currentLanguage()
{
    return languageInUse();
}

void installTranslations(TranslationScope scope)
{
    if (scope == TranslationScope::Window)
        useLanguage(languageFor(languageSetting()));
    else
        installCatalogues(u"en"_s);
}

} // namespace PurgeDesk
