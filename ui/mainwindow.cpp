#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "accounts/connection.h"
#include "appcontext.h"
#include "history/historyservice.h"
#include "presets/presetstore.h"
#include "purge/purgesession.h"
#include "storage/appfiles.h"
#include "ui/aboutdialog.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/common/actionicons.h"
#include "ui/common/desktopnotifier.h"
#include "ui/common/editactions.h"
#include "ui/common/focusring.h"
#include "ui/common/helpbox.h"
#include "ui/common/messagebox.h"
#include "ui/common/uiresources.h"
#include "ui/history/historypanel.h"
#include "ui/presets/presetspanel.h"
#include "ui/purge/listeditor.h"
#include "ui/purge/purgeform.h"
#include "ui/purge/purgepage.h"
#include "ui/purge/runview.h"
#include "ui/purge/zonepicker.h"
#include "ui/settings/settingsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWindow>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;

namespace PurgeDesk::Gui {

namespace {

const QString kGeometryKey = u"MainWindow/geometry"_s;
const QString kStateKey = u"MainWindow/state"_s;
const QString kSplitterKey = u"MainWindow/splitter"_s;
const QString kStatusBarKey = u"MainWindow/statusBarVisible"_s;
const QString kToolBarKey = u"MainWindow/toolBarVisible"_s;

} // namespace

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<::Ui::MainWindowForm>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setupPages();
    setupActions();
    setupToolBar();
    setupPresets();
    restoreWindowState();
    m_focusRing = new FocusRing(this);
    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::activated, this, &MainWindow::bringToFront);

    m_accountStatus = new QLabel(this);
    m_accountStatus->setObjectName(u"accountStatus"_s);
    m_accountStatus->setAccessibleName(tr("Current account"));
    m_rateStatus = new QLabel(this);
    m_rateStatus->setObjectName(u"rateLimitStatus"_s);
    m_rateStatus->setAccessibleName(tr("Rate limit state"));
    statusBar()->addPermanentWidget(m_accountStatus);
    statusBar()->addPermanentWidget(m_rateStatus);

    PurgeForm *form = m_purgePage->form();
    connect(m_context, &AppContext::notice, form, &PurgeForm::showAppNotice);
    connect(form, &PurgeForm::accountChanged, this, [this] {
        updateTitle();
        updateStatusBar();
    });
    connect(form, &PurgeForm::manageAccountsRequested, this, [this] { showAccounts(false); });
    connect(form, &PurgeForm::importFinished, this, [this](const QString &message, bool problem, qint64 elapsedMs) {
        if (elapsedMs >= m_notifyAfterMs && !isActiveWindow())
            m_notifier->notify(
                problem ? tr("Import finished, with problems") : tr("Import finished"), message, problem);
    });
    connect(m_purgePage, &PurgePage::verifyEnded, this, [this](qint64 elapsedMs, const QString &summary, bool problem) {
        if (elapsedMs >= m_notifyAfterMs && !isActiveWindow())
            m_notifier->notify(
                problem ? tr("Verification finished: not all fresh") : tr("Verification finished"), summary, problem);
    });
    connect(form, &PurgeForm::addAccountRequested, this,
        [this] { showAccounts(m_context->profiles().profiles().isEmpty()); });
    connect(
        form, &PurgeForm::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(form, &PurgeForm::planChanged, this, [this](bool ready) {
        const bool running = m_purgePage->isRunning();
        m_ui->actionPurge->setEnabled(ready && !running);
        m_ui->actionPreview->setEnabled(ready);
    });
    connect(m_context, &AppContext::profilesChanged, this, [this](const QHash<QString, QString> &renamed) {
        QStringList names;
        for (const Profile &profile : m_context->profiles().profiles())
            names << profile.name;
        m_presetsPanel->setAccounts(names);
        for (auto it = renamed.cbegin(); it != renamed.cend(); ++it)
            m_presetsPanel->renameAccount(it.key(), it.value());
        updateTitle();
    });
    updateTitle();
    updateStatusBar();
    statusBar()->showMessage(tr("Ready"), 3000);
    // The list has the focus when the window opens: a paste goes straight in.
    form->focusList();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionUndo->setShortcut(QKeySequence::Undo);
    m_ui->actionRedo->setShortcut(QKeySequence::Redo);
    m_ui->actionCut->setShortcut(QKeySequence::Cut);
    m_ui->actionCopy->setShortcut(QKeySequence::Copy);
    m_ui->actionPaste->setShortcut(QKeySequence::Paste);
    m_ui->actionSelectAll->setShortcut(QKeySequence::SelectAll);
    m_ui->actionFullScreen->setShortcut(QKeySequence::FullScreen);
    m_ui->actionImport->setShortcut(QKeySequence::Open);
    m_ui->actionFindZone->setShortcut(QKeySequence::Find);
    m_ui->actionFocusList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_ui->actionNextProblem->setShortcut(QKeySequence(Qt::Key_F8));
    m_ui->actionCleanUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_ui->actionSettings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_ui->actionPurge->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_ui->actionPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_ui->actionCancelRun->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_ui->actionHelp->setShortcut(QKeySequence::HelpContents);
    m_ui->actionShowPurge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_ui->actionShowHistory->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_H), QKeySequence(Qt::CTRL | Qt::Key_2)});
    m_ui->actionPurge->setEnabled(false);
    m_ui->actionPreview->setEnabled(false);
    m_ui->actionCancelRun->setEnabled(false);

    PurgeForm *form = m_purgePage->form();
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionShowStatusBar, &QAction::toggled, statusBar(), &QWidget::setVisible);
    connect(m_ui->actionFullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionManageAccounts, &QAction::triggered, this, [this] { showAccounts(false); });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionHelp, &QAction::triggered, this, &MainWindow::showHelp);
    connect(m_ui->actionShowPurge, &QAction::triggered, this, &MainWindow::showPurgePage);
    connect(m_ui->actionShowHistory, &QAction::triggered, this, &MainWindow::showHistoryPage);
    connect(m_ui->actionImport, &QAction::triggered, form, &PurgeForm::chooseImportFile);
    connect(m_ui->actionImportUrl, &QAction::triggered, form, &PurgeForm::chooseImportUrl);
    connect(m_ui->actionFindZone, &QAction::triggered, this, [this, form] {
        m_pages->setCurrentWidget(m_purgePage);
        form->focusZoneSearch();
    });
    connect(m_ui->actionFocusList, &QAction::triggered, this, &MainWindow::showPurgePage);
    connect(m_ui->actionNextProblem, &QAction::triggered, form, &PurgeForm::goToNextProblem);
    connect(m_ui->actionCleanUp, &QAction::triggered, form, &PurgeForm::cleanUp);
    connect(m_ui->actionPreview, &QAction::triggered, m_purgePage, &PurgePage::preview);
    connect(m_ui->actionPurge, &QAction::triggered, m_purgePage, &PurgePage::purge);
    connect(m_ui->actionCancelRun, &QAction::triggered, m_purgePage, &PurgePage::cancel);

    m_editActions = new EditActions({m_ui->actionUndo, m_ui->actionRedo, m_ui->actionCut, m_ui->actionCopy,
                                        m_ui->actionPaste, m_ui->actionSelectAll},
        this);
}

