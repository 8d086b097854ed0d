#include "presetspanel.h"

#include "accounts/profile.h"

#include "cloudflare/types.h"
#include "history/historyservice.h"
#include "purge/validation.h"
#include "storage/appfiles.h"
#include "ui/common/uiresources.h"
#include "ui/history/historymodels.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Presets::Preset;

namespace PurgeDesk::Gui {

namespace {

const QString kSandbox = Profile::sandboxId();
const QString kNamesMime = u"application/x-purgedesk-preset-names"_s;

enum Role {
    DescriptionRole = Qt::UserRole + 1,
    ProblemRole,
    SearchRole,
};

QString counted(int count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(QLocale().toString(count));
}

QString presetsCount(int count)
{
    return counted(count, PresetsPanel::tr("1 preset"), PresetsPanel::tr("%1 presets"));
}

QString quoted(const QString &text)
{
    return u"\u201c"_s + text + u"\u201d"_s;
}

// Two lines (the name, then what it purges where) and a Run button at the right.
class PresetDelegate final : public QStyledItemDelegate
{
public:
    PresetDelegate(std::function<void(const QModelIndex &)> onRun, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_onRun(std::move(onRun))
    { }

    static constexpr int Margin = 6;

    static QRect buttonRect(const QStyleOptionViewItem &option)
    {
        const QFontMetrics metrics(option.font);
        const int width = metrics.horizontalAdvance(PresetsPanel::tr("Run")) + 28;
        const int height = metrics.height() + 10;
        const QRect &row = option.rect;
        return {row.right() - Margin - width, row.top() + (row.height() - height) / 2, width, height};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        item.icon = QIcon();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

        const QRect button = buttonRect(option);
        const QRect text = option.rect.adjusted(Margin, Margin, -(button.width() + 2 * Margin), -Margin);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QColor color = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QString problem = index.data(ProblemRole).toString();

        painter->save();
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const QFontMetrics metrics(option.font);
        painter->setFont(bold);
        painter->setPen(color);
        const QRect nameLine(text.left(), text.top(), text.width(), boldMetrics.height());
        painter->drawText(nameLine, Qt::AlignLeft | Qt::AlignVCenter,
            boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
        painter->setFont(option.font);
        QColor second = color;
        if (!problem.isEmpty() && !selected)
            second = problemColor();
        else if (!selected)
            second.setAlphaF(0.7f);
        painter->setPen(second);
        const QRect detailLine(text.left(), nameLine.bottom() + 2, text.width(), metrics.height());
        const QString detail = problem.isEmpty() ? index.data(DescriptionRole).toString() : problem;
        painter->drawText(
            detailLine, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(detail, Qt::ElideRight, text.width()));
        painter->restore();

        QStyleOptionButton run;
        run.rect = button;
        run.text = PresetsPanel::tr("Run");
        run.palette = option.palette;
        run.fontMetrics = option.fontMetrics;
        run.state = QStyle::State_Raised;
        if (problem.isEmpty())
            run.state |= QStyle::State_Enabled;
        if (problem.isEmpty() && (option.state & QStyle::State_MouseOver) && widget
            && button.contains(widget->mapFromGlobal(QCursor::pos())))
            run.state |= QStyle::State_MouseOver;
        style->drawControl(QStyle::CE_PushButton, &run, painter, widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        QFont bold = option.font;
        bold.setBold(true);
        const int text = QFontMetrics(bold).height() + 2 + QFontMetrics(option.font).height();
        const int height = std::max(text, QFontMetrics(option.font).height() + 10) + 2 * Margin;
        return {200, height};
    }

    bool editorEvent(
        QEvent *event, QAbstractItemModel *, const QStyleOptionViewItem &option, const QModelIndex &index) override
    {
        const bool release = event->type() == QEvent::MouseButtonRelease;
        if (!release && event->type() != QEvent::MouseButtonDblClick)
            return false;
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !buttonRect(option).contains(mouse->position().toPoint()))
            return false;
        if (release)
            m_onRun(index);
        return true; // a double-click on the button is its two clicks, not a third run
    }

private:
    std::function<void(const QModelIndex &)> m_onRun;
};

} // namespace

// The store's presets, in their saved order.
class PresetListModel final : public QAbstractListModel
{
public:
    explicit PresetListModel(PresetsPanel *panel)
        : QAbstractListModel(panel)
        , m_panel(panel)
    { }

    void reset()
    {
        beginResetModel();
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_panel->store().presets().size());
    }

