#include "settings/verifysettings.h"
#include "storage/appfiles.h"
#include "testsupport.h"
#include "ui/history/historymodels.h"
#include "ui/history/historypanel.h"
#include "ui/purge/runview.h"
#include "ui/purge/verdictmodel.h"
#include "ui/purge/verifyurlsdialog.h"
#include "windowtestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Gui;
using PurgeDesk::Test::child;
using PurgeDesk::Test::setList;
using PurgeDesk::Test::settle;
using PurgeDesk::Test::snapshot;
using PurgeDesk::Test::text;
using PurgeDesk::Test::waitForRun;

// Verify in the window, as a user does it: purge URLs in the built-in sandbox, click Verify (or let
// it verify by itself), read the verdict of each URL and the summary line, warm, and Purge Again.
class TestVerifyRun final : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    // The window on its built-in sandbox, whose edge keeps https://example.com/mobile cached (another
    // cache-key variant).
    MainWindow &openOnTheSandbox()
    {
        m_window = PurgeDesk::Test::openWindow(PurgeDesk::Test::fastRetries());
        if (!settle(*m_window))
            qWarning("the window did not settle");
        if (Sandbox::SandboxServer *sandbox = m_window->context()->connection()->sandbox()) {
            Sandbox::EdgeUrl variant;
            variant.url = u"https://example.com/mobile"_s;
            variant.behaviour = Sandbox::EdgeBehaviour::Variant;
            sandbox->setEdgeUrls({variant});
        }
        return *m_window;
    }

    static QString cell(const QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void init()
    {
        QFile::remove(settingsFilePath());
        QFile::remove(ProfileStore::defaultPath());
        const QString history = History::HistoryStore::defaultPath();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(history + suffix);
    }

    void cleanup() { m_window.reset(); }

    void verifyAfterAUrlPurge()
    {
        // By hand: automatic verification is off.
        VerifySettings settings;
        settings.autoVerify = false;
        settings.save();
        MainWindow &window = openOnTheSandbox();
        window.purgePage()->runView(); // built by the first purge; built now, to hold its buttons
        Sandbox::SandboxServer *sandbox = window.context()->connection()->sandbox();
        QVERIFY(sandbox);

        auto *verifyButton = child<QPushButton>(window, u"verifyButton"_s);
        setList(window, u"https://example.com/a\nhttps://example.com/b\nhttps://example.com/mobile"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        QTRY_VERIFY(verifyButton->isVisible());
        QVERIFY(verifyButton->isEnabled());
        QTest::qWait(100);
        QCOMPARE(sandbox->counters().edgeRequests, 0); // nothing until the click

        auto *table = child<QTableView>(window, u"verdictTable"_s);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(verifyButton, Qt::LeftButton);
        QTRY_VERIFY(!child<RunView>(window, u"runView"_s)->isVerifying());
        QVERIFY2(text(window, u"verifySummary"_s).startsWith(u"2 fresh, 1 still cached"_s),
            qPrintable(text(window, u"verifySummary"_s)));
        QVERIFY(text(window, u"verifySummary"_s).contains(u"sandbox"_s));
        QVERIFY(table->isVisible());
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(cell(model, 0, VerdictModel::Url), u"https://example.com/a"_s);
        QCOMPARE(cell(model, 0, VerdictModel::Verdict), u"fresh"_s);
        QCOMPARE(cell(model, 0, VerdictModel::Answer), u"200 MISS"_s);
        QCOMPARE(cell(model, 1, VerdictModel::Verdict), u"fresh"_s);
        QCOMPARE(cell(model, 2, VerdictModel::Url), u"https://example.com/mobile"_s);
        QCOMPARE(cell(model, 2, VerdictModel::Verdict), u"still cached"_s);
        QVERIFY(cell(model, 2, VerdictModel::Advice).contains(u"cache-key variant"_s));
        QVERIFY(model->index(2, VerdictModel::Verdict).data(Qt::ToolTipRole).toString().contains(u"device type"_s));
        QCOMPARE(verifyButton->text(), u"Verify Again"_s);
        snapshot(window, u"verified"_s);

        // The edge saw three plain GETs: no token, no cookie.
        const QList<Sandbox::EdgeRequest> requests = sandbox->edgeRequests();
        QCOMPARE(requests.size(), 3);
        for (const Sandbox::EdgeRequest &request : requests) {
            QCOMPARE(request.host, u"example.com"_s);
            QVERIFY(!request.headers.contains("authorization"));
            QVERIFY(!request.headers.contains("cookie"));
        }

        // Again: the purged copies were fetched since the purge (HIT, Age 0): still fresh.
        QTest::mouseClick(verifyButton, Qt::LeftButton);
        QTRY_VERIFY(!child<RunView>(window, u"runView"_s)->isVerifying());
        QVERIFY(text(window, u"verifySummary"_s).startsWith(u"2 fresh, 1 still cached"_s));
        QCOMPARE(cell(table->model(), 0, VerdictModel::Answer), u"200 HIT Age 0 s"_s);
        QCOMPARE(sandbox->edgeRequests().size(), 6);

        // A host purge names no URLs: the verdicts of the URL purge are gone, and Verify asks which URLs.
        setList(window, u"www.example.com"_s);
        QTest::mouseClick(child<QRadioButton>(window, u"actionHosts"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(PurgeDesk::Test::currentRun(window)
            && PurgeDesk::Test::currentRun(window)->spec().action == Purge::PurgeAction::Hosts);
        QVERIFY(waitForRun(window));
        QVERIFY(!table->isVisible());
        QVERIFY(verifyButton->isVisible());
        QCOMPARE(verifyButton->text(), u"Verify URLs..."_s);
    }

    // After a purge that names no URLs (here hostnames), Verify URLs... asks which URLs to check,
    // starting with each hostname's home page; a line that is not a URL is named and nothing typed
    // is lost; the verdicts read as after a URL purge, and Purge Again purges the still-cached URL
    // as a URL in its zone. The list is offered again next time.
    void verifyListedUrlsAfterAHostPurge()
    {
        MainWindow &window = openOnTheSandbox();
        window.purgePage()->runView(); // built by the first purge; built now, to hold its buttons
        Sandbox::SandboxServer *sandbox = window.context()->connection()->sandbox();
        QVERIFY(sandbox);
        auto *verifyButton = child<QPushButton>(window, u"verifyButton"_s);
        setList(window, u"www.example.com"_s);
        QTest::mouseClick(child<QRadioButton>(window, u"actionHosts"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        QTRY_VERIFY(verifyButton->isVisible());
        QTest::qWait(100);
        QCOMPARE(sandbox->counters().edgeRequests, 0); // never by itself: only the user knows the URLs

        // In the dialog: the suggestion, a bad line refused with the text kept, then a good list.
        QString offered, refusedMessage, keptText;
        bool stayedOpen = false;
        const QString listed = u"https://www.example.com/\nhttps://www.example.com/page\nhttps://example.com/other"_s;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<VerifyUrlsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            offered = dialog->editor()->toPlainText();
            dialog->editor()->setPlainText(offered + u"www.example.com/page"_s);
            QTest::mouseClick(child<QPushButton>(*dialog, u"verifyUrlsButton"_s), Qt::LeftButton);
            snapshot(*dialog, u"verify-urls-refused"_s);
            stayedOpen = dialog->isVisible();
            refusedMessage = text(*dialog, u"verifyUrlsMessage"_s);
            keptText = dialog->editor()->toPlainText();
            dialog->editor()->setPlainText(listed);
            QTest::mouseClick(child<QPushButton>(*dialog, u"verifyUrlsButton"_s), Qt::LeftButton);
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::mouseClick(verifyButton, Qt::LeftButton);
        QCOMPARE(offered, u"https://www.example.com/\n"_s);
        QVERIFY(stayedOpen);
        QVERIFY2(refusedMessage.startsWith(u"Line 2, \"www.example.com/page\", is not a web address"_s),
            qPrintable(refusedMessage));
        QCOMPARE(keptText, u"https://www.example.com/\nwww.example.com/page"_s);

        QTRY_VERIFY_WITH_TIMEOUT(!child<RunView>(window, u"runView"_s)->isVerifying(), 20000);
        QVERIFY2(text(window, u"verifySummary"_s).startsWith(u"2 fresh, 1 still cached"_s),
            qPrintable(text(window, u"verifySummary"_s)));
        const QAbstractItemModel *model = child<QTableView>(window, u"verdictTable"_s)->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(cell(model, 1, VerdictModel::Url), u"https://www.example.com/page"_s);
        QCOMPARE(cell(model, 1, VerdictModel::Verdict), u"fresh"_s);
        QCOMPARE(cell(model, 2, VerdictModel::Url), u"https://example.com/other"_s);
        QCOMPARE(cell(model, 2, VerdictModel::Verdict), u"still cached"_s); // its host was not purged
        QCOMPARE(verifyButton->text(), u"Verify Again..."_s);
        snapshot(window, u"verified-listed-urls"_s);

        // The History tab keeps them: the hostname purge's Checked URLs, each with its verdict.
        window.showHistoryPage(); // View > History (the window is not active after the dialog)
        QTRY_VERIFY(window.historyPanel()->isVisible() && !window.historyPanel()->isLoading());
        auto *tabs = child<QTabWidget>(window, u"historyDetailTabs"_s);
        auto *checkedUrls = child<QTableView>(window, u"historyCheckedUrls"_s);
        QTRY_VERIFY(tabs->isTabVisible(2));
        QCOMPARE(tabs->tabText(2), u"Checked URLs (3)"_s);
        QVERIFY2(text(window, u"historyDetailHeadline"_s).endsWith(u": 2 fresh, 1 still cached."_s),
            qPrintable(text(window, u"historyDetailHeadline"_s)));
        tabs->setCurrentIndex(2);
        QCOMPARE(checkedUrls->model()->rowCount(), 3);
        QMap<QString, QString> kept; // URL -> verdict (the history keeps them by URL)
        for (int row = 0; row < 3; ++row)
            kept.insert(cell(checkedUrls->model(), row, VerdictModel::Url),
                cell(checkedUrls->model(), row, VerdictModel::Verdict));
        QCOMPARE(kept,
            (QMap<QString, QString> {{u"https://www.example.com/"_s, u"fresh"_s},
                {u"https://www.example.com/page"_s, u"fresh"_s}, {u"https://example.com/other"_s, u"still cached"_s}}));
        snapshot(window, u"history-checked-urls"_s);
        window.showPurgePage();

        // Verify Again... offers the same list.
        QString offeredAgain;
        QTimer::singleShot(0, this, [&] {
            if (auto *dialog = qobject_cast<VerifyUrlsDialog *>(QApplication::activeModalWidget())) {
                offeredAgain = dialog->editor()->toPlainText();
                dialog->reject();
            }
        });
        QTest::mouseClick(verifyButton, Qt::LeftButton);
        QCOMPARE(offeredAgain, listed + u'\n');
        QVERIFY(!child<RunView>(window, u"runView"_s)->isVerifying());

        // Purge Again: the still-cached URL, as a URL, in the zone it belongs to.
        auto *purgeAgainButton = child<QPushButton>(window, u"purgeAgainButton"_s);
        QVERIFY(purgeAgainButton->isVisible());
        Purge::PurgeSession *hosts = PurgeDesk::Test::currentRun(window);
        MessageBox::setNextAnswer(u"Purge Again"_s);
        QTest::mouseClick(purgeAgainButton, Qt::LeftButton);
        QTRY_VERIFY(PurgeDesk::Test::currentRun(window) != hosts);
        QVERIFY(waitForRun(window));
        QCOMPARE(PurgeDesk::Test::currentRun(window)->spec().action, Purge::PurgeAction::Files);
        QCOMPARE(PurgeDesk::Test::currentRun(window)->spec().zone.name, u"example.com"_s);
        const Sandbox::PurgeRecord record = sandbox->purges().last();
        QCOMPARE(record.selector, u"files"_s);
        QCOMPARE(record.items, QStringList({u"https://example.com/other"_s}));
    }

    // As Settings say by default: a purge of up to 100 URLs is verified by itself. With the warm-up
    // on, the fresh URLs are fetched once more and the summary line says so. Purge Again purges the
    // still-cached URL once more, with its device-type variants, as a new purge that is verified by
    // itself too. Over the limit, nothing starts by itself.
    void autoVerifyWarmAndPurgeAgain()
    {
        VerifySettings settings;
        settings.autoVerifyMaxUrls = 2;
        settings.warm = true;
        settings.save();
        MainWindow &window = openOnTheSandbox();
        window.purgePage()->runView(); // built by the first purge; built now, to hold its buttons
        Sandbox::SandboxServer *sandbox = window.context()->connection()->sandbox();
        QVERIFY(sandbox);
        auto *runView = child<RunView>(window, u"runView"_s);
        auto *verifyButton = child<QPushButton>(window, u"verifyButton"_s);
        auto *purgeAgainButton = child<QPushButton>(window, u"purgeAgainButton"_s);
        const QString list = u"https://example.com/a\nhttps://example.com/b\nhttps://example.com/mobile"_s;

        // Three URLs, over the limit of two: Verify waits for a click.
        setList(window, list);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        QTRY_VERIFY(verifyButton->isVisible());
        QTest::qWait(100);
        QVERIFY(!runView->isVerifying());
        QCOMPARE(sandbox->counters().edgeRequests, 0);
        QVERIFY(!purgeAgainButton->isVisible());

        // Up to three: the same purge is verified and warmed by itself.
        settings.autoVerifyMaxUrls = 3;
        settings.save();
        Purge::PurgeSession *first = PurgeDesk::Test::currentRun(window);
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(PurgeDesk::Test::currentRun(window) != first);
        QVERIFY(waitForRun(window));
        QTRY_VERIFY(sandbox->counters().edgeRequests > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!runView->isVerifying(), 20000);
        const QString summary = text(window, u"verifySummary"_s);
        QVERIFY2(summary.startsWith(u"2 fresh, 1 still cached (the sandbox's edge; nothing was fetched from "
                                    u"Cloudflare). Warmed 2 fresh URLs for the next visitor."_s),
            qPrintable(summary));
        QCOMPARE(verifyButton->text(), u"Verify Again"_s);
        // Three verified, the two fresh ones warmed; nothing carried a credential or a cookie.
        QList<QByteArray> targets;
        for (const Sandbox::EdgeRequest &request : sandbox->edgeRequests()) {
            targets << request.target;
            QVERIFY(!request.headers.contains("authorization"));
            QVERIFY(!request.headers.contains("x-auth-key"));
            QVERIFY(!request.headers.contains("cookie"));
        }
        QCOMPARE(targets.size(), 5);
        QCOMPARE(targets.count("/a"), 2);
        QCOMPARE(targets.count("/b"), 2);
        QCOMPARE(targets.count("/mobile"), 1);
        QVERIFY(purgeAgainButton->isVisible());
        QCOMPARE(purgeAgainButton->text(), u"Purge Again (1 Still Cached)"_s);
        snapshot(window, u"auto-verified-and-warmed"_s);

        // Purge Again, with the device-type variants: a new purge of the one URL, four times.
        const int purgesBefore = int(sandbox->purges().size());
        Purge::PurgeSession *second = PurgeDesk::Test::currentRun(window);
        MessageBox::takeAsked();
        MessageBox::setNextAnswer(u"Purge Again"_s, true);
        QTest::mouseClick(purgeAgainButton, Qt::LeftButton);
        QCOMPARE(MessageBox::takeAsked(), QStringList({u"Purge 1 still-cached URL once more?"_s}));
        QTRY_VERIFY(PurgeDesk::Test::currentRun(window) != second);
        QVERIFY(waitForRun(window));
        Purge::PurgeSession *again = PurgeDesk::Test::currentRun(window);
        QCOMPARE(again->spec().zone.name, u"example.com"_s);
        QCOMPARE(again->counters().done, 4);
        QCOMPARE(int(sandbox->purges().size()), purgesBefore + 1);
        const Sandbox::PurgeRecord record = sandbox->purges().last();
        QCOMPARE(record.selector, u"files"_s);
        QVERIFY2(record.body.contains("\"CF-Device-Type\":\"tablet\""), record.body.constData());
        QVERIFY(record.body.contains("\"CF-Device-Type\":\"mobile\""));
        QVERIFY(record.body.contains("\"CF-Device-Type\":\"desktop\""));
        QVERIFY(!record.body.contains("example.com/a"));

        // Verified by itself again: one URL (its variants are not fetched apart), and still cached
        // (the sandbox keeps this one as another variant).
        QTRY_VERIFY(sandbox->counters().edgeRequests > 5);
        QTRY_VERIFY_WITH_TIMEOUT(!runView->isVerifying(), 20000);
        QCOMPARE(sandbox->counters().edgeRequests, 6);
        QVERIFY2(text(window, u"verifySummary"_s).startsWith(u"1 still cached"_s),
            qPrintable(text(window, u"verifySummary"_s)));
        QCOMPARE(child<QTableView>(window, u"verdictTable"_s)->model()->rowCount(), 1);
        QVERIFY(purgeAgainButton->isVisible());

        // Cancelled: nothing is purged.
        MessageBox::setNextAnswer(u"Cancel"_s);
        QTest::mouseClick(purgeAgainButton, Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(PurgeDesk::Test::currentRun(window), again);
        QCOMPARE(int(sandbox->purges().size()), purgesBefore + 1);
    }

    // The history keeps each URL's verdict and when it was checked: verified in the window, the
    // History tab shows the run's verification in its summary and each item's verdict, with the
    // advice on the verdict. Purge Again is a run of its own, with its own verification.
    void verdictsAreKeptInTheHistory()
    {
        VerifySettings settings;
        settings.autoVerify = false;
        settings.save();
        MainWindow &window = openOnTheSandbox();
        window.purgePage()->runView(); // built by the first purge; built now, to hold its buttons
        auto *runView = child<RunView>(window, u"runView"_s);
        auto *verifyButton = child<QPushButton>(window, u"verifyButton"_s);
        setList(window, u"https://example.com/a\nhttps://example.com/b\nhttps://example.com/mobile"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        Purge::PurgeSession *first = PurgeDesk::Test::currentRun(window);
        QTRY_VERIFY(first->historyRunId() > 0);
        const qint64 firstRunId = first->historyRunId(); // the session goes when another starts
        QTRY_VERIFY(verifyButton->isVisible());
        QTest::mouseClick(verifyButton, Qt::LeftButton);
        QTRY_VERIFY(!runView->isVerifying());
        const QDateTime verifiedAt = QDateTime::currentDateTime();

        // The History tab: the purge says how its verification went, and each URL its verdict.
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_H));
        HistoryPanel *panel = window.historyPanel();
        QTRY_VERIFY(panel->isVisible() && !panel->isLoading());
        auto *headline = child<QLabel>(window, u"historyDetailHeadline"_s);
        QTRY_VERIFY2(headline->text().contains(u"2 fresh, 1 still cached."_s), qPrintable(headline->text()));
        const QString verified = headline->text().section(u"Verified "_s, 1).section(u':', 0, 2);
        const QDateTime shownAt = QDateTime::fromString(verified, u"yyyy-MM-dd HH:mm:ss"_s);
        QVERIFY2(shownAt.isValid() && qAbs(shownAt.secsTo(verifiedAt)) < 60, qPrintable(headline->text()));
        auto *items = child<QTableView>(window, u"historyItems"_s);
        const QAbstractItemModel *model = items->model();
        QTRY_COMPARE(model->rowCount(), 3);
        QVERIFY(!items->isColumnHidden(ItemListModel::Verdict));
        QVERIFY(!items->isColumnHidden(ItemListModel::Checked));
        QCOMPARE(model->headerData(ItemListModel::Verdict, Qt::Horizontal).toString(), u"Verdict"_s);
        QCOMPARE(cell(model, 0, ItemListModel::Verdict), u"fresh"_s);
        QCOMPARE(cell(model, 1, ItemListModel::Verdict), u"fresh"_s);
        QCOMPARE(cell(model, 2, ItemListModel::Value), u"https://example.com/mobile"_s);
        QCOMPARE(cell(model, 2, ItemListModel::Verdict), u"still cached"_s);
        QVERIFY(model->index(2, ItemListModel::Verdict).data(Qt::ToolTipRole).toString().contains(u"cache-key"_s));
        QCOMPARE(cell(model, 2, ItemListModel::Checked), verified);
        // The columns are as wide as what their rows show (the verdict's and time's headers too);
        // only the item, the reason and the purge ID may be cut short. No sideways scrolling.
        const QHeaderView *header = items->horizontalHeader();
        QString cutShort;
        const auto fitted = [&] {
            cutShort.clear();
            for (const int column :
                {ItemListModel::Position, ItemListModel::State, ItemListModel::Verdict, ItemListModel::Checked}) {
                // Rows first: a short column's header may be cut for the long ones, not its rows.
                const QString label = model->headerData(column, Qt::Horizontal).toString();
                const bool verdict = column == ItemListModel::Verdict || column == ItemListModel::Checked;
                int needs = verdict ? items->fontMetrics().horizontalAdvance(label) : 0;
                for (int row = 0; row < model->rowCount(); ++row)
                    needs = qMax(needs, items->fontMetrics().horizontalAdvance(cell(model, row, column)));
                if (header->sectionSize(column) <= needs)
                    cutShort += u"%1 (%2 of %3 px) "_s.arg(label).arg(header->sectionSize(column)).arg(needs);
            }
            return cutShort.isEmpty();
        };
        QTRY_VERIFY2(fitted(), qPrintable(cutShort));
        QCOMPARE(items->horizontalScrollBar()->maximum(), 0);
        snapshot(window, u"history-verdicts"_s);

        // Purge Again: a run of its own, verified on its own; the first run keeps its verdicts.
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
        MessageBox::setNextAnswer(u"Purge Again"_s);
        QTest::mouseClick(child<QPushButton>(window, u"purgeAgainButton"_s), Qt::LeftButton);
        QTRY_VERIFY(PurgeDesk::Test::currentRun(window) != first);
        QVERIFY(waitForRun(window));
        Purge::PurgeSession *again = PurgeDesk::Test::currentRun(window);
        QTRY_VERIFY(again->historyRunId() > firstRunId);
        QTRY_VERIFY(verifyButton->isVisible());
        QTest::mouseClick(verifyButton, Qt::LeftButton);
        QTRY_VERIFY(!runView->isVerifying());
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_H));
        QTRY_VERIFY2(headline->text().startsWith(u"Purge of 1 URL in example.com"_s)
                && headline->text().endsWith(u": 1 still cached."_s),
            qPrintable(headline->text()));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(cell(model, 0, ItemListModel::Verdict), u"still cached"_s);
        auto *runs = child<QTableView>(window, u"historyRuns"_s);
        QCOMPARE(runs->model()->rowCount(), 2);
        runs->selectionModel()->setCurrentIndex(
            runs->model()->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY2(headline->text().endsWith(u": 2 fresh, 1 still cached."_s), qPrintable(headline->text()));
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(cell(model, 0, ItemListModel::Verdict), u"fresh"_s);
    }

    // A new purge while the last one is still being verified: that verification is dropped
    // quietly. No warm-up starts for the old URLs, the new run shows no old summary, and its
    // history gets no verdicts it never had.
    void aNewPurgeLeavesTheLastVerificationBehind()
    {
        VerifySettings settings;
        settings.autoVerify = false;
        settings.warm = true;
        settings.save();
        MainWindow &window = openOnTheSandbox();
        window.purgePage()->runView(); // built by the first purge; built now, to hold its buttons
        Sandbox::SandboxServer *sandbox = window.context()->connection()->sandbox();
        QVERIFY(sandbox);
        Sandbox::EdgeUrl slow;
        slow.url = u"https://example.com/slow"_s;
        slow.behaviour = Sandbox::EdgeBehaviour::Stall; // no answer: the verification goes on
        sandbox->setEdgeUrls({slow});
        auto *runView = child<RunView>(window, u"runView"_s);
        auto *verifyButton = child<QPushButton>(window, u"verifyButton"_s);
        auto *purgeButton = child<QPushButton>(window, u"purgeButton"_s);
        setList(window, u"https://example.com/a\nhttps://example.com/slow"_s);
        QTRY_VERIFY(purgeButton->isEnabled());
        QTest::mouseClick(purgeButton, Qt::LeftButton);
        QVERIFY(waitForRun(window));
        Purge::PurgeSession *first = PurgeDesk::Test::currentRun(window);
        QTRY_VERIFY(verifyButton->isVisible());
        QTest::mouseClick(verifyButton, Qt::LeftButton);
        const QAbstractItemModel *model = child<QTableView>(window, u"verdictTable"_s)->model();
        QTRY_COMPARE(cell(model, 0, VerdictModel::Verdict), u"fresh"_s); // /a answered, /slow not
        QVERIFY(runView->isVerifying());

        QTest::mouseClick(purgeButton, Qt::LeftButton);
        QTRY_VERIFY(PurgeDesk::Test::currentRun(window) != first);
        QVERIFY(waitForRun(window));
        Purge::PurgeSession *second = PurgeDesk::Test::currentRun(window);
        QTRY_VERIFY(second->historyRunId() > 0);
        const qint64 secondRunId = second->historyRunId();
        QTest::qWait(300);
        QVERIFY(!runView->isVerifying());
        QCOMPARE(verifyButton->text(), u"Verify"_s);
        QVERIFY(!child<QLabel>(window, u"verifySummary"_s)->isVisible());
        int fetchesOfA = 0;
        for (const Sandbox::EdgeRequest &request : sandbox->edgeRequests())
            fetchesOfA += request.target == "/a" ? 1 : 0;
        QCOMPARE(fetchesOfA, 1); // verified once, never warmed
        window.context()->history()->flush();
        History::HistoryStore store(History::HistoryStore::defaultPath());
        QString message;
        QVERIFY2(store.open(&message, History::HistoryStore::Check::Skip, History::HistoryStore::Use::Browse),
            qPrintable(message));
        QVERIFY(!store.run(secondRunId)->verification.isVerified());

        // Its own verification is its own.
        sandbox->setEdgeUrls({});
        QTest::mouseClick(verifyButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!runView->isVerifying(), 20000);
        QVERIFY2(
            text(window, u"verifySummary"_s).startsWith(u"2 fresh"_s), qPrintable(text(window, u"verifySummary"_s)));
    }
};

QTEST_MAIN(TestVerifyRun)
#include "tst_verifyrun.moc"
