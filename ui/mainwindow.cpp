#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "accounts/connection.h"
#include "accounts/credentialstore.h"
#include "accountsdialog.h"
#include "appinfo.h"
#include "asyncvalidator.h"
#include "cloudflare/apiclient.h"
#include "confirmzonedialog.h"
#include "editactions.h"
#include "history/historyservice.h"
#include "history/historystore.h"
#include "historypanel.h"
#include "presets/presetstore.h"
#include "presetspanel.h"
#include "previewdialog.h"
#include "purge/planner.h"
#include "purge/sitemaploader.h"
#include "sandbox/sandboxserver.h"
#include "settingsdialog.h"
#include "uiresources.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;
using PurgeDesk::Cloudflare::PurgeAction;
using PurgeDesk::Cloudflare::PurgeMode;
using PurgeDesk::Cloudflare::Zone;

namespace PurgeDesk::Gui {

namespace {
const QString kGeometryKey = u"MainWindow/geometry"_s;
const QString kStateKey = u"MainWindow/state"_s;
const QString kSplitterKey = u"MainWindow/splitter"_s;
const QString kStatusBarKey = u"MainWindow/statusBarVisible"_s;
const QString kAccountKey = u"MainWindow/account"_s;
const QString kActionKey = u"MainWindow/action"_s;
const QString kLastZoneKey = u"LastZone/"_s;
const QString kSandboxId = u"sandbox"_s;

// Lines above which validation waits a little longer after a keystroke.
constexpr int LargeList = 20000;

QSettings appSettings()
{
    return QSettings(settingsFilePath(), QSettings::IniFormat);
}

QString editorHint(PurgeAction action)
{
    switch (action) {
    case PurgeAction::Files:
        return MainWindow::tr(
            "One URL per line, e.g. https://example.com/app.js (cache-key headers may follow the URL: "
            "\u201cCF-Device-Type: mobile\u201d).");
    case PurgeAction::Hosts:
        return MainWindow::tr("One hostname per line, e.g. www.example.com (no https://, path or port).");
    case PurgeAction::Tags:
        return MainWindow::tr("One cache tag per line, as your origin sends them in Cache-Tag headers.");
    case PurgeAction::Prefixes:
        return MainWindow::tr("One URL prefix per line, e.g. www.example.com/blog/ (no https://, query or fragment).");
    case PurgeAction::Everything:
        return MainWindow::tr("Purge everything needs no list: every cached file of the zone is removed. The list is "
                              "kept for later.");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<::Ui::MainWindow>())
    , m_connection(new Connection(this))
    , m_validator(new AsyncValidator(this))
    , m_historyService(new History::HistoryService(History::HistoryStore::defaultPath(), this))
{
    m_ui->setupUi(this);
    setWindowIcon(applicationIcon());
    setupActions();
    setupPurgeForm();
    setupPages();
    setupPresets();
    restoreWindowState();

    m_settings = NetworkSettings::load();
    applyNetworkSettings();
    // Opened, checked and trimmed to the retention setting on the history's own thread.
    m_historyService->open(m_settings.historyRetentionDays);
    if (m_settings.proxy == NetworkSettings::Proxy::Manual && !m_settings.proxyUser.isEmpty()) {
        auto *keychain = new CredentialStore(CredentialStore::defaultService(), this);
        CredentialStore::withTimeLimit(
            this, 15000,
            [keychain](
                const CredentialStore::Callback &reply) { keychain->read(NetworkSettings::proxyPasswordKey(), reply); },
            [this](const CredentialStore::Result &result) {
                if (result.outcome == CredentialStore::Outcome::Ok) {
                    m_proxyPassword = result.secret;
                    applyNetworkSettings();
                } else if (result.outcome == CredentialStore::Outcome::Failed) {
                    showNotice(tr("The proxy password could not be read: %1").arg(result.error), true);
                }
            });
    }

    QString message;
    if (!m_profiles.load(&message) && !message.isEmpty())
        showNotice(message, true);
    else if (!message.isEmpty())
        showNotice(message);
    reloadAccounts(appSettings().value(kAccountKey).toString());
    statusBar()->showMessage(tr("Ready"), 3000);
}

MainWindow::~MainWindow()
{
    if (m_runner)
        m_runner->setSink(nullptr);
}

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
    m_ui->actionNextProblem->setShortcut(QKeySequence(Qt::Key_F8));
    m_ui->actionCleanUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_ui->actionSettings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_ui->actionPurge->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_ui->actionPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_ui->actionCancelRun->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_ui->actionHelp->setShortcut(QKeySequence::HelpContents);
    m_ui->actionShowPurge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_ui->actionShowHistory->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_H), QKeySequence(Qt::CTRL | Qt::Key_2)});

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionShowStatusBar, &QAction::toggled, statusBar(), &QWidget::setVisible);
    connect(m_ui->actionFullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionManageAccounts, &QAction::triggered, this, &MainWindow::showAccounts);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionHelp, &QAction::triggered, this, &MainWindow::showHelp);
    connect(m_ui->actionShowPurge, &QAction::triggered, this, &MainWindow::showPurgePage);
    connect(m_ui->actionShowHistory, &QAction::triggered, this, &MainWindow::showHistoryPage);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::chooseImportFile);
    connect(m_ui->actionImportUrl, &QAction::triggered, this, &MainWindow::chooseImportUrl);
    connect(m_ui->actionFindZone, &QAction::triggered, m_ui->zonePicker, &ZonePicker::focusSearch);
    connect(m_ui->actionNextProblem, &QAction::triggered, this, [this] {
        if (!m_ui->listEditor->goToNextProblem())
            statusBar()->showMessage(tr("No errors in the list."), 3000);
    });
    connect(m_ui->actionCleanUp, &QAction::triggered, this, &MainWindow::cleanUp);
    connect(m_ui->actionPreview, &QAction::triggered, this, &MainWindow::preview);
    connect(m_ui->actionPurge, &QAction::triggered, this, &MainWindow::purge);
    connect(m_ui->actionCancelRun, &QAction::triggered, this, [this] {
        if (m_runner && !m_runner->isFinished())
            m_runner->cancel();
    });

    m_editActions = new EditActions({m_ui->actionUndo, m_ui->actionRedo, m_ui->actionCut, m_ui->actionCopy,
                                        m_ui->actionPaste, m_ui->actionSelectAll},
        this);
}

