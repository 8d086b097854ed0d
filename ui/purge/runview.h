#pragma once

#include "purge/purgesession.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace PurgeDesk::Gui {

class BatchTableModel;
class MessageLine;
class VerdictModel;
class VerifyPanel;

// A purge as it runs and after, read from its PurgeSession only: progress (items and requests),
// what it waits for with a ticking countdown and the time left, one row per request, the outcome in
// a sentence with the raw error on request, and Cancel / Retry Failed / Copy Summary. When the form
// changes after a run, the result is marked as the previous purge's. After a URL purge, its
// VerifyPanel checks the purged URLs at Cloudflare's edge (and offers Purge Again).
class RunView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunView)

public:
    // How the end of a run looks at a glance (the progress bar's colour follows it).
    enum class Look { Running, Success, Warning, Error };

    explicit RunView(QWidget *parent = nullptr);
    ~RunView() override;

    // Shows `session` (the view holds no counts of its own). The session must outlive its use here
    // or be replaced first.
    void attach(Purge::PurgeSession *session);
    Purge::PurgeSession *session() const { return m_session; }
    void setHistoryNote(const QString &note);
    // The run goes to the built-in sandbox: a done run says that nothing reached Cloudflare.
    void setSandbox(bool sandbox) { m_sandbox = sandbox; }
    // The form changed since this run: its result is shown as the previous purge's.
    void markStale();
    bool isStale() const { return m_stale; }
    Look look() const { return m_look; }

    // Collapsed, the view keeps the outcome, the progress and its buttons, and hides the requests:
    // the list above gets the room.
    void setExpanded(bool expanded);
    bool isExpanded() const;

    QString headline() const;
    QString summaryText() const;
    BatchTableModel *batchModel() const { return m_model; }

    // Verify: possible after a URL purge in which Cloudflare accepted some URLs.
    bool canVerify() const;
    void verify();
    bool isVerifying() const;
    VerdictModel *verdictModel() const;
    VerifyPanel *verifyPanel() const { return m_verify; }
    // "98 fresh, 2 still cached" once verified; what is under way while verifying.
    QString verifySummary() const;

Q_SIGNALS:
    void retryFailedRequested();
    // Purge Again (VerifyPanel): a new purge of the still-cached URLs.
    void purgeAgainRequested(const QList<PurgeDesk::Purge::PurgeSpec> &specs);
    // The user collapsed or expanded the view.
    void expandedChanged(bool expanded);
    // A verification ended: how long it took, its summary, and whether a URL is not fresh.
    void verifyEnded(qint64 elapsedMs, const QString &summary, bool problem);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void limitHeight();
    // Requests or Verdicts clicked: shows that table, or hides it when it showed.
    void showDetails(QWidget *page);
    void updateToggles();
    void refresh();
    void onBatchChanged(int index);
    void finish();
    void copySummary();
    void setLook(Look look);
    QString waitingText() const;
    QString zoneLabel() const;
    QString zonesText() const;

    QPointer<Purge::PurgeSession> m_session;
    BatchTableModel *m_model;
    QLabel *m_staleNote;
    QLabel *m_headline;
    MessageLine *m_detail;
    QLabel *m_technical;
    QPushButton *m_technicalButton;
    QToolButton *m_expand;
    QProgressBar *m_progress;
    QToolButton *m_verdictsToggle;
    QStackedWidget *m_details; // the requests, or the verdicts
    QTableView *m_batches;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_copy;
    QLabel *m_historyNote;
    VerifyPanel *m_verify;
    QTimer m_refreshTimer;
    QTimer m_tick; // the countdown of a wait, once a second
    Look m_look = Look::Running;
    bool m_sandbox = false;
    bool m_stale = false;
    bool m_expanded = true;
};

} // namespace PurgeDesk::Gui
