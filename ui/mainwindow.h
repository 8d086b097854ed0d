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
namespace Cloudflare {
class ZoneJob;
class ZoneListJob;
} // namespace Cloudflare
} // namespace PurgeDesk

namespace PurgeDesk::Gui {

class AsyncValidator;
class EditActions;
class HistoryPanel;

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

public Q_SLOTS:
    void importFiles(const QList<QUrl> &files);
    void importSource(const QString &source);
    void showPurgePage();
    void showHistoryPage();
    // Loads a recorded run into the purge form (account, zone, action, mode, items); with
    // `purgeNow`, purges it as soon as the form is ready (with the usual confirmations).
    void loadRun(const PurgeDesk::History::RunRow &run, const QStringList &lines, bool purgeNow);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
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
    void startRun(const Purge::PurgeSpec &spec);
    bool openHistoryWriter(const Purge::PurgeSpec &spec);
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
    History::HistoryService *m_historyService = nullptr;
    std::optional<Purge::PurgeSpec> m_waitingForHistory; // a run that starts once the history is open
    QString m_wantedZoneId; // a loaded run's zone, selected once the zones are listed
    bool m_purgeWhenReady = false; // Retry Failed from the history: purge once the form is ready
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
