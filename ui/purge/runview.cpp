#include "runview.h"

#include "cloudflare/apiclient.h"
#include "history/historystore.h"
#include "purge/planner.h"
#include "purge/runtext.h"
#include "ui/common/batchtablemodel.h"
#include "ui/common/editactions.h"
#include "ui/common/messageline.h"
#include "ui/common/purgetexts.h"
#include "ui/common/uiresources.h"
#include "ui/purge/verifypanel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;

namespace PurgeDesk::Gui {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

RunView::RunView(QWidget *parent)
    : QWidget(parent)
    , m_model(new BatchTableModel(this))
    , m_staleNote(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_detail(new MessageLine(this, 1))
    , m_technical(new QLabel(this))
    , m_technicalButton(new QPushButton(tr("Technical Details"), this))
    , m_expand(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_verdictsToggle(new QToolButton(this))
    , m_details(new QStackedWidget(this))
    , m_batches(new QTableView(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry Failed"), this))
    , m_copy(new QPushButton(tr("Copy Summary"), this))
    , m_historyNote(new QLabel(this))
    , m_verify(new VerifyPanel(this))
{
    setObjectName(u"runView"_s);
    m_staleNote->setObjectName(u"runStale"_s);
    m_staleNote->setText(tr("Previous purge: the form has changed since."));
    m_staleNote->setForegroundRole(QPalette::PlaceholderText);
    // Beside the headline, its room kept while hidden: the note never moves the run view's lines.
    QSizePolicy stalePolicy = m_staleNote->sizePolicy();
    stalePolicy.setRetainSizeWhenHidden(true);
    m_staleNote->setSizePolicy(stalePolicy);
    m_staleNote->hide();
    m_headline->setObjectName(u"runHeadline"_s);
    m_headline->setAccessibleName(tr("Run result"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(u"runDetail"_s);
    m_detail->setAccessibleName(tr("Run details"));
    m_detail->setGrows(true); // as many lines as it needs: the run view is as tall as what it says
    m_technical->setObjectName(u"runTechnical"_s);
    m_technical->setAccessibleName(tr("Technical details of the error"));
    m_technical->setWordWrap(true);
    m_technical->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_technical->setForegroundRole(QPalette::PlaceholderText);
    m_technical->hide();
    m_technicalButton->setObjectName(u"technicalDetailsButton"_s);
    m_technicalButton->setAccessibleName(tr("Show the technical details of the error"));
    m_technicalButton->setCheckable(true);
    m_technicalButton->hide();
    connect(m_technicalButton, &QPushButton::toggled, m_technical, &QWidget::setVisible);
    m_expand->setObjectName(u"runDetailsToggle"_s);
    m_expand->setAccessibleName(tr("Show the requests of the purge"));
    m_expand->setCheckable(true);
    m_expand->setChecked(true);
    m_expand->setAutoRaise(true);
    m_expand->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_expand->setArrowType(Qt::DownArrow);
    m_expand->setText(tr("Requests"));
    m_expand->setToolTip(tr("Show or hide the requests of the purge"));
    connect(m_expand, &QToolButton::clicked, this, [this] { showDetails(m_batches); });
    // Once a verification started, the verdicts take the requests' place at a click.
    m_verdictsToggle->setObjectName(u"verdictsToggle"_s);
    m_verdictsToggle->setCheckable(true);
    m_verdictsToggle->setAutoRaise(true);
    m_verdictsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_verdictsToggle->setArrowType(Qt::RightArrow);
    m_verdictsToggle->setText(tr("Verdicts"));
    m_verdictsToggle->setToolTip(tr("Show or hide the verdict of each verified URL"));
    m_verdictsToggle->hide();
    connect(m_verdictsToggle, &QToolButton::clicked, this, [this] { showDetails(m_verify->table()); });

    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setAccessibleName(tr("Purge progress"));
    m_progress->setTextVisible(true);

    m_batches->setObjectName(u"batchTable"_s);
    m_batches->setAccessibleName(tr("Requests of this purge"));
    m_batches->setModel(m_model);
    m_batches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_batches->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_batches->setAlternatingRowColors(true);
    m_batches->setWordWrap(false);
    m_batches->verticalHeader()->hide();
    m_batches->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Fixed widths from the font: re-measuring every row on each refresh stalls long runs.
    const int charWidth = fontMetrics().averageCharWidth();
    for (const auto &[column, chars] : {std::pair {BatchTableModel::Request, 8}, {BatchTableModel::Items, 22},
             {BatchTableModel::Status, 16}, {BatchTableModel::Attempts, 9}, {BatchTableModel::Http, 6}})
        m_batches->setColumnWidth(column, chars * charWidth + 12);
    m_batches->horizontalHeader()->setStretchLastSection(true);
    // A row is enough to see that requests are there; the splitter gives more when there is room.
    // Never more: the window's smallest height must stay within a small screen.
    m_batches->setMinimumHeight(
        m_batches->horizontalHeader()->sizeHint().height() + fontMetrics().height() + 8 + 2 * m_batches->frameWidth());

    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel the purge"));
    m_retry->setObjectName(u"retryFailedButton"_s);
    m_retry->setAccessibleName(tr("Retry the failed and unsent items"));
    m_retry->setToolTip(tr("Purge again the items of this purge that were not purged (failed or not sent)"));
    m_copy->setObjectName(u"copySummaryButton"_s);
    m_copy->setAccessibleName(tr("Copy a summary of the purge"));
    m_historyNote->setObjectName(u"historyNote"_s);
    m_historyNote->setWordWrap(true);
    m_historyNote->hide();

    connect(m_verify, &VerifyPanel::ended, this, &RunView::verifyEnded);
    connect(m_verify, &VerifyPanel::shownChanged, this, &RunView::limitHeight);
    connect(m_verify, &VerifyPanel::purgeAgainRequested, this, &RunView::purgeAgainRequested);
    // The requests and, once a verification started, the verdicts share the room below, one at a
    // time (Requests and Verdicts in the row of buttons choose), so that a small screen keeps the
    // list's lines.
    m_details->setObjectName(u"runDetailsStack"_s);
    m_details->addWidget(m_batches);
    m_details->addWidget(m_verify->table());
    connect(m_verify, &VerifyPanel::verdictsShown, this, [this](bool shown) {
        m_verdictsToggle->setVisible(shown);
        // A table of requests and one of verdicts: one row of each is the least either shows.
        const int header = m_batches->horizontalHeader()->sizeHint().height();
        const int row = m_batches->verticalHeader()->defaultSectionSize();
        m_batches->setMinimumHeight(header + (shown ? 1 : 2) * row);
        m_verify->table()->setMinimumHeight(header + row);
        m_details->setCurrentWidget(shown ? static_cast<QWidget *>(m_verify->table()) : m_batches);
        updateToggles();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_expand);
    buttons->addWidget(m_verdictsToggle);
    buttons->addWidget(m_technicalButton);
    buttons->addStretch(1);
    buttons->addWidget(m_verify->purgeAgainButton());
    buttons->addWidget(m_verify->button());
    buttons->addWidget(m_copy);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);

    // Tab takes the row of buttons from left to right (then the table, which keeps Tab for its cells).
    const QList<QWidget *> row {m_expand, m_verdictsToggle, m_technicalButton, m_verify->purgeAgainButton(),
        m_verify->button(), m_copy, m_retry, m_cancel};
    for (qsizetype i = 1; i < row.size(); ++i)
        QWidget::setTabOrder(row.at(i - 1), row.at(i));

    auto *layout = new QVBoxLayout(this);
    // Aligned with the form above it, whose layout keeps the style's margins.
    layout->setContentsMargins(style()->pixelMetric(QStyle::PM_LayoutLeftMargin), 0,
        style()->pixelMetric(QStyle::PM_LayoutRightMargin), style()->pixelMetric(QStyle::PM_LayoutBottomMargin));
    auto *headlineRow = new QHBoxLayout;
    headlineRow->addWidget(m_headline, 1);
    headlineRow->addWidget(m_staleNote, 0, Qt::AlignTop);
    layout->addLayout(headlineRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_detail);
    layout->addWidget(m_technical);
    layout->addWidget(m_historyNote);
    layout->addWidget(m_verify);
    layout->addWidget(m_details, 1);
    layout->addLayout(buttons);

    m_refreshTimer.setInterval(100);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RunView::refresh);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RunView::refresh);
    connect(m_copy, &QPushButton::clicked, this, &RunView::copySummary);
    connect(m_retry, &QPushButton::clicked, this, &RunView::retryFailedRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_session && m_session->isRunning()) {
            m_session->cancel();
            refresh();
        }
    });
}

RunView::~RunView() = default;

void RunView::setExpanded(bool expanded)
{
    m_expanded = expanded;
    m_details->setVisible(expanded);
    updateToggles();
    limitHeight();
}

void RunView::limitHeight()
{
    if (isExpanded()) {
        setMinimumHeight(0); // the layout's minimum: a row of each table
        setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    // Collapsed: exactly as tall as what it shows (its outcome whole, however many lines that
    // takes), so the splitter gives the rest to the list and never cuts a line in half.
    layout()->activate();
    const int height = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    setMinimumHeight(height);
    setMaximumHeight(height);
}

void RunView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!isExpanded())
        limitHeight();
}

bool RunView::isExpanded() const
{
    return m_expanded;
}

void RunView::showDetails(QWidget *page)
{
    // A click on what shows hides it; on the other, it shows that one instead.
    const bool expanded = !(m_expanded && m_details->currentWidget() == page);
    m_details->setCurrentWidget(page);
    setExpanded(expanded);
    Q_EMIT expandedChanged(expanded);
}

void RunView::updateToggles()
{
    const bool requests = m_expanded && m_details->currentWidget() == m_batches;
    m_expand->setChecked(requests);
    m_expand->setArrowType(requests ? Qt::DownArrow : Qt::RightArrow);
    m_expand->setAccessibleName(requests ? tr("Hide the requests of the purge") : tr("Show the requests of the purge"));
    const bool verdicts = m_expanded && m_details->currentWidget() == m_verify->table();
    m_verdictsToggle->setChecked(verdicts);
    m_verdictsToggle->setArrowType(verdicts ? Qt::DownArrow : Qt::RightArrow);
    m_verdictsToggle->setAccessibleName(
        verdicts ? tr("Hide the verdict of each URL") : tr("Show the verdict of each URL"));
}

void RunView::attach(PurgeSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_stale = false;
    m_verify->attach(session, m_sandbox);
    m_staleNote->hide();
    m_technical->clear();
    m_technical->hide();
    m_technicalButton->setChecked(false);
    m_technicalButton->hide();
    m_historyNote->hide();
    m_retry->setEnabled(false);
    m_cancel->setEnabled(true);
    m_copy->setText(tr("Copy Summary"));
    m_retry->setToolTip(tr("Purge again the items of this purge that were not purged (failed or not sent)"));
    m_model->setEverything(session->spec().action == PurgeAction::Everything);
    QList<History::BatchRow> rows;
    for (int row = 0; row < session->batchCount(); ++row)
        rows << History::BatchRow::fromRecord(session->batch(row));
    m_model->setRows(rows);
    setLook(Look::Running);
    connect(session, &PurgeSession::progress, this, [this] {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
    connect(session, &PurgeSession::batchChanged, this, &RunView::onBatchChanged);
    connect(session, &PurgeSession::waitChanged, this, [this] {
        if (m_session && m_session->wait().reason != PurgeSession::Wait::Reason::None)
            m_tick.start();
        else
            m_tick.stop();
        refresh();
    });
    connect(session, &PurgeSession::finished, this, &RunView::finish);
    refresh();
    if (session->isFinished())
        finish();
}

void RunView::onBatchChanged(int index)
{
    if (m_session && index < m_session->batchCount())
        m_model->setRow(index, History::BatchRow::fromRecord(m_session->batch(index)));
}

void RunView::setHistoryNote(const QString &note)
{
    m_historyNote->setText(note);
    m_historyNote->setVisible(!note.isEmpty());
    limitHeight();
}

void RunView::markStale()
{
    if (!m_session || !m_session->isFinished() || m_stale)
        return;
    m_stale = true;
    m_staleNote->show();
    // The button keeps its words (and width); what it retries is the previous purge's items.
    m_retry->setToolTip(tr("Purge again the items of the previous purge that were not purged (failed or not sent), "
                           "not what the form holds now"));
}

QString RunView::headline() const
{
    return m_headline->text();
}

QString RunView::zoneLabel() const
{
    if (m_session->zoneCount() > 1)
        return tr("%n zone(s)", nullptr, m_session->zoneCount());
    const ZoneRef &zone = m_session->spec().zone;
    return zone.name.isEmpty() ? zone.id : zone.name;
}

QString RunView::zonesText() const
{
    // "example.com: 80 purged · example.net: 28 purged, 2 failed"
    QStringList zones;
    for (int zone = 0; zone < m_session->zoneCount(); ++zone) {
        const ZoneRef &ref = m_session->spec(zone).zone;
        const Counters c = m_session->zoneCounters(zone);
        QString text = tr("%1: %2 %3")
                           .arg(ref.name.isEmpty() ? ref.id : ref.name, number(c.done),
                               Texts::pastVerb(m_session->spec(zone).mode));
        if (c.failed)
            text += tr(", %1 failed").arg(number(c.failed));
        if (c.notSent)
            text += tr(", %1 not sent").arg(number(c.notSent));
        zones << text;
    }
    return zones.join(u" · "_s);
}

QString RunView::waitingText() const
{
    const PurgeSession::Wait wait = m_session->wait();
    const qint64 left = wait.untilMs - m_session->counters().elapsedMs;
    if (wait.reason == PurgeSession::Wait::Reason::None || left < 1000)
        return {};
    const qint64 seconds = (left + 999) / 1000;
    switch (wait.reason) {
    case PurgeSession::Wait::Reason::RateLimited:
        return tr("Rate limited by Cloudflare: waiting %1 s, then the rest is sent. Nothing is lost.").arg(seconds);
    case PurgeSession::Wait::Reason::Retrying:
        return tr("A request failed; trying it again in %1 s.").arg(seconds);
    case PurgeSession::Wait::Reason::Pacing:
        return tr("Pacing requests to stay under the %1 plan's rate limit: next request in %2 s.")
            .arg(planDisplayName(m_session->plan().plan))
            .arg(seconds);
    case PurgeSession::Wait::Reason::None:
        break;
    }
    return {};
}

void RunView::refresh()
{
    if (!m_session)
        return;
    const Counters c = m_session->counters();
    const PurgeSpec &spec = m_session->spec();
    const bool everything = spec.action == PurgeAction::Everything;
    // The bar shows the share purged (what failed or was not sent leaves it short); its colour says
    // how the run ended.
    const int total = everything ? 1 : c.items;
    const bool everythingDone = m_session->isFinished() && m_session->outcome() == RunOutcome::Done;
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(everything ? (everythingDone ? 1 : 0) : c.done);
    m_progress->setFormat(everything
            ? tr("Everything")
            : tr("%1 of %2 %3").arg(number(c.done), number(c.items), Texts::pastVerb(spec.mode)));
    if (m_session->isFinished())
        return;
    const QString noun = itemNoun(spec.action, c.items);
    m_headline->setText(everything ? tr("Purging everything in %1...").arg(zoneLabel())
                                   : tr("%1 of %2 %3 %4 in %5 · %6")
                                         .arg(number(c.done), number(c.items), noun, Texts::pastVerb(spec.mode),
                                             zoneLabel(), requestsPhrase(c)));
    QStringList detail;
    if (m_session->isCancelling())
        detail << tr("Cancelling: requests already sent are allowed to finish...");
    const QString waiting = waitingText();
    if (!waiting.isEmpty())
        detail << waiting;
    if (c.remainingMs > 0)
        detail << tr("%1 left").arg(describeDuration(c.remainingMs));
    m_detail->setText(detail.join(u" · "_s));
    m_cancel->setEnabled(!m_session->isCancelling());
    limitHeight();
}

void RunView::setLook(Look look)
{
    m_look = look;
    QPalette palette = this->palette();
    const QPalette app;
    if (look == Look::Warning || look == Look::Error) {
        const QColor chunk = statusColor(look == Look::Error ? Status::Problem : Status::Warning, app);
        palette.setColor(QPalette::Highlight, chunk);
        palette.setColor(QPalette::HighlightedText,
            contrastRatio(chunk, Qt::white) >= contrastRatio(chunk, Qt::black) ? QColor(Qt::white) : QColor(Qt::black));
    } else {
        palette.setColor(QPalette::Highlight, app.color(QPalette::Highlight));
        palette.setColor(QPalette::HighlightedText, app.color(QPalette::HighlightedText));
    }
    m_progress->setPalette(palette);
}

void RunView::finish()
{
    m_refreshTimer.stop();
    m_tick.stop();
    refresh();
    const Counters c = m_session->counters();
    const PurgeSpec &spec = m_session->spec();
    const QString noun = itemNoun(spec.action, c.items);
    const QString took = formatElapsed(c.elapsedMs);
    const QString verb = Texts::pastVerb(spec.mode);
    const Cloudflare::ApiError &error = m_session->lastError();
    const bool everything = spec.action == PurgeAction::Everything;
    QString headline;
    Look look = Look::Error;
    switch (m_session->outcome()) {
    case RunOutcome::Done:
        look = Look::Success;
        if (everything)
            headline = tr("Everything in %1 was %2 (%3).").arg(zoneLabel(), verb, took);
        else if (c.items == 1)
            headline = tr("The %1 in %2 was %3 (%4).").arg(noun, zoneLabel(), verb, took);
        else if (c.items == 2)
            headline = tr("Both %1 in %2 were %3 (%4).").arg(noun, zoneLabel(), verb, took);
        else
            headline = tr("All %1 %2 in %3 were %4 (%5).").arg(number(c.done), noun, zoneLabel(), verb, took);
        break;
    case RunOutcome::Partial:
        look = Look::Warning;
        headline = tr("%1 of %2 %3 were %4; %5 failed, %6 not sent (%7).")
                       .arg(number(c.done), number(c.items), noun, verb, number(c.failed), number(c.notSent), took);
        break;
    case RunOutcome::Failed:
        if (everything)
            headline = tr("Nothing was purged in %1.").arg(zoneLabel());
        else if (c.items == 2)
            headline = tr("Nothing was %1: both %2 failed.").arg(verb, noun);
        else
            headline = tr("Nothing was %1: all %2 %3 failed.").arg(verb, number(c.items), noun);
        break;
    case RunOutcome::Cancelled:
        look = c.done > 0 ? Look::Warning : Look::Error;
        headline = everything ? tr("Cancelled before Cloudflare accepted the request.")
                              : tr("Cancelled: %1 of %2 %3 were %4; %5 not sent.")
                                    .arg(number(c.done), number(c.items), noun, verb, number(c.notSent + c.failed));
        break;
    case RunOutcome::AuthFailed:
        headline = tr("Cloudflare refused the credentials: %1 of %2 %3 were %4, the rest was not sent.")
                       .arg(number(c.done), number(c.items), noun, verb);
        break;
    case RunOutcome::Running:
    case RunOutcome::Interrupted:
    case RunOutcome::DryRun:
        break;
    }
    setLook(look);
    m_headline->setText(headline);
    QStringList detail;
    if (m_session->zoneCount() > 1)
        detail << zonesText() + u'.';
    const RunOutcome outcome = m_session->outcome();
    const bool problem = outcome != RunOutcome::Done && outcome != RunOutcome::Cancelled;
    if (problem && error.isError()) {
        detail << error.summary();
        if (!error.advice().isEmpty())
            detail << error.advice();
    }
    if (outcome != RunOutcome::Done)
        detail << requestsPhrase(c) + u'.'; // "30 of 300 requests sent."
    if (c.rateLimited)
        detail << tr("Cloudflare answered \u201crate limited\u201d %n time(s); each of those requests was sent again.",
            nullptr, c.rateLimited);
    // The other retries (the history counts them all): after a server error, a timeout or a reset.
    if (const int others = c.retries - c.rateLimited; others > 0)
        detail << tr("%n retry(s) after a server error, a timeout or a broken connection.", nullptr, others);
    const QString requests = c.requestsSent == 1 ? tr("the request")
        : c.requestsSent == 2                    ? tr("both requests")
                                                 : tr("all %Ln request(s)", nullptr, c.requestsSent);
    if (outcome == RunOutcome::Done)
        detail << (m_sandbox
                ? tr("The sandbox accepted %1; nothing was sent to Cloudflare.").arg(requests)
                : tr("Cloudflare accepted %1; the cached copies are removed within seconds.").arg(requests));
    m_detail->setText(detail.join(u' '));
    const QString technical = error.isError() && problem ? error.technical() : QString();
    m_technical->setText(tr("Technical details: %1").arg(technical));
    m_technicalButton->setVisible(!technical.isEmpty());
    m_cancel->setEnabled(false);
    m_retry->setEnabled(m_session->canRetry());
    m_verify->runFinished();
    limitHeight();
}

bool RunView::canVerify() const
{
    return m_verify->canVerify();
}

void RunView::verify()
{
    m_verify->verify();
}

bool RunView::isVerifying() const
{
    return m_verify->isVerifying();
}

VerdictModel *RunView::verdictModel() const
{
    return m_verify->model();
}

QString RunView::verifySummary() const
{
    return m_verify->summary();
}

QString RunView::summaryText() const
{
    if (!m_session)
        return {};
    const PurgeSpec &spec = m_session->spec();
    const Counters c = m_session->counters();
    QStringList lines;
    lines << m_headline->text();
    if (!m_detail->text().isEmpty())
        lines << m_detail->text();
    for (int zone = 0; zone < m_session->zoneCount(); ++zone) {
        const ZoneRef &ref = m_session->spec(zone).zone;
        lines << tr("Zone: %1 (%2)").arg(ref.name.isEmpty() ? tr("name unknown") : ref.name, ref.id);
    }
    lines << tr("Mode: %1; selector: %2").arg(toName(spec.mode), Cloudflare::selectorKey(spec.action));
    lines << tr("Items: %1 done, %2 failed, %3 not sent, %4 pending of %5")
                 .arg(c.done)
                 .arg(c.failed)
                 .arg(c.notSent)
                 .arg(c.pending)
                 .arg(c.items);
    lines << tr("%1; time: %2").arg(requestsPhrase(c), formatElapsed(c.elapsedMs)); // "3 requests; time: 0.2 s"
    if (m_session->lastError().isError() && !m_session->lastError().technical().isEmpty())
        lines << tr("Last error: %1").arg(m_session->lastError().technical());
    const QStringList ids = m_session->purgeIds();
    if (!ids.isEmpty())
        lines << tr("Cloudflare purge IDs: %1").arg(ids.join(u", "_s));
    const QList<ItemOutcome> outcomes = m_session->items();
    const QList<Item> items = m_session->allItems();
    for (int i = 0; i < outcomes.size(); ++i) {
        const ItemOutcome &item = outcomes.at(i);
        if (item.state == ItemState::Failed || item.state == ItemState::NotSent)
            lines << tr("%1: %2 (%3)").arg(Texts::itemState(item.state), items.at(i).value, item.reason);
    }
    return lines.join(u'\n');
}

void RunView::copySummary()
{
    QApplication::clipboard()->setText(summaryText());
    showDoneOnButton(m_copy, tr("Copied"), tr("Copy Summary"));
}

} // namespace PurgeDesk::Gui
