// The main window on a small screen: 1024x600, or (built as tst_windowlayout_scaled) the same screen
// at twice the scale (2048x1200 pixels, QT_SCALE_FACTOR=2). The offscreen platform is given that
// screen before the application starts. Assertions are on what a user sees: the window within the
// screen, nothing cut short or drawn over something else, the list keeping its lines after a purge,
// History without sideways scrolling, the empty Presets panel narrow, colours that read.

#include "accounts/connection.h"
#include "history/historyservice.h"
#include "layoutcheck.h"
#include "storage/appfiles.h"
#include "testsupport.h"
#include "ui/common/focusring.h"
#include "ui/common/messageline.h"
#include "ui/common/uiresources.h"
#include "ui/history/historymodels.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow.h"
#include "ui/presets/presetspanel.h"
#include "ui/purge/runview.h"
#include "windowtestsupport.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Gui;
using PurgeDesk::Test::child;
using PurgeDesk::Test::layoutProblems;
using PurgeDesk::Test::setList;
using PurgeDesk::Test::settle;
using PurgeDesk::Test::snapshot;
using PurgeDesk::Test::text;
using PurgeDesk::Test::waitForRun;

// Fails with every problem found, in words, once the window has had the time to lay itself out.
#define CHECK_LAYOUT(window)                                                                                           \
    do {                                                                                                               \
        QStringList problems_;                                                                                         \
        QTRY_VERIFY2((problems_ = layoutProblems(window)).isEmpty(), qPrintable(problems_.join(u"; "_s)));             \
    } while (false)

namespace {

#ifdef PURGEDESK_LAYOUT_SCALED
constexpr int Scale = 2;
const QString kSuffix = u"-200"_s;
#else
constexpr int Scale = 1;
const QString kSuffix;
#endif

// The lines of the list a user can see without scrolling.
int visibleLines(const ListEditor *editor)
{
    return editor->viewport()->height() / editor->fontMetrics().lineSpacing();
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x50, 0x80));
    dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x20));
    dark.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xd0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return dark;
}

} // namespace