void MainWindow::setupToolBar()
{
    // Icons from the system's theme (after the first frame), else PurgeDesk's own; short words
    // beside them.
    const struct
    {
        QAction *action;
        const char *theme;
        const char *fallback;
        QString text;
        QString tip;
    } tools[] = {
        {m_ui->actionImport, "document-import", "import", tr("Import"), tr("Import a list from a file")},
        {m_ui->actionCleanUp, "edit-clear-all", "clean-up", tr("Clean Up"),
            tr("Trim spaces, remove duplicate and blank lines")},
        {m_ui->actionPreview, "document-preview", "preview", tr("Preview"),
            tr("Show the requests Purge would send, without sending them")},
        {m_ui->actionPurge, "edit-delete", "purge", tr("Purge"), tr("Purge the list")},
        {m_ui->actionCancelRun, "process-stop", "cancel", tr("Cancel"), tr("Cancel the running purge")},
    };
    for (const auto &tool : tools) {
        setThemeIconLater(tool.action, QString::fromLatin1(tool.theme), QString::fromLatin1(tool.fallback));
        tool.action->setIconText(tool.text);
        const QKeySequence keys = tool.action->shortcut();
        tool.action->setToolTip(
            keys.isEmpty() ? tool.tip : tr("%1 (%2)").arg(tool.tip, keys.toString(QKeySequence::NativeText)));
    }
    QToolBar *toolBar = m_ui->mainToolBar;
    toolBar->setAccessibleName(tr("Toolbar"));
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    toolBar->setIconSize(QSize(icon, icon));
    toolBar->toggleViewAction()->setVisible(false); // View > Show Toolbar does it
    connect(m_ui->actionShowToolBar, &QAction::toggled, toolBar, &QWidget::setVisible);
    // The Purge button's words follow the form's (Purge 3 URLs, Invalidate Everything...).
    connect(m_purgePage->form(), &PurgeForm::planChanged, this,
        [this] { m_ui->actionPurge->setIconText(m_purgePage->form()->purgeButtonText()); });
}

