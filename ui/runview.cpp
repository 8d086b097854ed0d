#include "runview.h"

#include "purge/planner.h"
#include "uiresources.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;
using PurgeDesk::Cloudflare::PurgeAction;
using PurgeDesk::Cloudflare::PurgeMode;

namespace PurgeDesk::Gui {

namespace {

enum Column { IndexColumn, ItemsColumn, StatusColumn, AttemptsColumn, ResultColumn };

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString batchStatus(const BatchRecord &batch)
{
    switch (batch.state) {
    case BatchRecord::State::Queued:
        return batch.attempts ? RunView::tr("Waiting to retry") : RunView::tr("Queued");
    case BatchRecord::State::InFlight:
        return RunView::tr("Sending");
    case BatchRecord::State::Done:
        return RunView::tr("Done");
    case BatchRecord::State::Failed:
        return RunView::tr("Failed");
    case BatchRecord::State::NotSent:
        return RunView::tr("Not sent");
    case BatchRecord::State::Split:
        return RunView::tr("Split in two");
    }
    return {};
}

QString verbPast(PurgeMode mode)
{
    return mode == PurgeMode::Purge ? RunView::tr("purged") : RunView::tr("invalidated");
}

} // namespace

RunView::RunView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_technical(new QLabel(this))
    , m_technicalButton(new QPushButton(tr("Technical Details"), this))
    , m_progress(new QProgressBar(this))
    , m_batches(new QTreeWidget(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry Failed"), this))
    , m_copy(new QPushButton(tr("Copy Summary"), this))
    , m_historyNote(new QLabel(this))
{
    setObjectName(u"runView"_s);
    m_headline->setObjectName(u"runHeadline"_s);
    m_headline->setAccessibleName(tr("Run result"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(u"runDetail"_s);
    m_detail->setAccessibleName(tr("Run details"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
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

    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setAccessibleName(tr("Purge progress"));
    m_progress->setTextVisible(true);

    m_batches->setObjectName(u"batchTable"_s);
    m_batches->setAccessibleName(tr("Requests of this purge"));
    m_batches->setRootIsDecorated(false);
    m_batches->setUniformRowHeights(true);
    m_batches->setAlternatingRowColors(true);
    m_batches->setHeaderLabels({tr("Request"), tr("Items"), tr("Status"), tr("Attempts"), tr("Purge ID or error")});
    m_batches->header()->setStretchLastSection(true);
    m_batches->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_batches->header()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);

    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel the purge"));
    m_retry->setObjectName(u"retryFailedButton"_s);
    m_retry->setAccessibleName(tr("Retry the failed and unsent items"));
    m_copy->setObjectName(u"copySummaryButton"_s);
    m_copy->setAccessibleName(tr("Copy a summary of the purge"));
    m_historyNote->setObjectName(u"historyNote"_s);
    m_historyNote->setWordWrap(true);
    m_historyNote->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_technicalButton);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_progress);
    layout->addWidget(m_detail);
    layout->addWidget(m_technical);
    layout->addWidget(m_historyNote);
    layout->addWidget(m_batches, 1);
    layout->addLayout(buttons);

    m_refreshTimer.setInterval(100);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RunView::refresh);
    connect(m_copy, &QPushButton::clicked, this, &RunView::copySummary);
    connect(m_retry, &QPushButton::clicked, this, &RunView::retryFailedRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner) {
            m_cancel->setEnabled(false);
            m_detail->setText(tr("Cancelling: requests already sent are allowed to finish..."));
            m_runner->cancel();
        }
    });
}

RunView::~RunView() = default;

void RunView::attach(Runner *runner)
{
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    m_batches->clear();
    m_renderedStates.clear();
    m_waitingText.clear();
    m_technical->clear();
    m_technical->hide();
    m_technicalButton->setChecked(false);
    m_technicalButton->hide();
    m_historyNote->hide();
    m_retry->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->show();
    connect(runner, &Runner::progress, this, [this] {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
    connect(runner, &Runner::waiting, this, &RunView::onWaiting);
    connect(runner, &Runner::finished, this, &RunView::finish);
    refresh();
    if (runner->isFinished())
        finish();
}

void RunView::setHistoryNote(const QString &note)
{
    m_historyNote->setText(note);
    m_historyNote->setVisible(!note.isEmpty());
}

QString RunView::headline() const
{
    return m_headline->text();
}

QString RunView::zoneLabel() const
{
    const ZoneRef &zone = m_runner->spec().zone;
    return zone.name.isEmpty() ? zone.id : zone.name;
}

void RunView::onWaiting(qint64 ms)
{
    if (!m_runner || ms < 1000) {
        m_waitingText.clear();
    } else {
        const qint64 seconds = (ms + 999) / 1000;
        const QList<BatchRecord> &batches = m_runner->batches();
        const bool retrying = std::any_of(batches.cbegin(), batches.cend(), [](const BatchRecord &batch) {
            return batch.state == BatchRecord::State::Queued && batch.error.isError()
                && batch.error.kind != Cloudflare::ApiError::Kind::RateLimited;
        });
        if (m_runner->counts().rateLimited > 0)
            m_waitingText
                = tr("Rate limited by Cloudflare: waiting %1 s, then the rest is sent. Nothing is lost.").arg(seconds);
        else if (retrying)
            m_waitingText = tr("A request failed; trying it again in %1 s.").arg(seconds);
        else
            m_waitingText = tr("Pacing requests to stay under the %1 plan's rate limit: next request in %2 s.")
                                .arg(planDisplayName(m_runner->plan().plan))
                                .arg(seconds);
    }
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void RunView::refresh()
{
    if (!m_runner)
        return;
    const RunCounts &c = m_runner->counts();
    const PurgeSpec &spec = m_runner->spec();
    const int settled = c.done + c.failed + c.notSent;
    const int total = spec.action == PurgeAction::Everything ? 1 : c.requested;
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(spec.action == PurgeAction::Everything ? (m_runner->isFinished() ? 1 : 0) : settled);
    m_progress->setFormat(spec.action == PurgeAction::Everything ? tr("Everything") : tr("%p%"));
    if (!m_runner->isFinished()) {
        const QString noun = itemNoun(spec.action, c.requested);
        m_headline->setText(spec.action == PurgeAction::Everything
                ? tr("Purging everything in %1...").arg(zoneLabel())
                : tr("%1 of %2 %3 %4 in %5 · %6 of %7 requests sent")
                      .arg(number(c.done), number(c.requested), noun, verbPast(spec.mode), zoneLabel(),
                          number(c.requests), number(m_runner->plan().requests())));
        QStringList detail;
        if (!m_waitingText.isEmpty())
            detail << m_waitingText;
        if (c.rateLimited)
            detail << (c.rateLimited == 1 ? tr("1 answer was \"rate limited\" (429)")
                                          : tr("%1 answers were \"rate limited\" (429)").arg(c.rateLimited));
        if (c.retries)
            detail << (c.retries == 1 ? tr("1 retry") : tr("%1 retries").arg(c.retries));
        if (m_cancel->isEnabled())
            m_detail->setText(detail.join(u" · "_s));
    }
    refreshRows();
}

void RunView::refreshRows()
{
    const QList<BatchRecord> &batches = m_runner->batches();
    m_batches->setUpdatesEnabled(false);
    for (int i = 0; i < batches.size(); ++i) {
        const BatchRecord &batch = batches.at(i);
        const int stateKey = int(batch.state) * 1000 + qMin(batch.attempts, 999);
        if (i < m_renderedStates.size() && m_renderedStates.at(i) == stateKey)
            continue;
        QTreeWidgetItem *row = i < m_batches->topLevelItemCount() ? m_batches->topLevelItem(i) : nullptr;
        if (!row) {
            row = new QTreeWidgetItem(m_batches);
            row->setText(IndexColumn, number(i + 1));
            row->setTextAlignment(IndexColumn, Qt::AlignRight | Qt::AlignVCenter);
            row->setTextAlignment(ItemsColumn, Qt::AlignRight | Qt::AlignVCenter);
            row->setTextAlignment(AttemptsColumn, Qt::AlignRight | Qt::AlignVCenter);
            m_renderedStates.append(-1);
        }
        row->setText(
            ItemsColumn, m_runner->spec().action == PurgeAction::Everything ? tr("everything") : number(batch.count));
        row->setText(StatusColumn, batchStatus(batch));
        row->setText(AttemptsColumn, number(batch.attempts));
        QString result;
        if (!batch.purgeId.isEmpty())
            result = batch.purgeId;
        else if (batch.error.isError())
            result = batch.error.technical().isEmpty()
                ? batch.error.summary()
                : tr("%1 (%2)").arg(batch.error.summary(), batch.error.technical());
        row->setText(ResultColumn, result);
        row->setToolTip(ResultColumn, result);
        const bool bad = batch.state == BatchRecord::State::Failed || batch.state == BatchRecord::State::NotSent;
        row->setForeground(StatusColumn, bad ? QBrush(problemColor()) : palette().brush(QPalette::Text));
        m_renderedStates[i] = stateKey;
    }
    m_batches->setUpdatesEnabled(true);
}

void RunView::finish()
{
    m_refreshTimer.stop();
    m_waitingText.clear();
    refresh();
    const RunCounts &c = m_runner->counts();
    const PurgeSpec &spec = m_runner->spec();
    const QString noun = itemNoun(spec.action, c.requested);
    const QString took = describeDuration(m_runner->elapsedMs());
    const Cloudflare::ApiError &error = m_runner->lastError();
    const bool everything = spec.action == PurgeAction::Everything;
    QString headline;
    switch (m_runner->outcome()) {
    case Runner::Outcome::Done:
        if (everything)
            headline = tr("Everything in %1 was %2 (%3).").arg(zoneLabel(), verbPast(spec.mode), took);
        else if (c.requested == 1)
            headline = tr("The %1 in %2 was %3 (%4).").arg(noun, zoneLabel(), verbPast(spec.mode), took);
        else
            headline
                = tr("All %1 %2 in %3 were %4 (%5).").arg(number(c.done), noun, zoneLabel(), verbPast(spec.mode), took);
        break;
    case Runner::Outcome::Partial:
        headline = tr("%1 of %2 %3 were %4; %5 failed and %6 were not sent.")
                       .arg(number(c.done), number(c.requested), noun, verbPast(spec.mode), number(c.failed),
                           number(c.notSent));
        break;
    case Runner::Outcome::Failed:
        headline = everything
            ? tr("Nothing was purged in %1.").arg(zoneLabel())
            : tr("Nothing was %1: all %2 %3 failed.").arg(verbPast(spec.mode), number(c.requested), noun);
        break;
    case Runner::Outcome::Cancelled:
        headline = everything
            ? tr("Cancelled before Cloudflare accepted the request.")
            : tr("Cancelled: %1 of %2 %3 were %4; %5 were not sent.")
                  .arg(number(c.done), number(c.requested), noun, verbPast(spec.mode), number(c.notSent + c.failed));
        break;
    case Runner::Outcome::AuthFailed:
        headline = tr("Cloudflare refused the credentials: %1 of %2 %3 were %4, the rest was not sent.")
                       .arg(number(c.done), number(c.requested), noun, verbPast(spec.mode));
        break;
    case Runner::Outcome::Running:
        break;
    }
    m_headline->setText(headline);
    QStringList detail;
    const bool problem
        = m_runner->outcome() != Runner::Outcome::Done && m_runner->outcome() != Runner::Outcome::Cancelled;
    if (problem && error.isError()) {
        detail << error.summary();
        if (!error.advice().isEmpty())
            detail << error.advice();
    }
    if (c.rateLimited)
        detail << (c.rateLimited == 1 ? tr("Cloudflare answered \"rate limited\" once; that request was sent again.")
                                      : tr("Cloudflare answered \"rate limited\" %1 times; those requests were sent "
                                           "again.")
                                            .arg(c.rateLimited));
    const QString requests = c.requests == 1 ? tr("the request") : tr("all %1 requests").arg(c.requests);
    if (m_runner->outcome() == Runner::Outcome::Done && m_sandbox)
        detail << tr("The sandbox accepted %1; nothing was sent to Cloudflare.").arg(requests);
    else if (m_runner->outcome() == Runner::Outcome::Done)
        detail << tr("Cloudflare accepted %1; the cached copies are removed within seconds.").arg(requests);
    m_detail->setText(detail.join(u' '));
    const QString technical = error.isError() && problem ? error.technical() : QString();
    m_technical->setText(tr("Technical details: %1").arg(technical));
    m_technicalButton->setVisible(!technical.isEmpty());
    m_cancel->setEnabled(false);
    m_retry->setEnabled(c.failed + c.notSent > 0 && m_runner->outcome() != Runner::Outcome::Done);
}

QString RunView::summaryText() const
{
    if (!m_runner)
        return {};
    const PurgeSpec &spec = m_runner->spec();
    const RunCounts &c = m_runner->counts();
    QStringList lines;
    lines << m_headline->text();
    if (!m_detail->text().isEmpty())
        lines << m_detail->text();
    lines << tr("Zone: %1 (%2)").arg(spec.zone.name.isEmpty() ? tr("name unknown") : spec.zone.name, spec.zone.id);
    lines << tr("Mode: %1; selector: %2")
                 .arg(spec.mode == PurgeMode::Purge ? u"purge"_s : u"invalidate"_s,
                     Cloudflare::selectorKey(spec.action));
    lines << tr("Requests: %1; rate limited: %2; retries: %3; time: %4")
                 .arg(c.requests)
                 .arg(c.rateLimited)
                 .arg(c.retries)
                 .arg(describeDuration(m_runner->elapsedMs()));
    if (m_runner->lastError().isError() && !m_runner->lastError().technical().isEmpty())
        lines << tr("Last error: %1").arg(m_runner->lastError().technical());
    const QStringList ids = m_runner->purgeIds();
    if (!ids.isEmpty())
        lines << tr("Cloudflare purge IDs: %1").arg(ids.join(u", "_s));
    for (int i = 0; i < m_runner->items().size(); ++i) {
        const ItemOutcome &item = m_runner->items().at(i);
        if (item.state == ItemState::Failed)
            lines << tr("Failed: %1 (%2)").arg(spec.items.at(i).value, item.reason);
        else if (item.state == ItemState::NotSent)
            lines << tr("Not sent: %1 (%2)").arg(spec.items.at(i).value, item.reason);
    }
    return lines.join(u'\n');
}

void RunView::copySummary()
{
    QApplication::clipboard()->setText(summaryText());
}

} // namespace PurgeDesk::Gui
