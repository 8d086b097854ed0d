#include "zonepicker.h"

#include "ui/common/actionicons.h"
#include "ui/common/messageline.h"
#include "ui/common/uiresources.h"

#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Cloudflare::Zone;

namespace PurgeDesk::Gui {

namespace {

constexpr int IndexRole = Qt::UserRole + 1; // index in m_zones
constexpr int DetailRole = Qt::UserRole + 2; // "Pro plan · active"
constexpr int SectionRole = Qt::UserRole + 3; // "zone" for the full list, "top" for a favourite
// Lists longer than this show the pinned and recent zones on top.
constexpr int FavouritesFrom = 10;
constexpr int MaxRecent = 5;

bool isZoneId(const QString &text)
{
    static const QRegularExpression hex(u"^[0-9a-fA-F]{32}$"_s);
    return hex.match(text.trimmed()).hasMatch();
}

// Draws the zone name on the left, cut short before its plan and status, which are right-aligned in
// the muted text colour.
class ZoneDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString detail = index.data(DetailRole).toString();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        const ZonePicker::RowLayout row = ZonePicker::layoutRow(opt.fontMetrics, textRect, opt.text, detail);
        opt.text = row.name;
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        if (detail.isEmpty())
            return;
        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->setFont(opt.font);
        painter->drawText(row.detailRect, Qt::AlignRight | Qt::AlignVCenter, detail);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rwidth() += option.fontMetrics.horizontalAdvance(index.data(DetailRole).toString()) + 24;
        return size;
    }
};

// The zone field, editable from the start: its line edit comes right after it in the focus chain,
// before the buttons beside it, so that Shift+Tab stops where Tab does, the other way round.
QComboBox *editableCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    return combo;
}

} // namespace

