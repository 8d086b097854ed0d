// The window in German and in French, as a user who chose the language in Edit > Settings sees it
// after a restart: the menus, the purge form, a purge in the sandbox and its headline, the Settings
// and Accounts dialogs with Qt's own buttons, and a mnemonic that is unique in each menu and dialog.
// Also how the language is chosen (the setting, then the system's languages, then English), and the
// lookup of texts whose translation lupdate files under another context than the one asked for.

#include "storage/appfiles.h"
#include "testsupport.h"
#include "textfitsupport.h"
#include "translations.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/purge/zonepicker.h"
#include "ui/settings/settingsdialog.h"
#include "windowtestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Gui;
using PurgeDesk::Test::child;
using PurgeDesk::Test::snapshot;
using PurgeDesk::Test::text;

namespace {

// A text as a reader compares it: without mnemonic markers, and with French's no-break spaces
// (before : ; ? ! and inside « ») as plain ones.
QString plain(QString text)
{
    return text.remove(u'&').replace(QChar(0x00a0), u' ');
}

// The letter each text underlines (the one after a single &), lower case; none for a text without.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// The texts among `texts` whose mnemonic another one has already, as "&Foo / F&oo".
QStringList clashes(const QStringList &texts)
{
    QHash<QChar, QString> seen;
    QStringList found;
    for (const QString &text : texts) {
        const QChar letter = mnemonic(text);
        if (letter.isNull())
            continue;
        if (seen.contains(letter))
            found << seen.value(letter) + u" / "_s + text;
        else
            seen.insert(letter, text);
    }
    return found;
}

// The mnemonics a dialog's labels, buttons and group boxes use (the ones visible together).
QStringList dialogTexts(const QWidget &dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy())
            texts << label->text();
    }
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        texts << button->text();
    for (const QGroupBox *group : dialog.findChildren<QGroupBox *>())
        texts << group->title();
    return texts;
}

// Saves a picture of the surface (PURGEDESK_SCREENSHOT_DIR) and lists every text on it that does
// not fit (textfitsupport.h).
QStringList look(QWidget &surface, const QString &name)
{
    Test::settleLayouts();
    snapshot(surface, name);
    return Test::clippedTexts(surface);
}

} // namespace

class TestLanguages final : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    // The window as PurgeDesk starts with `language` chosen in Edit > Settings, zones loaded.
    MainWindow &openIn(const QString &language)
    {
        saveLanguageSetting(language);
        installTranslations(TranslationScope::Window);
        m_window = Test::openWindow(Test::oneAttempt());
        m_window->resize(1280, 800);
        auto *picker = child<ZonePicker>(*m_window, u"zonePicker"_s);
        if (!QTest::qWaitFor(
                [&] {
                    return picker->currentZone() && !Test::isValidating(*m_window)
                        && m_window->context()->history()->state() != History::HistoryService::State::Opening;
                },
                10000))
            qWarning("the window did not settle");
        return *m_window;
    }

