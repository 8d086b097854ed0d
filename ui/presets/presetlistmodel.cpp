#include "presetlistmodel.h"

#include "presettexts.h"
#include "ui/history/historymodels.h"

#include <QMimeData>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Presets::Preset;

namespace PurgeDesk::Gui {

namespace {

QStringList namesOf(const QList<Preset> &presets)
{
    QStringList names;
    names.reserve(presets.size());
    for (const Preset &preset : presets)
        names << preset.name;
    return names;
}

// Whether `part` is `whole` with some entries left out (and none added or moved).
bool isSubsequence(const QStringList &part, const QStringList &whole)
{
    qsizetype next = 0;
    for (const QString &name : whole) {
        if (next < part.size() && part.at(next) == name)
            ++next;
    }
    return next == part.size();
}

bool isPermutation(QStringList a, QStringList b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

} // namespace

const QString PresetListModel::NamesMimeType = u"application/x-purgedesk-preset-names"_s;

PresetListModel::PresetListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int PresetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_presets.size());
}

QVariant PresetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Preset &preset = m_presets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return preset.name;
    case DescriptionRole:
        return PresetText::describe(preset, true);
    case Qt::AccessibleDescriptionRole:
        return PresetText::describe(preset);
    case ProblemRole:
        return PresetText::shortProblem(preset, m_accounts);
    case Qt::ToolTipRole: {
        QStringList lines {PresetText::describe(preset)};
        if (!preset.note.isEmpty())
            lines << preset.note;
        if (const QString last = lastRunText(preset.name); !last.isEmpty())
            lines << last;
        if (const QString problem = PresetText::problem(preset, m_accounts); !problem.isEmpty())
            lines << problem;
        return lines.join(u'\n');
    }
    case SearchRole:
        return QStringList {preset.name, preset.note, preset.zoneName, preset.zoneId, preset.profile,
            PresetText::describe(preset), preset.items.join(u'\n')}
            .join(u'\n');
    default:
        return {};
    }
}

Qt::ItemFlags PresetListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_reorderable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    return QAbstractListModel::flags(index) | Qt::ItemIsDragEnabled;
}

QMimeData *PresetListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QStringList names;
    for (const int row : std::as_const(rows))
        names << m_presets.at(row).name;
    auto *data = new QMimeData;
    data->setData(NamesMimeType, names.join(u'\n').toUtf8());
    return data;
}

bool PresetListModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    return m_reorderable && action == Qt::MoveAction && data && data->hasFormat(NamesMimeType) && !parent.isValid();
}

bool PresetListModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList names = QString::fromUtf8(data->data(NamesMimeType)).split(u'\n', Qt::SkipEmptyParts);
    const QList<Preset> after = Presets::movedBefore(m_presets, names, row);
    if (namesOf(after) == namesOf(m_presets))
        return false;
    setPresets(after);
    Q_EMIT presetsMoved(names);
    return true;
}

void PresetListModel::setPresets(const QList<Preset> &presets)
{
    const QStringList before = namesOf(m_presets);
    const QStringList after = namesOf(presets);
    if (before != after) {
        if (isSubsequence(after, before)) {
            removeRowsNotIn(after);
        } else if (isSubsequence(before, after)) {
            insertRowsOf(presets);
        } else if (isPermutation(before, after)) {
            reorderAs(after);
        } else if (before.size() != after.size()) {
            beginResetModel();
            m_presets = presets;
            endResetModel();
            return;
        } // else: renamed in place; the rows stay and their data changes below
    }
    for (int row = 0; row < presets.size(); ++row) {
        if (!(m_presets.at(row) == presets.at(row))) {
            m_presets[row] = presets.at(row);
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
}

void PresetListModel::removeRowsNotIn(const QStringList &names)
{
    QList<int> gone;
    qsizetype next = 0;
    for (int row = 0; row < m_presets.size(); ++row) {
        if (next < names.size() && names.at(next) == m_presets.at(row).name)
            ++next;
        else
            gone << row;
    }
    // From the end, a run of neighbours at a time, so the rows still to go keep their numbers.
    while (!gone.isEmpty()) {
        const int last = gone.takeLast();
        int first = last;
        while (!gone.isEmpty() && gone.constLast() == first - 1)
            first = gone.takeLast();
        beginRemoveRows({}, first, last);
        m_presets.remove(first, last - first + 1);
        endRemoveRows();
    }
}

void PresetListModel::insertRowsOf(const QList<Preset> &presets)
{
    // In order, a run of neighbours at a time, each at the rows it has in the end: the rows before it
    // are already as they end up.
    const QStringList before = namesOf(m_presets);
    qsizetype kept = 0;
    int row = 0;
    while (row < presets.size()) {
        if (kept < before.size() && before.at(kept) == presets.at(row).name) {
            ++kept;
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < presets.size() && !(kept < before.size() && before.at(kept) == presets.at(last + 1).name))
            ++last;
        beginInsertRows({}, row, last);
        for (int i = row; i <= last; ++i)
            m_presets.insert(i, presets.at(i));
        endInsertRows();
        row = last + 1;
    }
}

void PresetListModel::reorderAs(const QStringList &names)
{
    for (int row = 0; row < names.size(); ++row) {
        if (m_presets.at(row).name == names.at(row))
            continue;
        int from = row + 1;
        while (m_presets.at(from).name != names.at(row))
            ++from;
        beginMoveRows({}, from, from, {}, row);
        m_presets.move(from, row);
        endMoveRows();
    }
}

void PresetListModel::allRowsChanged(const QList<int> &roles)
{
    if (!m_presets.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_presets.size()) - 1), roles);
}

void PresetListModel::setAccounts(const QStringList &names)
{
    if (names == m_accounts)
        return;
    m_accounts = names;
    allRowsChanged({ProblemRole, Qt::ToolTipRole});
}

void PresetListModel::setLastRuns(const QHash<QString, History::RunRow> &runs)
{
    m_lastRuns = runs;
    allRowsChanged({Qt::ToolTipRole});
}

QString PresetListModel::lastRunText(const QString &presetName) const
{
    if (!m_lastRuns)
        return {};
    const auto run = m_lastRuns->constFind(presetName);
    if (run == m_lastRuns->cend())
        return tr("Not run yet.");
    return tr("Last run %1: %2.").arg(HistoryText::time(run->startedAt), HistoryText::outcome(*run, 0));
}

void PresetListModel::setReorderable(bool reorderable)
{
    m_reorderable = reorderable;
}

PresetFilterModel::PresetFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(PresetListModel::SearchRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void PresetFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    setFilterFixedString(m_search);
}

} // namespace PurgeDesk::Gui
