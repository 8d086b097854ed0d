#include "historymodels.h"

#include "uiresources.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::History::ItemRow;
using PurgeDesk::History::RunRow;

namespace PurgeDesk::Gui {

namespace HistoryText {

QString action(const QString &action)
{
    if (action == u"files"_s)
        return RunListModel::tr("URLs");
    if (action == u"hosts"_s)
        return RunListModel::tr("Hostnames");
    if (action == u"tags"_s)
        return RunListModel::tr("Cache tags");
    if (action == u"prefixes"_s)
        return RunListModel::tr("Prefixes");
    if (action == u"everything"_s)
        return RunListModel::tr("Everything");
    return action;
}

QString mode(const QString &mode)
{
    return mode == u"invalidate"_s ? RunListModel::tr("Invalidate") : RunListModel::tr("Purge");
}

QString outcome(const RunRow &run, qint64 activeRunId)
{
    if (run.dryRun)
        return RunListModel::tr("Dry run");
    const QString &name = run.outcome;
    if (name == u"running"_s)
        return run.id == activeRunId ? RunListModel::tr("Running") : RunListModel::tr("Interrupted");
    if (name == u"done"_s)
        return RunListModel::tr("Done");
    if (name == u"partial"_s)
        return RunListModel::tr("Partly failed");
    if (name == u"failed"_s)
        return RunListModel::tr("Failed");
    if (name == u"cancelled"_s)
        return RunListModel::tr("Cancelled");
    if (name == u"auth_failed"_s)
        return RunListModel::tr("Not authorised");
    return name;
}

QString source(const QString &source)
{
    if (source == u"gui"_s)
        return RunListModel::tr("Window");
    if (source == u"cli"_s)
        return RunListModel::tr("Command line");
    if (source == u"drone"_s)
        return RunListModel::tr("CI plugin");
    if (source.startsWith(u"preset:"_s))
        return RunListModel::tr("Preset %1").arg(source.mid(7));
    return source;
}

QString account(const QString &profile)
{
    return profile == u"sandbox"_s ? RunListModel::tr("Sandbox") : profile;
}

QString zone(const RunRow &run)
{
    return run.zoneName.isEmpty() ? run.zoneId : run.zoneName;
}

QString duration(const RunRow &run)
{
    if (!run.finishedAt.isValid() || !run.startedAt.isValid())
        return {};
    const qint64 ms = run.startedAt.msecsTo(run.finishedAt);
    if (ms < 100)
        return RunListModel::tr("< 0.1 s");
    if (ms < 60000)
        return RunListModel::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return RunListModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return RunListModel::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString time(const QDateTime &time)
{
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString itemState(const QString &state)
{
    if (state == u"done"_s)
        return RunListModel::tr("Done");
    if (state == u"failed"_s)
        return RunListModel::tr("Failed");
    if (state == u"not_sent"_s)
        return RunListModel::tr("Not sent");
    if (state == u"pending"_s)
        return RunListModel::tr("Not sent (interrupted)");
    return state;
}

} // namespace HistoryText

namespace {
bool isProblem(const RunRow &run, qint64 activeRunId)
{
    return !run.dryRun
        && (run.outcome == u"partial"_s || run.outcome == u"failed"_s || run.outcome == u"auth_failed"_s
            || (run.outcome == u"running"_s && run.id != activeRunId));
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
            return HistoryText::account(run.profile);
        case Zone:
            return HistoryText::zone(run);
        case Mode:
            return HistoryText::mode(run.mode);
        case Action:
            return HistoryText::action(run.action);
        case Items:
            return run.action == u"everything"_s ? QString() : QLocale().toString(run.requested);
        case Outcome: {
            QString text = HistoryText::outcome(run, m_activeRunId);
            if (!run.dryRun && (run.failed || run.notSent))
                text += u" ("_s
                    + (run.failed + run.notSent == 1
                            ? tr("1 not purged")
                            : tr("%1 not purged").arg(QLocale().toString(run.failed + run.notSent)))
                    + u')';
            return text;
        }
        case Duration:
            return HistoryText::duration(run);
        case Source:
            return HistoryText::source(run.source);
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
            return HistoryText::itemState(item.state);
        case Reason:
            return item.reason;
        case PurgeId:
            return item.purgeId;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == State && item.state != u"done"_s)
        return problemColor();
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
    case Reason:
        return tr("Reason");
    case PurgeId:
        return tr("Purge ID");
    case ColumnCount:
        break;
    }
    return {};
}

void ItemListModel::setItems(QList<ItemRow> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

} // namespace PurgeDesk::Gui