void MainWindow::setupPages()
{
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_pages->setAccessibleName(tr("Purge and History"));
    m_pages->setDocumentMode(true);
    m_purgePage = new PurgePage(m_context, m_pages);
    m_pages->addTab(m_purgePage, tr("Purge"));
    m_historyPage = new QWidget(m_pages);
    m_historyPage->setObjectName(u"historyPage"_s);
    (new QVBoxLayout(m_historyPage))->setContentsMargins(0, 0, 0, 0);
    m_pages->addTab(m_historyPage, tr("History"));
    m_pages->setTabToolTip(0, tr("Choose a zone and what to purge (Ctrl+1)"));
    m_pages->setTabToolTip(1, tr("Every purge made with PurgeDesk (Ctrl+H)"));
    setCentralWidget(m_pages);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_pages->widget(index) == m_historyPage)
            historyPanel();
    });

    connect(m_purgePage, &PurgePage::sessionStarted, this, &MainWindow::sessionStarted);
    connect(m_purgePage, &PurgePage::sessionFinished, this, &MainWindow::sessionFinished);
    connect(m_purgePage, &PurgePage::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_context->history(), &History::HistoryService::opened, this, [this] {
        const History::HistoryService *history = m_context->history();
        if (history->state() == History::HistoryService::State::Open && !history->message().isEmpty())
            m_purgePage->form()->showAppNotice(history->message(), true); // a damaged file was moved aside
    });
}

HistoryPanel *MainWindow::historyPanel()
{
    if (m_historyPanel)
        return m_historyPanel;
    m_historyPanel = new HistoryPanel(m_context->history(), m_historyPage);
    m_historyPage->layout()->addWidget(m_historyPanel);
    // The panel's least width counts in the window's layout while its page is hidden too, but a
    // hidden page does not ask the window to lay out again: the tabs do.
    m_pages->updateGeometry();
    m_historyPage->setFocusProxy(m_historyPanel);
    m_historyPanel->setActiveRunId(m_activeRunId);
    m_historyPanel->show(); // at once if the tab is showing, else with it
    connect(m_historyPanel, &HistoryPanel::runAgainRequested, this,
        [this](const History::RunRow &run, const QStringList &lines) { loadRun(run, lines, false); });
    connect(m_historyPanel, &HistoryPanel::retryFailedRequested, this,
        [this](const History::RunRow &run, const QStringList &lines) { loadRun(run, lines, true); });
    connect(m_historyPanel, &HistoryPanel::saveAsPresetRequested, this,
        [this](const History::RunRow &run, const QStringList &lines) {
            Presets::Preset preset;
            preset.profile = run.profile;
            preset.zoneId = run.zoneId;
            preset.zoneName = run.zoneName;
            preset.mode = run.mode;
            preset.action = run.action;
            preset.items = run.action == PurgeAction::Everything ? QStringList() : lines;
            m_presetsDock->show();
            m_presetsPanel->savePreset(preset);
        });
    connect(m_historyPanel, &HistoryPanel::exportFinished, this,
        [this](bool, const QString &message) { statusBar()->showMessage(message, 8000); });
    return m_historyPanel;
}

