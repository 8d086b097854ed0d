#pragma once

#include "purge/purgesession.h"
#include "settings/verifysettings.h"
#include "verify/verdict.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <functional>

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
// cached") and a verdict per URL (its table goes in the run view's tabs). As Settings say (VerifySettings), it verifies
// by itself after a purge of up to N URLs, and warms the fresh URLs afterwards (the summary line says how that went).
// When URLs are still cached, Purge Again offers to purge them once more (with their device-type
// variants, if the user wants). The buttons go in the run view's row of buttons.
class VerifyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyPanel)

public:
    explicit VerifyPanel(QWidget *parent = nullptr);
    ~VerifyPanel() override;

    QPushButton *button() const { return m_button; }
    QPushButton *purgeAgainButton() const { return m_purgeAgain; }
    // A new run: what an earlier one verified goes (a verification under way is cancelled).
    void attach(Purge::PurgeSession *session, bool sandbox);
    // The run finished: Verify shows when there is something to verify, and a purge of up to the
    // settings' N URLs is verified at once.
    void runFinished();
    // The verdict of each URL: the run view shows it beside its requests (verdictsShown()).
    QTableView *table() const { return m_verdicts; }

    // Possible after a purge in which Cloudflare accepted something: a URL purge verifies its URLs;
    // a purge of hostnames, tags, prefixes or everything asks for the URLs to check (VerifyUrlsDialog).
    bool canVerify() const;
    // Whether verify() asks for the URLs (the purge named none).
    bool asksForUrls() const;
    void verify();
    // Verifying, or warming afterwards.
    bool isVerifying() const;
    // The URLs found still cached by the last verification.
    QStringList stillCachedUrls() const;
    // Asks whether to purge the still-cached URLs again (and their device-type variants); yes:
    // purgeAgainRequested().
    void purgeAgain();
    VerdictModel *model() const { return m_model; }
    // "98 fresh, 2 still cached" once verified; what is under way while verifying.
    QString summary() const;

Q_SIGNALS:
    // A verification ended: how long it took, its summary, and whether a URL is not fresh.
    void ended(qint64 elapsedMs, const QString &summary, bool problem);
    // A verification of `session`'s URLs ended (after its warm-up, if any): the verdicts, and the
    // warm-up's outcomes (empty without one). The purge page records them in the history.
    void concluded(PurgeDesk::Purge::PurgeSession *session, const QList<PurgeDesk::Verify::UrlCheck> &checks,
        const QList<PurgeDesk::Verify::UrlWarm> &warms);
    // What the panel shows changed size (a collapsed run view fits itself to it).
    void shownChanged();
    // A verification started (the verdicts are worth showing), or a new run cleared them.
    void verdictsShown(bool shown);
    // Purge Again: a new purge of these specs (the still-cached URLs, in the zones they were in).
    void purgeAgainRequested(const QList<PurgeDesk::Purge::PurgeSpec> &specs);

private:
    // The URLs Cloudflare accepted in the run, each once.
    QStringList purgedUrls() const;
    // How many of those there are, counted no further than one past `atMost`.
    qsizetype purgedUrlCount(qsizetype atMost) const;
    // Each URL Cloudflare accepted in the run (again for each cache-key variant), until `visit` says no.
    void visitPurgedUrls(const std::function<bool(const QString &url)> &visit) const;
    // Each zone's spec with only what Cloudflare accepted in it; zones with nothing accepted left out.
    QList<Purge::PurgeSpec> acceptedSpecs() const;
    // After a purge that named no URLs: the URLs to verify, as the user lists them; empty: cancelled.
    QStringList askForUrls();
    void verified();
    void warmed();
    void conclude();
    QString warmText() const;

    QPointer<Purge::PurgeSession> m_session;
    QPointer<Purge::PurgeSession> m_verifying; // the run the verification under way (or last) is for
    QPushButton *m_button;
    QPushButton *m_purgeAgain;
    QLabel *m_summary;
    QTableView *m_verdicts;
    VerdictModel *m_model;
    Verify::EdgeVerifier *m_verifier;
    QElapsedTimer m_clock;
    VerifySettings m_settings; // as they were when the verification started
    QString m_verdictSummary; // the verification's summary, while and after warming
    bool m_stopped = false; // the user stopped the verification or warm-up
    bool m_warming = false; // the last verification went on to warm
    bool m_sandbox = false;
    QStringList m_listed; // the URLs the user listed for this run (asksForUrls())
};

} // namespace PurgeDesk::Gui
