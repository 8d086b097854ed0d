#include "purgepage.h"

#include "accounts/connection.h"
#include "appcontext.h"
#include "cloudflare/apiclient.h"
#include "history/historyservice.h"
#include "purge/planner.h"
#include "storage/appfiles.h"
#include "ui/common/purgetexts.h"
#include "ui/purge/confirmzonedialog.h"
#include "ui/purge/previewdialog.h"
#include "ui/purge/purgeform.h"
#include "ui/purge/runview.h"
#include "ui/purge/verifypanel.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;

namespace PurgeDesk::Gui {

namespace {

const QString kRunExpandedKey = u"MainWindow/runViewExpanded"_s;
// Below this height the page starts with the run view collapsed, so that the list keeps its room.
constexpr int ExpandedRunFrom = 560;

} // namespace

PurgePage::PurgePage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_form(new PurgeForm(context, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(u"purgePage"_s);
    m_form->setObjectName(u"purgeForm"_s);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    // On a screen too short for the whole form and the run (a small one, a large font), the form
    // scrolls rather than making the window taller than the screen.
    auto *formArea = new QScrollArea(m_splitter);
    formArea->setObjectName(u"purgeFormArea"_s);
    formArea->setFrameShape(QFrame::NoFrame);
    formArea->setFocusPolicy(Qt::NoFocus);
    formArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formArea->setWidgetResizable(true);
    // The form sits in a holder: a scroll area whose widget's layout has height-for-width keeps it
    // at its preferred height (the list's size hint, not its minimum) and scrolls much too early.
    auto *holder = new QWidget(formArea);
    holder->setObjectName(u"purgeFormHolder"_s);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(m_form);
    formArea->setWidget(holder);
    // Focus that lands on a control scrolled out of sight (a shortcut, the program, Tab from the run
    // view; not a click, which would move the text under the pointer) scrolls it into view, so the user sees the
    // control and its focus ring. A control taller than the view (the list) shows its top part.
    connect(qApp, &QApplication::focusChanged, formArea, [formArea, holder](QWidget *, QWidget *now) {
        if (now && QApplication::mouseButtons() == Qt::NoButton && holder->isAncestorOf(now)
            && now->visibleRegion().boundingRect() != now->rect())
            formArea->ensureWidgetVisible(now, 0, 0);
    });
    m_splitter->addWidget(formArea);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0); // the form keeps its own margins
    layout->addWidget(m_splitter);
    setFocusProxy(m_form);

    connect(m_form, &PurgeForm::purgeRequested, this, &PurgePage::purge);
    connect(m_form, &PurgeForm::previewRequested, this, &PurgePage::preview);
    connect(m_context->history(), &History::HistoryService::verificationRecorded, this,
        [this](const QList<qint64> &runIds, const QString &problem) {
            if (!problem.isEmpty() && m_session && m_session->historyRunIds() == runIds)
                runView()->setHistoryNote(tr("The verdicts are not recorded in the history: %1").arg(problem));
        });
    connect(m_context->connection(), &Connection::stateChanged, this, [this] {
        if (m_pendingOrder)
            resolveOrder();
    });
    connect(m_context->history(), &History::HistoryService::opened, this, [this] {
        if (m_waitingForHistory) {
            const auto [specs, source] = *std::exchange(m_waitingForHistory, std::nullopt);
            start(specs, source);
        }
    });
}

PurgePage::~PurgePage() = default;

RunView *PurgePage::runView()
{
    if (m_runView)
        return m_runView;
    m_runView = new RunView(this);
    m_runView->setAccessibleName(tr("Purge run"));
    m_runView->hide(); // shown by the first purge
    m_splitter->addWidget(m_runView);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitState.isEmpty())
        m_splitter->restoreState(std::exchange(m_splitState, {}));
    // A widget made now joins the end of the window's tab chain (after the presets and the status
    // bar). Tab goes from the form's controls to the run, as it did when the run view was built
    // right after the form: after the last control of the form's own stretch of the chain (the
    // controls it made with itself; QWidget::setTabOrder() ignores a widget that takes no focus).
    const auto takesTab = [](const QWidget *widget) { return (widget->focusPolicy() & Qt::TabFocus) != 0; };
    QWidget *after = nullptr;
    for (QWidget *next = m_form->nextInFocusChain(); m_form->isAncestorOf(next); next = next->nextInFocusChain()) {
        if (takesTab(next))
            after = next;
    }
    QList<QWidget *> runChain;
    for (QWidget *next = m_runView; next == m_runView || m_runView->isAncestorOf(next);
         next = next->nextInFocusChain()) {
        if (takesTab(next))
            runChain << next;
    }
    for (QWidget *widget : std::as_const(runChain)) {
        if (after)
            QWidget::setTabOrder(after, widget);
        after = widget;
    }