    // Dragged to another place in the list (between presets, never onto one).
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return m_panel->store().isReadOnly() ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
        return QAbstractListModel::flags(index) | Qt::ItemIsDragEnabled;
    }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {kNamesMime}; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override
    {
        QList<int> rows;
        for (const QModelIndex &index : indexes)
            rows << index.row();
        std::sort(rows.begin(), rows.end());
        QStringList names;
        for (const int row : std::as_const(rows))
            names << m_panel->store().presets().at(row).name;
        auto *data = new QMimeData;
        data->setData(kNamesMime, names.join(u'\n').toUtf8());
        return data;
    }
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) override
    {
        if (action != Qt::MoveAction || !data->hasFormat(kNamesMime) || parent.isValid())
            return false;
        const QStringList names = QString::fromUtf8(data->data(kNamesMime)).split(u'\n', Qt::SkipEmptyParts);
        return m_panel->movePresets(names, row);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Preset &preset = m_panel->store().presets().at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return preset.name;
        case DescriptionRole:
            return m_panel->describe(preset, true);
        case Qt::AccessibleDescriptionRole:
            return m_panel->describe(preset);
        case ProblemRole:
            if (preset.profile.isEmpty())
                return PresetsPanel::tr("No account (saved for the command line)");
            if (!m_panel->problem(preset).isEmpty())
                return PresetsPanel::tr("Account %1 is not in PurgeDesk").arg(quoted(preset.profile));
            return QString();
        case Qt::ToolTipRole: {
            QStringList lines {m_panel->describe(preset)};
            if (!preset.note.isEmpty())
                lines << preset.note;
            if (const QString last = m_panel->lastRunText(preset.name); !last.isEmpty())
                lines << last;
            if (!m_panel->problem(preset).isEmpty())
                lines << m_panel->problem(preset);
            return lines.join(u'\n');
        }
        case SearchRole:
            return QStringList {preset.name, preset.note, preset.zoneName, preset.zoneId, preset.profile,
                m_panel->describe(preset), preset.items.join(u'\n')}
                .join(u'\n');
        default:
            return {};
        }
    }

private:
    PresetsPanel *m_panel;
};

