#include "verifypanel.h"

#include "cloudflare/apiclient.h"
#include "ui/common/messagebox.h"
#include "ui/purge/verdictmodel.h"
#include "ui/purge/verifyurlsdialog.h"
#include "verify/edgeverifier.h"
#include "verify/purgeagain.h"
#include "verify/urllist.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;

namespace PurgeDesk::Gui {

VerifyPanel::VerifyPanel(QWidget *parent)
    : QWidget(parent)
    , m_button(new QPushButton(tr("Verify"), this))
    , m_purgeAgain(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_verdicts(new QTableView(this))
    , m_model(new VerdictModel(this))
    , m_verifier(new Verify::EdgeVerifier(this))
{
    m_button->setObjectName(u"verifyButton"_s);
    m_button->setAccessibleName(tr("Fetch the purged URLs from Cloudflare's edge and check that each is fresh"));
    m_button->setToolTip(tr("Fetch each purged URL from Cloudflare's edge (no credentials) and say whether it is "
                            "fresh"));
    m_button->hide();
    m_purgeAgain->setObjectName(u"purgeAgainButton"_s);
    m_purgeAgain->setToolTip(tr("Purge the URLs that are still cached once more, in the zone they were purged in "
                                "(their device-type variants too, if you choose)"));
    m_purgeAgain->hide();
    m_summary->setObjectName(u"verifySummary"_s);
    m_summary->setAccessibleName(tr("Verification result"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    m_verdicts->setObjectName(u"verdictTable"_s);
    m_verdicts->setAccessibleName(tr("Verdict of each purged URL"));
    m_verdicts->setModel(m_model);
    setUpVerdictTable(m_verdicts);
    m_verdicts->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);

    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_verifier->isRunning()) {
            m_stopped = true;
            m_verifier->cancel();
        } else {
            verify();
        }
    });
    connect(m_purgeAgain, &QPushButton::clicked, this, &VerifyPanel::purgeAgain);
    connect(m_verifier, &Verify::EdgeVerifier::checked, this,
        [this](int index) { m_model->setCheck(index, m_verifier->results().at(index)); });
    connect(m_verifier, &Verify::EdgeVerifier::progress, this, [this](int done, int total) {
        if (!m_verifier->isRunning())
            return;
        if (m_verifier->isWarming())
            m_summary->setText(m_verdictSummary + u". "_s
                + tr("Warming: %1 of %Ln fresh URL(s) fetched...", nullptr, total).arg(QLocale().toString(done)));
        else
            m_summary->setText(
                tr("Verifying: %1 of %Ln URL(s) checked...", nullptr, total).arg(QLocale().toString(done)));
    });
    connect(m_verifier, &Verify::EdgeVerifier::finished, this, &VerifyPanel::verified);
    connect(m_verifier, &Verify::EdgeVerifier::warmFinished, this, &VerifyPanel::warmed);
}

VerifyPanel::~VerifyPanel() = default;

void VerifyPanel::attach(PurgeSession *session, bool sandbox)
{
    // What the last run's verification had found goes with it: cancelled quietly (no warm-up, no
    // summary, nothing recorded), before the new run is attached.
    if (m_verifier->isRunning()) {
        const QSignalBlocker quiet(m_verifier);
        m_verifier->cancel();
    }
    m_verifying = nullptr;
    m_session = session;
    m_sandbox = sandbox;
    m_model->setChecks({});
    Q_EMIT verdictsShown(false);
    m_summary->clear();
    m_summary->hide();
    m_button->hide();
    m_button->setText(tr("Verify"));
    m_purgeAgain->hide();
    m_listed.clear();
}

void VerifyPanel::runFinished()
{
    m_button->setVisible(canVerify());
    if (asksForUrls()) {
        m_button->setText(tr("Verify URLs..."));
        m_button->setToolTip(tr("List URLs to fetch from Cloudflare's edge (no credentials) and see whether each "
                                "is fresh"));
        return; // only the user knows which URLs to check
    }
    m_button->setToolTip(tr("Fetch each purged URL from Cloudflare's edge (no credentials) and say whether it is "
                            "fresh"));
    // A purge of up to the settings' N URLs is verified at once (the sandbox's too: its edge answers).
    // Counted only up to one past N: this runs on the window's thread as a run of 100,000 URLs ends.
    const VerifySettings settings = VerifySettings::load();
    if (settings.autoVerify && canVerify()
        && settings.verifiesAutomatically(int(purgedUrlCount(settings.autoVerifyMaxUrls))))
        verify();
}

bool VerifyPanel::canVerify() const
{
    if (!m_session || !m_session->isFinished())
        return false;
    // Something accepted in a zone (without copying its items: this runs for every finished run).
    for (int zone = 0; zone < m_session->zoneCount(); ++zone) {
        const bool everything = m_session->spec(zone).action == PurgeAction::Everything;
        if (everything ? m_session->zoneOutcome(zone) == RunOutcome::Done : m_session->zoneCounters(zone).done > 0)
            return true;
    }
    return false;
}

