#include "zonechoicedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

ZoneChoiceDialog::ZoneChoiceDialog(
    const QList<Cloudflare::Zone> &zones, const QString &chosenId, const QStringList &checkedIds, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"zoneChoiceDialog"_s);
    setWindowTitle(tr("More Zones"));
    QString chosenName;
    for (const Cloudflare::Zone &zone : zones) {
        if (zone.id == chosenId)
            chosenName = zone.name;
    }
    auto *intro = new QLabel(
        tr("Cache tags and purge everything apply to each zone they are sent to. Tick the zones to purge in as well as "
           "%1.")
            .arg(chosenName.isEmpty() ? chosenId : chosenName),
        this);
    intro->setWordWrap(true);
    m_filter->setObjectName(u"zoneChoiceFilter"_s);
    m_filter->setPlaceholderText(tr("Filter zones"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"zoneChoiceList"_s);
    m_list->setAccessibleName(tr("Zones"));
    for (const Cloudflare::Zone &zone : zones) {
        if (zone.id == chosenId)
            continue;
        auto *item = new QListWidgetItem(zone.name.isEmpty() ? zone.id : zone.name, m_list);
        item->setData(Qt::UserRole, zone.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checkedIds.contains(zone.id) ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setHidden(!m_list->item(row)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(420, 360)));
}

ZoneChoiceDialog::~ZoneChoiceDialog() = default;

QStringList ZoneChoiceDialog::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids << m_list->item(row)->data(Qt::UserRole).toString();
    }
    return ids;
}

MoreZonesButton::MoreZonesButton(QWidget *parent)
    : QPushButton(parent)
{
    setObjectName(u"moreZonesButton"_s);
    QSizePolicy keepRoom = sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true); // the rows below never move when it shows
    setSizePolicy(keepRoom);
    hide(); // for tags and purge everything, once the zones are listed
    connect(this, &QPushButton::clicked, this, &MoreZonesButton::choose);
    updateText();
}

MoreZonesButton::~MoreZonesButton() = default;

void MoreZonesButton::setZones(const QList<Cloudflare::Zone> &zones, const QString &chosenId, bool offered)
{
    m_zones = zones;
    m_chosenId = chosenId;
    setVisible(offered && zones.size() > 1);
    updateText();
}

void MoreZonesButton::setChosen(const QStringList &idsOrNames)
{
    m_chosen = idsOrNames;
    updateText();
}

bool MoreZonesButton::isChosen(const Cloudflare::Zone &zone) const
{
    return zone.id != m_chosenId && (m_chosen.contains(zone.id) || m_chosen.contains(zone.name, Qt::CaseInsensitive));
}

void MoreZonesButton::updateText()
{
    QStringList names;
    for (const Cloudflare::Zone &zone : std::as_const(m_zones)) {
        if (!m_chosenId.isEmpty() && isChosen(zone))
            names << zone.name;
    }
    setText(names.isEmpty() ? tr("More Zones...") : tr("In %n More Zone(s)...", nullptr, int(names.size())));
    setToolTip(names.isEmpty() ? tr("Purge these in further zones of the account too")
                               : tr("Also in: %1").arg(names.join(u", "_s)));
}

void MoreZonesButton::choose()
{
    if (m_chosenId.isEmpty())
        return;
    auto *dialog = new ZoneChoiceDialog(m_zones, m_chosenId, m_chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setChosen(dialog->checkedIds());
        Q_EMIT chosenChanged();
    });
    dialog->open();
}

} // namespace PurgeDesk::Gui
