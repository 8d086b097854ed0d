// The main window from the keyboard: where the focus is at launch and after the page shortcuts,
// the tab order, and the ring that shows the focus. Typing goes where the focus is, as a user's
// keys would.

#include "storage/appfiles.h"
#include "testsupport.h"
#include "ui/common/focusring.h"
#include "ui/common/uiresources.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow.h"
#include "windowtestsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Gui;
using PurgeDesk::Test::child;
using PurgeDesk::Test::settle;

namespace {

// Types into whatever has the keyboard focus, as a user's keys would.
void typeText(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

} // namespace

class TestKeyboard final : public QObject
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

    void theListHasTheFocusAtLaunch()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        QTRY_COMPARE(QApplication::focusWidget(), editor);
        // Ctrl+V straight after opening pastes into the list.
        QApplication::clipboard()->setText(u"https://example.com/pasted.js"_s);
        QTest::keySequence(&window, QKeySequence::Paste);
        QCOMPARE(editor->toPlainText(), u"https://example.com/pasted.js"_s);
    }

    void pageShortcutsLandInTheList()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        auto *picker = child<ZonePicker>(window, u"zonePicker"_s);
        QCOMPARE(picker->currentZone()->name, u"example.com"_s);

        // From the zone search, over to History and back with Ctrl+1: typing goes into the list
        // and the zone stays.
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_VERIFY(picker->comboBox()->hasFocus());
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_H));
        QTRY_VERIFY(window.historyPanel()->isVisible());
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
        QTRY_COMPARE(QApplication::focusWidget(), editor);
        typeText(u"https://example.com/typed"_s);
        QCOMPARE(editor->toPlainText(), u"https://example.com/typed"_s);
        QCOMPARE(picker->currentZone()->name, u"example.com"_s);

        // Ctrl+L reaches the list from anywhere, History included.
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_VERIFY(picker->comboBox()->hasFocus());
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_L));
        QTRY_COMPARE(QApplication::focusWidget(), editor);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_H));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_L));
        QTRY_COMPARE(QApplication::focusWidget(), editor);
        QVERIFY(editor->isVisible());
    }

    void theBannerButtonComesFirstInTabOrder()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *banner = child<QPushButton>(window, u"addAccountButton"_s);
        QVERIFY(banner->isVisible());
        banner->setFocus(Qt::TabFocusReason);
        // Tab walks down the form: the banner's button, the account, ... Clean Up comes later.
        QStringList order;
        for (int i = 0; i < 16; ++i) {
            order << QApplication::focusWidget()->objectName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const auto at = [&order](const char *name) { return order.indexOf(QString::fromLatin1(name)); };
        QVERIFY2(at("addAccountButton") == 0 && at("accountCombo") == 1, qPrintable(order.join(u", "_s)));
        QVERIFY2(at("cleanUpButton") > at("accountCombo"), qPrintable(order.join(u", "_s)));
        QVERIFY2(at("listEditor") > at("zoneCombo"), qPrintable(order.join(u", "_s)));
    }

    void aRingShowsWhereTheFocusIs()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        FocusRing *ring = window.focusRing();
        auto *manage = child<QPushButton>(window, u"manageAccountsButton"_s);
        child<QComboBox>(window, u"accountCombo"_s)->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), manage);
        QTRY_COMPARE(ring->target(), manage);
        // Around the button, in a colour that stands out from the window (3:1).
        const QRect button(manage->mapTo(&window, QPoint(0, 0)), manage->size());
        QVERIFY(ring->geometry().contains(button));
        QVERIFY(!ring->geometry().adjusted(4, 4, -4, -4).contains(button));
        const QColor background = window.palette().color(QPalette::Window);
        QVERIFY(contrastRatio(ring->color(), background) >= 3.0);
        // What is drawn: the ring's colour just outside the button's left edge, at mid-height.
        const QImage shot = window.grab().toImage();
        const qreal scale = shot.devicePixelRatio();
        const QPoint probe((button.left() - 2) * scale, (button.center().y()) * scale);
        const QColor drawn = shot.pixelColor(probe);
        QVERIFY2(contrastRatio(drawn, background) >= 3.0, qPrintable(drawn.name()));

        // A click sets the focus where the user sees it already: no ring.
        QTest::mouseClick(child<QRadioButton>(window, u"actionTags"_s), Qt::LeftButton);
        QTRY_VERIFY(!ring->isVisible());
        // Shortcuts bring it back, around the control they reach.
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_L));
        QTRY_COMPARE(ring->target(), child<QWidget>(window, u"listEditor"_s));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