void MainWindow::setupPresets()
{
    m_presetsPanel = new PresetsPanel(m_context->presetsPath(), this);
    m_presetsPanel->setObjectName(u"presetsPanel"_s);
    m_presetsPanel->setHistory(m_context->history());
    m_presetsPanel->setFormReader([this](Presets::Preset *preset, QString *why) {
        PurgeOrder order;
        if (!m_purgePage->form()->currentOrder(&order, why))
            return false;
        const auto zone = m_purgePage->form()->zonePicker()->currentZone();
        preset->profile = order.profile;
        preset->zoneId = order.zone;
        preset->zoneName = order.zoneName.isEmpty() && zone ? zone->name : order.zoneName;
        preset->moreZones.clear();
        const auto &zones = m_context->connection()->zones();
        for (const QString &id : std::as_const(order.moreZones)) {
            const auto found
                = std::find_if(zones.cbegin(), zones.cend(), [&id](const Cloudflare::Zone &z) { return z.id == id; });
            preset->moreZones.append({id, found == zones.cend() ? QString() : found->name});
        }
        preset->mode = order.mode;
        preset->action = order.action;
        preset->items = order.lines;
        return true;
    });
    m_presetsDock = new QDockWidget(tr("Presets"), this);
    m_presetsDock->setObjectName(u"presetsDock"_s);
    m_presetsDock->setWidget(m_presetsPanel);
    m_presetsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_presetsDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_presetsDock);

    // Ctrl+3 goes to the presets (showing the panel if it was closed), as Ctrl+1 and Ctrl+2 go to
    // the form and the history; the View menu's check box shows or hides the panel.
    auto *findPreset = new QAction(tr("Find P&reset"), this);
    findPreset->setObjectName(u"actionFindPreset"_s);
    findPreset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(findPreset, &QAction::triggered, this, [this] {
        m_presetsDock->show();
        m_presetsDock->raise();
        m_presetsPanel->focusSearch();
    });
    QAction *toggle = m_presetsDock->toggleViewAction();
    toggle->setText(tr("Presets Pa&nel"));
    toggle->setObjectName(u"actionShowPresets"_s);
    m_ui->menuView->insertActions(m_ui->actionShowStatusBar, {findPreset, toggle});
    m_ui->menuView->insertSeparator(m_ui->actionShowStatusBar);
    for (QAction *action : m_presetsPanel->menuActions()) {
        if (action)
            m_ui->menuPresets->addAction(action);
        else
            m_ui->menuPresets->addSeparator();
    }
    // The panel is narrow while it holds no preset, and widens for the first one.
    connect(m_presetsPanel, &PresetsPanel::emptyChanged, this, [this] {
        if (m_presetsDock->isVisible() && !m_presetsDock->isFloating())
            resizeDocks({m_presetsDock}, {m_presetsPanel->sizeHint().width()}, Qt::Horizontal);
    });
    // Saving shows where the preset went.
    connect(m_presetsPanel->saveAction(), &QAction::triggered, m_presetsDock, &QWidget::show);
    connect(m_presetsPanel, &PresetsPanel::runRequested, this,
        [this](const Presets::Preset &preset) { loadPreset(preset, true); });
    connect(m_presetsPanel, &PresetsPanel::openRequested, this,
        [this](const Presets::Preset &preset) { loadPreset(preset, false); });
    connect(m_presetsPanel, &PresetsPanel::historyRequested, this, [this](const QString &name) {
        showHistoryPage();
        historyPanel()->showMatching(RunSource::ofPreset(name).toName()); // the source its runs are recorded with
    });
    // One purge at a time: presets do not run while one does.
    connect(m_purgePage, &PurgePage::sessionStarted, m_presetsPanel, [this] { m_presetsPanel->setPurgeRunning(true); });
    connect(
        m_purgePage, &PurgePage::sessionFinished, m_presetsPanel, [this] { m_presetsPanel->setPurgeRunning(false); });
}

