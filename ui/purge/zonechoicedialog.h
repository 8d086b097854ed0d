#pragma once

#include "cloudflare/types.h"

#include <QDialog>
#include <QPushButton>

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

// The form's "More Zones..." button: the further zones chosen for tags and purge everything (by ID,
// or by name as a preset may give them), the dialog that chooses them, and its own words ("In 2 More
// Zones...", with their names in the tooltip).
class MoreZonesButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoreZonesButton)

public:
    explicit MoreZonesButton(QWidget *parent = nullptr);
    ~MoreZonesButton() override;

    // The account's zones and the chosen one; the button shows when `offered` and there is more than one.
    void setZones(const QList<Cloudflare::Zone> &zones, const QString &chosenId, bool offered);
    QStringList chosen() const { return m_chosen; }
    void setChosen(const QStringList &idsOrNames);
    // Whether `zone` is among the chosen further zones.
    bool isChosen(const Cloudflare::Zone &zone) const;

Q_SIGNALS:
    // The user chose other zones in the dialog.
    void chosenChanged();

private:
    void choose();
    void updateText();

    QList<Cloudflare::Zone> m_zones;
    QString m_chosenId;
    QStringList m_chosen;
};

} // namespace PurgeDesk::Gui
