#pragma once

#include "cloudflare/types.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QToolButton;

namespace PurgeDesk::Gui {

// The zone picker: an editable, searchable list of the account's zones (type to filter by any
// part of the name; thousands of zones stay fast), each with its plan and status, a state line
// (loading, a problem, how many zones), and, when the token cannot list zones, a field that takes
// a zone ID typed or pasted by hand.
class ZonePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZonePicker)

public:
    explicit ZonePicker(QWidget *parent = nullptr);
    ~ZonePicker() override;

    void setLoading(const QString &message);
    // The zones to offer; selects `selectId` when present.
    void setZones(const QList<Cloudflare::Zone> &zones, const QString &selectId);
    // The zones could not be listed: says why, and offers to type a zone ID when `allowTypedId`.
    void setProblem(const QString &message, bool allowTypedId);
    // A typed zone ID whose details were read afterwards: shown like a listed zone.
    void setTypedZoneDetails(const Cloudflare::Zone &zone);
    void setTypedZoneProblem(const QString &message);
    // Selects the listed zone with this ID or name, or types the ID when zone IDs are typed by
    // hand. False when the zone is not on offer.
    bool selectZone(const QString &idOrName);

    // The listed zone whose name is in the field, or a zone with only an id when a zone ID was
    // typed; nothing while the field names no zone.
    std::optional<Cloudflare::Zone> currentZone() const;
    // The field holds a 32-hex zone ID that is not in the list.
    bool hasTypedId() const;
    QString stateText() const;
    void focusSearch();
    QComboBox *comboBox() const { return m_combo; }

    static QString describeZone(const Cloudflare::Zone &zone); // "Pro plan · active"

Q_SIGNALS:
    void zoneChanged();
    void reloadRequested();

private:
    void textEdited();
    void updateInfo();
    void setState(const QString &text, bool problem);

    QComboBox *m_combo;
    QToolButton *m_reload;
    QLabel *m_info;
    QLabel *m_state;
    QStandardItemModel *m_model;
    QList<Cloudflare::Zone> m_zones;
    std::optional<Cloudflare::Zone> m_typedDetails;
    QString m_emittedId;
};

} // namespace PurgeDesk::Gui