bool VerifyPanel::asksForUrls() const
{
    return m_session && m_session->zoneCount() > 0 && m_session->spec().action != PurgeAction::Files;
}

QList<PurgeSpec> VerifyPanel::acceptedSpecs() const
{
    QList<PurgeSpec> specs;
    if (!m_session)
        return specs;
    const QList<ItemOutcome> outcomes = m_session->items();
    qsizetype first = 0; // the zone's first item in items()
    for (int zone = 0; zone < m_session->zoneCount(); ++zone) {
        PurgeSpec spec = m_session->spec(zone);
        const qsizetype count = spec.items.size();
        if (spec.action == PurgeAction::Everything) {
            if (m_session->zoneOutcome(zone) == RunOutcome::Done)
                specs << spec;
        } else if (m_session->zoneCounters(zone).done > 0) {
            spec.items.clear();
            for (qsizetype i = 0; i < count && first + i < outcomes.size(); ++i) {
                if (outcomes.at(first + i).state == ItemState::Done)
                    spec.items << m_session->spec(zone).items.at(i);
            }
            specs << spec;
        }
        first += count;
    }
    return specs;
}

QStringList VerifyPanel::askForUrls()
{
    const QList<PurgeSpec> specs = acceptedSpecs();
    const QString zoneId = specs.isEmpty() ? QString() : specs.constFirst().zone.id;
    QStringList offered = m_listed;
    if (offered.isEmpty())
        offered = VerifySettings::listedUrls(zoneId);
    if (offered.isEmpty())
        offered = Verify::suggestedUrls(specs);
    VerifyUrlsDialog dialog(m_session->spec().action, offered, window());
    if (dialog.exec() != QDialog::Accepted || !m_session)
        return {};
    m_listed = dialog.urls();
    VerifySettings::setListedUrls(zoneId, m_listed);
    return m_listed;
}

bool VerifyPanel::isVerifying() const
{
    return m_verifier->isRunning();
}

void VerifyPanel::visitPurgedUrls(const std::function<bool(const QString &url)> &visit) const
{
    if (!m_session)
        return;
    const QList<ItemOutcome> outcomes = m_session->items();
    const QList<Item> items = m_session->allItems();
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (outcomes.at(i).state == ItemState::Done && !visit(items.at(i).value))
            return;
    }
}

QStringList VerifyPanel::purgedUrls() const
{
    QStringList urls;
    visitPurgedUrls([&urls](const QString &url) {
        urls << url;
        return true;
    });
    // A URL purged with several cache-key headers is fetched once: a plain GET carries none.
    urls.removeDuplicates();
    return urls;
}

qsizetype VerifyPanel::purgedUrlCount(qsizetype atMost) const
{
    QSet<QString> urls;
    visitPurgedUrls([&urls, atMost](const QString &url) {
        urls.insert(url);
        return urls.size() <= atMost;
    });
    return urls.size();
}

QStringList VerifyPanel::stillCachedUrls() const
{
    QStringList urls;
    if (m_verifier->isRunning() && !m_verifier->isWarming())
        return urls;
    for (const Verify::UrlCheck &check : m_verifier->results()) {
        if (check.verdict == Verify::Verdict::StillCached)
            urls << check.url;
    }
    return urls;
}

void VerifyPanel::purgeAgain()
{
    const QStringList urls = stillCachedUrls();
    if (!m_session || urls.isEmpty())
        return;
    const QList<PurgeSpec> purged = m_session->specs();
    MessageBox::Question question;
    question.title = tr("Purge Again");
    question.text = tr("Purge %Ln still-cached URL(s) once more?", nullptr, int(urls.size()));
    constexpr int Shown = 10;
    QStringList shown = urls.mid(0, Shown);
    if (urls.size() > Shown)
        shown << tr("and %Ln more", nullptr, int(urls.size() - Shown));
    question.informative = shown.join(u'\n') + u"\n\n"_s
        + tr("A new purge in the zone they were purged in. If the zone caches a copy per device type, purge "
             "those copies too.");
    question.checkBox = tr("Also purge their device-type variants (CF-Device-Type: mobile, tablet, desktop)");
    question.buttons = {{tr("Purge Again"), QMessageBox::AcceptRole}, {tr("Cancel"), QMessageBox::RejectRole}};
    question.defaultButton = 0;
    const MessageBox::Answer answer = MessageBox::ask(this, question);
    if (answer.button != 0 || !m_session)
        return;
    const QList<PurgeSpec> specs = asksForUrls() ? Verify::listedPurgeAgainSpecs(acceptedSpecs(), urls, answer.checked)
                                                 : Verify::purgeAgainSpecs(purged, urls, answer.checked);
    if (!specs.isEmpty())
        Q_EMIT purgeAgainRequested(specs);
}