    connect(m_form, &PurgeForm::inputChanged, m_runView, &RunView::markStale);
    connect(m_runView, &RunView::retryFailedRequested, this, &PurgePage::retryFailed);
    connect(m_runView, &RunView::purgeAgainRequested, this, &PurgePage::purgeAgain);
    connect(m_runView, &RunView::verifyEnded, this, &PurgePage::verifyEnded);
    connect(m_runView, &RunView::expandedChanged, this, [this](bool expanded) {
        appSettings().setValue(kRunExpandedKey, expanded);
        fitRunView();
    });
    // The history keeps each URL's verdict with the run it verified (a purge across zones: each
    // zone's run its own URLs). A run that was not recorded has no ids: nothing is recorded then.
    connect(m_runView->verifyPanel(), &VerifyPanel::concluded, this,
        [this](PurgeSession *session, const QList<Verify::UrlCheck> &checks, const QList<Verify::UrlWarm> &warms) {
            m_context->history()->recordVerification(
                session->historyRunIds(), checks, warms, QDateTime::currentDateTimeUtc());
        });
    return m_runView;
}

void PurgePage::restoreSplit(const QByteArray &state)
{
    m_splitter->restoreState(state);
    if (!m_runView)
        m_splitState = state;
}

QByteArray PurgePage::splitState() const
{
    return m_runView ? m_splitter->saveState() : m_splitState;
}

void PurgePage::fitRunView()
{
    if (!m_runView)
        return;
    const int total = m_splitter->height();
    if (!m_runView->isExpanded()) {
        // Collapsed, the run view is never taller than what it shows; the list gets the rest.
        const int height = qMin(m_runView->maximumHeight(), total / 2);
        m_splitter->setSizes({total - height, height});
        return;
    }
    // The run gets a fair share of the height, but not the form's own: the form (and its Purge
    // button) scrolls only when the window is too short for both.
    const int formNeeds = m_form->minimumSizeHint().height();
    const int fair = qMax(m_runView->minimumSizeHint().height(), qMin(total * 45 / 100, total - formNeeds));
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.value(1) < qMin(fair, total / 3) || (sizes.value(0) < formNeeds && sizes.value(1) > fair))
        m_splitter->setSizes({total - fair, fair});
}

void PurgePage::purge()
{
    QList<PurgeSpec> specs;
    QString why;
    if (isRunning() || !m_form->currentSpecs(&specs, &why)) {
        if (!why.isEmpty())
            Q_EMIT statusMessage(why);
        return;
    }
    confirmAndStart(specs, RunSource::gui());
}

void PurgePage::preview()
{
    QList<PurgeSpec> specs;
    QString why;
    if (!m_form->currentSpecs(&specs, &why)) {
        Q_EMIT statusMessage(why);
        return;
    }
    Cloudflare::ApiClient *client = m_context->connection()->client();
    QList<DryRunRequest> requests;
    for (const PurgeSpec &spec : std::as_const(specs)) {
        QList<DryRunRequest> zoneRequests = dryRun(spec, planPurge(spec), client->apiBase());
        if (specs.size() > 1) {
            for (DryRunRequest &request : zoneRequests)
                request.zone = spec.zone.name.isEmpty() ? spec.zone.id : spec.zone.name;
        }
        requests += zoneRequests;
    }
    auto *dialog = new PreviewDialog(requests, client->credentials().kind, PurgeForm::planText(specs),
        isRunning() ? QString() : m_form->purgeButtonText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreviewDialog::purgeRequested, this, &PurgePage::purge);
    dialog->open();
}

void PurgePage::cancel()
{
    if (isRunning())
        m_session->cancel();
}

void PurgePage::retryFailed()
{
    if (!m_session || !m_session->canRetry() || isRunning())
        return;
    const QList<PurgeSpec> specs = m_session->retrySpecs();
    startAgain(specs, tr("The retry goes to the account %1: choose it again first."));
}

void PurgePage::purgeAgain(const QList<PurgeSpec> &specs)
{
    if (specs.isEmpty() || !m_session || isRunning())
        return;
    startAgain(specs, tr("Purging again goes to the account %1: choose it again first."));
}

void PurgePage::startAgain(const QList<PurgeSpec> &specs, const QString &chooseAccount)
{
    Connection *connection = m_context->connection();
    const QString account = connection->isSandbox() ? Profile::sandboxId() : connection->profile().name;
    if (specs.first().profile != account || connection->state() != Connection::State::Ready) {
        Q_EMIT statusMessage(chooseAccount.arg(Texts::account(specs.first().profile)));
        return;
    }
    confirmAndStart(specs, m_session->source());
}

void PurgePage::runOrder(
    const PurgeOrder &order, bool purgeNow, const QString &what, const QString &notice, const QString &accountGone)
{
    if (isRunning()) {
        Q_EMIT statusMessage(tr("Wait for the running purge to finish, or cancel it, first."));
        return;
    }
    m_pendingOrder.reset();
    delete m_resolver;
    if (!m_form->showOrder(order, notice, accountGone) || !purgeNow)
        return;
    m_pendingOrder = order;
    m_pendingWhat = what;
    resolveOrder();
}