void MainWindow::showPurgePage()
{
    m_pages->setCurrentWidget(m_purgePage);
    // Ctrl+1 and Ctrl+L land in the list, so that typing after them never replaces the zone.
    m_purgePage->form()->focusList();
}

void MainWindow::showHistoryPage()
{
    m_pages->setCurrentWidget(m_historyPage);
    historyPanel()->setFocus();
}

void MainWindow::loadRun(const History::RunRow &run, const QStringList &lines, bool retryFailed)
{
    PurgeOrder order;
    order.profile = run.profile;
    order.zone = run.zoneId;
    order.zoneName = run.zoneName;
    order.mode = run.mode;
    order.action = run.action;
    order.lines = lines;
    order.source = RunSource::gui();
    const QString when = QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    const QString zone = order.zoneLabel();
    QString notice;
    if (run.action == PurgeAction::Everything)
        notice = retryFailed ? tr("Retrying the purge of everything in %1 from %2.").arg(zone, when)
                             : tr("Loaded the purge of everything in %1 from %2.").arg(zone, when);
    else if (retryFailed)
        notice = tr("Retrying the %Ln item(s) that the purge of %1 did not purge in %2.", nullptr, int(lines.size()))
                     .arg(when, zone);
    else
        notice = tr("Loaded the %Ln item(s) of the purge of %1 in %2.", nullptr, int(lines.size())).arg(when, zone);
    const QString accountGone = tr("The purge of %1 was made with the account \u201c%2\u201d, which is no longer in "
                                   "PurgeDesk. Its list is loaded: choose an account and the zone %3 to purge it.")
                                    .arg(when, run.profile, zone);
    showPurgePage();
    m_purgePage->runOrder(order, retryFailed, tr("The retry"), notice, accountGone);
}

void MainWindow::loadPreset(const Presets::Preset &preset, bool purgeNow)
{
    const QString zone = preset.zoneLabel();
    const QString notice = purgeNow
        ? tr("The preset \u201c%1\u201d (zone %2): its run is shown below.").arg(preset.name, zone)
        : tr("Opened the preset \u201c%1\u201d (zone %2).").arg(preset.name, zone);
    const QString accountGone = preset.profile.isEmpty()
        ? tr("The preset \u201c%1\u201d names no account (it was saved on the command line). Its list is loaded: "
             "choose an account and the zone %2, then update the preset.")
              .arg(preset.name, zone)
        : tr("The preset \u201c%1\u201d uses the account \u201c%2\u201d, which is not in PurgeDesk. Its list is "
             "loaded: choose an account and the zone %3, then update the preset.")
              .arg(preset.name, preset.profile, zone);
    showPurgePage();
    m_purgePage->runOrder(
        preset.order(), purgeNow, tr("The preset \u201c%1\u201d").arg(preset.name), notice, accountGone);
}