QString VerifyPanel::summary() const
{
    return m_summary->text();
}

void VerifyPanel::verify()
{
    if (!canVerify() || m_verifier->isRunning())
        return;
    const QStringList urls = asksForUrls() ? askForUrls() : purgedUrls();
    if (urls.isEmpty())
        return;
    // The built-in sandbox plays the edge at its own address; otherwise PURGEDESK_EDGE, if set,
    // else each URL's own host.
    QString edge = qEnvironmentVariable("PURGEDESK_EDGE");
    const Cloudflare::ApiClient *client = m_session->client();
    if (m_sandbox && client) {
        QUrl base;
        base.setScheme(client->apiBase().scheme());
        base.setHost(client->apiBase().host());
        base.setPort(client->apiBase().port());
        edge = base.toString();
    }
    QString problem;
    if (!m_verifier->setEdge(edge, &problem)) {
        m_summary->setText(problem);
        m_summary->show();
        Q_EMIT shownChanged();
        return;
    }
    if (client)
        m_verifier->setProxy(client->proxy());
    QList<Verify::UrlCheck> pending;
    for (const QString &url : std::as_const(urls)) {
        Verify::UrlCheck check;
        check.url = url;
        pending << check;
    }
    m_model->setChecks(pending);
    Q_EMIT verdictsShown(true);
    m_summary->show();
    m_purgeAgain->hide();
    m_button->setText(tr("Stop Verifying"));
    m_settings = VerifySettings::load();
    m_stopped = false;
    m_warming = false;
    m_clock.start();
    m_verifying = m_session;
    m_verifier->start(urls, m_session->spec().mode, m_session->startedAt());
    Q_EMIT shownChanged();
}

void VerifyPanel::verified()
{
    if (!m_verifying || m_verifying != m_session)
        return; // started for a run that is gone
    m_model->setChecks(m_verifier->results());
    const Verify::VerdictCounts counts = m_verifier->counts();
    m_verdictSummary = Verify::summary(counts);
    const qsizetype stillCached = stillCachedUrls().size();
    m_purgeAgain->setText(tr("Purge Again (%Ln Still Cached)", nullptr, int(stillCached)));
    m_purgeAgain->setAccessibleName(tr("Purge the %Ln still-cached URL(s) once more", nullptr, int(stillCached)));
    m_purgeAgain->setVisible(stillCached > 0);
    // Settings: the fresh URLs once more, so that the next visitor gets a cached copy.
    const QStringList fresh = Verify::freshUrls(m_verifier->results());
    if (m_settings.warm && !m_stopped && !fresh.isEmpty()) {
        m_warming = true;
        m_button->setText(tr("Stop Warming"));
        m_verifier->warm(fresh);
        return;
    }
    conclude();
}

void VerifyPanel::warmed()
{
    if (m_verifying && m_verifying == m_session)
        conclude();
}

QString VerifyPanel::warmText() const
{
    const QList<Verify::UrlWarm> &warms = m_verifier->warmResults();
    const Verify::WarmCounts counts = m_verifier->warmCounts();
    if (counts.warmed == warms.size())
        return tr("Warmed %Ln fresh URL(s) for the next visitor.", nullptr, int(warms.size()));
    QString text = tr("Warm-up: %1.").arg(Verify::warmSummary(counts));
    QStringList failed;
    for (const Verify::UrlWarm &warm : warms) {
        if (warm.outcome == Verify::WarmOutcome::Failed)
            failed << tr("%1 (%2)").arg(warm.url, warm.error);
    }
    constexpr int Shown = 3;
    if (!failed.isEmpty()) {
        QString list = failed.mid(0, Shown).join(tr(", "));
        if (failed.size() > Shown)
            list = tr("%1 and %Ln more", nullptr, int(failed.size() - Shown)).arg(list);
        text += u' ' + tr("Failed to warm: %1.").arg(list);
    }
    return text;
}

void VerifyPanel::conclude()
{
    const Verify::VerdictCounts counts = m_verifier->counts();
    QString text = m_verdictSummary;
    if (m_sandbox)
        text += u' ' + tr("(the sandbox's edge; nothing was fetched from Cloudflare)");
    if (m_warming)
        text += u". "_s + warmText();
    m_summary->setText(text);
    m_button->setText(asksForUrls() ? tr("Verify Again...") : tr("Verify Again"));
    Q_EMIT shownChanged();
    if (m_verifying && m_verifying == m_session)
        Q_EMIT concluded(
            m_verifying, m_verifier->results(), m_warming ? m_verifier->warmResults() : QList<Verify::UrlWarm>());
    Q_EMIT ended(m_clock.isValid() ? m_clock.elapsed() : 0, text, !counts.allFresh());
}

} // namespace PurgeDesk::Gui
