#include "historypanel.h"

#include "history/historyexport.h"
#include "history/historyservice.h"
#include "purge/runtext.h"
#include "purge/validation.h"
#include "ui/common/batchtablemodel.h"
#include "ui/common/filedialog.h"
#include "ui/common/purgetexts.h"
#include "ui/common/uiresources.h"
#include "ui/history/checkedurlsview.h"
#include "ui/history/historyfilterbar.h"
#include "ui/history/historymodels.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTextStream>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::History::BatchRow;
using PurgeDesk::History::HistoryStore;
using PurgeDesk::History::ItemRow;
using PurgeDesk::History::RunFilter;
using PurgeDesk::History::RunRow;
using PurgeDesk::History::VerdictRow;
using namespace PurgeDesk::Purge;

namespace PurgeDesk::Gui {

namespace {

constexpr int PageSize = 200;

struct Page
{
    int generation = 0;
    qint64 afterId = 0; // the last run listed when the page was asked for
    int offset = 0; // the runs listed then
    QList<RunRow> runs;
    bool complete = false;
    bool stale = false;
};

struct Detail
{
    RunRow run;
    QList<BatchRow> batches;
    QList<ItemRow> items;
    QList<VerdictRow> verdicts;
};

struct ExportResult
{
    int count = 0;
    QString error;
};

// "URLs", "tags", ... as the run's action names its items.
QString noun(const RunRow &run)
{
    return itemNoun(run.action, run.counters.items);
}

// An item as the editor takes it: the URL, then its cache-key headers.
QString editorLine(const ItemRow &item)
{
    if (item.headers.isEmpty())
        return item.value;
    return item.value + u' ' + item.headers.split(u"; "_s).join(u' ');
}

} // namespace

HistoryPanel::HistoryPanel(History::HistoryService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_runs(new RunListModel(this))
    , m_items(new ItemListModel(this))
    , m_batchModel(new BatchTableModel(this))
    , m_latestGeneration(std::make_shared<std::atomic<int>>(0))
{
    setObjectName(u"historyPanel"_s);

    m_filters = new HistoryFilterBar(this);

    m_runTable = new QTableView(this);
    m_runTable->setObjectName(u"historyRuns"_s);
    m_runTable->setAccessibleName(tr("Purges, newest first"));
    m_runTable->setModel(m_runs);
    m_runTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runTable->setAlternatingRowColors(true);
    m_runTable->setWordWrap(false);
    m_runTable->verticalHeader()->hide();
    m_runTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_runTable->horizontalHeader()->setHighlightSections(false);
    fitColumns(m_runTable, {RunListModel::Account, RunListModel::Zone, RunListModel::Outcome, RunListModel::Source});
    // A click on a column's header sorts by it (the history sorts, not just the rows loaded).
    m_runTable->horizontalHeader()->setSectionsClickable(true);
    m_runTable->horizontalHeader()->setSortIndicatorShown(true);
    m_runTable->horizontalHeader()->setSortIndicator(RunListModel::Time, Qt::DescendingOrder);

    m_detailHeadline = new QLabel(this);
    m_detailHeadline->setObjectName(u"historyDetailHeadline"_s);
    m_detailHeadline->setAccessibleName(tr("Selected purge"));
    m_detailHeadline->setWordWrap(true);
    m_detailHeadline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailHeadline->setText(tr("Select a purge to see its requests and items."));

    m_itemTable = new QTableView(this);
    m_itemTable->setObjectName(u"historyItems"_s);
    m_itemTable->setAccessibleName(tr("Items of the selected purge"));
    m_itemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemTable->setWordWrap(false);
    m_itemTable->verticalHeader()->hide();
    m_itemTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_itemFilter = new ItemStateFilter(this);
    m_itemFilter->setSourceModel(m_items);
    m_itemTable->setModel(m_itemFilter);
    fitColumns(m_itemTable, {ItemListModel::Value, ItemListModel::Reason, ItemListModel::PurgeId});

    m_batchTable = new QTableView(this);
    m_batchTable->setObjectName(u"historyRequests"_s);
    m_batchTable->setAccessibleName(tr("Requests of the selected purge"));
    m_batchTable->setModel(m_batchModel);
    m_batchTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_batchTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_batchTable->setWordWrap(false);
    m_batchTable->verticalHeader()->hide();
    m_batchTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    fitColumns(m_batchTable, {BatchTableModel::Result});

    m_detailTabs = new QTabWidget(this);
    m_detailTabs->setObjectName(u"historyDetailTabs"_s);
    m_detailTabs->setAccessibleName(tr("Details of the selected purge"));
    m_detailTabs->addTab(m_itemTable, tr("Items"));
    m_detailTabs->addTab(m_batchTable, tr("Requests"));
    m_checkedUrls = new CheckedUrlsView(this); // only for a verified purge of hostnames, tags, ...
    m_detailTabs->addTab(m_checkedUrls, tr("Checked URLs"));
    m_detailTabs->setTabVisible(2, false);

    m_onlyNotPurged = new QCheckBox(tr("Only fa&iled or not sent items"), this);
    m_onlyNotPurged->setObjectName(u"historyOnlyNotPurged"_s);
    m_onlyNotPurged->setToolTip(tr("Show only the items of the purge that were not purged"));
    connect(m_onlyNotPurged, &QCheckBox::toggled, this, [this](bool on) {
        m_itemFilter->setOnlyNotPurged(on);
        updateItemsTab();
    });
    m_detailTabs->setCornerWidget(m_onlyNotPurged, Qt::TopRightCorner);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailHeadline);
    detailLayout->addWidget(m_detailTabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"historySplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_runTable);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(u"historyStatus"_s);
    m_status->setAccessibleName(tr("History status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runAgain = new QPushButton(tr("Ru&n Again"), this);
    m_runAgain->setObjectName(u"historyRunAgain"_s);
    m_runAgain->setToolTip(tr("Load this purge's zone, action, mode and items into the purge form"));
    m_retryFailed = new QPushButton(tr("Re&try Failed"), this);
    m_retryFailed->setObjectName(u"historyRetryFailed"_s);
    m_retryFailed->setToolTip(tr("Purge again only the items that were not purged (failed or not sent)"));
    m_saveAsPreset = new QPushButton(tr("Save as P&reset..."), this);
    m_saveAsPreset->setObjectName(u"historySaveAsPreset"_s);
    m_saveAsPreset->setToolTip(tr("Keep this purge's zone, action, mode and items as a preset, to run it again in "
                                  "one click"));
    m_export = new QPushButton(tr("E&xport"), this);
    m_export->setObjectName(u"historyExport"_s);
    m_exportMenu = new QMenu(m_export);
    m_exportMenu->addAction(tr("Export &Selected Purges..."), this, [this] { chooseExport(true); })
        ->setObjectName(u"exportSelected"_s);
    m_exportMenu->addAction(tr("Export &All Matching Purges..."), this, [this] { chooseExport(false); })
        ->setObjectName(u"exportAll"_s);
    m_export->setMenu(m_exportMenu);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_runAgain);
    buttons->addWidget(m_retryFailed);
    buttons->addWidget(m_saveAsPreset);
    buttons->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    setFocusProxy(m_filters);
    setTabOrder(m_filters->lastField(), m_runTable);
    setTabOrder(m_runTable, m_detailTabs);
    setTabOrder(m_detailTabs, m_runAgain);
    setTabOrder(m_runAgain, m_retryFailed);
    setTabOrder(m_retryFailed, m_saveAsPreset);
    setTabOrder(m_saveAsPreset, m_export);

    connect(m_filters, &HistoryFilterBar::changed, this, &HistoryPanel::filtersChanged);
    connect(m_runs, &RunListModel::moreRequested, this, &HistoryPanel::requestPage);
    connect(
        m_runTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::currentRunChanged);
    connect(m_runAgain, &QPushButton::clicked, this, [this] {
        if (m_detailRun)
            Q_EMIT runAgainRequested(*m_detailRun, lines(false));
    });
    connect(m_retryFailed, &QPushButton::clicked, this, [this] {
        if (m_detailRun)
            Q_EMIT retryFailedRequested(*m_detailRun, lines(true));
    });
    connect(m_saveAsPreset, &QPushButton::clicked, this, [this] {
        if (m_detailRun)
            Q_EMIT saveAsPresetRequested(*m_detailRun, lines(false));
    });
    connect(m_runTable->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] { filtersChanged(); });
    connect(m_service, &History::HistoryService::opened, this, &HistoryPanel::serviceOpened);
    connect(m_service, &History::HistoryService::verificationRecorded, this, &HistoryPanel::refresh);
    serviceOpened();
    updateButtons();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        m_service->ensureOpen(); // answers with opened(): serviceOpened() lists the runs
        refresh();
    }
}

void HistoryPanel::serviceOpened()
{
    using State = History::HistoryService::State;
    switch (m_service->state()) {
    case State::Closed:
    case State::Opening:
        setStatus(tr("Opening the history..."), false);
        return;
    case State::Unavailable:
        setStatus(m_service->message(), true);
        return;
    case State::Open:
        break;
    }
    QStringList notes;
    if (!m_service->message().isEmpty())
        notes << m_service->message();
    if (m_service->removedByRetention() > 0)
        notes << tr(
            "%Ln purge(s) older than the retention setting were removed.", nullptr, m_service->removedByRetention());
    m_openMessage = notes.join(u' ');
    if (m_shownOnce)
        refresh();
}

RunFilter HistoryPanel::filter() const
{
    RunFilter filter = m_filters->filter();
    const QHeaderView *header = m_runTable->horizontalHeader();
    static const QHash<int, RunFilter::Order> orders {{RunListModel::Time, RunFilter::Order::StartedAt},
        {RunListModel::Account, RunFilter::Order::Profile}, {RunListModel::Zone, RunFilter::Order::Zone},
        {RunListModel::Mode, RunFilter::Order::Mode}, {RunListModel::Action, RunFilter::Order::Action},
        {RunListModel::Items, RunFilter::Order::Items}, {RunListModel::Outcome, RunFilter::Order::Outcome},
        {RunListModel::Duration, RunFilter::Order::Duration}, {RunListModel::Source, RunFilter::Order::Source}};
    filter.order = orders.value(header->sortIndicatorSection(), RunFilter::Order::StartedAt);
    filter.ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    return filter;
}

QString HistoryPanel::statusText() const
{
    return m_status->text();
}

bool HistoryPanel::isLoading() const
{
    return m_runs->isFetching() || m_total < 0;
}

void HistoryPanel::setStatus(const QString &text, bool problem)
{
    showMessage(m_status, text, problem);
    m_status->show(); // keeps its place in the button row even when empty
}

void HistoryPanel::setActiveRunId(qint64 runId)
{
    m_runs->setActiveRunId(runId);
}

void HistoryPanel::showMatching(const QString &text)
{
    m_filters->showMatching(text);
}

void HistoryPanel::refresh()
{
    if (!m_shownOnce || m_service->state() != History::HistoryService::State::Open)
        return;
    // The zone filter offers the zones the history holds.
    m_service->query<QStringList>(
        this, [](const HistoryStore &store) { return store.zones(); },
        [this](const QStringList &zones) { m_filters->setZones(zones); });
    filtersChanged();
}

void HistoryPanel::filtersChanged()
{
    if (m_service->state() != History::HistoryService::State::Open)
        return;
    m_generation = ++*m_latestGeneration;
    m_total = -1;
    m_runs->reset();
    m_detailRun.reset();
    m_items->setItems({});
    m_batchModel->setRows({});
    m_checkedUrls->clear();
    m_detailHeadline->setText(tr("Select a purge to see its requests and items."));
    setStatus(tr("Searching the history..."), false);
    m_exportMenu->actions().at(1)->setText(
        filter().isEmpty() ? tr("Export &All Purges...") : tr("Export &All Matching Purges..."));
    updateButtons();
    requestPage();
    const int generation = m_generation;
    const RunFilter current = filter();
    const auto latest = m_latestGeneration;
    m_service->query<int>(
        this,
        [current, generation, latest](
            const HistoryStore &store) { return generation == latest->load() ? store.countRuns(current) : -1; },
        [this, generation](const int &count) {
            if (generation != m_generation || count < 0)
                return;
            m_total = count;
            QString text;
            if (filter().isEmpty())
                text = count == 0 ? tr("No purges recorded yet.") : tr("%Ln purge(s)", nullptr, count);
            else
                text = count == 0 ? tr("No purge matches the filters.") : tr("%Ln purge(s) match", nullptr, count);
            if (!m_openMessage.isEmpty())
                text = m_openMessage + u' ' + text;
            setStatus(text, false);
            updateButtons();
        });
}

void HistoryPanel::requestPage()
{
    // The view asks as soon as it has the model; the first page comes with refresh(), once the
    // history is open and the panel shown.
    if (m_service->state() != History::HistoryService::State::Open)
        return;
    RunFilter current = filter();
    // Newest first pages after the last run listed (cheap deep into a long history); a sort by
    // another column pages by position.
    const bool keyset = current.order == RunFilter::Order::StartedAt && !current.ascending;
    const int offset = m_runs->rowCount();
    if (keyset && m_runs->rowCount() > 0) {
        const RunRow &last = m_runs->run(m_runs->rowCount() - 1);
        current.afterStartedAt = last.startedAt;
        current.afterId = last.id;
    }
    const int generation = m_generation;
    const auto latest = m_latestGeneration;
    m_service->query<Page>(
        this,
        [current, generation, latest, keyset, offset](const HistoryStore &store) {
            Page page;
            page.generation = generation;
            page.afterId = current.afterId;
            page.offset = offset;
            if (generation != latest->load()) {
                page.stale = true;
                return page;
            }
            page.runs = store.runs(current, PageSize, keyset ? 0 : offset);
            page.complete = page.runs.size() < PageSize;
            return page;
        },
        [this](const Page &page) {
            // A page follows the rows it was asked after.
            if (!page.stale && page.offset == m_runs->rowCount())
                pageArrived(page.generation, page.runs, page.complete);
        });
}

void HistoryPanel::pageArrived(int generation, const QList<RunRow> &runs, bool complete)
{
    if (generation != m_generation)
        return;
    const bool first = m_runs->rowCount() == 0;
    m_runs->appendRuns(runs, complete);
    if (first && !runs.isEmpty() && !m_runTable->selectionModel()->hasSelection())
        m_runTable->selectRow(0);
    updateButtons();
}

void HistoryPanel::currentRunChanged()
{
    const QModelIndexList rows = m_runTable->selectionModel()->selectedRows();
    updateButtons();
    if (rows.size() != 1) {
        if (rows.size() > 1) {
            m_detailRun.reset();
            m_items->setItems({});
            m_batchModel->setRows({});
            m_checkedUrls->clear();
            m_detailHeadline->setText(
                tr("%Ln purge(s) selected. Export saves them to a file.", nullptr, int(rows.size())));
            updateButtons();
        }
        return;
    }
    const qint64 runId = m_runs->run(rows.first().row()).id;
    m_service->query<Detail>(
        this,
        [runId](const HistoryStore &store) {
            Detail detail;
            if (const auto run = store.run(runId))
                detail.run = *run;
            detail.batches = store.batches(runId);
            detail.items = store.items(runId);
            if (detail.run.verification.isVerified())
                detail.verdicts = store.verdicts(runId);
            return detail;
        },
        [this, runId](const Detail &detail) {
            const QModelIndexList now = m_runTable->selectionModel()->selectedRows();
            if (now.size() == 1 && m_runs->run(now.first().row()).id == runId && detail.run.id == runId)
                showDetail(detail.run, detail.batches, detail.items, detail.verdicts);
        });
}

void HistoryPanel::showDetail(
    const RunRow &run, const QList<BatchRow> &batches, const QList<ItemRow> &items, const QList<VerdictRow> &verdicts)
{
    m_detailRun = run;
    m_items->setItems(items);
    // A verified URL purge shows each URL's verdict and when it was checked.
    for (const int column : {ItemListModel::Verdict, ItemListModel::Checked})
        m_itemTable->setColumnHidden(column, !m_items->hasVerdicts());
    const QLocale locale;
    const Counters &c = run.counters;
    const QString verb = run.mode == PurgeMode::Invalidate ? tr("Invalidation") : tr("Purge");
    const QString what = run.action == PurgeAction::Everything
        ? tr("%1 of everything").arg(verb)
        : tr("%1 of %2 %3").arg(verb, locale.toString(c.items), noun(run));
    QStringList facts;
    facts << tr("%1 in %2: %3.").arg(what, run.zoneLabel(), HistoryText::outcome(run, 0));
    facts << tr("Started %1").arg(HistoryText::time(run.startedAt))
            + (HistoryText::duration(run).isEmpty() ? u"."_s : tr(", took %1.").arg(HistoryText::duration(run)));
    if (!run.dryRun && run.action != PurgeAction::Everything)
        facts << tr("%1 %2, %3 failed, %4 not sent.")
                     .arg(locale.toString(c.done), Texts::pastVerb(run.mode), locale.toString(c.failed),
                         locale.toString(c.notSent));
    if (!run.dryRun)
        facts << requestsPhrase(c) + u'.'; // "3 requests." "2 of 3 requests sent."
    facts << tr("Account %1 · zone ID %2 · from %3.")
                 .arg(Texts::account(run.profile), run.zoneId, Texts::source(run.source));
    facts << HistoryText::verification(run); // "Verified ...: 98 fresh, 2 still cached." (empty if not)
    facts.removeAll(QString());
    m_detailHeadline->setText(facts.join(u' '));

    m_batchModel->setEverything(run.action == PurgeAction::Everything);
    m_batchModel->setRows(batches);
    updateItemsTab();
    m_detailTabs->setTabText(1, tr("Requests (%1)").arg(locale.toString(batches.size())));
    const int checked = m_checkedUrls->showRun(items, verdicts); // URLs listed by hand to verify
    m_detailTabs->setTabText(2, tr("Checked URLs (%1)").arg(locale.toString(checked)));
    m_detailTabs->setTabVisible(2, checked > 0);
    if (items.isEmpty())
        m_detailTabs->setCurrentWidget(m_batchTable);
    updateButtons();
}

void HistoryPanel::updateItemsTab()
{
    const QLocale locale;
    const int all = m_items->rowCount();
    const int shown = m_itemFilter->rowCount();
    m_detailTabs->setTabText(0,
        shown == all ? tr("Items (%1)").arg(locale.toString(all))
                     : tr("Items (%1 of %2)").arg(locale.toString(shown), locale.toString(all)));
}

QStringList HistoryPanel::lines(bool onlyNotPurged) const
{
    QStringList result;
    for (const ItemRow &item : m_items->items()) {
        if (!onlyNotPurged || item.state != ItemState::Done)
            result << editorLine(item);
    }
    return result;
}

void HistoryPanel::updateButtons()
{
    const bool detail = m_detailRun.has_value();
    m_runAgain->setEnabled(detail);
    m_saveAsPreset->setEnabled(detail && !m_detailRun->dryRun);
    bool retry = false;
    if (detail && !m_detailRun->dryRun) {
        const RunOutcome outcome = m_detailRun->outcome;
        const Counters &c = m_detailRun->counters;
        retry = outcome != RunOutcome::Done
            && !(outcome == RunOutcome::Running && m_detailRun->id == m_runs->activeRunId())
            && (m_detailRun->action == PurgeAction::Everything || c.failed + c.notSent > 0
                || std::any_of(m_items->items().cbegin(), m_items->items().cend(),
                    [](const ItemRow &item) { return item.state != ItemState::Done; }));
    }
    m_retryFailed->setEnabled(retry);
    m_exportMenu->actions().at(0)->setEnabled(m_runTable->selectionModel()->hasSelection());
    m_exportMenu->actions().at(1)->setEnabled(m_total != 0);
    m_export->setEnabled(!m_exporting && m_service->state() == History::HistoryService::State::Open);
}

void HistoryPanel::chooseExport(bool selectionOnly)
{
    const QString path
        = FileDialog::saveFileName(this, selectionOnly ? tr("Export Selected Purges") : tr("Export Purges"),
            u"purgedesk-history.csv"_s, tr("CSV, one row per purge (*.csv);;JSON, with requests and items (*.json)"));
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += u".csv"_s;
    exportTo(target, selectionOnly);
}

void HistoryPanel::exportTo(const QString &path, bool selectionOnly)
{
    RunFilter which = filter();
    if (selectionOnly) {
        which = RunFilter();
        for (const QModelIndex &index : m_runTable->selectionModel()->selectedRows())
            which.ids << m_runs->run(index.row()).id;
        if (which.ids.isEmpty()) {
            Q_EMIT exportFinished(false, tr("Select the purges to export first."));
            return;
        }
    }
    History::ExportOptions options;
    options.format
        = path.endsWith(u".json"_s, Qt::CaseInsensitive) ? History::ExportFormat::Json : History::ExportFormat::Csv;
    options.details = true;
    m_exporting = true;
    updateButtons();
    setStatus(tr("Exporting to %1...").arg(QDir::toNativeSeparators(path)), false);
    m_service->query<ExportResult>(
        this,
        [path, which, options](const HistoryStore &store) {
            ExportResult result;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                result.error = file.errorString();
                return result;
            }
            QTextStream out(&file);
            result.count = History::exportRuns(store, which, options, out);
            if (out.status() != QTextStream::Ok || !file.commit())
                result.error = file.errorString();
            return result;
        },
        [this, path](const ExportResult &result) {
            m_exporting = false;
            updateButtons();
            const QString where = QDir::toNativeSeparators(path);
            const bool ok = result.error.isEmpty();
            const QString message = ok
                ? tr("Exported %Ln purge(s) to %1.", nullptr, result.count).arg(where)
                : tr("The export to %1 failed: %2. Nothing was written.").arg(where, result.error);
            setStatus(message, !ok);
            Q_EMIT exportFinished(ok, message);
        });
}

} // namespace PurgeDesk::Gui
