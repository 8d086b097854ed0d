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

} // namespace PurgeDesk::Gui
