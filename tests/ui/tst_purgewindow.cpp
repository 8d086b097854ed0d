// Drives the real main window's purge form against the sandbox: the first run on the built-in
// sandbox, every action in both modes, the list editor, preview, import, zones and settings.
// (tst_purgerun drives runs that go wrong.)
// Assertions are on what the user sees: texts, enabled states, counts.

#include "accounts/connection.h"
#include "accounts/profilestore.h"
#include "accounts/sessionsecrets.h"
#include "history/historystore.h"
#include "purge/runtext.h"
#include "purge/zonedirectory.h"
#include "sandbox/sandboxserver.h"
#include "storage/appfiles.h"
#include "testsupport.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/common/batchtablemodel.h"
#include "ui/common/messagebox.h"
#include "ui/common/messageline.h"
#include "ui/history/historymodels.h"
#include "ui/mainwindow.h"
#include "ui/purge/confirmzonedialog.h"
#include "ui/purge/listeditor.h"
#include "ui/purge/previewdialog.h"
#include "ui/purge/runview.h"
#include "ui/purge/zonechoicedialog.h"
#include "ui/purge/zonepicker.h"
#include "ui/settings/settingsdialog.h"
#include "windowtestsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Gui;
using PurgeDesk::Sandbox::Fault;
using PurgeDesk::Sandbox::FaultKind;
using PurgeDesk::Sandbox::SandboxServer;

namespace {

using PurgeDesk::Test::addProfile;
using PurgeDesk::Test::child;
using PurgeDesk::Test::fastRetries;
using PurgeDesk::Test::setList;
using PurgeDesk::Test::settle;
using PurgeDesk::Test::snapshot;
using PurgeDesk::Test::text;
using PurgeDesk::Test::waitForRun;

} // namespace

class TestPurgeWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    MainWindow &openWindow()
    {
        m_window = PurgeDesk::Test::openWindow(fastRetries());
        return *m_window;
    }

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void init()
    {
        QFile::remove(settingsFilePath());
        QFile::remove(ProfileStore::defaultPath());
        QFile::remove(Purge::ZoneDirectory::defaultPath());
    }

    void cleanup() { m_window.reset(); }

    void firstRunOpensOnTheSandboxWithABanner()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *banner = child<QWidget>(window, u"sandboxBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(text(window, u"bannerText"_s).contains(u"You are exploring a local sandbox"_s));
        QCOMPARE(
            child<QPushButton>(window, u"addAccountButton"_s)->text().remove(u'&'), u"Add Cloudflare Account..."_s);
        QCOMPARE(child<QComboBox>(window, u"accountCombo"_s)->currentText(), u"Sandbox (local, not Cloudflare)"_s);
        QCOMPARE(window.windowTitle(), u"PurgeDesk — Sandbox"_s);
        auto *picker = child<ZonePicker>(window, u"zonePicker"_s);
        QCOMPARE(picker->stateText(), u"5 zones"_s);
        QCOMPARE(picker->currentZone()->name, u"example.com"_s); // preselected in the sandbox
        QCOMPARE(text(window, u"zoneInfoLabel"_s), u"Free plan · active"_s);
        // Nothing to purge yet, and the window says why.
        QVERIFY(!child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        // ... once: the counts line says it, the plan line does not repeat it.
        QVERIFY(text(window, u"countsLabel"_s).contains(u"The list is empty"_s));
        QVERIFY(text(window, u"planLabel"_s).isEmpty());
        QCOMPARE(child<QLabel>(window, u"accountStatus"_s)->text(), u"Sandbox on this computer"_s);
        snapshot(window, u"first-run"_s);

        QTest::mouseClick(child<QPushButton>(window, u"addAccountButton"_s), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<AccountsDialog *>() != nullptr);
        window.findChild<AccountsDialog *>()->reject();
    }

    void purgesAListOfUrlsAndRecordsIt()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        editor->setFocus();
        QTest::keyClicks(editor, u"https://example.com/a.js"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, u"https://example.com/b.css"_s);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QCOMPARE(text(window, u"countsLabel"_s), u"2 URLs"_s);
        QCOMPARE(text(window, u"planLabel"_s), u"1 request, under a second on the Free plan"_s);
        auto *purge = child<QPushButton>(window, u"purgeButton"_s);
        QVERIFY(purge->isEnabled());
        QCOMPARE(purge->text(), u"Purge 2 URLs"_s);

        // Ctrl+Return from inside the editor purges (it does not insert a line).
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Return));
        QVERIFY(waitForRun(window));
        QCOMPARE(editor->blockCount(), 2);
        QCOMPARE(text(window, u"runHeadline"_s).left(36), u"Both URLs in example.com were purged"_s);
        // The sandbox is not Cloudflare, and the run says so.
        QCOMPARE(text(window, u"runDetail"_s), u"The sandbox accepted the request; nothing was sent to Cloudflare."_s);
        QAbstractItemModel *table = child<QTableView>(window, u"batchTable"_s)->model();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->index(0, BatchTableModel::Status).data().toString(), u"Done"_s);
        QCOMPARE(table->index(0, BatchTableModel::Items).data().toString(), u"2 (items 1-2)"_s);
        const auto purges = window.context()->connection()->sandbox()->purges();
        QCOMPARE(purges.size(), 1);
        QCOMPARE(table->index(0, BatchTableModel::Result).data().toString(), purges.first().purgeId);
        // A finished, successful run looks finished and successful.
        auto *view = child<RunView>(window, u"runView"_s);
        QCOMPARE(view->look(), RunView::Look::Success);
        QCOMPARE(child<QProgressBar>(window, u"runProgress"_s)->value(), 2);
        QCOMPARE(child<QProgressBar>(window, u"runProgress"_s)->format(), u"2 of 2 purged"_s);
        QCOMPARE(purges.first().items, (QStringList {u"https://example.com/a.js"_s, u"https://example.com/b.css"_s}));
        QVERIFY(!child<QPushButton>(window, u"retryFailedButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(window, u"cancelButton"_s)->isEnabled());

        snapshot(window, u"main-window"_s);
        QTest::mouseClick(child<QPushButton>(window, u"copySummaryButton"_s), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains(purges.first().purgeId));

        // The history has the run, from the GUI.
        History::HistoryStore history;
        QString message;
        QVERIFY(history.open(&message));
        const auto runs = history.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().source, Purge::RunSource::gui());
        QCOMPARE(runs.first().zoneName, u"example.com"_s);
    }

    void everyActionInBothModes_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QStringList>("items");
        const QStringList modes {u"purge"_s, u"invalidate"_s};
        for (const QString &mode : modes) {
            QTest::addRow("urls %s", qPrintable(mode))
                << u"actionUrls"_s << mode << u"https://example.org/x\nhttps://example.org/y"_s << u"files"_s
                << QStringList {u"https://example.org/x"_s, u"https://example.org/y"_s};
            QTest::addRow("hosts %s", qPrintable(mode))
                << u"actionHosts"_s << mode << u"www.example.org"_s << u"hosts"_s << QStringList {u"www.example.org"_s};
            QTest::addRow("tags %s", qPrintable(mode)) << u"actionTags"_s << mode << u"product-1\nproduct-2"_s
                                                       << u"tags"_s << QStringList {u"product-1"_s, u"product-2"_s};
            QTest::addRow("prefixes %s", qPrintable(mode)) << u"actionPrefixes"_s << mode << u"example.org/blog/"_s
                                                           << u"prefixes"_s << QStringList {u"example.org/blog/"_s};
            QTest::addRow("everything %s", qPrintable(mode))
                << u"actionEverything"_s << mode << QString() << u"everything"_s << QStringList();
        }
    }

    void everyActionInBothModes()
    {
        QFETCH(QString, button);
        QFETCH(QString, mode);
        QFETCH(QString, list);
        QFETCH(QString, selector);
        QFETCH(QStringList, items);
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        // Business plan: hosts, tags and prefixes are allowed there.
        child<ZonePicker>(window, u"zonePicker"_s)->comboBox()->setCurrentText(u"example.org"_s);
        QTest::mouseClick(child<QRadioButton>(window, button), Qt::LeftButton);
        QTest::mouseClick(
            child<QRadioButton>(window, mode == u"purge"_s ? u"modePurge"_s : u"modeInvalidate"_s), Qt::LeftButton);
        QVERIFY(text(window, u"modeExplanation"_s).startsWith(mode == u"purge"_s ? u"Removes"_s : u"Marks"_s));
        if (!list.isEmpty())
            setList(window, list);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        auto *purge = child<QPushButton>(window, u"purgeButton"_s);
        QVERIFY2(purge->isEnabled(), qPrintable(text(window, u"planLabel"_s)));
        QVERIFY(purge->text().startsWith(mode == u"purge"_s ? u"Purge"_s : u"Invalidate"_s));
        QTest::mouseClick(purge, Qt::LeftButton);

        if (selector == u"everything"_s) {
            // The zone name must be typed before anything is sent.
            ConfirmZoneDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<ConfirmZoneDialog *>()) != nullptr);
            QVERIFY(!dialog->confirmButton()->isEnabled());
            QTest::keyClicks(dialog->nameEdit(), u"example.com"_s);
            QVERIFY(!dialog->confirmButton()->isEnabled()); // not the chosen zone
            dialog->nameEdit()->clear();
            QTest::keyClicks(dialog->nameEdit(), u"example.org"_s);
            QVERIFY(dialog->confirmButton()->isEnabled());
            QVERIFY(window.context()->connection()->sandbox()->purges().isEmpty());
            QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        }
        QVERIFY(waitForRun(window));
        const auto purges = window.context()->connection()->sandbox()->purges();
        QCOMPARE(purges.size(), 1);
        QCOMPARE(purges.first().mode, mode);
        QCOMPARE(purges.first().selector, selector);
        QCOMPARE(purges.first().zoneName, u"example.org"_s);
        QCOMPARE(purges.first().items, items);
        QVERIFY(text(window, u"runHeadline"_s).contains(mode == u"purge"_s ? u"purged"_s : u"invalidated"_s));
    }

    void theEditorMarksLinesAndCleansUp()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        setList(
            window, u"https://example.com/a\n  https://example.com/a  \n/relative\n\nhttps://elsewhere.example/b\n"_s);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QCOMPARE(text(window, u"countsLabel"_s), u"1 URL, 2 errors, 1 duplicate removed · F8 goes to the next error"_s);
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        QVERIFY(editor->lineToolTip(1).isEmpty());
        QVERIFY(editor->lineToolTip(2).contains(u"repeats line 1"_s));
        QVERIFY(editor->lineToolTip(3).startsWith(u"Line 3 cannot be purged:"_s));
        // A host in no zone of the account is an error: it would be accepted and nothing removed.
        QVERIFY2(editor->lineToolTip(5).contains(
                     u"elsewhere.example is not in any zone of this account: nothing is sent for it."_s),
            qPrintable(editor->lineToolTip(5)));
        QVERIFY(!child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QCOMPARE(text(window, u"planLabel"_s), u"Fix or remove the 2 lines marked as errors to purge."_s);
        snapshot(window, u"invalid-input"_s);
        // The rows above the list keep their height: the room left goes to the list.
        auto *picker = child<ZonePicker>(window, u"zonePicker"_s);
        QVERIFY2(picker->height() <= picker->sizeHint().height() + 2, qPrintable(QString::number(picker->height())));

        // F8 selects the line with the error, and the reason shows where the keyboard user reads it.
        editor->setFocus();
        QTest::keyClick(&window, Qt::Key_F8);
        QCOMPARE(editor->textCursor().blockNumber(), 2);
        QVERIFY2(text(window, u"noticeLabel"_s).startsWith(u"Line 3 cannot be purged: Relative URL"_s),
            qPrintable(text(window, u"noticeLabel"_s)));

        QTest::mouseClick(child<QPushButton>(window, u"cleanUpButton"_s), Qt::LeftButton);
        QCOMPARE(editor->toPlainText(), u"https://example.com/a\n/relative\nhttps://elsewhere.example/b"_s);
        QVERIFY(text(window, u"noticeLabel"_s)
                    .startsWith(u"Cleaned up: 1 duplicate line and 2 blank lines removed, 1 line trimmed."_s));
        // Clean-up never drops a line with an error: the user decides. Undo brings everything back.
        editor->undo();
        QVERIFY(editor->toPlainText().contains(u"  https://example.com/a  "_s));
    }

    void aListAcrossZonesGoesToEachZone()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QCOMPARE(child<ZonePicker>(window, u"zonePicker"_s)->currentZone()->name, u"example.com"_s);
        // With example.com chosen, URLs of two other zones of the account (one in upper case, one on
        // a subdomain) and a host in none of them.
        setList(window,
            u"https://example.com/a.js\nhttps://EXAMPLE.NET/b.js\nhttps://www.example.net/c.js\n"
            u"https://shop.example/d.js\nhttps://example.com/e.js\nhttps://example.invalid/f.js"_s);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        QVERIFY2(editor->lineToolTip(6).contains(u"example.invalid is not in any zone of this account"_s),
            qPrintable(editor->lineToolTip(6)));
        auto *purge = child<QPushButton>(window, u"purgeButton"_s);
        QVERIFY(!purge->isEnabled()); // never sent anywhere

        editor->selectAll();
        setList(window,
            u"https://example.com/a.js\nhttps://EXAMPLE.NET/b.js\nhttps://www.example.net/c.js\n"
            u"https://shop.example/d.js\nhttps://example.com/e.js"_s);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QVERIFY2(purge->isEnabled(), qPrintable(text(window, u"planLabel"_s)));
        QCOMPARE(purge->text(), u"Purge 5 URLs in 3 Zones"_s);
        QVERIFY2(text(window, u"planLabel"_s)
                     .startsWith(
                         u"5 URLs in 3 zones: example.com 2 \u00b7 example.net 2 \u00b7 shop.example 1; 3 requests"_s),
            qPrintable(text(window, u"planLabel"_s)));
        QTest::mouseClick(purge, Qt::LeftButton);
        QVERIFY(waitForRun(window));

        // Each zone got exactly its own items, once.
        const auto purges = window.context()->connection()->sandbox()->purges();
        QCOMPARE(purges.size(), 3);
        QMap<QString, QStringList> byZone;
        for (const auto &purge : purges)
            byZone[purge.zoneName] += purge.items;
        QCOMPARE(byZone.value(u"example.com"_s),
            (QStringList {u"https://example.com/a.js"_s, u"https://example.com/e.js"_s}));
        QCOMPARE(byZone.value(u"example.net"_s),
            (QStringList {u"https://example.net/b.js"_s, u"https://www.example.net/c.js"_s}));
        QCOMPARE(byZone.value(u"shop.example"_s), QStringList {u"https://shop.example/d.js"_s});
        QVERIFY2(text(window, u"runHeadline"_s).startsWith(u"All 5 URLs in 3 zones were purged ("_s),
            qPrintable(text(window, u"runHeadline"_s)));
        QVERIFY2(text(window, u"runDetail"_s)
                     .contains(u"example.com: 2 purged \u00b7 example.net: 2 purged \u00b7 shop.example: 1 purged"_s),
            qPrintable(text(window, u"runDetail"_s)));
    }

    void tagsGoToEveryZoneTicked()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *more = child<QPushButton>(window, u"moreZonesButton"_s);
        QVERIFY(!more->isVisible()); // URLs find their own zones
        QTest::mouseClick(child<QRadioButton>(window, u"actionTags"_s), Qt::LeftButton);
        QVERIFY(more->isVisible());
        setList(window, u"product-1\nproduct-2"_s);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QCOMPARE(child<QPushButton>(window, u"purgeButton"_s)->text(), u"Purge 2 tags"_s);

        QTest::mouseClick(more, Qt::LeftButton);
        ZoneChoiceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ZoneChoiceDialog *>()) != nullptr);
        QListWidget *list = dialog->list();
        QStringList offered;
        for (int row = 0; row < list->count(); ++row)
            offered << list->item(row)->text();
        QVERIFY(!offered.contains(u"example.com"_s)); // the chosen zone is always in
        QTest::keyClicks(dialog->filter(), u"net"_s);
        for (int row = 0; row < list->count(); ++row) {
            QCOMPARE(list->item(row)->isHidden(), list->item(row)->text() != u"example.net"_s);
            if (list->item(row)->text() == u"example.net"_s)
                list->item(row)->setCheckState(Qt::Checked);
        }
        dialog->accept();
        QCOMPARE(more->text(), u"In 1 More Zone..."_s);
        auto *purge = child<QPushButton>(window, u"purgeButton"_s);
        QTRY_COMPARE(purge->text(), u"Purge 2 tags in 2 Zones"_s);
        QVERIFY2(text(window, u"planLabel"_s)
                     .startsWith(u"2 tags in each of 2 zones: example.com, example.net; 2 requests"_s),
            qPrintable(text(window, u"planLabel"_s)));
        QTest::mouseClick(purge, Qt::LeftButton);
        QVERIFY(waitForRun(window));
        const auto purges = window.context()->connection()->sandbox()->purges();
        QCOMPARE(purges.size(), 2);
        QSet<QString> zones;
        for (const auto &record : purges) {
            zones << record.zoneName;
            QCOMPARE(record.selector, u"tags"_s);
            QCOMPARE(record.items, (QStringList {u"product-1"_s, u"product-2"_s}));
        }
        QCOMPARE(zones, (QSet<QString> {u"example.com"_s, u"example.net"_s}));
    }

    void aWildcardListBecomesAPrefixPurge()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        auto *fix = child<QPushButton>(window, u"fixButton"_s);
        const QString typed = u"https://example.com/blog/*\nhttps://example.com/img/logo.png?v=2"_s;
        setList(window, typed);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QVERIFY(editor->lineToolTip(1).contains(u"* is not a wildcard here"_s));
        QVERIFY(fix->isVisible());
        // The whole list switches, not only the wildcard line: the button says so.
        QCOMPARE(fix->text(), u"Purge All 2 URLs as Prefixes"_s);
        QVERIFY(fix->toolTip().contains(u"The other URLs become prefixes too"_s));
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(editor->toPlainText(), u"example.com/blog/\nexample.com/img/logo.png"_s);
        QVERIFY(child<QRadioButton>(window, u"actionPrefixes"_s)->isChecked());
        const QString notice = text(window, u"noticeLabel"_s);
        QVERIFY2(notice.startsWith(u"Purging by prefix: 2 URLs converted"_s), qPrintable(notice));
        // The URL that lost its query now purges more, and the notice says so.
        QVERIFY2(notice.contains(u"1 of them had a query"_s), qPrintable(notice));
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QCOMPARE(text(window, u"countsLabel"_s), u"2 prefixes"_s);
        // One undo takes back the text and the switch to Prefixes; a redo makes both again.
        editor->undo();
        QCOMPARE(editor->toPlainText(), typed);
        QVERIFY(child<QRadioButton>(window, u"actionUrls"_s)->isChecked());
        editor->redo();
        QCOMPARE(editor->toPlainText(), u"example.com/blog/\nexample.com/img/logo.png"_s);
        QVERIFY(child<QRadioButton>(window, u"actionPrefixes"_s)->isChecked());
        editor->undo();
        QVERIFY(child<QRadioButton>(window, u"actionUrls"_s)->isChecked());
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QCOMPARE(fix->text(), u"Purge All 2 URLs as Prefixes"_s);

        // With wildcard lines only, the button names them.
        setList(window, u"https://example.com/blog/*"_s);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QCOMPARE(fix->text(), u"Purge 1 Wildcard Line as Prefixes"_s);
    }

    // A line in a zone of another saved account says which one, and the form offers that account,
    // asking first; the list stays as it is either way.
    void aLineOfAnotherAccountOffersThatAccount()
    {
        SandboxServer server;
        QVERIFY(server.start());
        addProfile(u"Client B"_s, server.baseUrl(), Sandbox::demoToken(), true);
        Cloudflare::Zone theirs;
        theirs.id = u"zb"_s;
        theirs.name = u"client.test"_s;
        Purge::ZoneDirectory().remember(u"Client B"_s, {theirs});
        appSettings().setValue(u"MainWindow/account"_s, Profile::sandboxId()); // the sandbox is in use
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *account = child<QComboBox>(window, u"accountCombo"_s);
        QCOMPARE(account->currentText(), u"Sandbox (local, not Cloudflare)"_s);
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        const QString list = u"https://example.com/a.js\nhttps://www.client.test/b.css\nhttps://elsewhere.test/c"_s;
        setList(window, list);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QVERIFY2(editor->lineToolTip(2).contains(
                     u"www.client.test is in client.test, a zone of the account \u201cClient B\u201d"_s),
            qPrintable(editor->lineToolTip(2)));
        QVERIFY(editor->lineToolTip(3).contains(u"elsewhere.test is not in any zone of this account"_s));
        auto *fix = child<QPushButton>(window, u"fixButton"_s);
        QVERIFY(fix->isVisible());
        QCOMPARE(fix->text(), u"Switch to Client B for 1 Line..."_s);

        MessageBox::setNextAnswer(u"Stay"_s);
        QTest::mouseClick(fix, Qt::LeftButton);
        QStringList asked = MessageBox::takeAsked();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(u"1 line of the list is in zones of the account \u201cClient B\u201d "
                                        "(client.test), not of the sandbox."_s),
            qPrintable(asked.first()));
        QCOMPARE(account->currentText(), u"Sandbox (local, not Cloudflare)"_s);

        MessageBox::setNextAnswer(u"Switch to Client B"_s);
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(MessageBox::takeAsked().size(), 1);
        QCOMPARE(account->currentText(), u"Client B"_s);
        QCOMPARE(editor->toPlainText(), list); // nothing lost
    }

    void aRelativeUrlIsFixedWithTheZoneInOneClick()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        auto *fix = child<QPushButton>(window, u"fixButton"_s);
        setList(window, u"/a.js\nhttps://example.com/b.js\n/img/c.png"_s);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QVERIFY(fix->isVisible());
        QCOMPARE(fix->text(), u"Add https://example.com to 2 Lines"_s);
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(editor->toPlainText(),
            u"https://example.com/a.js\nhttps://example.com/b.js\nhttps://example.com/img/c.png"_s);
        QCOMPARE(text(window, u"noticeLabel"_s),
            u"Added https://example.com to 2 relative URLs. Undo (Ctrl+Z) takes it back."_s);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QCOMPARE(text(window, u"countsLabel"_s), u"3 URLs"_s);
        QVERIFY(!fix->isVisible());
        QVERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        editor->undo();
        QCOMPARE(editor->toPlainText(), u"/a.js\nhttps://example.com/b.js\n/img/c.png"_s);
    }

    void switchingUrlsToHostnamesOrPrefixesOffersToConvertThem()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        child<ZonePicker>(window, u"zonePicker"_s)->comboBox()->setCurrentText(u"example.org"_s);
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        auto *fix = child<QPushButton>(window, u"fixButton"_s);
        const QString urls = u"https://www.example.org/a.js\nhttps://www.example.org/blog/?page=2\n"
                             "https://cdn.example.org/c.png"_s;
        setList(window, urls);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QVERIFY(!fix->isVisible()); // URLs are what Purge by URLs takes
        QTest::mouseClick(child<QRadioButton>(window, u"actionHosts"_s), Qt::LeftButton);
        QTRY_VERIFY(fix->isVisible());
        QCOMPARE(fix->text(), u"Convert 3 URLs to Hostnames"_s);
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(editor->toPlainText(), u"www.example.org\ncdn.example.org"_s);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QCOMPARE(text(window, u"countsLabel"_s), u"2 hostnames"_s);
        QVERIFY(!fix->isVisible());

        editor->undo();
        QCOMPARE(editor->toPlainText(), urls);
        QTest::mouseClick(child<QRadioButton>(window, u"actionPrefixes"_s), Qt::LeftButton);
        QTRY_VERIFY(fix->isVisible());
        QCOMPARE(fix->text(), u"Convert 3 URLs to Prefixes"_s);
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(editor->toPlainText(), u"www.example.org/a.js\nwww.example.org/blog/\ncdn.example.org/c.png"_s);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QCOMPARE(text(window, u"countsLabel"_s), u"3 prefixes"_s);

        // One URL: the singular (a plain https:// URL would simply be read as a prefix).
        QTest::mouseClick(child<QRadioButton>(window, u"actionUrls"_s), Qt::LeftButton);
        setList(window, u"https://www.example.org/blog/?page=2"_s); // a query: not a prefix as it is
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QTest::mouseClick(child<QRadioButton>(window, u"actionPrefixes"_s), Qt::LeftButton);
        QTRY_VERIFY(fix->isVisible());
        QCOMPARE(fix->text(), u"Convert 1 URL to a Prefix"_s);
        QTest::mouseClick(child<QRadioButton>(window, u"actionHosts"_s), Qt::LeftButton);
        QTRY_COMPARE(fix->text(), u"Convert 1 URL to a Hostname"_s);
    }

    void aHundredThousandLinesKeepTheWindowResponsive()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QStringList lines;
        for (int i = 0; i < 100000; ++i)
            lines << u"https://example.com/assets/file-%1.js"_s.arg(i);
        int ticksWhileValidating = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (PurgeDesk::Test::isValidating(window))
                ++ticksWhileValidating;
        });
        ticker.start(5);
        setList(window, lines.join(u'\n'));
        QVERIFY(PurgeDesk::Test::isValidating(window));
        QCOMPARE(text(window, u"countsLabel"_s), u"Checking the list..."_s);
        QVERIFY(!child<QPushButton>(window, u"purgeButton"_s)->isEnabled()); // not before the list is checked
        QTRY_VERIFY_WITH_TIMEOUT(!PurgeDesk::Test::isValidating(window), 60000);
        // The event loop kept running while the list was checked on a worker thread.
        QVERIFY(ticksWhileValidating > 0);
        QCOMPARE(text(window, u"countsLabel"_s), u"100,000 URLs"_s);
        QCOMPARE(child<QPushButton>(window, u"purgeButton"_s)->text(), u"Purge 100,000 URLs"_s);
        QVERIFY(text(window, u"planLabel"_s).startsWith(u"1,000 requests, about"_s));
    }

    void aLongPasteOverALongListIsOneUndoStep()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        const auto urls = [](const QString &variant) {
            QStringList lines;
            for (int i = 0; i < 30000; ++i)
                lines << u"https://example.com/%1/%2.js"_s.arg(variant).arg(i);
            return lines.join(u'\n');
        };
        const QString first = urls(u"first"_s);
        setList(window, first);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isReplacing(), 30000);
        QCOMPARE(editor->toPlainText(), first);
        // Over it, another long list: it goes in a chunk at a time, the editor read-only meanwhile.
        const QString second = urls(u"second"_s);
        setList(window, second);
        QVERIFY(editor->isReplacing());
        QVERIFY(editor->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isReplacing(), 30000);
        QVERIFY(!editor->isReadOnly());
        QCOMPARE(editor->toPlainText(), second);
        QCOMPARE(editor->blockCount(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!PurgeDesk::Test::isValidating(window), 60000);
        QCOMPARE(text(window, u"countsLabel"_s), u"30,000 URLs"_s);
        // One Ctrl+Z brings back the whole list before.
        editor->undo();
        QCOMPARE(editor->toPlainText(), first);
    }

    void previewShowsTheRequestsAndCopiesCurlWithoutTheSecret()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        setList(window, u"https://example.com/a\nhttps://example.com/b  CF-Device-Type: mobile"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"previewButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"previewButton"_s), Qt::LeftButton);
        PreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<PreviewDialog *>()) != nullptr);
        QVERIFY(dialog->shownBody().contains(u"\"CF-Device-Type\": \"mobile\""_s));
        QVERIFY(dialog->shownBody().contains(u"https://example.com/a"_s));
        QTest::mouseClick(child<QPushButton>(*dialog, u"copyCurlButton"_s), Qt::LeftButton);
        const QString curl = QApplication::clipboard()->text();
        QVERIFY(curl.startsWith(u"curl"_s));
        QVERIFY(curl.contains(u"$CLOUDFLARE_API_TOKEN"_s));
        QVERIFY(!curl.contains(Sandbox::demoToken()));
        QVERIFY(window.context()->connection()->sandbox()->purges().isEmpty()); // a preview sends nothing
        dialog->reject();
    }

    void previewCopiesAndPurges()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        setList(window, u"https://example.com/a"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"previewButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"previewButton"_s), Qt::LeftButton);
        PreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<PreviewDialog *>()) != nullptr);
        QCOMPARE(child<QListWidget>(*dialog, u"previewRequestList"_s)->item(0)->text(), u"Request 1 · 1 item"_s);
        // Copy as curl says it copied.
        auto *copy = child<QPushButton>(*dialog, u"copyCurlButton"_s);
        auto *purge = child<QPushButton>(*dialog, u"previewPurgeButton"_s);
        const QRect purgeBefore = purge->geometry();
        const QString label = copy->text();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(copy->text(), u"Copied"_s);
        QVERIFY(QApplication::clipboard()->text().startsWith(u"curl"_s));
        // The shorter word does not move the buttons beside it (Purge) under the pointer.
        QTest::qWait(50);
        QApplication::processEvents();
        QCOMPARE(purge->geometry(), purgeBefore);
        // Clicked again while it says "Copied", it still comes back to its own label.
        QTest::mouseClick(copy, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(copy->text(), label, 5000);
        // Its Purge button says what the form's says, and sends the requests previewed.
        QCOMPARE(purge->text(), u"Purge 1 URL"_s);
        QVERIFY(!purge->isDefault()); // Enter closes the preview, never purges
        QTest::mouseClick(purge, Qt::LeftButton);
        QTRY_VERIFY(
            window.findChild<PreviewDialog *>() == nullptr || !window.findChild<PreviewDialog *>()->isVisible());
        QVERIFY(waitForRun(window));
        QCOMPARE(window.context()->connection()->sandbox()->purges().size(), 1);
        QCOMPARE(window.context()->connection()->sandbox()->purges().first().items,
            QStringList {u"https://example.com/a"_s});
    }

    void messagesNeverMoveTheList()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        auto *purge = child<QPushButton>(window, u"purgeButton"_s);
        const auto where
            = [&window](QWidget *widget) { return QRect(widget->mapTo(&window, QPoint(0, 0)), widget->size()); };
        setList(window, u"https://example.com/a\nhttps://example.com/a\n\n"_s);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        const QRect list = where(editor);
        const QRect button = where(purge);
        auto *notice = child<MessageLine>(window, u"noticeLabel"_s);
        QVERIFY(notice->text().isEmpty());
        QVERIFY(notice->idleText().startsWith(u"One URL per line"_s)); // the hint, while there is no notice
        QTest::mouseClick(child<QPushButton>(window, u"cleanUpButton"_s), Qt::LeftButton);
        QVERIFY(notice->text().startsWith(u"Cleaned up: 1 duplicate line and 2 blank lines removed."_s));
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QCOMPARE(where(editor), list);
        QCOMPARE(where(purge), button);
        // A long problem stays in its two lines; all of it is in the tooltip.
        window.purgePage()->form()->importSource(u"/nowhere/at/all/a-file-name-long-enough-to-need-more-than-two-"
                                                 "lines-in-the-notice-beside-the-import-button-of-the-form.txt"_s);
        QTRY_VERIFY(notice->isProblem());
        QCOMPARE(where(editor), list);
        if (notice->isElided())
            QCOMPARE(notice->toolTip(), notice->text());
        // Editing the list withdraws the notice: the hint is back, nothing moved.
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_End);
        QTest::keyClicks(editor, u"x"_s);
        QTRY_VERIFY(notice->text().isEmpty());
        QCOMPARE(where(editor), list);
    }

    void helpListsTheShortcutsInATable()
    {
        MainWindow &window = openWindow();
        QTest::keyClick(&window, Qt::Key_F1);
        QDialog *help = nullptr;
        QTRY_VERIFY((help = window.findChild<QDialog *>(u"helpBox"_s)) != nullptr);
        const QString text = child<QLabel>(*help, u"helpText"_s)->text();
        QVERIFY(text.contains(u"<table>"_s));
        // One row per shortcut, read from the actions: the keys, then what they do.
        for (const char *name : {"actionImport", "actionPurge", "actionPreview", "actionFocusList", "actionCancelRun",
                 "actionSavePreset", "actionShowHistory"}) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY(action);
            const QString keys = action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped();
            QString what = action->text().remove(u'&');
            if (what.endsWith(u"..."_s))
                what.chop(3);
            QVERIFY2(text.contains(u"<b>"_s + keys) && text.contains(u"<td>"_s + what.toHtmlEscaped() + u"</td>"_s),
                qPrintable(QString::fromLatin1(name)));
        }
        help->close();
    }

    void importsTextCsvSitemapsAndDroppedFiles()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &data) {
            QVERIFY(PurgeDesk::Test::writeFile(dir.filePath(name), data));
        };
        write(u"index.xml"_s,
            "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            "<sitemap><loc>https://example.com/sitemap-1.xml</loc></sitemap>"
            "<sitemap><loc>https://example.com/sitemap-2.xml</loc></sitemap></sitemapindex>");
        write(u"sitemap-1.xml"_s,
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://example.com/1</loc>"
            "</url><url><loc>https://example.com/2</loc></url></urlset>");
        write(u"sitemap-2.xml"_s,
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://example.com/3</loc>"
            "</url></urlset>");
        write(u"pages.csv"_s,
            "title,url\r\n\"Home, sweet\",https://example.com/home\r\nAbout,https://example.com/about\r\n");
        write(u"tags.txt"_s, "tag-a\ntag-b\n");
        write(u"broken.xml"_s, "<urlset><url><loc>https://example.com/x</loc></url>");

        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        window.purgePage()->form()->importSource(dir.filePath(u"index.xml"_s));
        QTRY_COMPARE(editor->toPlainText(), u"https://example.com/1\nhttps://example.com/2\nhttps://example.com/3"_s);
        QTRY_COMPARE(text(window, u"noticeLabel"_s), u"Imported 3 URLs from 2 sitemaps listed in index.xml."_s);

        window.purgePage()->form()->importSource(dir.filePath(u"pages.csv"_s));
        QTRY_VERIFY(editor->toPlainText().endsWith(
            u"https://example.com/3\nhttps://example.com/home\nhttps://example.com/about"_s));
        QTRY_COMPARE(text(window, u"noticeLabel"_s), u"Imported 2 items from pages.csv (url)."_s);

        // A damaged sitemap: said, nothing imported, the list kept.
        const QString before = editor->toPlainText();
        window.purgePage()->form()->importSource(dir.filePath(u"broken.xml"_s));
        QTRY_VERIFY(text(window, u"noticeLabel"_s).contains(u"not well-formed XML"_s));
        QCOMPARE(editor->toPlainText(), before);

        // Dropping (or pasting) a file from a file manager imports it.
        editor->clear();
        QTest::mouseClick(child<QRadioButton>(window, u"actionTags"_s), Qt::LeftButton);
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(dir.filePath(u"tags.txt"_s))});
        QApplication::clipboard()->setMimeData(mime);
        editor->paste();
        QTRY_COMPARE(editor->toPlainText(), u"tag-a\ntag-b"_s);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        QCOMPARE(text(window, u"countsLabel"_s), u"2 tags"_s);
    }

    void aTokenThatCannotListZonesTakesATypedZoneId()
    {
        SandboxServer server;
        QVERIFY(server.start());
        addProfile(u"Purge only"_s, server.baseUrl(), Sandbox::purgeOnlyToken(), false);
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *picker = child<ZonePicker>(window, u"zonePicker"_s);
        QVERIFY(picker->stateText().contains(u"cannot list zones"_s));
        QVERIFY(picker->comboBox()->isEnabled());
        QVERIFY(!child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        picker->comboBox()->setFocus();
        QTest::keyClicks(picker->comboBox(), Sandbox::demoConfig().zones.first().id);
        QVERIFY(picker->hasTypedId());
        QTRY_VERIFY(text(window, u"zoneInfoLabel"_s).contains(u"the Free plan's limits are assumed"_s));
        setList(window, u"https://example.com/a"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        // The token cannot read the zone's name: the run names it by its ID.
        QVERIFY(text(window, u"runHeadline"_s)
                    .startsWith(u"The URL in %1 was purged"_s.arg(Sandbox::demoConfig().zones.first().id)));
        QCOMPARE(server.purges().size(), 1);
        // A saved account's purge went to its API (Cloudflare's, as far as the window knows).
        QCOMPARE(text(window, u"runDetail"_s),
            u"Cloudflare accepted the request; the cached copies are removed within seconds."_s);
    }

    void aSecretTheKeychainCannotGiveIsEnteredWhereItFails()
    {
        // An account saved in an earlier session whose secret was kept for that session only: no
        // keychain has it (this test runs with no Secret Service at all).
        SandboxServer server;
        QVERIFY(server.start());
        const Profile saved = addProfile(u"Laptop"_s, server.baseUrl(), Sandbox::demoToken(), true);
        SessionSecrets::instance().remove(saved.id); // as after a restart
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QCOMPARE(child<QComboBox>(window, u"accountCombo"_s)->currentText(), u"Laptop"_s);
        auto *picker = child<ZonePicker>(window, u"zonePicker"_s);
        // Where the zones would be: why, and a field for the token.
        auto *field = child<QLineEdit>(window, u"sessionSecretEdit"_s);
        auto *use = child<QPushButton>(window, u"useSessionSecretButton"_s);
        QTRY_VERIFY(field->isVisible());
        QVERIFY(use->isVisible());
        QVERIFY(!picker->comboBox()->isVisible());
        QVERIFY(!picker->stateText().isEmpty());
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(field->placeholderText().contains(u"for this session"_s));
        QVERIFY(!child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        // Entered there, it is used at once: the zones are listed and purging works. The field
        // goes, and the focus with it goes back to the list (not to whatever follows the field).
        field->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(field, Sandbox::demoToken());
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(picker->stateText(), u"5 zones"_s);
        QVERIFY(!field->isVisible());
        QCOMPARE(window.focusWidget(), child<QWidget>(window, u"listEditor"_s));
        QVERIFY(picker->comboBox()->isVisible());
        QVERIFY(SessionSecrets::instance().contains(saved.id));
        QVERIFY(text(window, u"noticeLabel"_s).contains(u"kept for this session only"_s));
        QVERIFY(picker->selectZone(u"example.com"_s));
        setList(window, u"https://example.com/a"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        SessionSecrets::instance().remove(saved.id);
    }

    void thousandsOfZonesAreSearchableAndTheChoiceIsRemembered()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        Sandbox::generateZones(config, 3000, Plan::Pro);
        SandboxServer server(config);
        QVERIFY(server.start());
        server.setLatency(150, 0);
        addProfile(u"Big account"_s, server.baseUrl(), Sandbox::demoToken(), true);
        {
            MainWindow &window = openWindow();
            auto *loading = child<ZonePicker>(window, u"zonePicker"_s);
            QTRY_VERIFY(loading->stateText().startsWith(u"Loading zones... "_s)); // with progress
            snapshot(window, u"loading-zones"_s);
            QVERIFY(settle(window));
            auto *picker = child<ZonePicker>(window, u"zonePicker"_s);
            QCOMPARE(picker->stateText(), u"3,000 zones"_s);
            QVERIFY(!picker->currentZone()); // many zones: the user chooses
            // Ctrl+F goes to the zone search; typing filters by any part of the name.
            QTest::keySequence(&window, QKeySequence::Find);
            QTRY_VERIFY(picker->comboBox()->hasFocus());
            QTest::keyClicks(picker->comboBox(), u"02999"_s);
            QCompleter *completer = picker->comboBox()->completer();
            QTRY_VERIFY(completer->popup()->isVisible());
            QCOMPARE(completer->completionCount(), 1);
            QCOMPARE(completer->currentCompletion(), u"zone-02999.example"_s);
            QTest::keyClick(completer->popup(), Qt::Key_Down);
            QTest::keyClick(completer->popup(), Qt::Key_Return);
            QTRY_COMPARE(picker->comboBox()->currentText(), u"zone-02999.example"_s);
            QCOMPARE(picker->currentZone()->name, u"zone-02999.example"_s);
            QCOMPARE(text(window, u"zoneInfoLabel"_s), u"Pro plan · active"_s);
            m_window.reset();
        }
        MainWindow &again = openWindow();
        QVERIFY(settle(again));
        QCOMPARE(child<ZonePicker>(again, u"zonePicker"_s)->currentZone()->name, u"zone-02999.example"_s);
    }

    void settingsDialogValidatesAndSaves()
    {
        MainWindow &window = openWindow();
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Comma));
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) != nullptr);
        child<QSpinBox>(*dialog, u"timeoutSpin"_s)->setValue(12);
        QVERIFY(child<QRadioButton>(*dialog, u"keepAllRadio"_s)->isChecked()); // the default keeps every purge
        QVERIFY(!child<QSpinBox>(*dialog, u"keepDaysSpin"_s)->isEnabled());
        child<QRadioButton>(*dialog, u"keepDaysRadio"_s)->setChecked(true);
        QVERIFY(child<QSpinBox>(*dialog, u"keepDaysSpin"_s)->isEnabled());
        child<QSpinBox>(*dialog, u"keepDaysSpin"_s)->setValue(45);
        // Verification: automatically after purges of up to 100 URLs, no warm-up, by default.
        auto *autoVerify = child<QCheckBox>(*dialog, u"autoVerifyCheck"_s);
        auto *autoVerifyUrls = child<QSpinBox>(*dialog, u"autoVerifySpin"_s);
        auto *warm = child<QCheckBox>(*dialog, u"warmCheck"_s);
        QVERIFY(autoVerify->isChecked());
        QCOMPARE(autoVerifyUrls->value(), 100);
        QVERIFY(autoVerifyUrls->isEnabled());
        QVERIFY(!warm->isChecked());
        autoVerify->setChecked(false);
        QVERIFY(!autoVerifyUrls->isEnabled());
        autoVerify->setChecked(true);
        autoVerifyUrls->setValue(250);
        warm->setChecked(true);
        child<QRadioButton>(*dialog, u"proxyManualRadio"_s)->setChecked(true);
        QVERIFY(child<QRadioButton>(*dialog, u"keepDaysRadio"_s)->isChecked()); // a separate choice
        dialog->accept();
        QVERIFY(dialog->isVisible()); // no proxy host: said, not saved
        QCOMPARE(text(*dialog, u"statusLabel"_s), u"Enter the proxy's hostname, or choose another proxy option."_s);
        child<QLineEdit>(*dialog, u"apiBaseEdit"_s)->setText(u"http://gateway.example/client/v4"_s);
        child<QLineEdit>(*dialog, u"proxyHostEdit"_s)->setText(u"proxy.example"_s);
        dialog->accept();
        QVERIFY(dialog->isVisible()); // plain http to a remote host is refused
        QVERIFY(text(*dialog, u"statusLabel"_s).contains(u"https"_s));
        child<QLineEdit>(*dialog, u"apiBaseEdit"_s)->clear();
        dialog->accept();
        QTRY_VERIFY(window.findChild<SettingsDialog *>() == nullptr);
        const NetworkSettings saved = NetworkSettings::load();
        QCOMPARE(saved.timeoutSeconds, 12);
        QCOMPARE(saved.proxy, NetworkSettings::Proxy::Manual);
        QCOMPARE(saved.proxyHost, u"proxy.example"_s);
        QCOMPARE(saved.historyRetentionDays, 45);
        const VerifySettings verify = VerifySettings::load();
        QVERIFY(verify.autoVerify);
        QCOMPARE(verify.autoVerifyMaxUrls, 250);
        QVERIFY(verify.warm);
        QVERIFY(verify.verifiesAutomatically(250));
        QVERIFY(!verify.verifiesAutomatically(251));
        // In settings.ini, where the next start reads them.
        QCOMPARE(appSettings().value(u"Verify/automaticallyUpToUrls"_s).toInt(), 250);
        QCOMPARE(appSettings().value(u"Verify/warm"_s).toBool(), true);
    }

    void followsADarkPalette()
    {
        const QPalette original = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x20));
        dark.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xd0));
        QApplication::setPalette(dark);
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        setList(window, u"https://example.com/a\n/relative"_s);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        // The banner and the editor take their colours from the palette: light text on dark.
        auto *banner = child<QWidget>(window, u"sandboxBanner"_s);
        const QImage picture = banner->grab().toImage();
        QVERIFY(qGray(picture.pixel(picture.width() - 4, 4)) < 100);
        QCOMPARE(
            child<QLabel>(window, u"bannerText"_s)->palette().color(QPalette::ToolTipText), QColor(0xf0, 0xf0, 0xd0));
        const QImage editor = child<ListEditor>(window, u"listEditor"_s)->viewport()->grab().toImage();
        QVERIFY(qGray(editor.pixel(editor.width() - 4, editor.height() - 4)) < 60);
        snapshot(window, u"dark-palette"_s);
        m_window.reset();
        QApplication::setPalette(original);
    }

    void everyControlHasAnObjectAndAccessibleName()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QStringList missing;
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || qobject_cast<QMenu *>(widget))
                continue;
            if (widget->objectName().isEmpty() || widget->objectName().startsWith(u"qt_"_s))
                continue; // Qt's own internals (scroll bars, line edits inside combo boxes)
            const bool named = !widget->accessibleName().isEmpty() || qobject_cast<QAbstractButton *>(widget);
            if (!named)
                missing << widget->objectName();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        // F1 opens the help.
        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(window.findChild<QWidget *>(u"helpBox"_s) != nullptr);
    }
};

QTEST_MAIN(TestPurgeWindow)
#include "tst_purgewindow.moc"