void MainWindow::setupPurgeForm()
{
    m_actionGroup = new QButtonGroup(this);
    m_actionGroup->addButton(m_ui->actionUrls, int(PurgeAction::Files));
    m_actionGroup->addButton(m_ui->actionHosts, int(PurgeAction::Hosts));
    m_actionGroup->addButton(m_ui->actionTags, int(PurgeAction::Tags));
    m_actionGroup->addButton(m_ui->actionPrefixes, int(PurgeAction::Prefixes));
    m_actionGroup->addButton(m_ui->actionEverything, int(PurgeAction::Everything));
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_ui->modePurge, int(PurgeMode::Purge));
    m_modeGroup->addButton(m_ui->modeInvalidate, int(PurgeMode::Invalidate));
    // The radio buttons share a parent, so Designer's auto-exclusivity cleared some: set them here.
    QAbstractButton *saved = m_actionGroup->button(appSettings().value(kActionKey, -1).toInt());
    (saved ? saved : m_ui->actionUrls)->setChecked(true);
    m_ui->modePurge->setChecked(true);

    m_ui->sandboxBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->sandboxBanner->setForegroundRole(QPalette::ToolTipText);
    m_ui->bannerText->setForegroundRole(QPalette::ToolTipText);
    m_ui->noticeLabel->hide();
    m_ui->runView->hide();
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->listEditor->setPlaceholderText(tr("Paste or type the list here, or drop a text, CSV or sitemap.xml file."));

    m_accountStatus = new QLabel(this);
    m_accountStatus->setObjectName(u"accountStatus"_s);
    m_accountStatus->setAccessibleName(tr("Current account"));
    m_rateStatus = new QLabel(this);
    m_rateStatus->setObjectName(u"rateLimitStatus"_s);
    m_rateStatus->setAccessibleName(tr("Rate limit state"));
    statusBar()->addPermanentWidget(m_accountStatus);
    statusBar()->addPermanentWidget(m_rateStatus);

    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this, &MainWindow::accountChanged);
    connect(m_ui->manageAccountsButton, &QPushButton::clicked, this, &MainWindow::showAccounts);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, &MainWindow::showAccounts);
    connect(m_connection, &Connection::stateChanged, this, &MainWindow::connectionChanged);
    connect(m_ui->zonePicker, &ZonePicker::zoneChanged, this, &MainWindow::zoneChanged);
    connect(m_ui->zonePicker, &ZonePicker::reloadRequested, this, &MainWindow::loadZones);
    connect(m_actionGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            actionChanged();
    });
    connect(m_modeGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            actionChanged();
    });
    connect(m_ui->listEditor, &QPlainTextEdit::textChanged, this, [this] {
        const bool large = m_ui->listEditor->document()->blockCount() > LargeList;
        if (large) // say so at once: the counts of a long list take a moment
            m_ui->countsLabel->setText(tr("Checking the list..."));
        scheduleValidation(large ? 400 : 150);
    });
    connect(m_ui->listEditor, &ListEditor::filesDropped, this, &MainWindow::importFiles);
    connect(m_validator, &AsyncValidator::started, this, [this] {
        m_ui->countsLabel->setText(tr("Checking the list..."));
        updatePlan();
    });
    connect(m_validator, &AsyncValidator::validated, this, &MainWindow::validated);
    connect(m_ui->importButton, &QPushButton::clicked, this, &MainWindow::chooseImportFile);
    connect(m_ui->cleanUpButton, &QPushButton::clicked, this, &MainWindow::cleanUp);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &MainWindow::preview);
    connect(m_ui->purgeButton, &QPushButton::clicked, this, &MainWindow::purge);
    connect(m_ui->runView, &RunView::retryFailedRequested, this, [this] {
        if (m_runner && m_runner->isFinished())
            startRun(m_runner->retrySpec(), m_runSource);
    });
    actionChanged();
}

