#pragma once

#include "history/historystore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace PurgeDesk::Gui {

// How the History tab writes a run's time and duration (the duration is the run's own clock, as the
// run view showed it).
namespace HistoryText {
QString duration(const History::RunRow &run);
QString time(const QDateTime &time); // 2026-11-22 14:05:09, local time
QString outcome(const History::RunRow &run, qint64 activeRunId);
// "Verified 2026-11-27 19:00:05: 98 fresh, 2 still cached. 98 warmed." (empty when it was not).
QString verification(const History::RunRow &run);
} // namespace HistoryText

// The runs the history panel lists, newest first, a page at a time: fetchMore() asks for the
// next page (moreRequested) and appendRuns() delivers it, so a long history opens at once.
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)

public:
    enum Column { Time, Account, Zone, Mode, Action, Items, Outcome, Duration, Source, ColumnCount };

    explicit RunListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts over (a new filter): no rows until the first page arrives.
    void reset();
    // A page arrived; `complete` when it was the last one.
    void appendRuns(const QList<History::RunRow> &runs, bool complete);
    bool isFetching() const { return m_fetching; }
    const History::RunRow &run(int row) const { return m_runs.at(row); }
    // The run this window is running now (shown as running, not interrupted).
    void setActiveRunId(qint64 id);
    qint64 activeRunId() const { return m_activeRunId; }

Q_SIGNALS:
    void moreRequested();

private:
    QList<History::RunRow> m_runs;
    bool m_complete = false;
    bool m_fetching = false;
    qint64 m_activeRunId = 0;
};

// The items of one run with their outcome.
class ItemListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemListModel)

public:
    // Verdict and Checked: the URL's last verdict and when it was given (a verified URL purge).
    enum Column { Position, Value, State, Verdict, Checked, Reason, PurgeId, ColumnCount };

    explicit ItemListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setItems(QList<History::ItemRow> items);
    const QList<History::ItemRow> &items() const { return m_items; }
    // Whether an item has a verdict (the Verdict and Checked columns have something to show).
    bool hasVerdicts() const;

private:
    QList<History::ItemRow> m_items;
};

// The items of a run, or only those that were not purged (failed, not sent, cut off).
class ItemStateFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemStateFilter)

public:
    explicit ItemStateFilter(QObject *parent = nullptr);
    void setOnlyNotPurged(bool on);
    bool onlyNotPurged() const { return m_onlyNotPurged; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyNotPurged = false;
};

} // namespace PurgeDesk::Gui
