// The main window from the keyboard: where the focus is at launch and after the page shortcuts,
// the tab order, and the ring that shows the focus. Typing goes where the focus is, as a user's
// keys would.

#include "storage/appfiles.h"
#include "testsupport.h"
#include "ui/common/focusring.h"
#include "ui/common/uiresources.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow.h"
#include "ui/purge/purgepage.h"
#include "ui/purge/runview.h"
#include "windowtestsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTest>

#include <algorithm>

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

    // Tab from the list walks the whole window, top included, and comes back to the list;
    // Shift+Tab walks the same stops the other way. A group of radio buttons is one stop: its
    // checked button (the arrow keys move within it).
    void tabWalksTheWholeWindowBothWays()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        QTRY_COMPARE(QApplication::focusWidget(), editor);
        QApplication::clipboard()->setText(u"https://example.com/a.js"_s);
        QTest::keySequence(&window, QKeySequence::Paste);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        const auto walk = [editor](Qt::KeyboardModifiers modifiers) {
            QList<QWidget *> stops;
            for (int i = 0; i < 80; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
                QWidget *focus = QApplication::focusWidget();
                if (!focus || focus == editor || stops.contains(focus))
                    break;
                stops << focus;
            }
            return stops;
        };
        const auto names = [](const QList<QWidget *> &stops) {
            QStringList list;
            for (const QWidget *stop : stops)
                list << (stop->objectName().isEmpty() ? QString::fromLatin1(stop->metaObject()->className())
                                                      : stop->objectName());
            return list.join(u", "_s);
        };
        const QList<QWidget *> forward = walk(Qt::NoModifier);
        QVERIFY2(QApplication::focusWidget() == editor, qPrintable(names(forward))); // back in the list
        const auto at = [&forward](const QString &name) {
            for (int i = 0; i < forward.size(); ++i) {
                if (forward.at(i)->objectName() == name)
                    return i;
            }
            return -1;
        };
        int tabBar = -1;
        for (int i = 0; i < forward.size(); ++i) {
            if (qobject_cast<QTabBar *>(forward.at(i)))
                tabBar = i;
        }
        // Down the window from the buttons under the list, round to the top, and down to the list.
        QVERIFY2(at(u"purgeButton"_s) >= 0 && at(u"purgeButton"_s) < at(u"presetSearch"_s), qPrintable(names(forward)));
        QVERIFY2(tabBar > at(u"presetSearch"_s), qPrintable(names(forward)));
        QVERIFY2(at(u"addAccountButton"_s) == tabBar + 1, qPrintable(names(forward)));
        QVERIFY2(at(u"accountCombo"_s) == tabBar + 2, qPrintable(names(forward)));
        QVERIFY2(at(u"zoneCombo"_s) > at(u"accountCombo"_s), qPrintable(names(forward)));
        QVERIFY2(at(u"actionUrls"_s) > at(u"zoneCombo"_s), qPrintable(names(forward)));
        QVERIFY2(at(u"modePurge"_s) == forward.size() - 1, qPrintable(names(forward))); // then the list
        // One stop per group of radio buttons: the checked one.
        for (const QWidget *stop : forward) {
            if (const auto *radio = qobject_cast<const QRadioButton *>(stop))
                QVERIFY2(radio->isChecked(), qPrintable(names(forward)));
        }
        QVERIFY(at(u"actionHosts"_s) < 0 && at(u"modeInvalidate"_s) < 0);

        // Shift+Tab: the same stops, the other way.
        const QList<QWidget *> backward = walk(Qt::ShiftModifier);
        QVERIFY(QApplication::focusWidget() == editor);
        QList<QWidget *> reversed(backward.crbegin(), backward.crend());
        QVERIFY2(reversed == forward, qPrintable(names(forward) + u"\n"_s + names(reversed)));

        // The arrow keys move within a group, and the checked button stays the group's stop.
        child<QRadioButton>(window, u"actionUrls"_s)->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        auto *hosts = child<QRadioButton>(window, u"actionHosts"_s);
        QTRY_COMPARE(QApplication::focusWidget(), hosts);
        QVERIFY(hosts->isChecked());
        editor->setFocus(Qt::TabFocusReason);
        const QList<QWidget *> again = walk(Qt::NoModifier);
        QVERIFY2(again.contains(hosts) && !again.contains(child<QWidget>(window, u"actionUrls"_s)),
            qPrintable(names(again)));
    }

    // The run view is built with the first purge, after the rest of the window: Tab still goes
    // from the form's last control into the run, and from the run on to the Presets panel, as it
    // does when the run view comes with the form.
    void theRunComesBetweenTheFormAndThePresetsInTabOrder()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QVERIFY(!window.findChild<RunView *>());
        PurgeDesk::Test::setList(window, u"https://example.com/a.js"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(PurgeDesk::Test::waitForRun(window));
        auto *run = child<RunView>(window, u"runView"_s);
        QTRY_VERIFY(run->isVisible());
        auto *form = child<QWidget>(window, u"purgeForm"_s);
        auto *presets = child<QWidget>(window, u"presetsPanel"_s);
        // The stops Tab walks from the list, once round.
        auto *editor = child<QWidget>(window, u"listEditor"_s);
        editor->setFocus(Qt::TabFocusReason);
        QList<QWidget *> stops;
        for (int i = 0; i < 80; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            if (!focus || focus == editor || stops.contains(focus))
                break;
            stops << focus;
        }
        QStringList where;
        for (const QWidget *stop : std::as_const(stops))
            where << (run->isAncestorOf(stop)     ? u"run"_s
                    : form->isAncestorOf(stop)    ? u"form"_s
                    : presets->isAncestorOf(stop) ? u"presets"_s
                                                  : u"other"_s);
        const auto firstRun = where.indexOf(u"run"_s);
        const auto lastRun = where.lastIndexOf(u"run"_s);
        QVERIFY2(firstRun > 0, qPrintable(where.join(u", "_s)));
        // The run's stops come together, right after the form's, and the presets right after them.
        QCOMPARE(where.mid(firstRun, lastRun - firstRun + 1).count(u"run"_s), lastRun - firstRun + 1);
        QVERIFY2(where.at(firstRun - 1) == u"form"_s, qPrintable(where.join(u", "_s)));
        // Along the run's row of buttons, Tab goes from left to right.
        const QWidget *copy = child<QWidget>(window, u"copySummaryButton"_s);
        const int rowY = copy->mapTo(&window, QPoint()).y();
        QList<int> rowX;
        for (const QWidget *stop : std::as_const(stops)) {
            const QPoint at = stop->mapTo(&window, QPoint());
            if (run->isAncestorOf(stop) && at.y() == rowY)
                rowX << at.x();
        }
        QVERIFY2(rowX.size() >= 3, qPrintable(QString::number(rowX.size()))); // Requests, Verify Again, Copy Summary
        QVERIFY2(std::is_sorted(rowX.cbegin(), rowX.cend()), qPrintable(where.join(u", "_s)));
        // (A table keeps Tab for its cells: from the Presets panel, Shift+Tab goes back into the run.)
        auto *presetSearch = child<QWidget>(window, u"presetSearch"_s);
        presetSearch->setFocus(Qt::TabFocusReason);
        QTest::keyClick(presetSearch, Qt::Key_Tab, Qt::ShiftModifier);
        QTRY_VERIFY(QApplication::focusWidget() && run->isAncestorOf(QApplication::focusWidget()));
    }

    void theFocusStaysInTheListWhenTheFixButtonGoes()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        auto *fix = child<QPushButton>(window, u"fixButton"_s);
        QApplication::clipboard()->setText(u"/a.js\n/b.css"_s);
        editor->setFocus(Qt::ShortcutFocusReason);
        QTest::keySequence(&window, QKeySequence::Paste);
        QTRY_VERIFY(fix->isVisible());
        // Tab reaches it right after the list; Space applies it; it goes, and the focus is back in
        // the list it fixed.
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), fix);
        QTest::keyClick(fix, Qt::Key_Space);
        QTRY_VERIFY(!fix->isVisible());
        QCOMPARE(QApplication::focusWidget(), editor);
        QCOMPARE(editor->toPlainText(), u"https://example.com/a.js\nhttps://example.com/b.css"_s);
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

    // When the form scrolls (a short screen), the ring stays around the part of the control that
    // shows, and goes when the control scrolls out of sight.
    void theRingFollowsTheFormAsItScrolls()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        FocusRing *ring = window.focusRing();
        auto *area = child<QScrollArea>(window, u"purgeFormArea"_s);
        window.purgePage()->runView()->show();
        auto *splitter = child<QSplitter>(window, u"mainSplitter"_s);
        splitter->setSizes({area->widget()->minimumSizeHint().height() / 2, 1000});
        QTRY_VERIFY(area->verticalScrollBar()->maximum() > 0);
        QScrollBar *bar = area->verticalScrollBar();
        bar->setValue(0);
        auto *account = child<QComboBox>(window, u"accountCombo"_s);
        account->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(ring->target(), account);
        const auto around
            = [&window](QWidget *widget) { return QRect(widget->mapTo(&window, QPoint(0, 0)), widget->size()); };
        QVERIFY(ring->geometry().contains(around(account)));

        // A few pixels down: the ring moves up with the control.
        bar->setValue(8);
        QTRY_VERIFY2(ring->geometry().contains(around(account).intersected(around(area->viewport()))),
            qPrintable(u"ring %1,%2 control %3,%4"_s.arg(ring->geometry().top())
                           .arg(ring->geometry().bottom())
                           .arg(around(account).top())
                           .arg(around(account).bottom())));
        QVERIFY(!ring->geometry().adjusted(0, 8, 0, 0).contains(around(account).intersected(around(area->viewport()))));
        // Scrolled out of sight: no ring over the run view or anything else.
        bar->setValue(bar->maximum());
        QTRY_VERIFY(!ring->isVisible());

        // Focus that lands on a control out of sight (a shortcut, or Tab from elsewhere) scrolls the
        // form to show it, with its ring.
        auto *manage = child<QPushButton>(window, u"manageAccountsButton"_s);
        manage->setFocus(Qt::ShortcutFocusReason);
        QTRY_COMPARE(ring->target(), manage);
        QVERIFY(bar->value() < bar->maximum());
        QCOMPARE(manage->visibleRegion().boundingRect(), manage->rect());
        QVERIFY(ring->isVisible());
        QVERIFY(ring->geometry().contains(around(manage)));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
