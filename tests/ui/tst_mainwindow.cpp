#include "appinfo.h"
#include "history/historyservice.h"
#include "purge/purgeenums.h"
#include "storage/appfiles.h"
#include "testsupport.h"
#include "ui/aboutdialog.h"
#include "ui/common/actionicons.h"
#include "ui/common/uiresources.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow.h"
#include "ui/purge/purgepage.h"
#include "ui/purge/runview.h"
#include "windowtestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Gui::AboutDialog;
using PurgeDesk::Gui::MainWindow;

namespace {
QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text().remove(u'&');
    return titles;
}

QAction *action(const QMainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no action named %s", name);
    return found;
}
// The Alt+letter keys that more than one visible control (or menu) claims: such a key only moves
// the focus between them instead of doing what its label says.
QStringList mnemonicClashes(const QMainWindow &window)
{
    QMultiMap<QChar, QString> claims;
    const auto claim = [&claims](const QString &text, const QString &who) {
        for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2)) {
            if (text.at(i + 1) != u'&') {
                claims.insert(text.at(i + 1).toLower(), who);
                return;
            }
        }
    };
    for (QAction *menu : window.menuBar()->actions())
        claim(menu->text(), u"menu "_s + menu->text());
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&window))
            claim(button->text(), button->objectName());
    }
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(&window))
            claim(label->text(), label->objectName());
    }
    QStringList clashes;
    for (const QChar key : claims.uniqueKeys()) {
        if (claims.count(key) > 1)
            clashes << u"Alt+%1: %2"_s.arg(key.toUpper(), claims.values(key).join(u", "_s));
    }
    return clashes;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void cleanup()
    {
        // Each test starts without saved window state, and without the icon a window sets.
        QFile::remove(PurgeDesk::settingsFilePath());
        QApplication::setWindowIcon(QIcon());
    }

    void showsTitleMenusAndStatusBar()
    {
        const auto windowOwned = PurgeDesk::Test::makeWindow();
        MainWindow &window = *windowOwned;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"PurgeDesk — Sandbox"_s);
        QCOMPARE(menuTitles(window),
            (QStringList {u"File"_s, u"Edit"_s, u"View"_s, u"Accounts"_s, u"Purge"_s, u"Presets"_s, u"Help"_s}));
        QVERIFY(window.statusBar()->isVisible());
        QCOMPARE(window.statusBar()->currentMessage(), u"Ready"_s);
        QTRY_VERIFY(!window.windowIcon().isNull()); // set once the first frame is shown
        QVERIFY(window.windowIcon().availableSizes().contains(QSize(128, 128)));
        QVERIFY(action(window, "actionManageAccounts")->isEnabled());
        // The Presets menu: saving the form works from the start (Ctrl+S); running needs a preset.
        QAction *save = action(window, "actionSavePreset");
        QVERIFY(save && save->isEnabled());
        QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
        QVERIFY(window.menuBar()->findChild<QMenu *>(u"menuPresets"_s)->actions().contains(save));
        QVERIFY(!action(window, "actionRunPreset")->isEnabled());
        QCOMPARE(action(window, "actionQuit")->shortcut(), QKeySequence(QKeySequence::Quit));
    }

    // The first frame needs nothing of the History tab: its panel is built just after it, and it is
    // the one a user then finds behind the tab. The history file is read only when something needs
    // it (here the tab), and the run view is built with the first purge.
    void theHistoryPanelAndTheIconComeAfterTheFirstFrame()
    {
        const QString historyFile = PurgeDesk::History::HistoryStore::defaultPath();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(historyFile + suffix); // left by an earlier test
        const auto windowOwned = PurgeDesk::Test::makeWindow();
        MainWindow &window = *windowOwned;
        PurgeDesk::Gui::prepareApplicationIcon(); // as main() does
        QVERIFY(!window.findChild<PurgeDesk::Gui::HistoryPanel *>());
        QVERIFY(QApplication::windowIcon().isNull());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.findChild<PurgeDesk::Gui::HistoryPanel *>());
        // The icon comes with it, for the application (dialogs, notices) and so for the window:
        // the images main() has decoded on a worker thread meanwhile, every size.
        // Up to 128 pixels (64 at 200%): a larger one is the installed theme icon's job.
        QCOMPARE(QApplication::windowIcon().availableSizes(),
            (QList<QSize> {{16, 16}, {32, 32}, {48, 48}, {64, 64}, {128, 128}}));
        QVERIFY(!window.windowIcon().isNull());
        auto *panel = window.findChild<PurgeDesk::Gui::HistoryPanel *>();
        QCOMPARE(window.findChildren<PurgeDesk::Gui::HistoryPanel *>().size(), 1);
        QCOMPARE(window.historyPanel(), panel);
        QVERIFY(!panel->isVisible());
        // Its hidden page's least width counts in the window's layout at once (the tabs are never
        // narrower than that, so the Purge page's controls get the room they had with it).
        QWidget *pages = window.centralWidget();
        QTRY_VERIFY2(pages->width() >= pages->minimumSizeHint().width(),
            qPrintable(u"%1 < %2"_s.arg(pages->width()).arg(pages->minimumSizeHint().width())));
        // Nothing has read the history (nor created it), nor built the run view.
        QVERIFY(PurgeDesk::Test::settle(window));
        QTest::qWait(100);
        const PurgeDesk::History::HistoryService *history = window.context()->history();
        QCOMPARE(history->state(), PurgeDesk::History::HistoryService::State::Closed);
        QVERIFY(!QFile::exists(history->path()));
        QVERIFY(!window.findChild<PurgeDesk::Gui::RunView *>());
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(panel->isAncestorOf(QApplication::focusWidget()) || panel->hasFocus());
        QTRY_VERIFY(!panel->isLoading());
        QCOMPARE(history->state(), PurgeDesk::History::HistoryService::State::Open);
        QVERIFY(history->checkedFully()); // browsing: read in full once
        QVERIFY(QFile::exists(history->path()));
    }

    // The split between the form and the run is kept from one start to the next, also through a
    // start that never purged (whose run view was never built).
    void theRunsSplitIsKeptAcrossStarts()
    {
        PurgeDesk::appSettings().setValue(u"MainWindow/runViewExpanded"_s, true);
        const auto purgeOnce = [](MainWindow &window) {
            PurgeDesk::Test::setList(window, u"https://example.com/a.js"_s);
            auto *purge = window.findChild<QPushButton *>(u"purgeButton"_s);
            return QTest::qWaitFor([purge] { return purge->isEnabled(); }, 5000)
                && (QTest::mouseClick(purge, Qt::LeftButton), PurgeDesk::Test::waitForRun(window));
        };
        {
            const auto owned = PurgeDesk::Test::openWindow(PurgeDesk::Test::oneAttempt());
            QVERIFY(PurgeDesk::Test::settle(*owned));
            QVERIFY(purgeOnce(*owned));
            QSplitter *split = owned->purgePage()->splitter();
            QTRY_VERIFY(owned->purgePage()->runView()->isVisible());
            const QList<int> sizes = split->sizes();
            QCOMPARE(sizes.size(), 2);
            split->setSizes({sizes.at(0) - 24, sizes.at(1) + 24}); // as a drag of the handle does
            QVERIFY(split->sizes() != sizes);
            owned->close();
        }
        const QByteArray saved = PurgeDesk::appSettings().value(u"MainWindow/splitter"_s).toByteArray();
        QVERIFY(!saved.isEmpty());
        {
            const auto owned = PurgeDesk::Test::openWindow(PurgeDesk::Test::oneAttempt());
            QVERIFY(PurgeDesk::Test::settle(*owned));
            QVERIFY(!owned->findChild<PurgeDesk::Gui::RunView *>());
            owned->close();
        }
        QCOMPARE(PurgeDesk::appSettings().value(u"MainWindow/splitter"_s).toByteArray(), saved);
        // The run view, once built, takes it (the first purge then fits it to the window if needed).
        const auto owned = PurgeDesk::Test::openWindow(PurgeDesk::Test::oneAttempt());
        QVERIFY(PurgeDesk::Test::settle(*owned));
        QCOMPARE(owned->purgePage()->splitState(), saved);
        QVERIFY(owned->purgePage()->runView());
        QCOMPARE(owned->purgePage()->splitter()->count(), 2);
        QCOMPARE(owned->purgePage()->splitState(), saved);
    }

    void theToolbarHasTheFrequentActionsWithIcons()
    {
        const auto windowOwned = PurgeDesk::Test::makeWindow();
        MainWindow &window = *windowOwned;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolBar && toolBar->isVisible());
        QStringList shown;
        for (QAction *tool : toolBar->actions()) {
            if (tool->isSeparator())
                continue;
            shown << tool->iconText();
            // The same actions as the menus: one enabled state, one shortcut.
            const QList<QMenu *> menus = window.menuBar()->findChildren<QMenu *>();
            QVERIFY(std::any_of(
                menus.cbegin(), menus.cend(), [tool](const QMenu *menu) { return menu->actions().contains(tool); }));
            QVERIFY(!tool->icon().isNull());
            // Crisp at twice the scale: drawn for 2x, not scaled up from 1x.
            const QPixmap sharp = tool->icon().pixmap(QSize(16, 16), 2.0);
            QCOMPARE(sharp.size(), QSize(32, 32));
            QVERIFY(!tool->toolTip().isEmpty());
        }
        QCOMPARE(shown, (QStringList {u"Import"_s, u"Clean Up"_s, u"Preview"_s, u"Purge"_s, u"Cancel"_s}));
        QCOMPARE(action(window, "actionPurge")->toolTip(), u"Purge the list (Ctrl+Return)"_s);
        QVERIFY(!action(window, "actionCancelRun")->isEnabled()); // nothing to cancel yet
        // View > Show Toolbar hides it, and it stays hidden next time.
        action(window, "actionShowToolBar")->trigger();
        QVERIFY(!toolBar->isVisible());
    }

    void theThemesIconsComeAfterTheFirstFrame()
    {
        // A theme with two of the icons the window asks for.
        QTemporaryDir themes;
        QVERIFY(themes.isValid());
        QVERIFY(QDir().mkpath(themes.filePath(u"pdtest/16x16/actions"_s)));
        QFile index(themes.filePath(u"pdtest/index.theme"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=pdtest\nDirectories=16x16/actions\n\n"
                    "[16x16/actions]\nSize=16\nType=Fixed\n");
        index.close();
        QImage red(16, 16, QImage::Format_ARGB32);
        red.fill(Qt::red);
        for (const QString &name : {u"document-import"_s, u"view-refresh"_s})
            QVERIFY(red.save(themes.filePath(u"pdtest/16x16/actions/%1.png"_s.arg(name))));
        const QStringList paths = QIcon::themeSearchPaths();
        const QString theme = QIcon::themeName();
        const auto restore = qScopeGuard([&] {
            QIcon::setThemeSearchPaths(paths);
            QIcon::setThemeName(theme);
        });
        QIcon::setThemeSearchPaths({themes.path()});
        QIcon::setThemeName(u"pdtest"_s);

        const auto windowOwned = PurgeDesk::Test::makeWindow();
        MainWindow &window = *windowOwned;
        QAction *import = action(window, "actionImport");
        auto *reload = window.findChild<QAbstractButton *>(u"reloadZonesButton"_s);
        QVERIFY(reload);
        // Until the first frame: PurgeDesk's own drawing, and the Reload button's word alone.
        QVERIFY(!import->icon().isNull());
        QVERIFY(import->icon().name().isEmpty());
        QVERIFY(reload->icon().isNull());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(import->icon().name(), u"document-import"_s);
        QCOMPARE(reload->icon().name(), u"view-refresh"_s);
        // An icon the theme does not have stays PurgeDesk's own.
        QAction *cleanUp = action(window, "actionCleanUp");
        QVERIFY(!cleanUp->icon().isNull());
        QVERIFY(cleanUp->icon().name().isEmpty());
    }

    void bundledIconsFollowThePalette()
    {
        // Drawn in the palette's button text colour: dark ink on light, light ink on dark.
        const QPalette original = QApplication::palette();
        for (const QColor &ink : {QColor(0x10, 0x10, 0x10), QColor(0xee, 0xee, 0xee)}) {
            QPalette palette = original;
            palette.setColor(QPalette::ButtonText, ink);
            QApplication::setPalette(palette);
            const QImage image = PurgeDesk::Gui::bundledActionIcon(u"purge"_s).pixmap(QSize(48, 48)).toImage();
            int inked = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    if (pixel.alpha() == 255) {
                        ++inked;
                        QCOMPARE(pixel.rgb(), ink.rgb());
                    }
                }
            }
            QVERIFY(inked > 50);
        }
        QApplication::setPalette(original);
    }

    void everyAltKeyDoesOneThing()
    {
        const auto windowOwned = PurgeDesk::Test::makeWindow();
        MainWindow &window = *windowOwned;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(mnemonicClashes(window).isEmpty(), qPrintable(mnemonicClashes(window).join(u"; "_s)));
        window.showHistoryPage();
        QVERIFY2(mnemonicClashes(window).isEmpty(), qPrintable(mnemonicClashes(window).join(u"; "_s)));
    }

    void aboutShowsVersionsAndLicense()
    {
        const auto windowOwned = PurgeDesk::Test::makeWindow();
        MainWindow &window = *windowOwned;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        action(window, "actionAbout")->trigger();

        AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), u"About PurgeDesk"_s);
        QCOMPARE(dialog->findChild<QLabel *>(u"titleLabel"_s)->text(), u"PurgeDesk "_s + PurgeDesk::version());
        QVERIFY(dialog->findChild<QLabel *>(u"qtVersionValue"_s)->text().startsWith(QString::fromLatin1(qVersion())));
        QCOMPARE(dialog->findChild<QLabel *>(u"keychainVersionValue"_s)->text(), PurgeDesk::qtKeychainVersion());
        QVERIFY(PurgeDesk::qtKeychainVersion().startsWith(u"0.1"_s));
        const QString license = dialog->findChild<QPlainTextEdit *>(u"licenseText"_s)->toPlainText();
        QVERIFY2(license.startsWith(u"MIT License"_s), qPrintable(license.left(40)));
        QVERIFY(license.contains(u"THE SOFTWARE IS PROVIDED \"AS IS\""_s));

        // Triggering About again raises the open dialog instead of stacking a second one.
        action(window, "actionAbout")->trigger();
        QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);

        auto *close = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Close);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(window.findChildren<AboutDialog *>().isEmpty());
    }

    void theFormsChoicesAreRememberedButNotWrittenUnchanged()
    {
        using PurgeDesk::appSettings;
        const QString actionKey = u"MainWindow/action"_s;
        const QString accountKey = u"MainWindow/account"_s;
        {
            // A first start restores nothing and changes nothing: no setting is written.
            const auto window = PurgeDesk::Test::makeWindow();
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            QVERIFY(!appSettings().contains(actionKey));
            QVERIFY(!appSettings().contains(accountKey));
            auto *tags = window->findChild<QAbstractButton *>(u"actionTags"_s);
            QVERIFY(tags && !tags->isChecked());
            tags->click();
            QCOMPARE(appSettings().value(actionKey).toInt(), int(PurgeDesk::Purge::PurgeAction::Tags));
        }
        {
            const auto window = PurgeDesk::Test::makeWindow();
            auto *tags = window->findChild<QAbstractButton *>(u"actionTags"_s);
            QVERIFY(tags->isChecked()); // restored
            // Back to the first choice: stored too, since it differs from what is stored.
            window->findChild<QAbstractButton *>(u"actionUrls"_s)->click();
            QCOMPARE(appSettings().value(actionKey).toInt(), int(PurgeDesk::Purge::PurgeAction::Files));
        }
        const auto window = PurgeDesk::Test::makeWindow();
        QVERIFY(window->findChild<QAbstractButton *>(u"actionUrls"_s)->isChecked());
    }

    void geometryAndStatusBarAreRestored()
    {
        const QRect placed(120, 90, 1040, 600);
        {
            const auto firstOwned = PurgeDesk::Test::makeWindow();
            MainWindow &first = *firstOwned;
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.setGeometry(placed);
            action(first, "actionShowStatusBar")->trigger();
            QVERIFY(!first.statusBar()->isVisible());
            auto *dock = first.findChild<QWidget *>(u"presetsDock"_s);
            QVERIFY(dock && dock->isVisible());
            dock->close(); // as its close button does
            QVERIFY(!action(first, "actionShowPresets")->isChecked());
            first.close();
        }
        const auto secondOwned = PurgeDesk::Test::makeWindow();
        MainWindow &second = *secondOwned;
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.geometry().size(), placed.size());
        QCOMPARE(second.geometry().topLeft(), placed.topLeft());
        QVERIFY(!action(second, "actionShowStatusBar")->isChecked());
        QVERIFY(!second.statusBar()->isVisible());
        QVERIFY(!second.findChild<QWidget *>(u"presetsDock"_s)->isVisible());
        // Ctrl+3 brings the presets back, with the focus in their search field.
        second.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&second));
        QTest::keySequence(&second, QKeySequence(Qt::CTRL | Qt::Key_3));
        QVERIFY(second.findChild<QWidget *>(u"presetsDock"_s)->isVisible());
        QCOMPARE(QApplication::focusWidget(), second.findChild<QWidget *>(u"presetSearch"_s));
        QTest::keySequence(&second, QKeySequence(Qt::CTRL | Qt::Key_3)); // again: it stays
        QVERIFY(second.findChild<QWidget *>(u"presetsDock"_s)->isVisible());
    }

    void editMenuFollowsTheFocusedField()
    {
        const auto windowOwned = PurgeDesk::Test::makeWindow();
        MainWindow &window = *windowOwned;
        auto *purgePage = window.findChild<QWidget *>(u"purgePage"_s); // the Purge tab
        QVERIFY(purgePage && purgePage->layout());
        auto *field = new QLineEdit(purgePage);
        field->setObjectName(u"probeField"_s);
        purgePage->layout()->addWidget(field);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *copy = action(window, "actionCopy");
        QAction *cut = action(window, "actionCut");
        QAction *selectAll = action(window, "actionSelectAll");
        QAction *undo = action(window, "actionUndo");

        // No text field has focus: nothing to edit.
        QVERIFY(!copy->isEnabled());
        QVERIFY(!selectAll->isEnabled());

        window.activateWindow();
        field->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QTest::keyClicks(field, u"zone.example"_s);
        QVERIFY(undo->isEnabled());
        QVERIFY(selectAll->isEnabled());
        QVERIFY(!copy->isEnabled());

        selectAll->trigger();
        QCOMPARE(field->selectedText(), u"zone.example"_s);
        QVERIFY(copy->isEnabled());
        QVERIFY(cut->isEnabled());

        cut->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"zone.example"_s);
        QCOMPARE(field->text(), QString());
        QVERIFY(!copy->isEnabled());

        undo->trigger();
        QCOMPARE(field->text(), u"zone.example"_s);

        // A masked field never gives its text to the clipboard.
        field->setEchoMode(QLineEdit::Password);
        field->selectAll();
        QVERIFY(!copy->isEnabled());
        QVERIFY(!cut->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