PresetsPanel::PresetsPanel(const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_store(path)
    , m_model(new PresetListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_more(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_undo(new QPushButton(tr("Undo"), this))
    , m_watcher(new QFileSystemWatcher(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setObjectName(u"presetSearch"_s);
    m_search->setPlaceholderText(tr("Search presets"));
    m_search->setAccessibleName(tr("Search presets"));
    m_search->setClearButtonEnabled(true);

    m_list->setObjectName(u"presetList"_s);
    m_list->setAccessibleName(tr("Presets"));
    m_list->setModel(m_filter);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMouseTracking(true);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDropIndicatorShown(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setItemDelegate(new PresetDelegate([this](const QModelIndex &index) { run(index); }, m_list));

    m_empty->setObjectName(u"presetEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    m_detail->setObjectName(u"presetDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->hide();

    m_run->setObjectName(u"presetRun"_s);
    m_run->setToolTip(tr("Purge what the selected preset holds (Enter or double-click)"));
    m_open->setObjectName(u"presetOpen"_s);
    m_open->setToolTip(tr("Load the preset into the purge form without purging"));
    m_more->setObjectName(u"presetMore"_s);
    m_more->setText(tr("More"));
    m_more->setAccessibleName(tr("More preset actions"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_status->setObjectName(u"presetStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_undo->setObjectName(u"presetUndo"_s);
    m_undo->hide();

    setupActions();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_more);
    auto *status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_undo, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    layout->addLayout(status);
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_run);
    setTabOrder(m_run, m_open);
    setTabOrder(m_open, m_more);
    setTabOrder(m_more, m_undo);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_list, &QListView::activated, this, &PresetsPanel::run);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PresetsPanel::updateState);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &PresetsPanel::updateState);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &point) {
        QMenu menu(this);
        menu.addActions({m_runAction, m_openAction, m_updateAction, m_historyAction});
        menu.addSeparator();
        menu.addActions({m_renameAction, m_duplicateAction, m_removeAction});
        menu.addSeparator();
        menu.addActions({m_moveUpAction, m_moveDownAction, m_exportAction});
        menu.exec(m_list->viewport()->mapToGlobal(point));
    });
    connect(m_run, &QPushButton::clicked, this, &PresetsPanel::runSelected);
    connect(m_open, &QPushButton::clicked, this, &PresetsPanel::openSelected);
    connect(m_undo, &QPushButton::clicked, this, &PresetsPanel::undo);

    // purgedesk-cli, or another PurgeDesk window, may change the presets while this one is open.
    m_fileTimer.setSingleShot(true);
    m_fileTimer.setInterval(200);
    connect(&m_fileTimer, &QTimer::timeout, this, &PresetsPanel::fileChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, &m_fileTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, &m_fileTimer, qOverload<>(&QTimer::start));

    QString message;
    const bool loaded = m_store.load(&message);
    if (!message.isEmpty())
        setStatus(message, true);
    else if (!loaded)
        setStatus(tr("The presets could not be read."), true);
    rememberFile();
    reload({});
}

QByteArray PresetsPanel::fileData() const
{
    QByteArray data;
    QString error;
    readWholeFile(m_store.path(), &data, &error); // missing or unreadable: nothing to compare
    return data;
}

void PresetsPanel::rememberFile()
{
    m_fileData = fileData();
    // The file while it exists (a save replaces it, so it is watched afresh after every change);
    // its folder (where settings.ini changes too) only until the file is created.
    const QString path = m_store.path();
    const QString folder = QFileInfo(path).absolutePath();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (QFileInfo::exists(path)) {
        m_watcher->addPath(path);
        if (!m_watcher->directories().isEmpty())
            m_watcher->removePaths(m_watcher->directories());
    } else if (m_watcher->directories().isEmpty() && QDir().mkpath(folder)) {
        m_watcher->addPath(folder);
    }
}

void PresetsPanel::fileChanged()
{
    const QByteArray data = fileData();
    if (data == m_fileData) {
        rememberFile(); // a save replaces the file: watch the new one
        return;
    }
    const QStringList selected = selectedNames();
    QString message;
    m_store.load(&message);
    m_undoState.reset();
    rememberFile();
    reload(selected.isEmpty() ? QString() : selected.first());
    setStatus(message.isEmpty() ? tr("The presets were changed outside this window (by purgedesk-cli, for example); "
                                     "the list shows them as they are now.")
                                : message,
        !message.isEmpty());
}

PresetsPanel::~PresetsPanel() = default;

void PresetsPanel::setupActions()
{
    auto make = [this](const QString &text, const char *name, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_runAction = make(tr("&Run Preset"), "actionRunPreset", &PresetsPanel::runSelected);
    m_openAction = make(tr("&Open in Purge Form"), "actionOpenPreset", &PresetsPanel::openSelected);
    m_historyAction = make(tr("Show Its Runs in &History"), "actionPresetHistory", [this] {
        if (const std::optional<Preset> preset = current())
            Q_EMIT historyRequested(preset->name);
    });
    m_saveAction = make(tr("&Save Current as Preset..."), "actionSavePreset", &PresetsPanel::saveCurrent);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_updateAction = make(tr("&Update from Purge Form"), "actionUpdatePreset", &PresetsPanel::updateSelected);
    m_renameAction = make(tr("Re&name..."), "actionRenamePreset", &PresetsPanel::renameSelected);
    m_duplicateAction = make(tr("D&uplicate"), "actionDuplicatePreset", &PresetsPanel::duplicateSelected);
    m_removeAction = make(tr("&Delete"), "actionDeletePreset", &PresetsPanel::removeSelected);
    m_moveUpAction = make(tr("Move U&p"), "actionMovePresetUp", [this] { moveSelected(-1); });
    m_moveDownAction = make(tr("Move Do&wn"), "actionMovePresetDown", [this] { moveSelected(1); });
    m_importAction = make(tr("&Import Presets..."), "actionImportPresets", &PresetsPanel::chooseImport);
    m_exportAction = make(tr("&Export Selected Presets..."), "actionExportPresets", [this] { chooseExport(true); });
    m_exportAllAction = make(tr("Export &All Presets..."), "actionExportAllPresets", [this] { chooseExport(false); });

    // Keys that mean something else in the purge form only act on presets while the list has focus.
    const std::pair<QAction *, QKeySequence> listKeys[] = {{m_renameAction, QKeySequence(Qt::Key_F2)},
        {m_removeAction, QKeySequence::Delete}, {m_moveUpAction, QKeySequence(Qt::ALT | Qt::Key_Up)},
        {m_moveDownAction, QKeySequence(Qt::ALT | Qt::Key_Down)}};
    for (const auto &[action, keys] : listKeys) {
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(action);
    }
    addAction(m_saveAction);

    auto *menu = new QMenu(this);
    menu->addActions({m_saveAction, m_updateAction, m_historyAction});
    menu->addSeparator();
    menu->addActions({m_renameAction, m_duplicateAction, m_removeAction, m_moveUpAction, m_moveDownAction});
    menu->addSeparator();
    menu->addActions({m_importAction, m_exportAction, m_exportAllAction});
    m_more->setMenu(menu);
}

QList<QAction *> PresetsPanel::menuActions() const
{
    return {m_runAction, m_openAction, m_historyAction, nullptr, m_saveAction, m_updateAction, m_renameAction,
        m_duplicateAction, m_removeAction, m_moveUpAction, m_moveDownAction, nullptr, m_importAction, m_exportAction,
        m_exportAllAction};
}

void PresetsPanel::setAccounts(const QStringList &names)
{
    m_accounts = names;
    const QStringList selected = selectedNames();
    reload(selected.isEmpty() ? QString() : selected.first());
}

void PresetsPanel::setHistory(History::HistoryService *history)
{
    m_history = history;
    connect(history, &History::HistoryService::opened, this, &PresetsPanel::refreshLastRuns);
    refreshLastRuns();
}

void PresetsPanel::refreshLastRuns()
{
    if (!m_history || m_history->state() != History::HistoryService::State::Open)
        return;
    m_history->query<QList<History::RunRow>>(
        this, [](const History::HistoryStore &store) { return store.latestPresetRuns(); },
        [this](const QList<History::RunRow> &runs) {
            QHash<QString, History::RunRow> byName;
            for (const History::RunRow &run : runs)
                byName.insert(run.source.presetName(), run);
            m_lastRuns = byName;
            m_list->viewport()->update(); // tooltips
            updateState();
        });
}

QString PresetsPanel::lastRunText(const QString &presetName) const
{
    if (!m_lastRuns)
        return {};
    const auto run = m_lastRuns->constFind(presetName);
    if (run == m_lastRuns->cend())
        return tr("Not run yet.");
    return tr("Last run %1: %2.").arg(HistoryText::time(run->startedAt), HistoryText::outcome(*run, 0));
}

QString PresetsPanel::detailText() const
{
    return m_detail->text();
}

void PresetsPanel::renameAccount(const QString &from, const QString &to)
{
    if (m_store.isReadOnly() || from == to)
        return;
    const QList<Preset> before = m_store.presets();
    QList<Preset> renamed = before;
    int count = 0;
    for (Preset &preset : renamed) {
        if (preset.profile == from) {
            preset.profile = to;
            ++count;
        }
    }
    if (!count)
        return;
    const QStringList selected = selectedNames();
    m_store.setPresets(renamed);
    reload(selected.isEmpty() ? QString() : selected.first());
    commit(before,
        counted(
            count, tr("1 preset now uses the renamed account %2."), tr("%1 presets now use the renamed account %2."))
            .arg(quoted(to)));
}

QString PresetsPanel::describe(const Preset &preset, bool brief) const
{
    const Purge::PurgeAction action = preset.action;
    const bool invalidate = preset.mode == Purge::PurgeMode::Invalidate;
    const int count = int(preset.items.size());
    const QString items = action == Purge::PurgeAction::Everything
        ? tr("everything")
        : tr("%1 %2").arg(QLocale().toString(count), Purge::itemNoun(action, count));
    QString account = preset.profile;
    if (preset.profile == kSandbox)
        account = tr("Sandbox");
    else if (preset.profile.isEmpty())
        account = tr("no account");
    if (brief) { // "2 URLs · example.com · Sandbox"; invalidating is said, purging is the default
        QString what = invalidate ? tr("Invalidate %1").arg(items) : items;
        what[0] = what.at(0).toUpper();
        return what + u" · "_s + preset.zoneLabel() + u" · "_s + account;
    }
    return tr("%1 %2 in %3 · %4").arg(invalidate ? tr("Invalidate") : tr("Purge"), items, preset.zoneLabel(), account);
}

QSize PresetsPanel::sizeHint() const
{
    return {300, QWidget::sizeHint().height()};
}

QString PresetsPanel::problem(const Preset &preset) const
{
    if (preset.profile.isEmpty())
        return tr("%1 names no account: it was saved on the command line, for the credentials in its environment. "
                  "Open it, choose an account, and Update it.")
            .arg(quoted(preset.name));
    if (preset.profile != kSandbox && !m_accounts.contains(preset.profile))
        return tr("%1 uses the account %2, which is not in PurgeDesk. Add it (Accounts > Manage Accounts), or open "
                  "the preset, choose an account, and Update it.")
            .arg(quoted(preset.name), quoted(preset.profile));
    return {};
}

void PresetsPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString PresetsPanel::statusText() const
{
    return m_status->text();
}

void PresetsPanel::setStatus(const QString &text, bool problem)
{
    showMessage(m_status, text, problem);
}

QStringList PresetsPanel::selectedNames() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    QStringList names;
    for (const int row : std::as_const(rows))
        names << m_store.presets().at(row).name;
    return names;
}

void PresetsPanel::selectPreset(const QString &name)
{
    const int row = m_store.indexOf(name);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row));
    if (index.isValid())
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else
        m_list->selectionModel()->clearSelection();
    updateState();
}

