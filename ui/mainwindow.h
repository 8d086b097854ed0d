#pragma once

#include "accounts/profilestore.h"
#include "purge/runner.h"
#include "settings/networksettings.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QButtonGroup;
class QDockWidget;
class QLabel;
class QTabWidget;

namespace PurgeDesk {
class Connection;
namespace History {
class HistoryRecorder;
class HistoryService;
class HistoryStore;
struct RunRow;
} // namespace History
namespace Presets {
struct Preset;
}
namespace Cloudflare {
class ZoneJob;
class ZoneListJob;
} // namespace Cloudflare
} // namespace PurgeDesk

namespace PurgeDesk::Gui {

class AsyncValidator;
class EditActions;
class HistoryPanel;
class PresetsPanel;

// The main window: account and zone, what to purge and how, the list, its plan, Preview and
// Purge, and the run. Opens on the built-in sandbox until an account is added.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Seams for tests: the runner's retry and backoff options; the connection (and its sandbox).
    void setRunnerOptions(const Purge::Runner::Options &options) { m_runnerOptions = options; }
    Connection *connection() const { return m_connection; }
    Purge::Runner *currentRun() const { return m_runner; }
    // True while the list is being validated (counts and Purge are not final yet).
    bool isValidating() const;
    // Answers "are you sure?" questions instead of a message box (tests).
    void setConfirmHandler(std::function<bool(const QString &)> handler) { m_confirm = std::move(handler); }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    History::HistoryService *historyService() const { return m_historyService; }
    PresetsPanel *presetsPanel() const { return m_presetsPanel; }

public Q_SLOTS:
    void importFiles(const QList<QUrl> &files);
    void importSource(const QString &source);
    void showPurgePage();
    void showHistoryPage();
    // Loads a recorded run into the purge form (account, zone, action, mode, items); with
    // `purgeNow`, purges it as soon as the form is ready (with the usual confirmations).
    void loadRun(const PurgeDesk::History::RunRow &run, const QStringList &lines, bool purgeNow);
    // Loads a preset into the purge form; with `purgeNow`, purges it once the form is ready (with
    // the usual confirmations), recorded in the history as the preset's run.
    void loadPreset(const PurgeDesk::Presets::Preset &preset, bool purgeNow);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // What loadRun() and loadPreset() put in the form, and what the window says about it.
    struct FormLoad
    {
        QString profile;
        QString zone; // an ID, or a name when only the name is known
        QString zoneLabel;
        QString mode;
        QString action;
        QStringList lines;
        bool purgeNow = false;
        QString source; // the history's source for the purge it starts
        QString what; // "The retry", "The preset “Deploy”": what did not start, if it does not
        QString notice; // said once loaded
        QString accountGone; // said when the account is not in PurgeDesk
    };

    void setupActions();
    void setupPresets();
    void setupPurgeForm();
    void setupPages();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();
    void showAccounts();
    void showSettings();
    void showHelp();
    void applyNetworkSettings();

    void reloadAccounts(const QString &selectId);
    void accountChanged();
    void connectionChanged();
    void loadZones();
    void zoneChanged();
    void readTypedZone(const QString &zoneId);
    void actionChanged();
    void scheduleValidation(int delayMs);
    void validated();
    void updatePlan();
    void updateBanner();
    void updateStatusBar();
    void chooseImportFile();
    void chooseImportUrl();
    void cleanUp();
    void preview();
    void purge();
    void purgeAs(const QString &source);
    void startRun(const Purge::PurgeSpec &spec, const QString &source);
    bool openHistoryWriter(const Purge::PurgeSpec &spec, const QString &source);
    void loadForm(const FormLoad &load);
    bool isWantedZone(const Cloudflare::Zone &zone) const;
    // The purge form as a preset (no name or note); false (with why) when it cannot be saved.
    bool readForm(Presets::Preset *preset, QString *why) const;
    void continueLoadedRun(const QString &why);
    void loadedZoneMissing(const QString &zone);
    void runFinished();
    bool confirm(const QString &question);
    void showNotice(const QString &text, bool problem = false);

    Purge::PurgeAction currentAction() const;
    Purge::PurgeMode currentMode() const;
    // The spec for what the window shows now; false (with the reason) when it cannot be purged yet.
    bool currentSpec(Purge::PurgeSpec *spec, QString *why) const;
    const Profile *currentProfile() const;

    std::unique_ptr<::Ui::MainWindow> m_ui;
    EditActions *m_editActions = nullptr;
    QButtonGroup *m_actionGroup = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QLabel *m_accountStatus = nullptr;
    QLabel *m_rateStatus = nullptr;
    ProfileStore m_profiles;
    Connection *m_connection = nullptr;
    AsyncValidator *m_validator = nullptr;
    QPointer<Cloudflare::ZoneListJob> m_zoneJob;
    QPointer<Cloudflare::ZoneJob> m_typedZoneJob;
    QPointer<Purge::Runner> m_runner;
    QTabWidget *m_pages = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    PresetsPanel *m_presetsPanel = nullptr;
    QDockWidget *m_presetsDock = nullptr;
    History::HistoryService *m_historyService = nullptr;
    // A run (and its source) that starts once the history is open.
    std::optional<std::pair<Purge::PurgeSpec, QString>> m_waitingForHistory;
    QString m_wantedZone; // a loaded run's zone (ID or name), selected once the zones are listed
    QString m_wantedZoneLabel; // ... and its name for messages
    bool m_purgeWhenReady = false; // Retry Failed or a preset: purge once the form is ready
    QString m_loadedSource; // ... recorded with this source
    QString m_loadedWhat; // ... and named so in messages
    QString m_runSource = QStringLiteral("gui"); // the current run's source (its retries keep it)
    std::unique_ptr<History::HistoryStore> m_history;
    std::unique_ptr<History::HistoryRecorder> m_recorder;
    QString m_historyProblem;
    NetworkSettings m_settings;
    QString m_proxyPassword;
    Purge::Runner::Options m_runnerOptions;
    std::function<bool(const QString &)> m_confirm;
    int m_rateLimitedThisSession = 0;
};

} // namespace PurgeDesk::Gui
