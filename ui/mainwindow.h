#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindowForm;
}

class QDockWidget;
class QLabel;
class QTabWidget;

namespace PurgeDesk {
class AppContext;
namespace History {
struct RunRow;
}
namespace Presets {
struct Preset;
}
namespace Purge {
class PurgeSession;
}
} // namespace PurgeDesk

namespace PurgeDesk::Gui {

class DesktopNotifier;
class EditActions;
class FocusRing;
class HistoryPanel;
class PresetsPanel;
class PurgePage;

// The main window: menus, the Purge and History pages, the Presets dock and the status bar. Each
// feature is its own widget (PurgePage, HistoryPanel, PresetsPanel); the window wires them to each
// other and to the services it is given, and creates none of those.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppContext *context() const { return m_context; }
    PurgePage *purgePage() const { return m_purgePage; }
    // Built once the window has been painted for the first time (which needs none of it), or
    // before if something needs it.
    HistoryPanel *historyPanel();
    PresetsPanel *presetsPanel() const { return m_presetsPanel; }
    FocusRing *focusRing() const { return m_focusRing; }
    // A purge or an import that took at least this long, and finished while the window was not the
    // active one, is announced with a desktop notification (default 10 s).
    void setNotifyAfterMs(int ms) { m_notifyAfterMs = ms; }
    // Brings the window to the front (a notification clicked, PurgeDesk started again).
    void bringToFront();
    // Brings the window to the front and imports these files into the list (PurgeDesk started
    // again with files, or with files at its first start).
    void openFiles(const QStringList &paths);

public Q_SLOTS:
    void showPurgePage();
    void showHistoryPage();
    // Loads a recorded run into the purge form; with `retryFailed`, purges the lines (its items
    // that were not purged) at once, with the usual confirmations.
    void loadRun(const PurgeDesk::History::RunRow &run, const QStringList &lines, bool retryFailed);
    // Loads a preset into the purge form; with `purgeNow`, purges it at once (recorded as the
    // preset's run), with the usual confirmations.
    void loadPreset(const PurgeDesk::Presets::Preset &preset, bool purgeNow);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupActions();
    void setupToolBar();
    void setupPages();
    void setupPresets();
    void restoreWindowState();
    void saveWindowState() const;
    void updateTitle();
    void updateStatusBar();
    void sessionStarted(Purge::PurgeSession *session);
    void sessionFinished(Purge::PurgeSession *session);
    void showAbout();
    void showAccounts(bool addNew);
    void showSettings();
    void showHelp();
    // What the first frame does not need: the window icon, the theme's icons, the History panel.
    void afterFirstFrame();
    // The shortcuts of the frequent actions, as an HTML table (Help shows it).

    std::unique_ptr<::Ui::MainWindowForm> m_ui;
    AppContext *m_context;
    EditActions *m_editActions = nullptr;
    QLabel *m_accountStatus = nullptr;
    QLabel *m_rateStatus = nullptr;
    QTabWidget *m_pages = nullptr;
    PurgePage *m_purgePage = nullptr;
    QWidget *m_historyPage = nullptr; // the History tab, which holds the panel once it is built
    HistoryPanel *m_historyPanel = nullptr;
    bool m_shownOnce = false; // the first frame was shown: afterFirstFrame() ran or is queued
    qint64 m_activeRunId = 0; // the running purge's run in the history (0: none, or not yet recorded)
    PresetsPanel *m_presetsPanel = nullptr;
    QDockWidget *m_presetsDock = nullptr;
    FocusRing *m_focusRing = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    int m_notifyAfterMs = 10000;
    int m_rateLimitedThisSession = 0;
};

} // namespace PurgeDesk::Gui