void PurgePage::resolveOrder()
{
    Connection *connection = m_context->connection();
    const QString account = connection->isSandbox() ? Profile::sandboxId() : connection->profile().name;
    if (account != m_pendingOrder->profile) {
        orderFailed(tr("Another account was chosen."));
        return;
    }
    switch (connection->state()) {
    case Connection::State::Closed:
    case Connection::State::Opening:
        return; // resolved once the account is ready
    case Connection::State::Failed:
        orderFailed(connection->problem());
        return;
    case Connection::State::Ready:
        break;
    }
    const PurgeOrder order = *std::exchange(m_pendingOrder, std::nullopt);
    auto *resolver = new OrderResolver(connection->client(), order, this);
    m_resolver = resolver;
    if (connection->zonesState() == Connection::Zones::Loaded)
        resolver->setKnownZones(connection->zones());
    connect(resolver, &OrderResolver::finished, this, [this, resolver, what = m_pendingWhat] {
        resolver->deleteLater();
        if (!resolver->succeeded()) {
            m_pendingWhat = what;
            orderFailed(resolver->problem());
            return;
        }
        if (!resolver->note().isEmpty())
            m_form->showNotice(resolver->note());
        confirmAndStart(resolver->specs(), resolver->order().source);
    });
    resolver->start();
}

void PurgePage::orderFailed(const QString &why)
{
    m_pendingOrder.reset();
    m_form->showNotice(
        tr("%1 did not start. %2 The list is loaded; check it and press Purge.").arg(m_pendingWhat, why), true);
}

void PurgePage::confirmAndStart(const QList<PurgeSpec> &specs, const RunSource &source)
{
    const PurgeSpec &first = specs.first();
    if (first.action != PurgeAction::Everything) {
        start(specs, source);
        return;
    }
    // Purge everything asks for the name of the zone it empties (or, across zones, their count).
    QStringList names;
    for (const PurgeSpec &spec : specs)
        names << (spec.zone.name.isEmpty() ? spec.zone.id : spec.zone.name);
    const QString verb = first.mode == PurgeMode::Purge ? tr("Purge Everything") : tr("Invalidate Everything");
    auto *dialog = new ConfirmZoneDialog(names.size() == 1 ? names.first() : QString::number(names.size()), verb, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, specs, source] { start(specs, source); });
    dialog->open();
    dialog->nameEdit()->setFocus();
}

void PurgePage::start(const QList<PurgeSpec> &specs, const RunSource &source)
{
    if (isRunning())
        return;
    History::HistoryService *history = m_context->history();
    const auto historyState = history->state();
    if (historyState == History::HistoryService::State::Closed
        || historyState == History::HistoryService::State::Opening) {
        // A purge is sent only once it can be recorded: wait the moment the history takes to open
        // (the window's first purge opens it, without reading the whole file: Check::Auto).
        m_waitingForHistory = std::make_pair(specs, source);
        history->ensureOpen(History::HistoryStore::Check::Auto);
        Q_EMIT statusMessage(tr("Opening the history..."));
        return;
    }
    Connection *connection = m_context->connection();
    Runner::Options options = m_runnerOptions;
    options.concurrency = qBound(1, m_context->networkSettings().concurrency, NetworkSettings::MaxConcurrency);
    auto *session = new PurgeSession(connection->client(), specs, {options, source}, this);
    session->setRecorders([history] { return history->recorder(); });
    PurgeSession *previous = m_session;
    m_session = session;
    runView()->setSandbox(connection->isSandbox());
    m_runView->attach(session);
    m_runView->setHistoryNote(!history->isWritable()
            ? tr("This purge is not recorded in the history: %1").arg(history->message())
            : QString());
    connect(session, &PurgeSession::recordingFailed, m_runView, [this](const QString &problem) {
        m_runView->setHistoryNote(tr("This purge is not fully recorded in the history: %1").arg(problem));
    });
    if (m_runView->isHidden()) {
        // Expanded when the user left it so, else when the window is tall enough for the requests too.
        const QVariant expanded = appSettings().value(kRunExpandedKey);
        m_runView->setExpanded(expanded.isValid() ? expanded.toBool() : m_splitter->height() >= ExpandedRunFrom);
        m_runView->show();
        fitRunView();
    }
    if (previous)
        previous->deleteLater();
    connect(session, &PurgeSession::finished, this, [this, session] {
        m_form->setRunning(false);
        Q_EMIT sessionFinished(session);
    });
    m_form->setRunning(true);
    session->start();
    Q_EMIT sessionStarted(session);
}

} // namespace PurgeDesk::Gui
