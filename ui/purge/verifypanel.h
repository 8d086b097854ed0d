#pragma once

#include "purge/purgesession.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace PurgeDesk::Verify {
class EdgeVerifier;
}

namespace PurgeDesk::Gui {

class VerdictModel;

// The run view's verification: after a URL purge, its Verify button fetches the purged URLs from
// Cloudflare's edge (Verify::EdgeVerifier; the sandbox's own edge for the built-in sandbox, else
// PURGEDESK_EDGE or each URL's host) and the panel shows a summary line ("98 fresh, 2 still
// cached") and a verdict per URL. The button goes in the run view's row of buttons.
class VerifyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyPanel)

public:
    explicit VerifyPanel(QWidget *parent = nullptr);
    ~VerifyPanel() override;

    QPushButton *button() const { return m_button; }
    // A new run: what an earlier one verified goes (a verification under way is cancelled).
    void attach(Purge::PurgeSession *session, bool sandbox);
    // The run finished: Verify shows when there is something to verify.
    void runFinished();
    // The verdicts show only while the run view shows its tables.
    void setTablesShown(bool shown);

    // Possible after a URL purge in which Cloudflare accepted some URLs.
    bool canVerify() const;
    void verify();
    bool isVerifying() const;
    VerdictModel *model() const { return m_model; }
    // "98 fresh, 2 still cached" once verified; what is under way while verifying.
    QString summary() const;

Q_SIGNALS:
    // A verification ended: how long it took, its summary, and whether a URL is not fresh.
    void ended(qint64 elapsedMs, const QString &summary, bool problem);
    // What the panel shows changed size (a collapsed run view fits itself to it).
    void shownChanged();

private:
    void finished();

    QPointer<Purge::PurgeSession> m_session;
    QPushButton *m_button;
    QLabel *m_summary;
    QTableView *m_verdicts;
    VerdictModel *m_model;
    Verify::EdgeVerifier *m_verifier;
    QElapsedTimer m_clock;
    bool m_sandbox = false;
    bool m_tablesShown = true;
};

} // namespace PurgeDesk::Gui