std::optional<Preset> PresetsPanel::current() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || !m_list->selectionModel()->isSelected(index))
        return std::nullopt;
    return m_store.presets().at(m_filter->mapToSource(index).row());
}

void PresetsPanel::reload(const QString &select)
{
    m_model->reset();
    selectPreset(select);
}

void PresetsPanel::updateState()
{
    const bool any = !m_store.presets().isEmpty();
    const bool shown = m_filter->rowCount() > 0;
    if (!any) {
        m_empty->setText(m_store.isReadOnly()
                ? tr("The presets cannot be shown (see below).")
                : tr("No presets yet.\n\nSet up a purge in the form, then press %1 to keep it here. A preset runs "
                     "again in one click, or from a script with purgedesk-cli preset run.")
                      .arg(m_saveAction->shortcut().toString(QKeySequence::NativeText)));
    } else if (!shown) {
        m_empty->setText(tr("No preset matches %1.").arg(quoted(m_search->text().trimmed())));
    }
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_list) : m_empty);

    const bool writable = !m_store.isReadOnly();
    const std::optional<Preset> preset = current();
    const int selected = int(m_list->selectionModel()->selectedRows().size());
    const bool unfiltered = m_search->text().trimmed().isEmpty();
    const int row = preset ? m_store.indexOf(preset->name) : -1;
    m_run->setEnabled(preset.has_value());
    m_runAction->setEnabled(preset.has_value());
    m_open->setEnabled(preset.has_value());
    m_openAction->setEnabled(preset.has_value());
    m_historyAction->setEnabled(preset.has_value());
    m_saveAction->setEnabled(writable);
    m_updateAction->setEnabled(writable && preset);
    m_renameAction->setEnabled(writable && preset);
    m_duplicateAction->setEnabled(writable && preset);
    m_removeAction->setEnabled(writable && selected > 0);
    m_moveUpAction->setEnabled(writable && preset && unfiltered && row > 0);
    m_moveDownAction->setEnabled(writable && preset && unfiltered && row + 1 < m_store.presets().size());
    m_importAction->setEnabled(writable);
    m_exportAction->setEnabled(selected > 0);
    m_exportAllAction->setEnabled(any);
    m_undo->setVisible(m_undoState.has_value());

    QStringList detail;
    if (preset && shown) {
        if (!preset->note.isEmpty())
            detail << preset->note;
        if (const QString last = lastRunText(preset->name); !last.isEmpty())
            detail << last;
    }
    m_detail->setText(detail.join(u'\n'));
    m_detail->setVisible(!detail.isEmpty());
}

