#include "verdictmodel.h"

#include <QHeaderView>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

VerdictModel::VerdictModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

VerdictModel::~VerdictModel() = default;

void VerdictModel::setChecks(const QList<Verify::UrlCheck> &checks)
{
    beginResetModel();
    m_checks = checks;
    endResetModel();
}

void VerdictModel::setCheck(int row, const Verify::UrlCheck &check)
{
    if (row < 0 || row >= m_checks.size())
        return;
    m_checks[row] = check;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int VerdictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int VerdictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VerdictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Verify::UrlCheck &check = m_checks.at(index.row());
    if (role == VerdictRole)
        return int(check.verdict);
    if (role == Qt::ToolTipRole)
        return Verify::advice(check);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Url:
        return check.url;
    case Verdict:
        return Verify::verdictText(check.verdict);
    case Answer: {
        QStringList parts;
        if (check.httpStatus > 0)
            parts << QString::number(check.httpStatus);
        if (!check.cacheStatus.isEmpty())
            parts << check.cacheStatus;
        if (check.ageSeconds >= 0)
            parts << tr("Age %1 s").arg(check.ageSeconds);
        if (!check.location.isEmpty())
            parts << tr("to %1").arg(check.location);
        return parts.join(u' ');
    }
    case Advice:
        return Verify::advice(check);
    default:
        return {};
    }
}

QVariant VerdictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Url:
        return tr("URL");
    case Verdict:
        return tr("Verdict");
    case Answer:
        return tr("Edge's answer");
    case Advice:
        return tr("Advice");
    default:
        return {};
    }
}

void setUpVerdictTable(QTableView *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    const int rowHeight = table->fontMetrics().height() + 8;
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    const int charWidth = table->fontMetrics().averageCharWidth();
    table->setColumnWidth(VerdictModel::Url, 40 * charWidth);
    table->setColumnWidth(VerdictModel::Verdict, 22 * charWidth);
    table->setColumnWidth(VerdictModel::Answer, 18 * charWidth);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() + 2 * rowHeight);
}

} // namespace PurgeDesk::Gui