private Q_SLOTS:
    void initTestCase() { Test::prepare(); }

    void cleanup()
    {
        m_window.reset();
        QFile::remove(settingsFilePath());
        useLanguage(u"en"_s);
    }

    void theLanguageIsTheSettingThenTheSystemsThenEnglish()
    {
        QCOMPARE(languageFor(u"fr"_s, {u"de-CH"_s}), u"fr"_s);
        QCOMPARE(languageFor(u"en"_s, {u"de-DE"_s}), u"en"_s);
        QCOMPARE(languageFor(QString(), {u"de-CH"_s, u"fr"_s}), u"de"_s);
        QCOMPARE(languageFor(QString(), {u"pt-BR"_s, u"fr_FR"_s, u"de"_s}), u"fr"_s);
        QCOMPARE(languageFor(QString(), {u"en-GB"_s, u"de"_s}), u"en"_s);
        QCOMPARE(languageFor(QString(), {u"ja-JP"_s}), u"en"_s);
        QCOMPARE(languageFor(u"xx"_s, {u"fr-CA"_s}), u"fr"_s); // a code PurgeDesk has no catalogue for

        // The setting, in settings.ini; a value from elsewhere counts as the system's.
        QCOMPARE(languageSetting(), QString());
        saveLanguageSetting(u"de"_s);
        QCOMPARE(
            QSettings(settingsFilePath(), QSettings::IniFormat).value(u"Interface/language"_s).toString(), u"de"_s);
        QCOMPARE(languageSetting(), u"de"_s);
        QSettings(settingsFilePath(), QSettings::IniFormat).setValue(u"Interface/language"_s, u"klingon"_s);
        QCOMPARE(languageSetting(), QString());
        saveLanguageSetting(QString());
        QVERIFY(!QSettings(settingsFilePath(), QSettings::IniFormat).contains(u"Interface/language"_s));

        // The command line keeps English whatever the setting says.
        saveLanguageSetting(u"fr"_s);
        installTranslations(TranslationScope::CommandLine);
        QCOMPARE(currentLanguage(), u"en"_s);
        QCOMPARE(QCoreApplication::translate("PurgeDesk::RunText", "%n request(s)", nullptr, 2), u"2 requests"_s);
    }

    // Helpers that translate under a context of their own find their texts where lupdate filed
    // them (under the class or namespace around the call); Qt's own contexts are left alone.
    void textsAreFoundWhereLupdateFiledThem()
    {
        QCOMPARE(useLanguage(u"de"_s), u"de"_s);
        QCOMPARE(QCoreApplication::translate("PurgeDesk::Purge::Validation", "Removed the trailing /."),
            u"Abschließendes / entfernt."_s); // filed under PurgeDesk::Purge
        QCOMPARE(QCoreApplication::translate("PurgeDesk::Purge::Planner", "1 request"),
            u"1 Anfrage"_s); // under PurgeDesk::Purge::PurgePlan
        QCOMPARE(QCoreApplication::translate("PurgeDesk::Gui::PresetTransfer", "Keep Both"),
            u"Beide behalten"_s); // under Presets::PresetImport
        QCOMPARE(QCoreApplication::translate("PurgeDesk::Presets", "it has no name"), u"sie hat keinen Namen"_s);
        QCOMPARE(QCoreApplication::translate("PurgeDesk::RunText", "%n request(s)", nullptr, 1), u"1 Anfrage"_s);
        QCOMPARE(QCoreApplication::translate("PurgeDesk::RunText", "%n request(s)", nullptr, 3), u"3 Anfragen"_s);
        QCOMPARE(QCoreApplication::translate("QLineEdit", "Removed the trailing /."), u"Removed the trailing /."_s);
        // Asked again, from where it was found (or not) the first time.
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(QCoreApplication::translate("PurgeDesk::Purge::Validation", "Removed the trailing /."),
                u"Abschließendes / entfernt."_s);
            QCOMPARE(QCoreApplication::translate("PurgeDesk::Gui::PresetTransfer", "Keep Both"), u"Beide behalten"_s);
            QCOMPARE(QCoreApplication::translate("PurgeDesk::Gui::PresetTransfer", "No such text anywhere"),
                u"No such text anywhere"_s);
        }
        QCOMPARE(useLanguage(u"fr"_s), u"fr"_s);
        // Another catalogue: another answer for the same context and text.
        QCOMPARE(QCoreApplication::translate("PurgeDesk::Gui::PresetTransfer", "Keep Both"), u"Garder les deux"_s);
        // French counts 0 and 1 as singular.
        QCOMPARE(
            QCoreApplication::translate("PurgeDesk::RunText", "%n retry(s)", nullptr, 0), u"0 nouvelle tentative"_s);
        QCOMPARE(
            QCoreApplication::translate("PurgeDesk::RunText", "%n retry(s)", nullptr, 2), u"2 nouvelles tentatives"_s);
        QCOMPARE(useLanguage(u"pt"_s), u"en"_s); // no catalogue: English
    }

    void window_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QStringList>("tabs");
        QTest::addColumn<QString>("emptyList");
        QTest::addColumn<QString>("counts");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("purgeButton");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("progress");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("German") << u"de"_s
                                << QStringList {u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Konten"_s,
                                       u"&Löschen"_s, u"&Vorlagen"_s, u"&Hilfe"_s}
                                << QStringList {u"Löschen"_s, u"Verlauf"_s}
                                << u"Die Liste ist leer: Fügen Sie mindestens einen Eintrag (URL) hinzu"_s
                                << u"2 URLs"_s << u"1 Anfrage, unter einer Sekunde im Tarif Free"_s
                                << u"Löschen: 2 URLs"_s << u"Beide URLs in example.com gelöscht ("_s
                                << u"Die Sandbox hat die Anfrage angenommen; nichts wurde an Cloudflare gesendet."_s
                                << u"2 von 2 gelöscht"_s << u"Abbrechen"_s;
        QTest::newRow("French") << u"fr"_s
                                << QStringList {u"&Fichier"_s, u"É&dition"_s, u"&Affichage"_s, u"&Comptes"_s,
                                       u"&Purge"_s, u"Préréglage&s"_s, u"A&ide"_s}
                                << QStringList {u"Purge"_s, u"Historique"_s}
                                << u"La liste est vide : ajoutez au moins un élément (URL)"_s << u"2 URL"_s
                                << u"1 requête, moins d'une seconde avec l'offre Free"_s << u"Purger 2 URL"_s
                                << u"Purge terminée : les deux URL dans example.com ("_s
                                << u"Le bac à sable a accepté la requête ; rien n'a été envoyé à Cloudflare."_s
                                << u"Purge : 2 sur 2"_s << u"Annuler"_s;
    }

    void window()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QStringList, tabs);
        QFETCH(QString, emptyList);
        QFETCH(QString, counts);
        QFETCH(QString, plan);
        QFETCH(QString, purgeButton);
        QFETCH(QString, headline);
        QFETCH(QString, detail);
        QFETCH(QString, progress);
        QFETCH(QString, cancel);
        MainWindow &window = openIn(language);
        QCOMPARE(currentLanguage(), language);

        QStringList titles;
        for (const QAction *menu : window.menuBar()->actions())
            titles << menu->text();
        QCOMPARE(titles, menus);
        QVERIFY2(clashes(titles).isEmpty(), qPrintable(clashes(titles).join(u", "_s)));
        // Each menu's items have mnemonics of their own.
        for (const QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            QStringList items;
            for (const QAction *action : menu->actions())
                items << action->text();
            QVERIFY2(clashes(items).isEmpty(), qPrintable(menu->title() + u": "_s + clashes(items).join(u", "_s)));
        }
        auto *pages = child<QTabWidget>(window, u"pages"_s);
        QCOMPARE((QStringList {pages->tabText(0), pages->tabText(1)}), tabs);
        // The form's mnemonics, and the menu bar's, which work from it too, are all different.
        QStringList form = titles;
        for (const QWidget *widget : child<QWidget>(window, u"purgeForm"_s)->findChildren<QWidget *>()) {
            if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && button->isVisible())
                form << button->text();
            else if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
                form << label->text();
        }
        QVERIFY2(clashes(form).isEmpty(), qPrintable(clashes(form).join(u", "_s)));

        // The list, its counts and plan, the Purge button, and a purge in the sandbox.
        QVERIFY2(
            plain(text(window, u"countsLabel"_s)).startsWith(emptyList), qPrintable(text(window, u"countsLabel"_s)));
        Test::setList(window, u"https://example.com/a.js\nhttps://example.com/b.css"_s);
        QTRY_VERIFY(!Test::isValidating(window));
        QCOMPARE(plain(text(window, u"countsLabel"_s)), counts);
        QCOMPARE(plain(text(window, u"planLabel"_s)), plan);
        auto *purge = child<QPushButton>(window, u"purgeButton"_s);
        QCOMPARE(plain(purge->text()), purgeButton);
        QVERIFY2(look(window, language + u"-form"_s).isEmpty(), qPrintable(Test::clippedTexts(window).join(u"\n"_s)));
        QTest::mouseClick(purge, Qt::LeftButton);
        QVERIFY(Test::waitForRun(window));
        QVERIFY2(
            plain(text(window, u"runHeadline"_s)).startsWith(headline), qPrintable(text(window, u"runHeadline"_s)));
        QCOMPARE(plain(text(window, u"runDetail"_s)), detail);
        QCOMPARE(plain(child<QProgressBar>(window, u"runProgress"_s)->text()), progress);
        QVERIFY2(look(window, language + u"-run"_s).isEmpty(), qPrintable(Test::clippedTexts(window).join(u"\n"_s)));
        child<QTabWidget>(window, u"pages"_s)->setCurrentIndex(1);
        QTRY_VERIFY(child<QAbstractItemView>(window, u"historyRuns"_s)->model()->rowCount() > 0);
        // The selected purge's detail arrives from the history's thread; its label then takes the
        // height its wrapped text needs.
        QTRY_VERIFY(!text(window, u"historyDetailHeadline"_s).isEmpty());
        QTRY_VERIFY2(
            look(window, language + u"-history"_s).isEmpty(), qPrintable(Test::clippedTexts(window).join(u"\n"_s)));
        child<QTabWidget>(window, u"pages"_s)->setCurrentIndex(0);

        // The dialogs: Qt's own buttons in the language too (qtbase_<language>.qm, from Debian's
        // qt6-translations-l10n), and one mnemonic per letter.
        QVERIFY2(
            QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_"_s + language + u".qm"_s),
            "Qt's translations are missing: installers/dev/deps.sh installs qt6-translations-l10n");
        child<QAction>(window, u"actionSettings"_s)->trigger();
        QTRY_VERIFY(window.findChild<SettingsDialog *>());
        auto *settings = window.findChild<SettingsDialog *>();
        QCOMPARE(child<QDialogButtonBox>(*settings, u"buttonBox"_s)->button(QDialogButtonBox::Cancel)->text(), cancel);
        auto *languages = child<QComboBox>(*settings, u"languageCombo"_s);
        QCOMPARE(languages->currentData().toString(), language);
        QCOMPARE(languages->count(), 4);
        // It fits a 1024x600 screen with room for a title bar and a panel, in every language.
        QVERIFY2(settings->height() <= 540, qPrintable(QString::number(settings->height())));
        QVERIFY2(clashes(dialogTexts(*settings)).isEmpty(), qPrintable(clashes(dialogTexts(*settings)).join(u", "_s)));
        QVERIFY2(look(*settings, language + u"-settings"_s).isEmpty(),
            qPrintable(Test::clippedTexts(*settings).join(u"\n"_s)));
        settings->reject();

        child<QAction>(window, u"actionManageAccounts"_s)->trigger();
        QTRY_VERIFY(window.findChild<AccountsDialog *>());
        auto *accounts = window.findChild<AccountsDialog *>();
        accounts->startNew();
        QVERIFY2(clashes(dialogTexts(*accounts)).isEmpty(), qPrintable(clashes(dialogTexts(*accounts)).join(u", "_s)));
        QVERIFY2(look(*accounts, language + u"-accounts"_s).isEmpty(),
            qPrintable(Test::clippedTexts(*accounts).join(u"\n"_s)));
        accounts->reject();
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