bool PresetsPanel::commit(const QList<Preset> &before, const QString &done, const QString &undoWhat)
{
    const QStringList selected = selectedNames();
    QString error;
    if (!m_store.save(&error)) {
        m_store.setPresets(before);
        reload(selected.isEmpty() ? QString() : selected.first());
        setStatus(tr("Nothing was changed. %1").arg(error), true);
        return false;
    }
    rememberFile();
    if (undoWhat.isEmpty()) {
        m_undoState.reset();
    } else {
        m_undoState = before;
        m_undoWhat = undoWhat;
        m_undo->setToolTip(tr("Undo %1").arg(undoWhat));
        m_undo->setAccessibleDescription(m_undo->toolTip());
    }
    setStatus(done, false);
    updateState();
    return true;
}

void PresetsPanel::undo()
{
    if (!m_undoState)
        return;
    const QList<Preset> before = m_store.presets();
    m_store.setPresets(*m_undoState);
    m_undoState.reset();
    const QStringList selected = selectedNames();
    reload(selected.isEmpty() ? QString() : selected.first());
    commit(before, tr("Undid %1.").arg(m_undoWhat));
}

void PresetsPanel::run(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Preset preset = m_store.presets().at(m_filter->mapToSource(index).row());
    const QString why = problem(preset);
    if (!why.isEmpty()) {
        setStatus(why + u' ' + tr("Nothing was purged."), true);
        return;
    }
    setStatus({}, false); // the purge form says how the run goes
    Q_EMIT runRequested(preset);
}

void PresetsPanel::runSelected()
{
    const QModelIndex index = m_list->currentIndex();
    if (index.isValid() && m_list->selectionModel()->isSelected(index))
        run(index);
}

void PresetsPanel::openSelected()
{
    if (const std::optional<Preset> preset = current()) {
        setStatus(tr("Opened %1 in the purge form. Change it there, then Update it here (More > Update from "
                     "Purge Form).")
                      .arg(quoted(preset->name)),
            false);
        Q_EMIT openRequested(*preset);
    }
}

