#include "storage/appfiles.h"
#include "testsupport.h"
#include "ui/purge/runview.h"
#include "ui/purge/verdictmodel.h"
#include "windowtestsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Gui;
using PurgeDesk::Test::child;
using PurgeDesk::Test::setList;
using PurgeDesk::Test::settle;
using PurgeDesk::Test::snapshot;
using PurgeDesk::Test::text;
using PurgeDesk::Test::waitForRun;

// Verify in the window, as a user does it: purge URLs in the built-in sandbox, click Verify, read
// the verdict of each URL and the summary line.
class TestVerifyRun final : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

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
    }

    void cleanup() { m_window.reset(); }

    void verifyAfterAUrlPurge()
    {
        m_window = PurgeDesk::Test::openWindow(PurgeDesk::Test::fastRetries());
        MainWindow &window = *m_window;
        QVERIFY(settle(window));
        Sandbox::SandboxServer *sandbox = window.context()->connection()->sandbox();
        QVERIFY(sandbox);
        Sandbox::EdgeUrl variant;
        variant.url = u"https://example.com/mobile"_s;
        variant.behaviour = Sandbox::EdgeBehaviour::Variant;
        sandbox->setEdgeUrls({variant});

        auto *verifyButton = child<QPushButton>(window, u"verifyButton"_s);
        setList(window, u"https://example.com/a\nhttps://example.com/b\nhttps://example.com/mobile"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        QTRY_VERIFY(verifyButton->isVisible());
        QVERIFY(verifyButton->isEnabled());

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

        // A host purge has no URLs to verify: no Verify button, and the verdicts are gone.
        setList(window, u"www.example.com"_s);
        QTest::mouseClick(child<QRadioButton>(window, u"actionHosts"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(PurgeDesk::Test::currentRun(window)
            && PurgeDesk::Test::currentRun(window)->spec().action == Purge::PurgeAction::Hosts);
        QVERIFY(waitForRun(window));
        QVERIFY(!verifyButton->isVisible());
        QVERIFY(!table->isVisible());
    }
};

QTEST_MAIN(TestVerifyRun)
#include "tst_verifyrun.moc"