ZonePicker::ZonePicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(editableCombo(this))
    , m_secret(new QLineEdit(this))
    , m_useSecret(new QPushButton(tr("Use for This Session"), this))
    , m_pin(new QToolButton(this))
    , m_reload(new QToolButton(this))
    , m_column(new QWidget(this))
    , m_info(new MessageLine(m_column, 1))
    , m_state(new MessageLine(m_column, 1))
    , m_model(new QStandardItemModel(this))
    , m_searchModel(new QSortFilterProxyModel(this))
{
    m_combo->setObjectName(u"zoneCombo"_s);
    m_combo->setAccessibleName(tr("Zone"));
    m_combo->setAccessibleDescription(tr("Type part of a zone name to search, or paste a zone ID"));
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setModel(m_model);
    m_combo->setMaxVisibleItems(20);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(22);
    m_combo->setItemDelegate(new ZoneDelegate(m_combo));
    if (auto *view = qobject_cast<QListView *>(m_combo->view()))
        view->setUniformItemSizes(true);
    m_combo->lineEdit()->setPlaceholderText(tr("Type to search zones, or paste a zone ID"));
    m_combo->lineEdit()->installEventFilter(this);

    // The search offers each zone once: the favourites on top of the list are left out.
    m_searchModel->setSourceModel(m_model);
    m_searchModel->setFilterRole(SectionRole);
    m_searchModel->setFilterFixedString(u"zone"_s);
    auto *completer = new QCompleter(m_searchModel, m_combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(15);
    completer->popup()->setItemDelegate(new ZoneDelegate(completer->popup()));
    completer->popup()->setObjectName(u"zoneSearchPopup"_s);
    completer->popup()->installEventFilter(this); // after the completer's own filter: sees keys first
    m_combo->setCompleter(completer);

    m_secret->setObjectName(u"sessionSecretEdit"_s);
    m_secret->setAccessibleName(tr("API token for this session"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->hide();
    m_useSecret->setObjectName(u"useSessionSecretButton"_s);
    m_useSecret->setAccessibleName(tr("Use the token for this session only"));
    m_useSecret->setToolTip(tr("The token is kept in memory until PurgeDesk quits; it is never written anywhere."));
    m_useSecret->setAutoDefault(false);
    m_useSecret->hide();
    const auto useSecret = [this] {
        const QString secret = m_secret->text().trimmed();
        if (secret.isEmpty()) {
            m_secret->setFocus();
            return;
        }
        m_secret->clear();
        Q_EMIT secretEntered(secret);
    };
    connect(m_useSecret, &QPushButton::clicked, this, useSecret);
    connect(m_secret, &QLineEdit::returnPressed, this, useSecret);

    m_pin->setObjectName(u"pinZoneButton"_s);
    m_pin->setAccessibleName(tr("Pin the zone to the top of the list"));
    m_pin->setCheckable(true);
    m_pin->setAutoRaise(true);
    m_pin->setText(u"\u2606"_s);
    m_pin->hide();
    connect(m_pin, &QToolButton::clicked, this, [this](bool on) {
        const auto zone = currentZone();
        if (!zone || hasTypedId())
            return;
        m_pinned.removeAll(zone->id);
        if (on)
            m_pinned.prepend(zone->id);
        rebuild(zone->id);
        Q_EMIT pinToggled(zone->id, on);
    });

    m_reload->setObjectName(u"reloadZonesButton"_s);
    m_reload->setAccessibleName(tr("Reload zones"));
    m_reload->setToolTip(tr("Load the zone list again"));
    setThemeIconLater(m_reload, u"view-refresh"_s, QString()); // else the word alone
    m_reload->setText(tr("Reload"));
    m_reload->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    m_reload->setAutoRaise(true);

    m_info->setObjectName(u"zoneInfoLabel"_s);
    m_info->setAccessibleName(tr("Zone plan and status"));
    m_state->setObjectName(u"zoneStateLabel"_s);
    m_state->setAccessibleName(tr("Zone list state"));

    // The plan and the list's state share a column two lines high: whatever they say, the rows
    // below stay where they are.
    // A problem is read whole: it moves under the row, across the picker's width (placeState()).
    m_columnLayout = new QVBoxLayout(m_column);
    m_columnLayout->setContentsMargins(0, 0, 0, 0);
    m_columnLayout->setSpacing(0);
    m_columnLayout->addWidget(m_info);
    m_columnLayout->addWidget(m_state);
    // Two lines high, never more: the room the form has left goes to the list, not here.
    m_columnLayout->setAlignment(Qt::AlignTop);
    m_column->setMinimumHeight(2 * fontMetrics().lineSpacing());
    m_column->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_layout->addLayout(row);
    row->addWidget(m_combo, 3);
    row->addWidget(m_secret, 3);
    row->addWidget(m_useSecret);
    row->addWidget(m_pin);
    row->addWidget(m_reload);
    row->addWidget(m_column, 2);
    setFocusProxy(m_combo);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &ZonePicker::updateInfo);
    connect(m_combo, &QComboBox::currentTextChanged, this, &ZonePicker::textEdited);
    connect(m_reload, &QToolButton::clicked, this, &ZonePicker::reloadRequested);
    setZones({}, {});
}

ZonePicker::~ZonePicker() = default;

QString ZonePicker::describeZone(const Zone &zone)
{
    QStringList parts;
    const PlanMatch plan = zone.plan();
    if (!zone.planLegacyId.isEmpty() || !zone.planName.isEmpty())
        parts << (plan.known ? tr("%1 plan").arg(planDisplayName(plan.plan)) : zone.planName);
    if (zone.paused)
        parts << tr("paused");
    else if (!zone.status.isEmpty())
        parts << zone.status;
    return parts.join(u" · "_s);
}

ZonePicker::RowLayout ZonePicker::layoutRow(
    const QFontMetrics &metrics, const QRect &rect, const QString &name, const QString &detail)
{
    RowLayout row;
    constexpr int Gap = 12;
    constexpr int RightMargin = 6;
    const int detailWidth = detail.isEmpty() ? 0 : metrics.horizontalAdvance(detail);
    // The plan and status keep their room unless the name would have none left: then both share.
    int nameWidth = rect.width() - (detailWidth ? detailWidth + Gap + RightMargin : 0);
    const int shownDetail
        = nameWidth < rect.width() / 2 && detailWidth ? rect.width() / 2 - Gap - RightMargin : detailWidth;
    nameWidth = rect.width() - (detailWidth ? shownDetail + Gap + RightMargin : 0);
    row.nameRect = QRect(rect.left(), rect.top(), qMax(0, nameWidth), rect.height());
    row.detailRect = QRect(rect.right() - RightMargin - shownDetail + 1, rect.top(), shownDetail, rect.height());
    row.name = metrics.elidedText(name, Qt::ElideRight, row.nameRect.width());
    return row;
}

void ZonePicker::setState(const QString &text, bool problem)
{
    showMessage(m_state, text, problem);
    placeState(problem && !text.isEmpty());
}

void ZonePicker::placeState(bool below)
{
    if (below == m_stateBelow)
        return;
    m_stateBelow = below;
    if (below) {
        m_columnLayout->removeWidget(m_state);
        m_layout->addWidget(m_state);
    } else {
        m_layout->removeWidget(m_state);
        m_columnLayout->insertWidget(1, m_state);
    }
    m_state->setGrows(below);
    setInfo(m_info->text());
}

void ZonePicker::setInfo(const QString &text)
{
    m_info->setMessage(text, false);
    // One column, two lines: the state takes both when there is nothing to say about a zone.
    m_info->setVisible(!text.isEmpty());
    m_state->setLines(text.isEmpty() && !m_stateBelow ? 2 : 1);
}

void ZonePicker::showSecretField(bool shown)
{
    m_combo->setVisible(!shown);
    m_secret->setVisible(shown);
    m_useSecret->setVisible(shown);
    m_reload->setVisible(!shown);
    setFocusProxy(shown ? static_cast<QWidget *>(m_secret) : static_cast<QWidget *>(m_combo));
}

void ZonePicker::setLoading(const QString &message)
{
    showSecretField(false);
    setState(message, false);
    m_reload->setEnabled(false);
}

void ZonePicker::setFavourites(const QStringList &pinned, const QStringList &recent)
{
    m_pinned = pinned;
    m_recent = recent.mid(0, MaxRecent);
    if (m_zones.isEmpty())
        return;
    const auto zone = currentZone();
    rebuild(zone && !hasTypedId() ? zone->id : QString());
}

void ZonePicker::rebuild(const QString &selectId)
{
    const QSignalBlocker blocker(m_combo);
    const QString typed = m_combo->currentText();
    m_model->clear();
    QHash<QString, int> byId;
    for (int i = 0; i < m_zones.size(); ++i)
        byId.insert(m_zones.at(i).id, i);
    const auto makeItem = [this](int i, const QString &section, const QString &label) {
        const Zone &zone = m_zones.at(i);
        auto *item = new QStandardItem(zone.name);
        item->setData(i, IndexRole);
        const QString detail = describeZone(zone);
        item->setData(label.isEmpty() ? detail : label + u" · "_s + detail, DetailRole);
        item->setData(section, SectionRole);
        item->setToolTip(tr("%1\nZone ID %2\n%3").arg(zone.name, zone.id, detail));
        item->setEditable(false);
        return item;
    };
    QList<QStandardItem *> items;
    if (m_zones.size() > FavouritesFrom) {
        QStringList top;
        for (const QString &id : std::as_const(m_pinned)) {
            if (byId.contains(id) && !top.contains(id)) {
                items << makeItem(byId.value(id), u"top"_s, tr("Pinned"));
                top << id;
            }
        }
        for (const QString &id : std::as_const(m_recent)) {
            if (byId.contains(id) && !top.contains(id)) {
                items << makeItem(byId.value(id), u"top"_s, tr("Recent"));
                top << id;
            }
        }
    }
    const int favourites = int(items.size());
    items.reserve(items.size() + m_zones.size());
    for (int i = 0; i < m_zones.size(); ++i)
        items << makeItem(i, u"zone"_s, QString());
    m_model->invisibleRootItem()->appendRows(items);
    m_firstZoneRow = 0;
    if (favourites > 0) {
        m_combo->insertSeparator(favourites);
        m_firstZoneRow = favourites + 1;
    }
    const int select = byId.contains(selectId) ? rowOfZone(byId.value(selectId)) : -1;
    m_combo->setCurrentIndex(select);
    if (select < 0)
        m_combo->setEditText(selectId.isEmpty() ? typed : QString());
    updateInfo();
}

int ZonePicker::rowOfZone(int zoneIndex) const
{
    return m_firstZoneRow + zoneIndex;
}

void ZonePicker::setZones(const QList<Zone> &zones, const QString &selectId)
{
    showSecretField(false);
    m_zones = zones;
    m_typedDetails.reset();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setEditText(QString());
    }
    rebuild(selectId);
    m_combo->setEnabled(true);
    m_reload->setEnabled(true);
    if (zones.isEmpty())
        setState(QString(), false);
    else
        setState(tr("%Ln zone(s)", nullptr, int(zones.size())), false);
    m_combo->lineEdit()->setPlaceholderText(tr("Type to search zones, or paste a zone ID"));
    updateInfo();
    textEdited();
}

bool ZonePicker::selectZone(const QString &idOrName)
{
    const auto matches = [&idOrName](const Zone &zone) {
        return zone.id == idOrName || zone.name.compare(idOrName, Qt::CaseInsensitive) == 0;
    };
    const auto listed = std::find_if(m_zones.cbegin(), m_zones.cend(), matches);
    if (listed != m_zones.cend()) {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(rowOfZone(int(listed - m_zones.cbegin())));
    } else if (m_zones.isEmpty() && m_combo->isEnabled()) {
        m_combo->setEditText(idOrName); // a zone ID is taken as typed; a name is not a zone ID
    } else {
        return false;
    }
    updateInfo();
    textEdited();
    const auto zone = currentZone();
    return zone && matches(*zone);
}

void ZonePicker::setProblem(const QString &message, bool allowTypedId)
{
    showSecretField(false);
    {
        const QSignalBlocker blocker(m_combo);
        m_zones.clear();
        m_model->clear();
        m_firstZoneRow = 0;
        m_combo->setCurrentIndex(-1);
    }
    m_reload->setEnabled(true);
    setState(message, true);
    m_combo->lineEdit()->setPlaceholderText(
        allowTypedId ? tr("Paste the zone ID (32 characters, on the zone's Overview page)") : QString());
    m_combo->setEnabled(allowTypedId);
    updateInfo();
    textEdited();
}

void ZonePicker::askForSecret(const QString &message, const QString &placeholder)
{
    setProblem(message, false);
    m_secret->setPlaceholderText(placeholder);
    showSecretField(true);
}

void ZonePicker::setTypedZoneDetails(const Zone &zone)
{
    m_typedDetails = zone;
    setInfo(zone.name.isEmpty() ? describeZone(zone) : tr("%1 · %2").arg(zone.name, describeZone(zone)));
}

void ZonePicker::setTypedZoneProblem(const QString &message)
{
    setInfo(message);
}

std::optional<Zone> ZonePicker::currentZone() const
{
    const QString text = m_combo->currentText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const auto listedAt = [this](int row) -> std::optional<Zone> {
        const QVariant index = m_combo->itemData(row, IndexRole);
        if (!index.isValid())
            return std::nullopt;
        return m_zones.value(index.toInt());
    };
    const int index = m_combo->currentIndex();
    if (index >= 0 && m_combo->itemText(index) == text)
        return listedAt(index);
    const int found = m_combo->findText(text, Qt::MatchFixedString);
    if (found >= 0)
        return listedAt(found);
    if (isZoneId(text)) {
        if (m_typedDetails && m_typedDetails->id == text.toLower())
            return m_typedDetails;
        Zone zone;
        zone.id = text.toLower();
        return zone;
    }
    return std::nullopt;
}

bool ZonePicker::hasTypedId() const
{
    const auto zone = currentZone();
    return zone && std::none_of(m_zones.cbegin(), m_zones.cend(), [&](const Zone &z) { return z.id == zone->id; });
}

QString ZonePicker::stateText() const
{
    return m_state->text();
}

void ZonePicker::focusSearch()
{
    if (m_secret->isVisible()) {
        m_secret->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    m_combo->setFocus(Qt::ShortcutFocusReason);
    m_combo->lineEdit()->selectAll();
}

bool ZonePicker::restorePreviousZone()
{
    if (m_previousId.isEmpty())
        return false;
    const auto zone = currentZone();
    if (zone && zone->id == m_previousId)
        return false;
    const auto previous
        = std::find_if(m_zones.cbegin(), m_zones.cend(), [this](const Zone &z) { return z.id == m_previousId; });
    if (previous == m_zones.cend())
        return false;
    m_combo->completer()->popup()->hide();
    selectZone(previous->id);
    m_combo->lineEdit()->selectAll();
    return true;
}

bool ZonePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && (watched == m_combo->lineEdit() || watched == m_combo->completer()->popup())) {
        // Escape abandons a search: the zone chosen before comes back.
        if (restorePreviousZone())
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ZonePicker::textEdited()
{
    const auto zone = currentZone();
    const QString id = zone ? zone->id : QString();
    if (!hasTypedId() || (m_typedDetails && m_typedDetails->id != id))
        m_typedDetails.reset();
    if (zone && !hasTypedId())
        m_previousId = id;
    updateInfo();
    if (id != m_emittedId) {
        m_emittedId = id;
        Q_EMIT zoneChanged();
    }
}

void ZonePicker::updateInfo()
{
    const auto zone = currentZone();
    const bool listed = zone && !hasTypedId();
    m_pin->setVisible(listed && m_zones.size() > FavouritesFrom);
    if (listed) {
        const bool pinned = m_pinned.contains(zone->id);
        m_pin->setChecked(pinned);
        m_pin->setText(pinned ? u"\u2605"_s : u"\u2606"_s);
        m_pin->setToolTip(pinned ? tr("Unpin %1 from the top of the list").arg(zone->name)
                                 : tr("Pin %1 to the top of the list").arg(zone->name));
    }
    if (!zone) {
        const QString text = m_combo->currentText().trimmed();
        if (text.isEmpty() || m_zones.isEmpty()) {
            setInfo(QString());
            return;
        }
        // The search lists every zone whose name holds the text: say how many, not "no match".
        const auto count = std::count_if(m_zones.cbegin(), m_zones.cend(),
            [&text](const Zone &z) { return z.name.contains(text, Qt::CaseInsensitive); });
        setInfo(count == 0 ? tr("No zone matches \u201c%1\u201d").arg(text)
                           : tr("%Ln zone(s) match \u201c%1\u201d: choose one", nullptr, int(count)).arg(text));
        return;
    }
    if (hasTypedId()) {
        if (!m_typedDetails)
            setInfo(tr("Zone ID"));
        return;
    }
    setInfo(describeZone(*zone));
}

} // namespace PurgeDesk::Gui