void PresetsPanel::saveCurrent()
{
    if (m_store.isReadOnly()) {
        setStatus(tr("Presets cannot be saved: the presets file cannot be changed by this version."), true);
        return;
    }
    Preset preset;
    QString why;
    if (!m_readForm || !m_readForm(&preset, &why)) {
        setStatus(tr("The purge form cannot be saved as a preset yet: %1").arg(why), true);
        return;
    }
    const Purge::PurgeAction action = preset.action;
    const QString suggestion = action == Purge::PurgeAction::Everything
        ? tr("%1 everything").arg(preset.zoneLabel())
        : tr("%1 %2").arg(preset.zoneLabel(), Purge::itemNoun(action, 2));

    QDialog dialog(this);
    dialog.setObjectName(u"presetSaveDialog"_s);
    dialog.setWindowTitle(tr("Save as Preset"));
    auto *summary = new QLabel(describe(preset), &dialog);
    summary->setWordWrap(true);
    auto *name = new QLineEdit(m_store.freeName(suggestion), &dialog);
    name->setObjectName(u"presetName"_s);
    name->setMaxLength(100);
    name->selectAll();
    auto *note = new QLineEdit(&dialog);
    note->setObjectName(u"presetNote"_s);
    note->setPlaceholderText(tr("Optional: when or why to run it"));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Saves:"), summary);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("N&ote:"), note);
    form->addRow(box);
    dialog.setMinimumWidth(420);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(name, &QLineEdit::textChanged, &dialog,
        [box](const QString &text) { box->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty()); });

    const QList<Preset> before = m_store.presets();
    while (dialog.exec() == QDialog::Accepted) {
        preset.name = name->text().trimmed();
        preset.note = note->text().trimmed();
        const Preset *existing = m_store.find(preset.name);
        if (existing) {
            QMessageBox question(QMessageBox::Question, tr("Save as Preset"),
                tr("There is already a preset named %1.").arg(quoted(existing->name)), QMessageBox::NoButton, this);
            question.setObjectName(u"presetReplaceQuestion"_s);
            question.setInformativeText(
                tr("It holds: %1.\nReplace it with: %2?").arg(describe(*existing), describe(preset)));
            QPushButton *replace = question.addButton(tr("Replace"), QMessageBox::DestructiveRole);
            question.addButton(QMessageBox::Cancel);
            question.exec();
            if (question.clickedButton() != replace)
                continue; // back to the name, as typed
        }
        const bool replacing = existing != nullptr;
        QString error;
        if (!m_store.put(preset, replacing, &error)) {
            QMessageBox::warning(this, tr("Save as Preset"), error);
            continue;
        }
        QString done = tr("Saved %1.").arg(quoted(preset.name));
        if (preset.profile != kSandbox)
            done += u' ' + tr("It also runs from a script: purgedesk-cli preset run \"%1\"").arg(preset.name);
        m_search->clear();
        reload(preset.name);
        commit(before, done, replacing ? tr("replacing %1").arg(quoted(preset.name)) : QString());
        return;
    }
}

void PresetsPanel::updateSelected()
{
    const std::optional<Preset> preset = current();
    if (!preset || m_store.isReadOnly())
        return;
    Preset updated;
    QString why;
    if (!m_readForm || !m_readForm(&updated, &why)) {
        setStatus(tr("%1 was not updated: %2").arg(quoted(preset->name), why), true);
        return;
    }
    updated.name = preset->name;
    updated.note = preset->note;
    if (updated == *preset) {
        setStatus(tr("%1 already holds what the purge form holds.").arg(quoted(preset->name)), false);
        return;
    }
    const QList<Preset> before = m_store.presets();
    QString error;
    if (!m_store.put(updated, true, &error)) {
        setStatus(error, true);
        return;
    }
    reload(updated.name);
    commit(before, tr("Updated %1: %2.").arg(quoted(updated.name), describe(updated)),
        tr("the update of %1").arg(quoted(updated.name)));
}

void PresetsPanel::renameSelected()
{
    const std::optional<Preset> preset = current();
    if (!preset || m_store.isReadOnly())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Preset"),
        tr("New name for %1:").arg(quoted(preset->name)), QLineEdit::Normal, preset->name, &ok);
    if (!ok || name.trimmed() == preset->name)
        return;
    const QList<Preset> before = m_store.presets();
    QString error;
    if (!m_store.rename(preset->name, name, &error)) {
        setStatus(tr("%1 was not renamed: %2").arg(quoted(preset->name), error), true);
        return;
    }
    reload(name.trimmed());
    commit(before, tr("Renamed %1 to %2.").arg(quoted(preset->name), quoted(name.trimmed())));
}

void PresetsPanel::duplicateSelected()
{
    const std::optional<Preset> preset = current();
    if (!preset || m_store.isReadOnly())
        return;
    const QList<Preset> before = m_store.presets();
    Preset copy = *preset;
    copy.name = m_store.freeName(preset->name);
    QString error;
    if (!m_store.put(copy, false, &error)) {
        setStatus(error, true);
        return;
    }
    m_store.move(int(m_store.presets().size()) - 1, m_store.indexOf(preset->name) + 1);
    reload(copy.name);
    commit(before, tr("Duplicated %1 as %2.").arg(quoted(preset->name), quoted(copy.name)));
}

void PresetsPanel::removeSelected()
{
    const QStringList names = selectedNames();
    if (names.isEmpty() || m_store.isReadOnly())
        return;
    const QList<Preset> before = m_store.presets();
    const int firstRow = m_store.indexOf(names.first());
    for (const QString &name : names)
        m_store.remove(name);
    const QList<Preset> &left = m_store.presets();
    reload(left.isEmpty() ? QString() : left.at(std::min(firstRow, int(left.size()) - 1)).name);
    const QString done = names.size() == 1 ? tr("Deleted %1.").arg(quoted(names.first()))
                                           : tr("Deleted %1.").arg(presetsCount(int(names.size())));
    commit(before, done,
        tr("the deletion of %1").arg(names.size() == 1 ? quoted(names.first()) : presetsCount(int(names.size()))));
}

