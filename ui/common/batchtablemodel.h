#pragma once

#include "history/historystore.h"

#include <QAbstractTableModel>

namespace PurgeDesk::Gui {

// The requests of one purge, one row each: the run view shows a session's as they happen, the
// History tab a recorded run's. Both fill it with History::BatchRow, made from the session's
// BatchRecord by the same BatchRow::fromRecord() the history records with, so a request reads the
// same in both places.
class BatchTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchTableModel)

public:
    enum Column { Request, Items, Status, Attempts, Http, Result, ColumnCount };

    explicit BatchTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A purge of everything: its one request carries no items.
    void setEverything(bool everything) { m_everything = everything; }
    void setRows(QList<History::BatchRow> rows);
    // Replaces row `index`, or appends it when `index` is the row count.
    void setRow(int index, const History::BatchRow &row);
    const QList<History::BatchRow> &rows() const { return m_rows; }

private:
    QList<History::BatchRow> m_rows;
    bool m_everything = false;
};

} // namespace PurgeDesk::Gui
