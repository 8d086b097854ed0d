#pragma once

#include "cloudflare/types.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace PurgeDesk::Gui {

// Chooses further zones of the account for cache tags and purge everything, which are per zone by
// nature: "Purge these tags in: example.com, example.net". The chosen zone is always included and
// not offered. A filter field narrows a long list.
class ZoneChoiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoneChoiceDialog)

public:
    ZoneChoiceDialog(const QList<Cloudflare::Zone> &zones, const QString &chosenId, const QStringList &checkedIds,
        QWidget *parent = nullptr);
    ~ZoneChoiceDialog() override;

    // The IDs of the ticked zones, in the list's order.
    QStringList checkedIds() const;
    QListWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }

private:
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace PurgeDesk::Gui