bool PresetsPanel::movePresets(const QStringList &names, int row)
{
    if (m_store.isReadOnly() || !m_search->text().trimmed().isEmpty())
        return false; // the filtered list does not show where a preset would land
    const QList<Preset> before = m_store.presets();
    QList<Preset> moved;
    QList<Preset> others;
    int insertAt = 0;
    for (int i = 0; i < before.size(); ++i) {
        const bool dragged = names.contains(before.at(i).name);
        (dragged ? moved : others) << before.at(i);
        if (!dragged && (row < 0 || i < row))
            insertAt = int(others.size());
    }
    if (moved.isEmpty())
        return false;
    QList<Preset> after = others;
    for (int i = 0; i < moved.size(); ++i)
        after.insert(insertAt + i, moved.at(i));
    if (after == before)
        return false;
    m_store.setPresets(after);
    reload(moved.first().name);
    const QString what = moved.size() == 1 ? quoted(moved.first().name) : presetsCount(int(moved.size()));
    return commit(before, tr("Moved %1.").arg(what));
}

void PresetsPanel::moveSelected(int delta)
{
    const std::optional<Preset> preset = current();
    if (!preset || m_store.isReadOnly() || !m_search->text().trimmed().isEmpty())
        return;
    const int from = m_store.indexOf(preset->name);
    const int to = from + delta;
    if (to < 0 || to >= m_store.presets().size())
        return;
    const QList<Preset> before = m_store.presets();
    m_store.move(from, to);
    reload(preset->name);
    commit(before, tr("Moved %1 %2.").arg(quoted(preset->name), delta < 0 ? tr("up") : tr("down")));
}

// --- Import and export -----------------------------------------------------------------------

