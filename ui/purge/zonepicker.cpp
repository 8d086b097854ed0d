#include "zonepicker.h"

#include "ui/common/uiresources.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Cloudflare::Zone;

namespace PurgeDesk::Gui {

namespace {

constexpr int IndexRole = Qt::UserRole + 1; // index in m_zones
constexpr int DetailRole = Qt::UserRole + 2; // "Pro plan · active"

bool isZoneId(const QString &text)
{
    static const QRegularExpression hex(u"^[0-9a-fA-F]{32}$"_s);
    return hex.match(text.trimmed()).hasMatch();
}

// Draws the zone name, and its plan and status right-aligned in the muted text colour.
class ZoneDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString detail = index.data(DetailRole).toString();
        if (detail.isEmpty())
            return;
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QRect area = option.rect.adjusted(0, 0, -6, 0);
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, detail);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rwidth() += option.fontMetrics.horizontalAdvance(index.data(DetailRole).toString()) + 24;
        return size;
    }
};

} // namespace

ZonePicker::ZonePicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_reload(new QToolButton(this))
    , m_info(new QLabel(this))
    , m_state(new QLabel(this))
    , m_model(new QStandardItemModel(this))
{
    m_combo->setObjectName(u"zoneCombo"_s);
    m_combo->setAccessibleName(tr("Zone"));
    m_combo->setAccessibleDescription(tr("Type part of a zone name to search, or paste a zone ID"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setModel(m_model);
    m_combo->setMaxVisibleItems(20);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(28);
    m_combo->setItemDelegate(new ZoneDelegate(m_combo));
    if (auto *view = qobject_cast<QListView *>(m_combo->view()))
        view->setUniformItemSizes(true);
    m_combo->lineEdit()->setPlaceholderText(tr("Type to search zones, or paste a zone ID"));

    auto *completer = new QCompleter(m_model, m_combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(15);
    completer->popup()->setItemDelegate(new ZoneDelegate(completer->popup()));
    completer->popup()->setObjectName(u"zoneSearchPopup"_s);
    m_combo->setCompleter(completer);

    m_reload->setObjectName(u"reloadZonesButton"_s);
    m_reload->setAccessibleName(tr("Reload zones"));
    m_reload->setToolTip(tr("Load the zone list again"));
    m_reload->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    m_reload->setText(tr("Reload"));
    m_reload->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    m_reload->setAutoRaise(true);

    m_info->setObjectName(u"zoneInfoLabel"_s);
    m_info->setAccessibleName(tr("Zone plan and status"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(u"zoneStateLabel"_s);
    m_state->setAccessibleName(tr("Zone list state"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_combo, 3);
    row->addWidget(m_reload);
    row->addWidget(m_info, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_state);
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

void ZonePicker::setState(const QString &text, bool problem)
{
    showMessage(m_state, text, problem);
}

void ZonePicker::setLoading(const QString &message)
{
    setState(message, false);
    m_reload->setEnabled(false);
}

void ZonePicker::setZones(const QList<Zone> &zones, const QString &selectId)
{
    const QSignalBlocker blocker(m_combo);
    m_zones = zones;
    m_typedDetails.reset();
    m_model->clear();
    int select = -1;
    QList<QStandardItem *> items;
    items.reserve(zones.size());
    for (int i = 0; i < zones.size(); ++i) {
        const Zone &zone = zones.at(i);
        auto *item = new QStandardItem(zone.name);
        item->setData(i, IndexRole);
        const QString detail = describeZone(zone);
        item->setData(detail, DetailRole);
        item->setToolTip(tr("%1\nZone ID %2\n%3").arg(zone.name, zone.id, detail));
        item->setEditable(false);
        items.append(item);
        if (zone.id == selectId)
            select = i;
    }
    m_model->invisibleRootItem()->appendRows(items);
    m_combo->setEnabled(true);
    m_combo->setCurrentIndex(select);
    if (select < 0)
        m_combo->setEditText(QString());
    m_reload->setEnabled(true);
    if (zones.isEmpty())
        setState(QString(), false);
    else
        setState(zones.size() == 1 ? tr("1 zone") : tr("%1 zones").arg(QLocale().toString(zones.size())), false);
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
        m_combo->setCurrentIndex(int(listed - m_zones.cbegin())); // rows are in the order of m_zones
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
    {
        const QSignalBlocker blocker(m_combo);
        m_zones.clear();
        m_model->clear();
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

void ZonePicker::setTypedZoneDetails(const Zone &zone)
{
    m_typedDetails = zone;
    m_info->setText(zone.name.isEmpty() ? describeZone(zone) : tr("%1 · %2").arg(zone.name, describeZone(zone)));
}

void ZonePicker::setTypedZoneProblem(const QString &message)
{
    m_info->setText(message);
}

std::optional<Zone> ZonePicker::currentZone() const
{
    const QString text = m_combo->currentText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const int index = m_combo->currentIndex();
    if (index >= 0 && m_combo->itemText(index) == text)
        return m_zones.value(m_combo->itemData(index, IndexRole).toInt());
    const int found = m_combo->findText(text, Qt::MatchFixedString);
    if (found >= 0)
        return m_zones.value(m_combo->itemData(found, IndexRole).toInt());
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
    m_combo->setFocus(Qt::ShortcutFocusReason);
    m_combo->lineEdit()->selectAll();
}

void ZonePicker::textEdited()
{
    const auto zone = currentZone();
    const QString id = zone ? zone->id : QString();
    if (!hasTypedId() || (m_typedDetails && m_typedDetails->id != id))
        m_typedDetails.reset();
    updateInfo();
    if (id != m_emittedId) {
        m_emittedId = id;
        Q_EMIT zoneChanged();
    }
}

void ZonePicker::updateInfo()
{
    const auto zone = currentZone();
    if (!zone) {
        const QString text = m_combo->currentText().trimmed();
        m_info->setText(text.isEmpty() || m_zones.isEmpty() ? QString() : tr("No zone matches \"%1\"").arg(text));
        return;
    }
    if (hasTypedId()) {
        if (!m_typedDetails)
            m_info->setText(tr("Zone ID"));
        return;
    }
    m_info->setText(describeZone(*zone));
}

} // namespace PurgeDesk::Gui