class TestWindowLayout final : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    MainWindow &openWindow()
    {
        m_window = PurgeDesk::Test::openWindow(PurgeDesk::Test::oneAttempt());
        return *m_window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PurgeDesk::Test::prepare();
        QScreen *screen = QGuiApplication::primaryScreen();
        QCOMPARE(screen->devicePixelRatio(), qreal(Scale));
        QCOMPARE(screen->size(), QSize(1024, 600)); // logical pixels, at either scale
    }

    void init()
    {
        QFile::remove(settingsFilePath());
        QFile::remove(ProfileStore::defaultPath());
        QFile::remove(PurgeDesk::Presets::PresetStore::defaultPath());
    }

    void cleanup() { m_window.reset(); }

    void theFirstWindowFitsTheScreen()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QTRY_VERIFY(QGuiApplication::primaryScreen()->availableGeometry().contains(window.frameGeometry()));
        CHECK_LAYOUT(window);
        // The status bar is on the screen, not below it.
        QVERIFY(window.statusBar()->isVisible());
        const QRect status(window.statusBar()->mapToGlobal(QPoint(0, 0)), window.statusBar()->size());
        QVERIFY(window.screen()->availableGeometry().contains(status));
        // The list has room for a real list.
        QTRY_VERIFY2(visibleLines(child<ListEditor>(window, u"listEditor"_s)) >= 8,
            qPrintable(QString::number(visibleLines(child<ListEditor>(window, u"listEditor"_s)))));
        snapshot(window, u"small-screen"_s + kSuffix);
    }

    // The help is longer than this screen is tall: its text scrolls, and Close stays on the screen.
    void theHelpFitsTheScreen()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        QTest::keyClick(&window, Qt::Key_F1);
        QDialog *help = nullptr;
        QTRY_VERIFY((help = window.findChild<QDialog *>(u"helpBox"_s)) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(help));
        const QRect screen = window.screen()->availableGeometry();
        QVERIFY2(screen.contains(help->frameGeometry()),
            qPrintable(u"%1x%2"_s.arg(help->frameGeometry().width()).arg(help->frameGeometry().height())));
        QPushButton *close = help->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        QVERIFY(screen.contains(QRect(close->mapToGlobal(QPoint(0, 0)), close->size())));
        QVERIFY(child<QScrollArea>(*help, u"helpScroll"_s)->verticalScrollBar()->maximum() > 0); // it scrolls
        help->close();
    }

    void aLargerFontStillFits()
    {
        const QFont original = QApplication::font();
        QFont larger = original;
        larger.setPointSizeF(original.pointSizeF() * 1.2);
        QApplication::setFont(larger);
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        const QStringList problems = layoutProblems(window);
        const bool statusShown = window.screen()->availableGeometry().contains(
            QRect(window.statusBar()->mapToGlobal(QPoint(0, 0)), window.statusBar()->size()));
        const int lines = visibleLines(child<ListEditor>(window, u"listEditor"_s));
        m_window.reset();
        QApplication::setFont(original);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        QVERIFY(statusShown);
        QVERIFY2(lines >= 5, qPrintable(QString::number(lines)));
    }

    void afterAPurgeTheListKeepsItsRoom()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *editor = child<ListEditor>(window, u"listEditor"_s);
        setList(window, u"https://example.com/a.js\nhttps://example.com/b.css"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        auto *run = child<RunView>(window, u"runView"_s);
        QTRY_VERIFY(run->isVisible());
        // On a small screen the run starts collapsed: its outcome, progress and buttons, not its
        // requests, and the list keeps most of its lines.
        auto *toggle = child<QToolButton>(window, u"runDetailsToggle"_s);
        auto *requests = child<QTableView>(window, u"batchTable"_s);
        QVERIFY(!run->isExpanded());
        QVERIFY(!requests->isVisible());
        QVERIFY(child<QWidget>(window, u"runHeadline"_s)->isVisible());
        QVERIFY(child<QWidget>(window, u"copySummaryButton"_s)->isVisible());
        QTRY_VERIFY2(visibleLines(editor) >= 6, qPrintable(QString::number(visibleLines(editor))));
        CHECK_LAYOUT(window);
        snapshot(window, u"small-screen-after-purge"_s + kSuffix);

        // Expanded, the requests show (their first row whole), and the list still has lines.
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(run->isExpanded());
        QTRY_VERIFY(requests->isVisible());
        QTRY_VERIFY(requests->viewport()->height() >= requests->rowViewportPosition(0) + requests->rowHeight(0));
        QVERIFY2(visibleLines(editor) >= 3, qPrintable(QString::number(visibleLines(editor))));
        CHECK_LAYOUT(window);
        snapshot(window, u"small-screen-run-expanded"_s + kSuffix);

        // Collapsed again, the list gets its room back.
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY(!requests->isVisible());
        QTRY_VERIFY2(visibleLines(editor) >= 6, qPrintable(QString::number(visibleLines(editor))));
    }

    // Whatever the run view shows (its requests or not, after a purge in several zones whose
    // outcome takes two lines), the window's smallest height stays within the screen, so the window
    // never grows past its bottom: the status bar stays on screen, and no line is cut in half. The
    // same with a larger font.
    void theRunViewNeverPushesTheWindowOffTheScreen_data()
    {
        QTest::addColumn<qreal>("fontScale");
        QTest::newRow("default font") << 1.0;
        QTest::newRow("larger font") << 1.35; // 12 pt for 9 pt
    }

    void theRunViewNeverPushesTheWindowOffTheScreen()
    {
        QFETCH(qreal, fontScale);
        const QFont original = QApplication::font();
        QFont font = original;
        font.setPointSizeF(original.pointSizeF() * fontScale);
        QApplication::setFont(font);
        const auto restoreFont = qScopeGuard([&original] { QApplication::setFont(original); });
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        const QRect screen = window.screen()->availableGeometry();
        const auto fits = [&window, &screen](QString *why) {
            const int frame = window.frameGeometry().height() - window.geometry().height();
            const QRect status(window.statusBar()->mapToGlobal(QPoint(0, 0)), window.statusBar()->size());
            *why = u"minimum height %1 (+ frame %2) on a screen of %3; status bar at %4-%5"_s
                       .arg(window.minimumSizeHint().height())
                       .arg(frame)
                       .arg(screen.height())
                       .arg(status.top())
                       .arg(status.bottom());
            return window.minimumSizeHint().height() + frame <= screen.height()
                && window.minimumHeight() + frame <= screen.height() && screen.contains(status)
                && screen.contains(window.frameGeometry());
        };
        const auto detailWhole = [&window](QString *why) {
            auto *detail = child<MessageLine>(window, u"runDetail"_s);
            *why = u"%1: %2 px for %3 px"_s.arg(detail->text())
                       .arg(detail->height())
                       .arg(detail->heightForWidth(detail->width()));
            return !detail->isElided() && detail->height() >= detail->heightForWidth(detail->width());
        };
        QString why;
        setList(window,
            u"https://example.com/a.js\nhttps://example.net/b\nhttps://shop.example/c\nhttps://example.org/d"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        QVERIFY(text(window, u"runDetail"_s).contains(u"nothing was sent to Cloudflare."_s));
        QTRY_VERIFY2(fits(&why), qPrintable(why));
        QTRY_VERIFY2(detailWhole(&why), qPrintable(why));
        CHECK_LAYOUT(window);

        auto *toggle = child<QToolButton>(window, u"runDetailsToggle"_s);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(child<RunView>(window, u"runView"_s)->isExpanded());
        QTRY_VERIFY(child<QTableView>(window, u"batchTable"_s)->isVisible());
        QTRY_VERIFY2(fits(&why), qPrintable(why));
        QTRY_VERIFY2(detailWhole(&why), qPrintable(why));
        CHECK_LAYOUT(window);
        snapshot(window, u"small-screen-requests"_s + kSuffix + (fontScale > 1 ? u"-larger-font"_s : QString()));

        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY(!child<QTableView>(window, u"batchTable"_s)->isVisible());
        QTRY_VERIFY2(fits(&why), qPrintable(why));
        QTRY_VERIFY2(detailWhole(&why), qPrintable(why));
        m_window.reset();
    }

    void historyFitsWithoutSidewaysScrolling_data()
    {
        QTest::addColumn<qreal>("fontScale");
        QTest::newRow("default font") << 1.0;
        QTest::newRow("larger font") << 1.2;
    }

    void historyFitsWithoutSidewaysScrolling()
    {
        QFETCH(qreal, fontScale);
        const QFont original = QApplication::font();
        QFont font = original;
        font.setPointSizeF(original.pointSizeF() * fontScale);
        QApplication::setFont(font);
        const auto restoreFont = qScopeGuard([this, &original] {
            m_window.reset();
            QApplication::setFont(original);
        });
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        setList(window, u"https://example.com/a.js"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(waitForRun(window));
        window.showHistoryPage();
        auto *runs = child<QTableView>(window, u"historyRuns"_s);
        QTRY_VERIFY(runs->model()->rowCount() >= 1);
        QTRY_VERIFY(!window.historyPanel()->isLoading());
        // Every column is on screen: no scroll bar, the columns add up to the table's width.
        QHeaderView *header = runs->horizontalHeader();
        QTRY_VERIFY(header->length() <= runs->viewport()->width());
        QTRY_VERIFY(!runs->horizontalScrollBar()->isVisible());
        // The short columns are as wide as what they show; the long ones (zone, account, source)
        // share the rest and elide.
        for (const int column : {RunListModel::Time, RunListModel::Mode, RunListModel::Action, RunListModel::Items,
                 RunListModel::Outcome, RunListModel::Duration}) {
            QTRY_VERIFY2(
                header->sectionSize(column) >= static_cast<QAbstractItemView *>(runs)->sizeHintForColumn(column),
                qPrintable(runs->model()->headerData(column, Qt::Horizontal).toString() + u" "_s
                    + QString::number(header->sectionSize(column)) + u" "_s
                    + QString::number(static_cast<QAbstractItemView *>(runs)->sizeHintForColumn(column))));
        }
        // The long ones are whole where there is room for them (the zone is not cut short while
        // the others have room to spare), and never narrower than their header.
        for (const int column : {RunListModel::Account, RunListModel::Zone, RunListModel::Source}) {
            const int content = static_cast<QAbstractItemView *>(runs)->sizeHintForColumn(column);
            const int title = header->sectionSizeHint(column);
            const QString what = runs->model()->headerData(column, Qt::Horizontal).toString() + u" "_s
                + QString::number(header->sectionSize(column)) + u" for "_s + QString::number(content) + u"/"_s
                + QString::number(title);
            QTRY_VERIFY2(header->sectionSize(column) >= std::min(content, title), qPrintable(what));
            if (fontScale == 1.0)
                QTRY_VERIFY2(header->sectionSize(column) >= content, qPrintable(what));
        }
        // The search field is wide enough to say what it searches.
        auto *search = child<QLineEdit>(window, u"historySearch"_s);
        QVERIFY(search->width() >= search->fontMetrics().horizontalAdvance(search->placeholderText()));
        CHECK_LAYOUT(window);
        if (fontScale == 1.0)
            snapshot(window, u"small-screen-history"_s + kSuffix);
    }

    void theEmptyPresetsPanelIsNarrow()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        auto *dock = child<QDockWidget>(window, u"presetsDock"_s);
        QVERIFY(dock->isVisible());
        QTRY_VERIFY2(dock->width() <= window.width() / 5, qPrintable(QString::number(dock->width())));
        // What it says fits in it in a few lines, not a word per line (squeezed, in fewer words; the
        // tooltip has them all), and the buttons that need a preset wait for one.
        CHECK_LAYOUT(window);
        auto *empty = child<QLabel>(window, u"presetEmpty"_s);
        const auto lines
            = [empty] { return empty->heightForWidth(empty->width()) / empty->fontMetrics().lineSpacing(); };
        QVERIFY2(lines() <= 7, qPrintable(u"%1 lines: %2"_s.arg(lines()).arg(empty->text())));
        QVERIFY(empty->text().contains(u"runs again in one click"_s));
        // An 800-pixel window squeezes the panel: fewer words, the rest in the tooltip.
        const QSize size = window.size();
        window.resize(800, size.height());
        QTRY_VERIFY(!empty->text().contains(u"runs again in one click"_s));
        QVERIFY2(lines() <= 6, qPrintable(u"%1 lines: %2"_s.arg(lines()).arg(empty->text())));
        QVERIFY(empty->text().startsWith(u"No presets yet."_s));
        QVERIFY(empty->text().contains(u"Ctrl+S"_s));
        QVERIFY(empty->toolTip().contains(u"runs again in one click"_s));
        snapshot(window, u"presets-empty-800"_s);
        window.resize(size);
        QTRY_VERIFY(empty->text().contains(u"runs again in one click"_s));
        QVERIFY(!child<QWidget>(window, u"presetRun"_s)->isVisible());

        // The first preset widens it.
        setList(window, u"https://example.com/a.js"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        const int narrow = dock->width();
        SavePresetDialog::setNextAnswer(u"Assets"_s);
        window.presetsPanel()->saveCurrent();
        QTRY_VERIFY(dock->width() > narrow);
        QVERIFY(child<QWidget>(window, u"presetRun"_s)->isVisible());
        CHECK_LAYOUT(window);

        // "Saved ..." has its place under the buttons: when it goes (a run clears it), they stay.
        auto *run = child<QPushButton>(window, u"presetRun"_s);
        QVERIFY(window.presetsPanel()->statusText().startsWith(u"Saved"_s));
        QTest::qWait(50);
        const QRect before(run->mapTo(&window, QPoint(0, 0)), run->size());
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY(window.presetsPanel()->statusText().isEmpty());
        QVERIFY(waitForRun(window));
        QTest::qWait(50);
        QCOMPARE(QRect(run->mapTo(&window, QPoint(0, 0)), run->size()), before);
    }

    void statusColoursReadInLightAndDarkPalettes()
    {
        const QPalette original = QApplication::palette();
        for (const QPalette &palette : {original, darkPalette()}) {
            QApplication::setPalette(palette);
            for (const Status status : {Status::Problem, Status::Warning, Status::Success}) {
                const QColor colour = statusColor(status, palette);
                for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase})
                    QVERIFY2(contrastRatio(colour, palette.color(role)) >= 4.5,
                        qPrintable(u"%1 on %2: %3"_s.arg(colour.name(), palette.color(role).name())
                                       .arg(contrastRatio(colour, palette.color(role)))));
            }
            QVERIFY(contrastRatio(problemColor(), palette.color(QPalette::AlternateBase)) >= 4.5);
            QVERIFY(contrastRatio(focusRingColor(palette), palette.color(QPalette::Window)) >= 3.0);
        }
        QApplication::setPalette(original);
    }

    void theDarkWindowReads()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(darkPalette());
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        setList(window, u"https://example.com/a\n/relative"_s);
        QTRY_VERIFY(!PurgeDesk::Test::isValidating(window));
        // The problem in the counts reads on the dark window: measured from what is drawn.
        auto *counts = child<QLabel>(window, u"countsLabel"_s);
        const QColor text = counts->palette().color(QPalette::WindowText);
        QVERIFY(contrastRatio(text, window.palette().color(QPalette::Window)) >= 4.5);
        CHECK_LAYOUT(window);
        snapshot(window, u"dark"_s + kSuffix);
        m_window.reset();
        QApplication::setPalette(original);
    }
};

int main(int argc, char *argv[])
{
    // The screen of a small laptop, given to the offscreen platform before the application starts.
    QTemporaryDir dir;
    const QString config = dir.filePath(u"screen.json"_s);
    const QByteArray json = QByteArrayLiteral("{\"screens\": [{\"name\": \"small\", \"x\": 0, \"y\": 0, \"width\": ")
        + QByteArray::number(1024 * Scale) + QByteArrayLiteral(", \"height\": ") + QByteArray::number(600 * Scale)
        + QByteArrayLiteral(", \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}");
    if (!PurgeDesk::Test::writeFile(config, json))
        return 2;
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    if (Scale != 1)
        qputenv("QT_SCALE_FACTOR", QByteArray::number(Scale));
    QApplication app(argc, argv);
    TestWindowLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowlayout.moc"
