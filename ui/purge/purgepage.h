#pragma once

#include "purge/purgeorder.h"
#include "purge/purgesession.h"

#include <QByteArray>
#include <QPointer>
#include <QWidget>

#include <optional>

class QSplitter;

namespace PurgeDesk {
class AppContext;
}

namespace PurgeDesk::Gui {

class PurgeForm;
class RunView;

// The Purge page: the form above, the run below. It starts every purge the window makes (the
// form's Purge, a preset's Run, the History tab's Retry Failed, the run's own Retry Failed) as a
// PurgeSession from a spec, and records it in the history on the history's thread. Purge Again
// (after a verification found URLs still cached) starts one too.
class PurgePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurgePage)

public:
    PurgePage(AppContext *context, QWidget *parent = nullptr);
    ~PurgePage() override;

    PurgeForm *form() const { return m_form; }
    // The run view, built with the first purge (or here, when asked for first): a window that has not
    // purged yet does not pay for it at start-up.
    RunView *runView();
    QSplitter *splitter() const { return m_splitter; }
    // The form and run's split, as saved with the window (QSplitter::saveState()). Until the run view
    // is built, the split restored is kept as it was, and applied to it when it is.
    void restoreSplit(const QByteArray &state);
    QByteArray splitState() const;
    // The session shown (running or finished); null before the first purge.
    Purge::PurgeSession *session() const { return m_session; }
    bool isRunning() const { return m_session && m_session->isRunning(); }
    // An order waits for its account or is being resolved, to purge once it is ready.
    bool hasPendingOrder() const { return m_pendingOrder.has_value() || m_resolver; }

    // Tests: the runner's retry and backoff options.
    void setRunnerOptions(const Purge::Runner::Options &options) { m_runnerOptions = options; }

    // Shows `order` in the form and, with `purgeNow`, purges it as soon as its account is ready:
    // the order is resolved to a spec by itself (never read back from the form). `what` names it in
    // messages ("The preset “Deploy”"). Purge everything still asks for the zone's name.
    void runOrder(const Purge::PurgeOrder &order, bool purgeNow, const QString &what, const QString &notice,
        const QString &accountGone);

public Q_SLOTS:
    void purge();
    void preview();
    void cancel();
    void retryFailed();
    // Purges `specs` (the still-cached URLs of the run shown, VerifyPanel) as a new purge.
    void purgeAgain(const QList<PurgeDesk::Purge::PurgeSpec> &specs);

Q_SIGNALS:
    void sessionStarted(PurgeDesk::Purge::PurgeSession *session);
    void sessionFinished(PurgeDesk::Purge::PurgeSession *session);
    void statusMessage(const QString &text);
    // The run view's verification ended (RunView::verifyEnded).
    void verifyEnded(qint64 elapsedMs, const QString &summary, bool problem);

private:
    // Asks for the zone's name first when the spec purges everything.
    void confirmAndStart(const QList<Purge::PurgeSpec> &specs, const Purge::RunSource &source);
    // Starts `specs` (from the run shown: Retry Failed, Purge Again) on the run's account, or says
    // with `chooseAccount` ("...the account %1...") that another account is chosen now.
    void startAgain(const QList<Purge::PurgeSpec> &specs, const QString &chooseAccount);
    void start(const QList<Purge::PurgeSpec> &specs, const Purge::RunSource &source);
    void resolveOrder();
    // Sizes the run view in the splitter for its state (collapsed: only as tall as it needs).
    void fitRunView();
    void orderFailed(const QString &why);

    AppContext *m_context;
    PurgeForm *m_form;
    RunView *m_runView = nullptr;
    QByteArray m_splitState; // restoreSplit()'s, until the run view is built
    QSplitter *m_splitter;
    QPointer<Purge::PurgeSession> m_session;
    Purge::Runner::Options m_runnerOptions;
    // An order waiting for its account's connection, and how it is named in messages.
    std::optional<Purge::PurgeOrder> m_pendingOrder;
    QString m_pendingWhat;
    QPointer<Purge::OrderResolver> m_resolver;
    // A purge that waits for the history to open (the window's first purge opens it), so that it
    // is recorded.
    std::optional<std::pair<QList<Purge::PurgeSpec>, Purge::RunSource>> m_waitingForHistory;
};

} // namespace PurgeDesk::Gui
