// The zone picker in the real main window, against the sandbox: long names beside the plan and
// status, what a search says, Escape, and the pinned and recent zones on top of a long list.

#include "accounts/connection.h"
#include "sandbox/sandboxserver.h"
#include "storage/appfiles.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/purge/zonepicker.h"
#include "windowtestsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Gui;
using PurgeDesk::Sandbox::SandboxServer;
using PurgeDesk::Test::addProfile;
using PurgeDesk::Test::child;
using PurgeDesk::Test::setList;
using PurgeDesk::Test::settle;
using PurgeDesk::Test::text;
using PurgeDesk::Test::waitForRun;

namespace {
const QString kLongName = u"a-very-long-zone-name-for-the-marketing-campaign-of-the-year.example-company.com"_s;
} // namespace

class TestZonePicker final : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    MainWindow &openWindow()
    {
        m_window = PurgeDesk::Test::openWindow(PurgeDesk::Test::oneAttempt());
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("window not active");
        return *m_window;
    }

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void init()
    {
        QFile::remove(settingsFilePath());
        QFile::remove(ProfileStore::defaultPath());
    }

    void cleanup() { m_window.reset(); }

    void longNamesStopBeforeThePlanAndStatus()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        Sandbox::Zone zone;
        zone.name = kLongName;
        zone.id = QString(32, u'a');
        zone.accountId = config.accounts.first().id;
        zone.plan = Plan::Enterprise;
        config.zones.append(zone);
        SandboxServer server(config);
        QVERIFY(server.start());
        addProfile(u"Long names"_s, server.baseUrl(), Sandbox::demoToken(), true);
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *picker = child<ZonePicker>(window, u"zonePicker"_s);
        QComboBox *combo = picker->comboBox();
        combo->showPopup();
        QAbstractItemView *view = combo->view();
        QTRY_VERIFY(view->isVisible());
        const int row = combo->findText(kLongName);
        QVERIFY(row >= 0);
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        const QString detail = u"Enterprise plan · active"_s;
        const ZonePicker::RowLayout layout = ZonePicker::layoutRow(view->fontMetrics(), rect, kLongName, detail);
        // The name is cut short with "…" and ends before the plan and status begin, which are whole.
        QVERIFY(layout.name.endsWith(u'\u2026'));
        QVERIFY(layout.nameRect.right() < layout.detailRect.left());
        QVERIFY(view->fontMetrics().horizontalAdvance(layout.name) <= layout.nameRect.width());
        QVERIFY(view->fontMetrics().horizontalAdvance(detail) <= layout.detailRect.width());
        QVERIFY(rect.contains(layout.detailRect));
        combo->hidePopup();
    }

    void aSearchSaysWhatMatches()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *picker = child<ZonePicker>(window, u"zonePicker"_s);
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_VERIFY(picker->comboBox()->hasFocus());
        QTest::keyClicks(picker->comboBox(), u"net"_s);
        QCompleter *completer = picker->comboBox()->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        // Beside a list offering example.net, the picker does not say "no zone matches".
        QCOMPARE(text(window, u"zoneInfoLabel"_s), u"1 zone matches “net”: choose it"_s);
        QTest::keyClicks(completer->popup(), u"q"_s);
        QTRY_COMPARE(text(window, u"zoneInfoLabel"_s), u"No zone matches “netq”"_s);
    }

    void escapeBringsBackTheZoneChosenBefore()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *picker = child<ZonePicker>(window, u"zonePicker"_s);
        QCOMPARE(picker->currentZone()->name, u"example.com"_s);
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_VERIFY(picker->comboBox()->hasFocus());
        QTest::keyClicks(picker->comboBox(), u"org"_s);
        QCompleter *completer = picker->comboBox()->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QVERIFY(!picker->currentZone());
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
        QTRY_VERIFY(!completer->popup()->isVisible());
        QCOMPARE(picker->comboBox()->currentText(), u"example.com"_s);
        QCOMPARE(picker->currentZone()->name, u"example.com"_s);
        QCOMPARE(text(window, u"zoneInfoLabel"_s), u"Free plan · active"_s);
        // Without the popup too: typing a name that lists nothing, then Escape.
        QTest::keyClicks(picker->comboBox(), u"nothing-like-it"_s);
        QTRY_VERIFY(!picker->currentZone());
        QTRY_VERIFY(!completer->popup()->isVisible()); // nothing matches: no popup (it may close late)
        QTest::keyClick(picker->comboBox()->lineEdit(), Qt::Key_Escape); // where the typing goes
        QTRY_VERIFY(picker->currentZone());
        QCOMPARE(picker->currentZone()->name, u"example.com"_s);
    }

    void pinnedAndRecentZonesComeFirst()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        Sandbox::generateZones(config, 3000, Plan::Pro);
        SandboxServer server(config);
        QVERIFY(server.start());
        addProfile(u"Big account"_s, server.baseUrl(), Sandbox::demoToken(), true);
        {
            MainWindow &window = openWindow();
            QVERIFY(settle(window));
            auto *picker = child<ZonePicker>(window, u"zonePicker"_s);
            QCOMPARE(picker->favouriteRows(), 0);
            // A purge in zone-02999 makes it a recent zone.
            QVERIFY(picker->selectZone(u"zone-02999.example"_s));
            setList(window, u"https://zone-02999.example/a.js"_s);
            QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
            QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
            QVERIFY(waitForRun(window));
            // zone-00042 is pinned with the star beside the list.
            QVERIFY(picker->selectZone(u"zone-00042.example"_s));
            auto *pin = child<QToolButton>(window, u"pinZoneButton"_s);
            QVERIFY(pin->isVisible());
            QVERIFY(!pin->isChecked());
            QTest::mouseClick(pin, Qt::LeftButton);
            QVERIFY(pin->isChecked());
            QCOMPARE(picker->currentZone()->name, u"zone-00042.example"_s); // the choice stays
            m_window.reset();
        }
        MainWindow &again = openWindow();
        QVERIFY(settle(again));
        auto *picker = child<ZonePicker>(again, u"zonePicker"_s);
        QComboBox *combo = picker->comboBox();
        // Pinned first, then the recent one, a separator, then every zone.
        QCOMPARE(picker->favouriteRows(), 3);
        QCOMPARE(combo->itemText(0), u"zone-00042.example"_s);
        QCOMPARE(combo->itemText(1), u"zone-02999.example"_s);
        QCOMPARE(combo->itemText(3), u"zone-00001.example"_s);
        QCOMPARE(combo->count(), 3003);
        // Chosen from the top, it is the same zone; a search offers each zone once.
        combo->setCurrentIndex(1);
        QCOMPARE(picker->currentZone()->name, u"zone-02999.example"_s);
        QVERIFY(!child<QToolButton>(again, u"pinZoneButton"_s)->isChecked());
        QTest::keySequence(&again, QKeySequence::Find);
        QTRY_VERIFY(combo->hasFocus());
        QTest::keyClicks(combo, u"00042"_s);
        QTRY_VERIFY(combo->completer()->popup()->isVisible());
        QCOMPARE(combo->completer()->completionCount(), 1);
    }
};

QTEST_MAIN(TestZonePicker)
#include "tst_zonepicker.moc"
