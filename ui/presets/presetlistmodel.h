#pragma once

#include "history/historystore.h"
#include "presets/presetstore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

namespace PurgeDesk::Gui {

// The saved presets as a list, in their saved order: the name (display), what it purges where
// (DescriptionRole, brief; the accessible description in full), why it cannot run (ProblemRole),
// and the text the search looks in (SearchRole). Presets are dragged to another place in the list
// (between presets, never onto one) unless reordering is off.
class PresetListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetListModel)

public:
    enum Role {
        DescriptionRole = Qt::UserRole + 1,
        ProblemRole,
        SearchRole,
    };
    static const QString NamesMimeType;

    explicit PresetListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {NamesMimeType}; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    const QList<Presets::Preset> &presets() const { return m_presets; }
    // Shows these presets. Rows are inserted, removed, moved or changed where the new list differs
    // from the one shown (presets are told apart by name; one renamed in place keeps its row), so
    // the view keeps its selection and scroll position; a list that differs in any other way resets.
    void setPresets(const QList<Presets::Preset> &presets);
    // The saved accounts' names: a preset whose account is not among them says so.
    void setAccounts(const QStringList &names);
    QStringList accounts() const { return m_accounts; }
    // Each preset's last run, by preset name, once the history has been asked.
    void setLastRuns(const QHash<QString, History::RunRow> &runs);
    // "Last run 2026-11-22 14:05:09: Done.", or "Not run yet."; empty until the runs are known.
    QString lastRunText(const QString &presetName) const;
    // Whether presets may be dragged to another place (not while the list is read-only or filtered).
    void setReorderable(bool reorderable);

Q_SIGNALS:
    // These presets were dragged to another place: presets() is in the new order.
    void presetsMoved(const QStringList &names);

private:
    void removeRowsNotIn(const QStringList &names);
    void insertRowsOf(const QList<Presets::Preset> &presets);
    void reorderAs(const QStringList &names);
    void allRowsChanged(const QList<int> &roles);

    QList<Presets::Preset> m_presets;
    QStringList m_accounts;
    std::optional<QHash<QString, History::RunRow>> m_lastRuns;
    bool m_reorderable = true;
};

// The presets that match a search, case-insensitively, in their name, note, zone, account,
// description or any item.
class PresetFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetFilterModel)

public:
    explicit PresetFilterModel(QObject *parent = nullptr);

    // Surrounding spaces do not count.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    bool isFiltering() const { return !m_search.isEmpty(); }

private:
    QString m_search;
};

} // namespace PurgeDesk::Gui