void PresetsPanel::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Presets"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("PurgeDesk presets (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void PresetsPanel::chooseExport(bool selectionOnly)
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Presets"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"purgedesk-presets.json"_s),
        tr("PurgeDesk presets (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    exportTo(path, selectionOnly);
}

bool PresetsPanel::exportTo(const QString &path, bool selectionOnly)
{
    QList<Preset> chosen;
    if (selectionOnly) {
        for (const QString &name : selectedNames())
            chosen << *m_store.find(name);
    } else {
        chosen = m_store.presets();
    }
    if (chosen.isEmpty()) {
        setStatus(selectionOnly ? tr("Select the presets to export.") : tr("There are no presets to export."), true);
        return false;
    }
    QString error;
    if (!Presets::writePresetFile(path, chosen, &error)) {
        setStatus(error, true);
        return false;
    }
    setStatus(tr("Exported %1 to %2. The file holds no secrets: accounts are named, their tokens stay in the "
                 "keychain.")
                  .arg(presetsCount(int(chosen.size())), QDir::toNativeSeparators(path)),
        false);
    return true;
}

bool PresetsPanel::importFrom(const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    if (m_store.isReadOnly()) {
        setStatus(tr("Presets cannot be imported: the presets file cannot be changed by this version."), true);
        return false;
    }
    Presets::ImportResult result = Presets::readPresetFile(path);
    if (!result.error.isEmpty()) {
        setStatus(tr("Nothing was imported: %1").arg(result.error), true);
        return false;
    }
    const QList<Preset> before = m_store.presets();
    int renamed = 0;
    int replaced = 0;
    int skipped = 0;
    if (!chooseAccounts(result.presets) || !resolveConflicts(result.presets, &renamed, &replaced, &skipped)) {
        m_store.setPresets(before);
        reload({});
        setStatus(tr("The import was cancelled; nothing was changed."), false);
        return false;
    }
    const int imported = int(result.presets.size()) - skipped;
    QStringList parts;
    if (replaced)
        parts << tr("%1 replaced").arg(replaced);
    if (renamed)
        parts << tr("%1 kept both under a new name").arg(renamed);
    if (skipped)
        parts << tr("%1 skipped").arg(skipped);
    QString done = tr("Imported %1 from %2").arg(presetsCount(imported), file);
    if (!parts.isEmpty())
        done += u" ("_s + parts.join(u", "_s) + u')';
    done += u'.';
    if (!result.rejected.isEmpty())
        done += u' '
            + counted(int(result.rejected.size()), tr("1 preset in the file was rejected."),
                tr("%1 presets in the file were rejected."));
    m_search->clear();
    reload(result.presets.isEmpty() ? QString() : result.presets.constLast().name);
    const bool ok = commit(before, done, imported > 0 ? tr("the import of %1").arg(file) : QString());
    if (!result.rejected.isEmpty()) {
        // Line by line, what was not imported and why; the rest is imported.
        auto *report = new QMessageBox(QMessageBox::Warning, tr("Import Presets"),
            counted(int(result.rejected.size()), tr("1 preset in %2 was not imported:"),
                tr("%1 presets in %2 were not imported:"))
                .arg(file),
            QMessageBox::Ok, this);
        report->setObjectName(u"presetImportReport"_s);
        constexpr int Shown = 12;
        QStringList shown = result.rejected.mid(0, Shown);
        if (result.rejected.size() > Shown)
            shown << tr("... and %1 more (Show Details).").arg(result.rejected.size() - Shown);
        report->setInformativeText(shown.join(u'\n'));
        if (result.rejected.size() > Shown)
            report->setDetailedText(result.rejected.join(u'\n'));
        report->setAttribute(Qt::WA_DeleteOnClose);
        report->open();
    }
    return ok;
}

bool PresetsPanel::chooseAccounts(QList<Preset> &presets)
{
    QStringList unknown;
    for (const Preset &preset : std::as_const(presets)) {
        if (preset.profile != kSandbox && !m_accounts.contains(preset.profile) && !unknown.contains(preset.profile))
            unknown << preset.profile;
    }
    for (const QString &profile : std::as_const(unknown)) {
        const int count = int(std::count_if(
            presets.cbegin(), presets.cend(), [&profile](const Preset &preset) { return preset.profile == profile; }));
        QStringList choices = m_accounts;
        choices << tr("Sandbox (local, not Cloudflare)");
        choices << (profile.isEmpty() ? tr("No account (for the command line's environment credentials)")
                                      : tr("Keep %1 (add that account later)").arg(quoted(profile)));
        QInputDialog dialog(this);
        dialog.setObjectName(u"presetAccountQuestion"_s);
        dialog.setWindowTitle(tr("Import Presets"));
        const QString who = counted(count, tr("1 preset in this file"), tr("%1 presets in this file"));
        dialog.setLabelText(profile.isEmpty()
                ? tr("%1 names no account (saved on the command line). Which account should it use?").arg(who)
                : tr("%1 uses the account %2, which is not in PurgeDesk. Which account should it use?")
                      .arg(who, quoted(profile)));
        dialog.setComboBoxItems(choices);
        dialog.setComboBoxEditable(false);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        const int chosen = int(choices.indexOf(dialog.textValue()));
        QString account = profile;
        if (chosen >= 0 && chosen < m_accounts.size())
            account = m_accounts.at(chosen);
        else if (chosen == m_accounts.size())
            account = kSandbox;
        for (Preset &preset : presets) {
            if (preset.profile == profile)
                preset.profile = account;
        }
    }
    return true;
}

bool PresetsPanel::resolveConflicts(QList<Preset> &presets, int *renamed, int *replaced, int *skipped)
{
    enum class Choice { KeepBoth, Replace, Skip };
    std::optional<Choice> always;
    for (Preset &preset : presets) {
        const Preset *existing = m_store.find(preset.name);
        // A new name is simply added (put with replace adds it); an existing one asks, once or for all.
        std::optional<Choice> choice = existing ? always : Choice::Replace;
        if (!choice) {
            QMessageBox question(QMessageBox::Question, tr("Import Presets"),
                tr("There is already a preset named %1.").arg(quoted(existing->name)), QMessageBox::NoButton, this);
            question.setObjectName(u"presetConflictQuestion"_s);
            question.setInformativeText(
                tr("Yours: %1.\nImported: %2.\n\nKeep both (the imported one becomes %3), replace yours, or skip the "
                   "imported one?")
                    .arg(describe(*existing), describe(preset), quoted(m_store.freeName(preset.name))));
            QPushButton *keep = question.addButton(tr("Keep Both"), QMessageBox::AcceptRole);
            QPushButton *replace = question.addButton(tr("Replace"), QMessageBox::DestructiveRole);
            QPushButton *skip = question.addButton(tr("Skip"), QMessageBox::RejectRole);
            QPushButton *cancel = question.addButton(tr("Cancel Import"), QMessageBox::RejectRole);
            question.setDefaultButton(keep);
            question.setEscapeButton(cancel);
            auto *all = new QCheckBox(tr("Do the same for the other names that exist"), &question);
            question.setCheckBox(all);
            question.exec();
            QAbstractButton *clicked = question.clickedButton();
            if (clicked == keep)
                choice = Choice::KeepBoth;
            else if (clicked == replace)
                choice = Choice::Replace;
            else if (clicked == skip)
                choice = Choice::Skip;
            else
                return false;
            if (all->isChecked())
                always = choice;
        }
        QString error;
        switch (*choice) {
        case Choice::KeepBoth:
            preset.name = m_store.freeName(preset.name);
            ++*renamed;
            break;
        case Choice::Replace:
            *replaced += existing ? 1 : 0;
            break;
        case Choice::Skip:
            ++*skipped;
            continue;
        }
        m_store.put(preset, true, &error); // checked when the file was read
    }
    return true;
}

} // namespace PurgeDesk::Gui