void MainWindow::sessionStarted(PurgeSession *session)
{
    m_ui->actionCancelRun->setEnabled(true);
    m_ui->actionPurge->setEnabled(false);
    connect(session, &PurgeSession::progress, this, &MainWindow::updateStatusBar);
    // The taskbar entry shows how far the purge is (where the desktop shows such progress).
    connect(session, &PurgeSession::progress, m_notifier, [this, session] {
        const Counters c = session->counters();
        m_notifier->setProgress(c.items > 0 ? double(c.settled()) / c.items : 0.0);
    });
    m_notifier->setProgress(0);
    connect(session, &PurgeSession::waitChanged, this, &MainWindow::updateStatusBar);
    // The history's thread reports the run's id when it has written its start, which a quick run
    // may beat: a run that has ended is not shown as running.
    connect(session, &PurgeSession::recorded, this, [this, session](qint64 runId) {
        if (session->isRunning())
            m_activeRunId = runId;
        if (m_historyPanel) {
            m_historyPanel->setActiveRunId(m_activeRunId);
            m_historyPanel->refresh();
        }
    });
    updateStatusBar();
}

void MainWindow::sessionFinished(PurgeSession *session)
{
    m_rateLimitedThisSession += session->counters().rateLimited;
    m_notifier->setProgress(-1);
    // A long purge that ends while the user is in another window is announced.
    if (session->counters().elapsedMs >= m_notifyAfterMs && !isActiveWindow()) {
        const RunOutcome outcome = session->outcome();
        const bool problem = outcome != RunOutcome::Done && outcome != RunOutcome::Cancelled;
        m_notifier->notify(problem ? tr("Purge finished, with problems") : tr("Purge finished"),
            m_purgePage->runView()->headline(), problem);
    }
    m_ui->actionCancelRun->setEnabled(false);
    m_activeRunId = 0;
    if (m_historyPanel) {
        m_historyPanel->setActiveRunId(0);
        // The history's thread records the end of the run before it answers this refresh.
        m_historyPanel->refresh();
    }
    m_presetsPanel->refreshLastRuns();
    updateStatusBar();
    statusBar()->showMessage(m_purgePage->runView()->headline(), 8000);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::openFiles(const QStringList &paths)
{
    bringToFront();
    if (paths.isEmpty())
        return;
    showPurgePage();
    for (const QString &path : paths)
        m_purgePage->form()->importSource(path);
}

void MainWindow::updateTitle()
{
    Connection *connection = m_context->connection();
    setWindowTitle(
        connection->isSandbox() ? tr("PurgeDesk — Sandbox") : tr("PurgeDesk — %1").arg(connection->profile().name));
}

void MainWindow::updateStatusBar()
{
    Connection *connection = m_context->connection();
    const Profile &profile = connection->profile();
    m_accountStatus->setText(connection->isSandbox()
            ? tr("Sandbox on this computer")
            : tr("%1 · %2").arg(
                profile.name, profile.auth == Profile::Auth::GlobalKey ? tr("global API key") : tr("API token")));
    QString rate = tr("Rate limit: ready");
    if (const PurgeSession *session = m_purgePage->session(); session && session->isRunning()) {
        const Counters counters = session->counters();
        rate = session->wait().reason == PurgeSession::Wait::Reason::RateLimited ? tr("Rate limit: reached, waiting")
                                                                                 : tr("Rate limit: pacing requests");
        rate += u" · "_s + tr("%1 of %Ln item(s)", nullptr, counters.items).arg(QLocale().toString(counters.settled()));
    }
    const int rateLimited
        = m_rateLimitedThisSession + (m_purgePage->isRunning() ? m_purgePage->session()->counters().rateLimited : 0);
    if (rateLimited)
        rate += u" · "_s + tr("%n × 429 this session", nullptr, rateLimited);
    m_rateStatus->setText(rate);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings = appSettings();
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // Room for the presets beside the form, on any screen that has it; a small screen (a
        // laptop's 1366x768, a netbook's 1024x600) is used whole, title bar and panels included.
        const QSize wanted(1200, 760);
        const QSize available = screen()->availableSize();
        resize(wanted.boundedTo(available));
        if (available.width() < wanted.width() + 80 || available.height() < wanted.height() + 80)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_purgePage->restoreSplit(settings.value(kSplitterKey).toByteArray());
    m_ui->actionShowStatusBar->setChecked(settings.value(kStatusBarKey, true).toBool());
    statusBar()->setVisible(m_ui->actionShowStatusBar->isChecked());
    m_ui->actionShowToolBar->setChecked(settings.value(kToolBarKey, true).toBool());
    m_ui->mainToolBar->setVisible(m_ui->actionShowToolBar->isChecked());
}

void MainWindow::saveWindowState() const
{
    QSettings settings = appSettings();
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_purgePage->splitState());
    settings.setValue(kStatusBarKey, m_ui->actionShowStatusBar->isChecked());
    settings.setValue(kToolBarKey, m_ui->actionShowToolBar->isChecked());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // What the first frame does not show waits for it: the window shows sooner without it.
    if (!m_shownOnce && windowHandle())
        windowHandle()->installEventFilter(this);
}

