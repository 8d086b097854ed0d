#include "batchtablemodel.h"

#include "ui/common/purgetexts.h"
#include "ui/common/uiresources.h"

#include <QLocale>

using PurgeDesk::History::BatchRow;
using PurgeDesk::Purge::BatchState;

namespace PurgeDesk::Gui {

BatchTableModel::BatchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchRow &row = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && index.column() == Result)) {
        switch (Column(index.column())) {
        case Request:
            return locale.toString(index.row() + 1);
        case Items:
            if (m_everything)
                return tr("everything");
            return row.count == 1 ? tr("%1 (item %2)").arg(locale.toString(row.count), locale.toString(row.first + 1))
                                  : tr("%1 (items %2-%3)")
                                        .arg(locale.toString(row.count), locale.toString(row.first + 1),
                                            locale.toString(row.first + row.count));
        case Status:
            return Texts::batchState(row.state, row.attempts);
        case Attempts:
            return locale.toString(row.attempts);
        case Http:
            return row.httpStatus ? QString::number(row.httpStatus) : QString();
        case Result:
            return row.purgeId.isEmpty() ? row.errorMessage : row.purgeId;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Status
        && (row.state == BatchState::Failed || row.state == BatchState::NotSent))
        return problemColor();
    if (role == Qt::TextAlignmentRole && (index.column() == Request || index.column() == Attempts))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Request:
        return tr("Request");
    case Items:
        return tr("Items");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case Http:
        return tr("HTTP");
    case Result:
        return tr("Purge ID or error");
    case ColumnCount:
        break;
    }
    return {};
}

void BatchTableModel::setRows(QList<BatchRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void BatchTableModel::setRow(int index, const BatchRow &row)
{
    if (index < 0 || index > m_rows.size())
        return;
    if (index == m_rows.size()) {
        beginInsertRows({}, index, index);
        m_rows.append(row);
        endInsertRows();
        return;
    }
    m_rows[index] = row;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

} // namespace PurgeDesk::Gui
