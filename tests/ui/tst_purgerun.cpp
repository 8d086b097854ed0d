// Drives runs through the real main window against the sandbox, one error path per error class:
// rate limited, an edge's error page, cancel, an expired token, a missing permission; and checks
// that every surface shows the same numbers for a run. Assertions are on what the user sees.

#include "accounts/connection.h"
#include "history/historystore.h"
#include "purge/runtext.h"
#include "sandbox/sandboxserver.h"
#include "storage/appfiles.h"
#include "testsupport.h"
#include "ui/common/batchtablemodel.h"
#include "ui/history/historymodels.h"
#include "ui/mainwindow.h"
#include "ui/purge/runview.h"
#include "windowtestsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Gui;
using PurgeDesk::Sandbox::Fault;
using PurgeDesk::Sandbox::FaultKind;
using PurgeDesk::Sandbox::SandboxServer;
using PurgeDesk::Test::addProfile;
using PurgeDesk::Test::child;
using PurgeDesk::Test::fastRetries;
using PurgeDesk::Test::setList;
using PurgeDesk::Test::settle;
using PurgeDesk::Test::snapshot;
using PurgeDesk::Test::text;
using PurgeDesk::Test::waitForRun;

class TestPurgeRun final : public QObject
{
    Q_OBJECT

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
    }

    void cleanup()
    {
        m_window.reset();
        PurgeDesk::Test::forgetAccountLimits();
    }

    void rateLimitedRunWaitsAndSendsEverything()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        const Fault burst = PurgeDesk::Test::purgeFault(FaultKind::RateLimited, 1, 1, 2);
        window.context()->connection()->sandbox()->setFaults({burst});
        setList(window, u"https://example.com/a"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            text(window, u"runDetail"_s).startsWith(u"Rate limited by Cloudflare: waiting"_s), 5000);
        QVERIFY(child<QPushButton>(window, u"cancelButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        snapshot(window, u"running-rate-limited"_s);
        QVERIFY(waitForRun(window));
        QVERIFY(text(window, u"runHeadline"_s).startsWith(u"The URL in example.com was purged"_s));
        QVERIFY2(text(window, u"runDetail"_s)
                     .contains(u"Cloudflare answered \u201crate limited\u201d once; that request was sent again."_s),
            qPrintable(text(window, u"runDetail"_s)));
        QVERIFY(child<QLabel>(window, u"rateLimitStatus"_s)->text().contains(u"1 × 429 this session"_s));
    }

    // Server errors that a retry got past are said too, as the history counts them.
    void serverErrorsThatARetryGotPastAreSaid()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        window.context()->connection()->sandbox()->setFaults({PurgeDesk::Test::purgeFault(FaultKind::HtmlError, 1, 1)});
        setList(window, u"https://example.com/a"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        QVERIFY2(text(window, u"runHeadline"_s).startsWith(u"The URL in example.com was purged"_s),
            qPrintable(text(window, u"runHeadline"_s)));
        QVERIFY2(
            text(window, u"runDetail"_s).contains(u"1 retry after a server error, a timeout or a broken connection."_s),
            qPrintable(text(window, u"runDetail"_s)));
    }

    void serverErrorPageFailsClearlyAndRetryFailedRecovers()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        Fault outage;
        outage.endpoint = u"purge_cache"_s;
        outage.kind = FaultKind::HtmlError;
        outage.status = 502;
        outage.share = 1.0;
        window.context()->connection()->sandbox()->setFaults({outage});
        setList(window, u"https://example.com/a\nhttps://example.com/b"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        QCOMPARE(text(window, u"runHeadline"_s), u"Nothing was purged: both URLs failed."_s);
        QVERIFY(text(window, u"runDetail"_s).startsWith(u"Cloudflare is unavailable right now (HTTP 502"_s));
        auto *details = child<QPushButton>(window, u"technicalDetailsButton"_s);
        QVERIFY(details->isVisible());
        QVERIFY(!child<QLabel>(window, u"runTechnical"_s)->isVisible());
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(child<QLabel>(window, u"runTechnical"_s)->isVisible());
        QVERIFY(text(window, u"runTechnical"_s).startsWith(u"Technical details: HTTP 502"_s));
        snapshot(window, u"failed-502"_s);
        QCOMPARE(
            child<QTableView>(window, u"batchTable"_s)->model()->index(0, BatchTableModel::Status).data().toString(),
            u"Failed"_s);
        QCOMPARE(child<RunView>(window, u"runView"_s)->look(), RunView::Look::Error);

        // Cloudflare is back: Retry Failed sends exactly the failed items.
        window.context()->connection()->sandbox()->setFaults({});
        auto *retry = child<QPushButton>(window, u"retryFailedButton"_s);
        QVERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(waitForRun(window));
        QVERIFY(text(window, u"runHeadline"_s).startsWith(u"Both URLs in example.com were purged"_s));
        QCOMPARE(window.context()->connection()->sandbox()->purges().size(), 1);
    }

    void cancelStopsTheRunAndSaysWhatWasNotSent()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        window.context()->connection()->sandbox()->setLatency(300, 0);
        QStringList urls;
        for (int i = 0; i < 2000; ++i)
            urls << u"https://example.com/p/%1"_s.arg(i);
        setList(window, urls.join(u'\n'));
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(
            PurgeDesk::Test::currentRun(window) && PurgeDesk::Test::currentRun(window)->counters().requestsSent > 0);
        QTest::mouseClick(child<QPushButton>(window, u"cancelButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        QVERIFY2(
            text(window, u"runHeadline"_s).startsWith(u"Cancelled: "_s), qPrintable(text(window, u"runHeadline"_s)));
        QVERIFY(text(window, u"runHeadline"_s).contains(u"not sent."_s));
        snapshot(window, u"cancelled"_s);
        QVERIFY(child<QPushButton>(window, u"retryFailedButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        // Not a success: the bar shows what was purged, short of the end, in a warning or error colour.
        auto *bar = child<QProgressBar>(window, u"runProgress"_s);
        const Purge::Counters counters = PurgeDesk::Test::currentRun(window)->counters();
        QVERIFY(counters.notSent > 0);
        QCOMPARE(bar->maximum(), 2000);
        QCOMPARE(bar->value(), counters.done);
        QVERIFY(bar->value() < bar->maximum());
        QCOMPARE(bar->format(), u"%1 of 2,000 purged"_s.arg(QLocale().toString(counters.done)));
        QCOMPARE(child<RunView>(window, u"runView"_s)->look(),
            counters.done > 0 ? RunView::Look::Warning : RunView::Look::Error);
        QVERIFY(bar->palette().color(QPalette::Highlight) != QApplication::palette().color(QPalette::Highlight));
    }

    // What the run view, the status bar, Copy Summary and the History tab say of one run under 429s and
    // a server error are the same numbers, the session's; and the result is marked as the previous
    // purge's as soon as the form changes.
    void everySurfaceShowsTheSameNumbers()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        const Fault limited = PurgeDesk::Test::purgeFault(FaultKind::RateLimited, 1, 2, 1);
        const Fault outage = PurgeDesk::Test::purgeFault(FaultKind::HtmlError, 4, 1);
        window.context()->connection()->sandbox()->setFaults({limited, outage});
        child<QRadioButton>(window, u"actionTags"_s)->setChecked(true);
        QStringList tags;
        for (int i = 0; i < 300; ++i)
            tags << u"tag-%1"_s.arg(i);
        setList(window, tags.join(u'\n'));
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        const Purge::Counters c = PurgeDesk::Test::currentRun(window)->counters();
        QCOMPARE(c.items, 300);
        QCOMPARE(c.done, 300);
        QCOMPARE(c.requestsSent, 3);
        QCOMPARE(c.rateLimited, 2);
        QCOMPARE(c.retries, 3);

        const QString took = Purge::formatElapsed(c.elapsedMs);
        QCOMPARE(text(window, u"runHeadline"_s), u"All 300 tags in example.com were purged (%1)."_s.arg(took));
        QVERIFY(child<QLabel>(window, u"rateLimitStatus"_s)->text().contains(u"2 × 429 this session"_s));
        QTest::mouseClick(child<QPushButton>(window, u"copySummaryButton"_s), Qt::LeftButton);
        QCOMPARE(child<QPushButton>(window, u"copySummaryButton"_s)->text(), u"Copied"_s);
        const QString summary = QApplication::clipboard()->text();
        QVERIFY2(summary.contains(u"Items: 300 done, 0 failed, 0 not sent, 0 pending of 300"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"\n3 requests, 3 retries, 2 rate limited (429); time: %1"_s.arg(took)),
            qPrintable(summary));

        // The History tab: the same duration, items, and request counts.
        window.showHistoryPage();
        auto *runs = child<QTableView>(window, u"historyRuns"_s);
        QTRY_VERIFY(runs->model()->rowCount() >= 1); // newest first: this run
        QCOMPARE(runs->model()->index(0, RunListModel::Duration).data().toString(), took);
        QCOMPARE(runs->model()->index(0, RunListModel::Items).data().toString(), u"300"_s);
        QCOMPARE(runs->model()->index(0, RunListModel::Outcome).data().toString(), u"Done"_s);
        auto *headline = child<QLabel>(window, u"historyDetailHeadline"_s);
        QTRY_VERIFY(headline->text().startsWith(u"Purge of 300 tags"_s));
        QVERIFY2(headline->text().contains(u"took %1."_s.arg(took)), qPrintable(headline->text()));
        QVERIFY2(headline->text().contains(u" 3 requests, 3 retries, 2 rate limited (429)."_s),
            qPrintable(headline->text()));
        QCOMPARE(child<QTableView>(window, u"historyRequests"_s)->model()->rowCount(), c.requestsPlanned);

        // Changing the form marks the run as the previous one; Retry Failed names what it retries.
        window.showPurgePage();
        auto *stale = child<QLabel>(window, u"runStale"_s);
        QVERIFY(!stale->isVisible());
        auto *runHeadline = child<QLabel>(window, u"runHeadline"_s);
        auto *retry = child<QPushButton>(window, u"retryFailedButton"_s);
        const QString retryText = retry->text();
        const QRect retryBefore(retry->mapTo(&window, QPoint(0, 0)), retry->size());
        const int headlineTop = runHeadline->mapTo(&window, QPoint(0, 0)).y();
        setList(window, u"tag-new"_s);
        QVERIFY(stale->isVisible());
        QVERIFY(child<RunView>(window, u"runView"_s)->isStale());
        // The note has its place beside the headline: nothing moves, the button keeps its words.
        QTest::qWait(50);
        QCOMPARE(runHeadline->mapTo(&window, QPoint(0, 0)).y(), headlineTop);
        QCOMPARE(stale->mapTo(&window, QPoint(0, 0)).y(), headlineTop);
        QCOMPARE(retry->text(), retryText);
        QCOMPARE(QRect(retry->mapTo(&window, QPoint(0, 0)), retry->size()), retryBefore);
        QVERIFY(retry->toolTip().contains(u"previous purge"_s));
    }

    void expiredTokenIsExplained()
    {
        SandboxServer server;
        QVERIFY(server.start());
        addProfile(u"Old token"_s, server.baseUrl(), u"sandbox-expired-token"_s, true);
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QCOMPARE(child<QComboBox>(window, u"accountCombo"_s)->currentText(), u"Old token"_s);
        QVERIFY(!child<QWidget>(window, u"sandboxBanner"_s)->isVisible());
        auto *picker = child<ZonePicker>(window, u"zonePicker"_s);
        QVERIFY(picker->stateText().startsWith(u"The zones could not be listed."_s));
        QVERIFY(picker->stateText().contains(u"the token may have expired"_s));
        // The explanation wraps, and all of it is on screen (not cut off after a line).
        auto *state = child<QLabel>(window, u"zoneStateLabel"_s);
        QTRY_VERIFY2(state->height() >= state->heightForWidth(state->width()),
            qPrintable(u"%1 < %2"_s.arg(state->height()).arg(state->heightForWidth(state->width()))));
        QVERIFY(state->heightForWidth(state->width()) > 2 * state->fontMetrics().height());
        snapshot(window, u"zone-list-refused"_s);

        // A zone ID typed by hand: the purge is refused and the run says why.
        picker->comboBox()->setEditText(Sandbox::demoConfig().zones.first().id);
        setList(window, u"https://example.com/a"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        QVERIFY(text(window, u"runHeadline"_s).startsWith(u"Cloudflare refused the credentials"_s));
        QVERIFY(text(window, u"runDetail"_s).contains(u"the token may have expired or been revoked"_s));
        QTest::mouseClick(child<QPushButton>(window, u"technicalDetailsButton"_s), Qt::LeftButton);
        QVERIFY(text(window, u"runTechnical"_s).contains(u"HTTP 403; 9109"_s));
        QVERIFY(server.purges().isEmpty());
    }

    void missingPermissionIsExplained()
    {
        SandboxServer server;
        QVERIFY(server.start());
        addProfile(u"Read only"_s, server.baseUrl(), u"sandbox-read-only-token"_s, true);
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *picker = child<ZonePicker>(window, u"zonePicker"_s);
        QCOMPARE(picker->stateText(), u"5 zones"_s);
        picker->comboBox()->setCurrentText(u"example.net"_s);
        setList(window, u"https://example.net/a"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        QVERIFY(text(window, u"runDetail"_s).contains(u"The token lacks a permission"_s));
        QVERIFY(text(window, u"runDetail"_s).contains(u"Zone > Cache Purge > Purge"_s));
        snapshot(window, u"missing-permission"_s);
    }
};

QTEST_MAIN(TestPurgeRun)
#include "tst_purgerun.moc"