void MainWindow::setupPages()
{
    QWidget *purgePage = takeCentralWidget();
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_pages->setAccessibleName(tr("Purge and History"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(purgePage, tr("Purge"));
    m_historyPanel = new HistoryPanel(m_historyService, m_pages);
    m_pages->addTab(m_historyPanel, tr("History"));
    m_pages->setTabToolTip(0, tr("Choose a zone and what to purge (Ctrl+1)"));
    m_pages->setTabToolTip(1, tr("Every purge made with PurgeDesk (Ctrl+H)"));
    setCentralWidget(m_pages);

    connect(m_historyPanel, &HistoryPanel::runAgainRequested, this,
        [this](const History::RunRow &run, const QStringList &lines) { loadRun(run, lines, false); });
    connect(m_historyPanel, &HistoryPanel::retryFailedRequested, this,
        [this](const History::RunRow &run, const QStringList &lines) { loadRun(run, lines, true); });
    connect(m_historyPanel, &HistoryPanel::exportFinished, this,
        [this](bool, const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_historyService, &History::HistoryService::opened, this, [this] {
        if (m_historyService->state() == History::HistoryService::State::Unavailable)
            m_historyProblem = m_historyService->message();
        else if (!m_historyService->message().isEmpty())
            showNotice(m_historyService->message(), true); // a damaged file was moved aside
        if (m_waitingForHistory) {
            const auto [spec, source] = *m_waitingForHistory;
            m_waitingForHistory.reset();
            startRun(spec, source);
        }
    });
}

void MainWindow::setupPresets()
{
    m_presetsPanel = new PresetsPanel(Presets::PresetStore::defaultPath(), this);
    m_presetsPanel->setObjectName(u"presetsPanel"_s);
    m_presetsPanel->setHistory(m_historyService);
    m_presetsPanel->setFormReader([this](Presets::Preset *preset, QString *why) { return readForm(preset, why); });
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
    // Saving shows where the preset went.
    connect(m_presetsPanel->saveAction(), &QAction::triggered, m_presetsDock, &QWidget::show);
    connect(m_presetsPanel, &PresetsPanel::runRequested, this,
        [this](const Presets::Preset &preset) { loadPreset(preset, true); });
    connect(m_presetsPanel, &PresetsPanel::openRequested, this,
        [this](const Presets::Preset &preset) { loadPreset(preset, false); });
    connect(m_presetsPanel, &PresetsPanel::historyRequested, this, [this](const QString &name) {
        showHistoryPage();
        m_historyPanel->showMatching(u"preset:"_s + name); // the source a preset's runs are recorded with
    });
}

bool MainWindow::readForm(Presets::Preset *preset, QString *why) const
{
    PurgeSpec spec;
    if (!currentSpec(&spec, why))
        return false;
    preset->profile = spec.profile;
    preset->zoneId = spec.zone.id;
    preset->zoneName = spec.zone.name;
    preset->mode = spec.mode == PurgeMode::Invalidate ? u"invalidate"_s : u"purge"_s;
    preset->action = Cloudflare::actionName(spec.action);
    preset->items = spec.action == PurgeAction::Everything ? QStringList()
                                                           : Presets::presetItems(m_ui->listEditor->toPlainText());
    return true;
}

void MainWindow::showPurgePage()
{
    m_pages->setCurrentIndex(0);
}

void MainWindow::showHistoryPage()
{
    m_pages->setCurrentWidget(m_historyPanel);
    m_historyPanel->setFocus();
}

// --- Accounts and zones ----------------------------------------------------------------------

const Profile *MainWindow::currentProfile() const
{
    const QString id = m_ui->accountCombo->currentData().toString();
    return id == kSandboxId ? nullptr : m_profiles.find(id);
}

void MainWindow::reloadAccounts(const QString &selectId)
{
    {
        const QSignalBlocker blocker(m_ui->accountCombo);
        m_ui->accountCombo->clear();
        QList<Profile> profiles = m_profiles.profiles();
        std::sort(profiles.begin(), profiles.end(),
            [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
        QStringList names;
        for (const Profile &profile : profiles) {
            m_ui->accountCombo->addItem(profile.name, profile.id);
            names << profile.name;
        }
        m_presetsPanel->setAccounts(names);
        m_ui->accountCombo->addItem(tr("Sandbox (local, not Cloudflare)"), kSandboxId);
        int index = m_ui->accountCombo->findData(selectId);
        if (index < 0)
            index = 0; // the first account, or the sandbox when there is none
        m_ui->accountCombo->setCurrentIndex(index);
    }
    accountChanged();
}

void MainWindow::accountChanged()
{
    if (m_zoneJob)
        m_zoneJob->cancel();
    const QString id = m_ui->accountCombo->currentData().toString();
    appSettings().setValue(kAccountKey, id);
    const Profile *profile = currentProfile();
    m_connection->open(profile ? *profile : Profile::sandbox());
    updateBanner();
    updateStatusBar();
    connectionChanged();
}

void MainWindow::updateBanner()
{
    const bool sandbox = m_connection->isSandbox();
    m_ui->sandboxBanner->setVisible(sandbox);
    m_ui->addAccountButton->setText(
        m_profiles.profiles().isEmpty() ? tr("A&dd Cloudflare Account...") : tr("Manage Acc&ounts..."));
    setWindowTitle(sandbox ? tr("PurgeDesk — Sandbox") : tr("PurgeDesk — %1").arg(m_connection->profile().name));
}

void MainWindow::updateStatusBar()
{
    const Profile &profile = m_connection->profile();
    m_accountStatus->setText(m_connection->isSandbox()
            ? tr("Sandbox on this computer")
            : tr("%1 · %2").arg(
                profile.name, profile.auth == Profile::Auth::GlobalKey ? tr("global API key") : tr("API token")));
    QString rate;
    if (m_runner && !m_runner->isFinished()) {
        rate = m_runner->counts().rateLimited ? tr("Rate limit: reached, waiting") : tr("Rate limit: pacing requests");
    } else {
        rate = tr("Rate limit: ready");
    }
    if (m_rateLimitedThisSession)
        rate += u" · "_s
            + (m_rateLimitedThisSession == 1 ? tr("1 × 429 this session")
                                             : tr("%1 × 429 this session").arg(m_rateLimitedThisSession));
    m_rateStatus->setText(rate);
}

void MainWindow::connectionChanged()
{
    switch (m_connection->state()) {
    case Connection::State::Closed:
        break;
    case Connection::State::Opening:
        m_ui->zonePicker->setLoading(tr("Reading the secret from the system keychain..."));
        break;
    case Connection::State::Failed:
        m_ui->zonePicker->setProblem(m_connection->problem(), false);
        break;
    case Connection::State::Ready:
        loadZones();
        break;
    }
    updatePlan();
}

void MainWindow::loadZones()
{
    if (m_connection->state() != Connection::State::Ready) {
        if (m_connection->state() == Connection::State::Failed)
            m_connection->open(m_connection->profile()); // Reload after a keychain problem: try again
        return;
    }
    if (m_zoneJob)
        m_zoneJob->cancel();
    const Profile &profile = m_connection->profile();
    if (!m_connection->isSandbox() && profile.verifiedAt.isValid() && !profile.canListZones) {
        m_ui->zonePicker->setProblem(tr("This account's token cannot list zones (it has no Zone > Zone > Read "
                                        "permission). Paste the zone ID from the zone's Overview page in "
                                        "Cloudflare's dashboard."),
            true);
        return;
    }
    m_ui->zonePicker->setLoading(tr("Loading zones..."));
    Cloudflare::ZoneListJob *job = m_connection->client()->listZones();
    m_zoneJob = job;
    const QString profileId = profile.id;
    connect(job, &Cloudflare::ZoneListJob::progress, this, [this, job](int loaded, int total) {
        if (m_zoneJob == job)
            m_ui->zonePicker->setLoading(
                tr("Loading zones... %1 of %2").arg(QLocale().toString(loaded), QLocale().toString(total)));
    });
    connect(job, &Cloudflare::ZoneListJob::finished, this, [this, job, profileId] {
        if (m_zoneJob != job || job->error().kind == Cloudflare::ApiError::Kind::Cancelled)
            return;
        if (!job->succeeded()) {
            const Cloudflare::ApiError &error = job->error();
            QString text = tr("The zones could not be listed. %1").arg(error.summary());
            if (error.isAuthFailure())
                text += u' ' + error.advice() + u' '
                    + tr("If the token only has the Cache Purge permission, paste the zone ID instead.");
            else if (!error.advice().isEmpty())
                text += u' ' + error.advice();
            m_ui->zonePicker->setProblem(text, true);
            return;
        }
        const QList<Zone> zones = job->zones();
        QString select = appSettings().value(kLastZoneKey + profileId).toString();
        if (!m_wantedZone.isEmpty()) {
            const auto wanted
                = std::find_if(zones.cbegin(), zones.cend(), [this](const Zone &zone) { return isWantedZone(zone); });
            select = wanted == zones.cend() ? m_wantedZone : wanted->id;
        }
        // One zone, or the sandbox's demo zones: preselect the first, so a first purge needs no search.
        if (select.isEmpty() && !zones.isEmpty() && (zones.size() == 1 || m_connection->isSandbox()))
            select = zones.first().id;
        m_ui->zonePicker->setZones(zones, select);
        if (!m_wantedZone.isEmpty() && !m_ui->zonePicker->currentZone())
            loadedZoneMissing(m_wantedZoneLabel);
        if (zones.isEmpty()) {
            m_ui->zonePicker->setProblem(tr("This account reaches no zones. Paste a zone ID if you have one."), true);
        } else if (job->skippedZones() > 0) {
            showNotice(tr("Cloudflare listed %1 zones without an ID or a name; they are not offered.")
                           .arg(job->skippedZones()),
                true);
        }
    });
}

void MainWindow::zoneChanged()
{
    const auto zone = m_ui->zonePicker->currentZone();
    if (zone && !m_wantedZone.isEmpty() && !isWantedZone(*zone))
        continueLoadedRun(tr("another zone was chosen."));
    if (zone) {
        appSettings().setValue(kLastZoneKey + m_connection->profile().id, zone->id);
        if (m_ui->zonePicker->hasTypedId() && zone->name.isEmpty())
            readTypedZone(zone->id);
    }
    scheduleValidation(0); // hosts outside the zone are flagged
}

void MainWindow::readTypedZone(const QString &zoneId)
{
    if (m_connection->state() != Connection::State::Ready)
        return;
    if (m_typedZoneJob)
        m_typedZoneJob->cancel();
    Cloudflare::ZoneJob *job = m_connection->client()->zone(zoneId);
    m_typedZoneJob = job;
    m_ui->zonePicker->setTypedZoneProblem(tr("Reading the zone's details..."));
    connect(job, &Cloudflare::ZoneJob::finished, this, [this, job, zoneId] {
        if (m_typedZoneJob != job || job->error().kind == Cloudflare::ApiError::Kind::Cancelled)
            return;
        const auto current = m_ui->zonePicker->currentZone();
        if (!current || current->id != zoneId)
            return;
        if (job->succeeded()) {
            m_ui->zonePicker->setTypedZoneDetails(job->zone());
        } else {
            m_ui->zonePicker->setTypedZoneProblem(
                tr("Zone ID (its details cannot be read with this token: the Free plan's limits are assumed)"));
        }
        updatePlan();
    });
}

// --- The list --------------------------------------------------------------------------------

PurgeAction MainWindow::currentAction() const
{
    return PurgeAction(m_actionGroup->checkedId());
}

PurgeMode MainWindow::currentMode() const
{
    return PurgeMode(m_modeGroup->checkedId());
}

void MainWindow::actionChanged()
{
    const PurgeAction action = currentAction();
    appSettings().setValue(kActionKey, int(action));
    const bool everything = action == PurgeAction::Everything;
    m_ui->editorHint->setText(editorHint(action));
    m_ui->listEditor->setEnabled(!everything);
    m_ui->importButton->setEnabled(!everything);
    m_ui->cleanUpButton->setEnabled(!everything);
    m_ui->modeExplanation->setText(currentMode() == PurgeMode::Purge
            ? tr("Removes the cached copies; the next visitor's request goes to your origin.")
            : tr("Marks the cached copies stale; Cloudflare revalidates them with your origin (a 304 keeps the "
                 "cached copy)."));
    scheduleValidation(0);
}

bool MainWindow::isValidating() const
{
    return m_validator->isPending();
}

void MainWindow::scheduleValidation(int delayMs)
{
    m_validator->request(
        [this] {
            AsyncValidator::Input input;
            input.action = currentAction();
            input.text = input.action == PurgeAction::Everything ? QString() : m_ui->listEditor->toPlainText();
            const auto zone = m_ui->zonePicker->currentZone();
            input.zoneName = zone ? zone->name : QString();
            return input;
        },
        delayMs);
    updatePlan();
}

void MainWindow::validated()
{
    const AsyncValidator::Result &result = m_validator->result();
    const PurgeAction action = m_validator->resultInput().action;
    if (action != PurgeAction::Everything)
        m_ui->listEditor->setValidation(result);
    QString counts = result->summary(action);
    if (action != PurgeAction::Everything && !result->listError.isEmpty())
        counts = result->listError;
    else if (result->errors)
        counts += u" · "_s + tr("F8 goes to the next error");
    m_ui->countsLabel->setText(counts);
    updatePlan();
}

bool MainWindow::currentSpec(PurgeSpec *spec, QString *why) const
{
    if (m_connection->state() != Connection::State::Ready) {
        *why = m_connection->state() == Connection::State::Failed ? m_connection->problem()
                                                                  : tr("Waiting for the account...");
        return false;
    }
    const auto zone = m_ui->zonePicker->currentZone();
    if (!zone) {
        *why = tr("Choose a zone.");
        return false;
    }
    if (m_validator->isPending() || !m_validator->result()) {
        *why = tr("Checking the list...");
        return false;
    }
    const AsyncValidator::Result &validation = m_validator->result();
    const PurgeAction action = currentAction();
    if (action != PurgeAction::Everything && !validation->canPurge()) {
        *why = !validation->listError.isEmpty()
            ? validation->listError
            : (validation->errors == 1
                    ? tr("Fix or remove the line marked as an error to purge.")
                    : tr("Fix or remove the %1 lines marked as errors to purge.").arg(validation->errors));
        return false;
    }
    spec->profile = m_connection->isSandbox() ? kSandboxId : m_connection->profile().name;
    spec->zone.id = zone->id;
    spec->zone.name = zone->name;
    spec->zone.accountId = zone->accountId;
    const PlanMatch plan = zone->plan();
    spec->zone.plan = plan.plan;
    spec->zone.planKnown = plan.known;
    spec->mode = currentMode();
    spec->action = action;
    spec->items = action == PurgeAction::Everything ? QList<Item>() : validation->items;
    return true;
}

void MainWindow::updatePlan()
{
    PurgeSpec spec;
    QString why;
    const bool ready = currentSpec(&spec, &why);
    const bool running = m_runner && !m_runner->isFinished();
    const PurgeAction action = currentAction();
    const QString verb = currentMode() == PurgeMode::Purge ? tr("Purge") : tr("Invalidate");
    QString buttonText = verb;
    if (ready) {
        const PurgePlan plan = planPurge(spec);
        m_ui->planLabel->setText(plan.summary());
        if (action == PurgeAction::Everything)
            buttonText = tr("%1 Everything...").arg(verb);
        else
            buttonText
                = tr("%1 %2 %3")
                      .arg(verb, QLocale().toString(spec.items.size()), itemNoun(action, int(spec.items.size())));
    } else {
        // The counts line may already say why (an empty list): once is enough.
        m_ui->planLabel->setText(why == m_ui->countsLabel->text() ? QString() : why);
    }
    m_ui->purgeButton->setText(buttonText);
    m_ui->purgeButton->setEnabled(ready && !running);
    m_ui->actionPurge->setEnabled(ready && !running);
    m_ui->previewButton->setEnabled(ready);
    m_ui->actionPreview->setEnabled(ready);
    m_ui->actionCancelRun->setEnabled(running);

    // Retry Failed from the history: purge as soon as the loaded run's zone and list are ready.
    if (m_purgeWhenReady && !running) {
        const auto zone = m_ui->zonePicker->currentZone();
        const bool rightZone = zone && isWantedZone(*zone);
        if (ready && rightZone) {
            m_purgeWhenReady = false;
            m_wantedZone.clear();
            QTimer::singleShot(0, this, [this, source = m_loadedSource] { purgeAs(source); });
        } else if (m_connection->state() == Connection::State::Failed) {
            continueLoadedRun(m_connection->problem());
        } else if (rightZone && !ready && !m_validator->isPending() && m_validator->result()) {
            continueLoadedRun(why);
        }
    }
}

void MainWindow::continueLoadedRun(const QString &why)
{
    if (m_purgeWhenReady)
        showNotice(
            tr("%1 did not start: %2 The list is loaded; check it and press Purge.").arg(m_loadedWhat, why), true);
    m_purgeWhenReady = false;
    m_wantedZone.clear();
}

void MainWindow::loadedZoneMissing(const QString &zone)
{
    const QString why = tr("the zone %1 is not among this account's zones.").arg(zone);
    if (!m_purgeWhenReady)
        showNotice(tr("The list is loaded, but %1 Choose the zone to purge in.").arg(why), true);
    continueLoadedRun(why);
}

void MainWindow::loadRun(const History::RunRow &run, const QStringList &lines, bool purgeNow)
{
    FormLoad load;
    load.profile = run.profile;
    load.zone = run.zoneId;
    load.zoneLabel = run.zoneName.isEmpty() ? run.zoneId : run.zoneName;
    load.mode = run.mode;
    load.action = run.action;
    load.lines = lines;
    load.purgeNow = purgeNow;
    load.source = u"gui"_s;
    load.what = tr("The retry");
    const QString when = QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    const QString &zone = load.zoneLabel;
    const bool everything = run.action == u"everything"_s;
    if (everything)
        load.notice = purgeNow ? tr("Retrying the purge of everything in %1 from %2.").arg(zone, when)
                               : tr("Loaded the purge of everything in %1 from %2.").arg(zone, when);
    else if (purgeNow)
        load.notice = tr("Retrying the %1 items that the purge of %2 did not purge in %3.")
                          .arg(QLocale().toString(lines.size()), when, zone);
    else
        load.notice
            = tr("Loaded the %1 items of the purge of %2 in %3.").arg(QLocale().toString(lines.size()), when, zone);
    load.accountGone = tr("The purge of %1 was made with the account \u201c%2\u201d, which is no longer in "
                          "PurgeDesk. Its list is loaded: choose an account and the zone %3 to purge it.")
                           .arg(when, run.profile, zone);
    loadForm(load);
}

void MainWindow::loadPreset(const Presets::Preset &preset, bool purgeNow)
{
    FormLoad load;
    load.profile = preset.profile;
    load.zone = preset.zoneId.isEmpty() ? preset.zoneName : preset.zoneId;
    load.zoneLabel = preset.zoneLabel();
    load.mode = preset.mode;
    load.action = preset.action;
    load.lines = preset.items;
    load.purgeNow = purgeNow;
    load.source = u"preset:"_s + preset.name;
    load.what = tr("The preset \u201c%1\u201d").arg(preset.name);
    load.notice = purgeNow ? tr("Running the preset \u201c%1\u201d in %2.").arg(preset.name, load.zoneLabel)
                           : tr("Opened the preset \u201c%1\u201d (zone %2).").arg(preset.name, load.zoneLabel);
    load.accountGone = preset.profile.isEmpty()
        ? tr("The preset \u201c%1\u201d names no account (it was saved on the command line). Its list is loaded: "
             "choose an account and the zone %2, then update the preset.")
              .arg(preset.name, load.zoneLabel)
        : tr("The preset \u201c%1\u201d uses the account \u201c%2\u201d, which is not in PurgeDesk. Its list is "
             "loaded: choose an account and the zone %3, then update the preset.")
              .arg(preset.name, preset.profile, load.zoneLabel);
    loadForm(load);
}

bool MainWindow::isWantedZone(const Zone &zone) const
{
    return !m_wantedZone.isEmpty()
        && (zone.id == m_wantedZone || zone.name.compare(m_wantedZone, Qt::CaseInsensitive) == 0);
}

void MainWindow::loadForm(const FormLoad &load)
{
    if (m_runner && !m_runner->isFinished()) {
        statusBar()->showMessage(tr("Wait for the running purge to finish, or cancel it, first."), 5000);
        return;
    }
    showPurgePage();
    QString accountId;
    if (load.profile == kSandboxId) {
        accountId = kSandboxId;
    } else {
        for (const Profile &profile : m_profiles.profiles()) {
            if (!load.profile.isEmpty() && profile.name == load.profile)
                accountId = profile.id;
        }
    }
    PurgeAction action = PurgeAction::Files;
    if (Cloudflare::actionFromName(load.action, &action))
        m_actionGroup->button(int(action))->setChecked(true);
    (load.mode == u"invalidate"_s ? m_ui->modeInvalidate : m_ui->modePurge)->setChecked(true);
    const bool everything = action == PurgeAction::Everything;
    if (!everything) {
        // One undo step brings back what the editor held before.
        QTextCursor cursor(m_ui->listEditor->document());
        cursor.beginEditBlock();
        cursor.select(QTextCursor::Document);
        cursor.insertText(load.lines.join(u'\n'));
        cursor.endEditBlock();
    }
    if (accountId.isEmpty()) {
        m_purgeWhenReady = false;
        m_wantedZone.clear();
        showNotice(load.accountGone, true);
        return;
    }
    m_wantedZone = load.zone;
    m_wantedZoneLabel = load.zoneLabel;
    m_purgeWhenReady = load.purgeNow;
    m_loadedSource = load.source;
    m_loadedWhat = load.what;
    QString notice = load.notice;
    if (!everything)
        notice += u' ' + tr("Undo (Ctrl+Z) in the list brings back what it held before.");
    showNotice(notice);
    const int index = m_ui->accountCombo->findData(accountId);
    if (m_ui->accountCombo->currentIndex() != index) {
        m_ui->accountCombo->setCurrentIndex(index); // the zone is selected once the zones are listed
    } else if (!m_zoneJob && m_connection->state() == Connection::State::Ready) {
        if (!m_ui->zonePicker->selectZone(load.zone))
            loadedZoneMissing(load.zoneLabel);
    }
    updatePlan();
}

void MainWindow::showNotice(const QString &text, bool problem)
{
    showMessage(m_ui->noticeLabel, text, problem);
}

void MainWindow::chooseImportFile()
{
    if (currentAction() == PurgeAction::Everything)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a List"), QString(),
        tr("Lists (*.txt *.csv *.tsv *.xml *.list);;Sitemaps (*.xml);;All files (*)"));
    if (!path.isEmpty())
        importSource(path);
}

void MainWindow::chooseImportUrl()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Import a Sitemap"),
        tr("Address of a sitemap or sitemap index (https://...):"), QLineEdit::Normal, QString(), &ok);
    if (ok && !url.trimmed().isEmpty())
        importSource(url.trimmed());
}

void MainWindow::importFiles(const QList<QUrl> &files)
{
    for (const QUrl &file : files)
        importSource(file.toLocalFile());
}

void MainWindow::importSource(const QString &source)
{
    auto *loader = new SitemapLoader(this);
    showNotice(tr("Reading %1...").arg(source));
    connect(loader, &SitemapLoader::finished, this, [this, loader] {
        loader->deleteLater();
        const QStringList &lines = loader->lines();
        QStringList notice;
        if (!lines.isEmpty()) {
            QTextCursor cursor(m_ui->listEditor->document());
            cursor.movePosition(QTextCursor::End);
            cursor.beginEditBlock();
            const QString existing = m_ui->listEditor->document()->lastBlock().text();
            if (!m_ui->listEditor->document()->isEmpty() && !existing.isEmpty())
                cursor.insertText(u"\n"_s);
            cursor.insertText(lines.join(u'\n'));
            cursor.endEditBlock();
            notice << tr("Imported %1.").arg(loader->description());
            const bool looksLikeUrls = std::all_of(lines.cbegin(), lines.cbegin() + qMin<qsizetype>(lines.size(), 20),
                [](const QString &line) { return line.startsWith(u"http"_s, Qt::CaseInsensitive); });
            if (looksLikeUrls && currentAction() != PurgeAction::Files) {
                m_ui->actionUrls->setChecked(true);
                notice << tr("The list holds URLs, so Purge by is now URLs.");
            }
        } else if (loader->problems().isEmpty()) {
            notice << tr("Nothing to import: %1 holds no items.").arg(loader->description());
        }
        notice << loader->problems();
        showNotice(notice.join(u' '), !loader->problems().isEmpty() || lines.isEmpty());
    });
    loader->load(source);
}

void MainWindow::cleanUp()
{
    if (currentAction() == PurgeAction::Everything)
        return;
    const QStringList lines = m_ui->listEditor->toPlainText().split(u'\n');
    QStringList kept;
    kept.reserve(lines.size());
    QSet<QString> seen;
    int trimmed = 0;
    int blanks = 0;
    int duplicates = 0;
    for (const QString &line : lines) {
        const QString clean = line.trimmed();
        if (clean.isEmpty()) {
            ++blanks;
            continue;
        }
        if (clean != line)
            ++trimmed;
        if (seen.contains(clean)) {
            ++duplicates;
            continue;
        }
        seen.insert(clean);
        kept.append(clean);
    }
    if (!trimmed && !duplicates && !(blanks > 1 || (blanks == 1 && !lines.constLast().isEmpty()))) {
        showNotice(tr("The list is already clean."));
        return;
    }
    QTextCursor cursor(m_ui->listEditor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(kept.join(u'\n'));
    cursor.endEditBlock();
    showNotice(tr("Cleaned up: %1 duplicate lines and %2 blank lines removed, %3 lines trimmed. Undo (Ctrl+Z) "
                  "brings the list back.")
                   .arg(duplicates)
                   .arg(blanks)
                   .arg(trimmed));
}

// --- Preview and purge -----------------------------------------------------------------------

void MainWindow::preview()
{
    PurgeSpec spec;
    QString why;
    if (!currentSpec(&spec, &why)) {
        statusBar()->showMessage(why, 5000);
        return;
    }
    const PurgePlan plan = planPurge(spec);
    auto *dialog = new PreviewDialog(dryRun(spec, plan, m_connection->client()->apiBase()),
        m_connection->client()->credentials().kind, plan.summary(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::purge()
{
    purgeAs(u"gui"_s);
}

void MainWindow::purgeAs(const QString &source)
{
    PurgeSpec spec;
    QString why;
    if ((m_runner && !m_runner->isFinished()) || !currentSpec(&spec, &why)) {
        if (!why.isEmpty())
            statusBar()->showMessage(why, 5000);
        return;
    }
    if (spec.action != PurgeAction::Everything) {
        startRun(spec, source);
        return;
    }
    const QString verb = spec.mode == PurgeMode::Purge ? tr("Purge Everything") : tr("Invalidate Everything");
    auto *dialog = new ConfirmZoneDialog(spec.zone.name.isEmpty() ? spec.zone.id : spec.zone.name, verb, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, spec, source] { startRun(spec, source); });
    dialog->open();
    dialog->nameEdit()->setFocus();
}

bool MainWindow::openHistoryWriter(const PurgeSpec &spec, const QString &source)
{
    if (m_history || !m_historyProblem.isEmpty())
        return true;
    switch (m_historyService->state()) {
    case History::HistoryService::State::Closed:
    case History::HistoryService::State::Opening:
        // A purge is only sent once it can be recorded: wait the moment the history takes to open.
        m_waitingForHistory = std::make_pair(spec, source);
        statusBar()->showMessage(tr("Opening the history..."), 5000);
        return false;
    case History::HistoryService::State::Unavailable:
        m_historyProblem = m_historyService->message();
        return true;
    case History::HistoryService::State::Open:
        break;
    }
    // The service has just checked the file: this writer's connection need not read it all again.
    auto store = std::make_unique<History::HistoryStore>(m_historyService->path());
    QString message;
    if (store->open(&message, History::HistoryStore::Check::Skip))
        m_history = std::move(store);
    else
        m_historyProblem = message;
    return true;
}

void MainWindow::startRun(const PurgeSpec &spec, const QString &source)
{
    if (m_runner && !m_runner->isFinished())
        return;
    if (!openHistoryWriter(spec, source))
        return;
    m_runSource = source;
    Runner::Options options = m_runnerOptions;
    options.concurrency = qBound(1, m_settings.concurrency, NetworkSettings::MaxConcurrency);
    Runner *previous = m_runner;
    auto *runner = new Runner(m_connection->client(), RateLimiter::forAccount(spec.limiterKey()), spec, options, this);
    m_runner = runner;
    m_recorder.reset();
    if (m_history) {
        m_recorder = std::make_unique<History::HistoryRecorder>(*m_history, source);
        runner->setSink(m_recorder.get());
    }
    m_ui->runView->setSandbox(m_connection->isSandbox());
    m_ui->runView->attach(runner);
    m_ui->runView->setHistoryNote(m_historyProblem.isEmpty()
            ? QString()
            : tr("This purge is not recorded in the history: %1").arg(m_historyProblem));
    if (!m_ui->runView->isVisible()) {
        m_ui->runView->show();
        // The run gets a fair share of the height the first time it appears.
        const int total = m_ui->mainSplitter->height();
        const QList<int> sizes = m_ui->mainSplitter->sizes();
        if (sizes.size() == 2 && sizes.at(1) < total / 3)
            m_ui->mainSplitter->setSizes({total * 55 / 100, total * 45 / 100});
    }
    if (previous) {
        previous->setSink(nullptr);
        previous->deleteLater();
    }
    connect(runner, &Runner::finished, this, &MainWindow::runFinished);
    connect(runner, &Runner::waiting, this, [this] { updateStatusBar(); });
    connect(runner, &Runner::progress, this, [this, runner] {
        if (runner == m_runner)
            updateStatusBar();
    });
    runner->start();
    if (m_recorder)
        m_historyPanel->setActiveRunId(m_recorder->runId());
    m_historyPanel->refresh();
    updatePlan();
    updateStatusBar();
}

void MainWindow::runFinished()
{
    if (!m_runner)
        return;
    m_rateLimitedThisSession += m_runner->counts().rateLimited;
    m_historyPanel->setActiveRunId(0);
    m_historyPanel->refresh();
    m_presetsPanel->refreshLastRuns();
    updatePlan();
    updateStatusBar();
    statusBar()->showMessage(m_ui->runView->headline(), 8000);
}

// --- Dialogs and window state ----------------------------------------------------------------

bool MainWindow::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, tr("PurgeDesk"), question) == QMessageBox::Yes;
}

void MainWindow::applyNetworkSettings()
{
    m_connection->setNetworkSettings(m_settings, m_settings.networkProxy(m_proxyPassword));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings = appSettings();
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // Room for the presets beside the form, on any screen that has it.
        const QSize available = screen()->availableSize();
        resize(qMin(1200, available.width()), qMin(760, available.height()));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_ui->actionShowStatusBar->setChecked(settings.value(kStatusBarKey, true).toBool());
    statusBar()->setVisible(m_ui->actionShowStatusBar->isChecked());
}

void MainWindow::saveWindowState() const
{
    QSettings settings = appSettings();
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(kStatusBarKey, m_ui->actionShowStatusBar->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runner && !m_runner->isFinished()) {
        if (!confirm(tr("A purge is running. Quit anyway? Requests not yet sent are not sent (the history records "
                        "them as not sent)."))) {
            event->ignore();
            return;
        }
        m_runner->cancel();
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

void MainWindow::showAccounts()
{
    if (auto *existing = findChild<AccountsDialog *>()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *dialog = new AccountsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::accountsChanged, this, [this] {
        QString message;
        const QString current = m_ui->accountCombo->currentData().toString();
        const bool hadProfiles = !m_profiles.profiles().isEmpty();
        QHash<QString, QString> names; // id -> name, to see which accounts were renamed
        for (const Profile &profile : m_profiles.profiles())
            names.insert(profile.id, profile.name);
        m_profiles.load(&message);
        for (const Profile &profile : m_profiles.profiles()) {
            if (names.contains(profile.id) && names.value(profile.id) != profile.name)
                m_presetsPanel->renameAccount(names.value(profile.id), profile.name);
        }
        // The first account added replaces the sandbox; otherwise the choice stays.
        const QString select
            = !hadProfiles && !m_profiles.profiles().isEmpty() ? m_profiles.profiles().first().id : current;
        reloadAccounts(select);
    });
    dialog->open();
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
            const bool reconnect = settings.apiBase != m_settings.apiBase;
            m_settings = settings;
            if (!password.isEmpty())
                m_proxyPassword = password;
            applyNetworkSettings();
            if (reconnect)
                accountChanged();
            statusBar()->showMessage(tr("Settings saved."), 3000);
        });
    dialog->open();
}

void MainWindow::showHelp()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("PurgeDesk Help"),
        tr("<h3>Purging in four steps</h3>"
           "<ol><li>Choose the <b>account</b> and the <b>zone</b> (type to search; Ctrl+F).</li>"
           "<li>Choose what to purge by: URLs, hostnames, cache tags, prefixes, or everything; and the mode: "
           "<b>Purge</b> removes cached copies, <b>Invalidate</b> marks them stale.</li>"
           "<li>Paste, type or import the list (Ctrl+O: text, CSV or sitemap.xml; or drop a file). Lines with a "
           "marker need a look: hover for the reason, F8 jumps to the next error.</li>"
           "<li><b>Preview</b> shows the exact requests; <b>Purge</b> (Ctrl+Return) sends them, paced under your "
           "plan's rate limits. Failed items can be retried.</li></ol>"
           "<p>Accounts &gt; Manage Accounts adds a Cloudflare API token (kept in the system keychain). Until then "
           "PurgeDesk uses a local sandbox that answers like Cloudflare.</p>"
           "<p>A purge you repeat: <b>Ctrl+S</b> saves the form as a preset; its <b>Run</b> button in the Presets "
           "panel purges it again in one click (purge everything still asks for the zone's name).</p>"
           "<p>Shortcuts: Ctrl+O import · Ctrl+F zone · Ctrl+Return purge · Ctrl+Shift+Return preview · "
           "Ctrl+. cancel · F8 next error · Ctrl+Shift+L clean up · Ctrl+S save as preset · Ctrl+1 / Ctrl+H / "
           "Ctrl+3 form, history, presets · Ctrl+, settings.</p>"),
        QMessageBox::Close, this);
    box->setObjectName(u"helpBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace PurgeDesk::Gui
