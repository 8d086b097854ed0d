#include "historymodels.h"

#include "purge/runtext.h"
#include "ui/common/purgetexts.h"
#include "ui/common/uiresources.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::History::ItemRow;
using PurgeDesk::History::RunRow;
using namespace PurgeDesk::Purge;

namespace PurgeDesk::Gui {

namespace {
// The translation context of HistoryText's words.
struct HistoryModelText
{
    Q_DECLARE_TR_FUNCTIONS(PurgeDesk::Gui::HistoryText)
};
} // namespace

namespace HistoryText {

QString outcome(const RunRow &run, qint64 activeRunId)
{
    return Texts::outcome(run.dryRun ? RunOutcome::DryRun : run.outcome, run.id == activeRunId);
}

QString duration(const RunRow &run)
{
    if (!run.finishedAt.isValid() || run.counters.elapsedMs < 0 || run.dryRun)
        return {};
    return formatElapsed(run.counters.elapsedMs);
}

QString time(const QDateTime &time)
{
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString verification(const RunRow &run)
{
    const History::VerificationSummary &verification = run.verification;
    if (!verification.isVerified())
        return {};
    QString text = HistoryModelText::tr("Verified %1: %2.")
                       .arg(time(verification.checkedAt), Verify::summary(verification.verdicts));
    if (verification.warms.total() > 0)
        text += u' ' + HistoryModelText::tr("Warm-up: %1.").arg(Verify::warmSummary(verification.warms));
    return text;
}

} // namespace HistoryText

namespace {
bool isProblem(const RunRow &run, qint64 activeRunId)
{
    if (run.dryRun)
        return false;
    switch (run.outcome) {
    case RunOutcome::Partial:
    case RunOutcome::Failed:
    case RunOutcome::AuthFailed:
    case RunOutcome::Interrupted:
        return true;
    case RunOutcome::Running:
        return run.id != activeRunId;
    default:
        return false;
    }
}
} // namespace

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRow &run = m_runs.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Time:
            return HistoryText::time(run.startedAt);
        case Account:
            return Texts::account(run.profile);
        case Zone:
            return run.zoneLabel();
        case Mode:
            return Texts::mode(run.mode);
        case Action:
            return Texts::action(run.action);
        case Items:
            return run.action == PurgeAction::Everything ? QString() : QLocale().toString(run.counters.items);
        case Outcome: {
            QString text = HistoryText::outcome(run, m_activeRunId);
            const int notPurged = run.counters.failed + run.counters.notSent;
            if (!run.dryRun && notPurged > 0)
                text += u" ("_s + tr("%Ln not purged", nullptr, notPurged) + u')';
            return text;
        }
        case Duration:
            return HistoryText::duration(run);
        case Source:
            return Texts::source(run.source);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Time)
            return QLocale().toString(run.startedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Zone)
            return tr("Zone ID %1").arg(run.zoneId);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome && isProblem(run, m_activeRunId))
        return problemColor();
    if (role == Qt::TextAlignmentRole && (index.column() == Items || index.column() == Duration))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Account:
        return tr("Account");
    case Zone:
        return tr("Zone");
    case Mode:
        return tr("Mode");
    case Action:
        return tr("Purge by");
    case Items:
        return tr("Items");
    case Outcome:
        return tr("Outcome");
    case Duration:
        return tr("Duration");
    case Source:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

bool RunListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_fetching;
}

void RunListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT moreRequested();
}

void RunListModel::reset()
{
    beginResetModel();
    m_runs.clear();
    m_complete = false;
    m_fetching = true; // the first page is on its way
    endResetModel();
}

void RunListModel::appendRuns(const QList<RunRow> &runs, bool complete)
{
    // Views may ask for more while the rows go in: the flags change only once they are in.
    if (!runs.isEmpty()) {
        beginInsertRows({}, int(m_runs.size()), int(m_runs.size() + runs.size() - 1));
        m_runs.append(runs);
        endInsertRows();
    }
    m_complete = complete;
    m_fetching = false;
}

void RunListModel::setActiveRunId(qint64 id)
{
    m_activeRunId = id;
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, Outcome), index(int(m_runs.size()) - 1, Outcome));
}

ItemListModel::ItemListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ItemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemRow &item = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Position:
            return QLocale().toString(item.position + 1);
        case Value:
            return item.headers.isEmpty() ? item.value : item.value + u"  "_s + item.headers;
        case State:
            return Texts::itemState(item.state);
        case Verdict:
            if (!item.verification.isVerified())
                return {};
            if (role == Qt::ToolTipRole) // what the edge answered means, and what to do
                return Verify::advice(item.verification.check);
            return Verify::verdictText(item.verification.check.verdict);
        case Checked:
            return item.verification.isVerified() ? HistoryText::time(item.verification.checkedAt) : QString();
        case Reason:
            return item.reason;
        case PurgeId:
            return item.purgeId;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == State && item.state != ItemState::Done)
        return problemColor();
    if (role == Qt::ForegroundRole && index.column() == Verdict && item.verification.isVerified()) {
        const Verify::Verdict verdict = item.verification.check.verdict;
        if (verdict == Verify::Verdict::StillCached || verdict == Verify::Verdict::Unreachable
            || verdict == Verify::Verdict::NotChecked)
            return problemColor();
    }
    return {};
}

QVariant ItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Position:
        return tr("#");
    case Value:
        return tr("Item");
    case State:
        return tr("Outcome");
    case Verdict:
        return tr("Verdict");
    case Checked:
        return tr("Checked");
    case Reason:
        return tr("Reason");
    case PurgeId:
        return tr("Purge ID");
    case ColumnCount:
        break;
    }
    return {};
}

bool ItemListModel::hasVerdicts() const
{
    return std::any_of(
        m_items.cbegin(), m_items.cend(), [](const ItemRow &item) { return item.verification.isVerified(); });
}

void ItemListModel::setItems(QList<ItemRow> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

ItemStateFilter::ItemStateFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void ItemStateFilter::setOnlyNotPurged(bool on)
{
    if (on == m_onlyNotPurged)
        return;
    m_onlyNotPurged = on;
    invalidateRowsFilter();
}

bool ItemStateFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyNotPurged)
        return true;
    const auto *items = qobject_cast<const ItemListModel *>(sourceModel());
    return !items || sourceParent.isValid() || items->items().at(sourceRow).state != ItemState::Done;
}

} // namespace PurgeDesk::Gui