void MainWindow::afterFirstFrame()
{
    // The icon's six sizes take milliseconds to decode (and, on X11, to hand over): the window
    // manager shows it a moment after the window. Set for the application, so dialogs and the
    // tray's notices have it too.
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(applicationIcon());
    applyThemeIcons(this);
    historyPanel();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && watched == windowHandle() && windowHandle()->isExposed()) {
        windowHandle()->removeEventFilter(this);
        m_shownOnce = true;
        // Queued: after the expose has been painted.
        QMetaObject::invokeMethod(this, &MainWindow::afterFirstFrame, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_purgePage->isRunning()) {
        if (!MessageBox::confirm(this, tr("Quit PurgeDesk"),
                tr("A purge is running. Requests not yet sent are not sent if you quit (the history records them "
                   "as not sent)."),
                tr("Cancel Purge and Quit"), tr("Keep Running"))) {
            event->ignore();
            return;
        }
        m_purgePage->cancel();
    }
    saveWindowState();
    event->accept();
}

void MainWindow::showAbout()
{
    // Window-modal and non-blocking: one About dialog at a time, deleted when closed.
    if (auto *existing = findChild<AboutDialog *>()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAccounts(bool addNew)
{
    auto *dialog = findChild<AccountsDialog *>();
    if (!dialog) {
        dialog = new AccountsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AccountsDialog::accountsChanged, this, [this] {
            QString message;
            if (!m_context->reloadProfiles(&message) || !message.isEmpty())
                m_purgePage->form()->showAppNotice(message, true);
        });
        dialog->open();
    }
    dialog->raise();
    dialog->activateWindow();
    if (addNew)
        dialog->startNew();
}

void MainWindow::showSettings()
{
    if (auto *existing = findChild<SettingsDialog *>()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &SettingsDialog::settingsSaved, this, [this](const NetworkSettings &settings, const QString &password) {
            const bool reconnect = settings.apiBase != m_context->networkSettings().apiBase;
            m_context->applyNetworkSettings(settings, password);
            if (reconnect)
                m_purgePage->form()->reloadAccounts(m_context->connection()->profile().id);
            statusBar()->showMessage(tr("Settings saved."), 3000);
        });
    dialog->open();
}

void MainWindow::showHelp()
{
    // The shortcuts are read from the actions themselves, so the table never disagrees with the menus.
    HelpBox::show(this,
        {m_ui->actionImport, m_ui->actionFocusList, m_ui->actionFindZone, m_ui->actionNextProblem, m_ui->actionCleanUp,
            m_ui->actionPreview, m_ui->actionPurge, m_ui->actionCancelRun, m_presetsPanel->saveAction(),
            m_ui->actionShowPurge, m_ui->actionShowHistory, findChild<QAction *>(u"actionFindPreset"_s),
            m_ui->actionSettings, m_ui->actionHelp});
}

} // namespace PurgeDesk::Gui
