#pragma once

#include "cloudflare/types.h"

#include <QRect>
#include <QWidget>

#include <optional>

class QComboBox;
class QFontMetrics;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QToolButton;
class QVBoxLayout;

namespace PurgeDesk::Gui {

class MessageLine;

// The zone picker: an editable, searchable list of the account's zones (type to filter by any
// part of the name; thousands of zones stay fast), each with its plan and status, pinned and recent
// zones on top of a long list, a state line (loading, a problem, how many zones), and, when the
// token cannot list zones, a field that takes a zone ID typed or pasted by hand. Escape while
// searching brings back the zone chosen before. When the account's secret cannot be read, the
// picker offers a field to enter it for this session, where the zones would be.
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
    // Zones shown on top of a long list (IDs): pinned ones first, then the recently used.
    void setFavourites(const QStringList &pinned, const QStringList &recent);
    QStringList pinned() const { return m_pinned; }
    // The zones could not be listed: says why, and offers to type a zone ID when `allowTypedId`.
    void setProblem(const QString &message, bool allowTypedId);
    // The account's secret could not be read: says why and offers a field for it (secretEntered()).
    void askForSecret(const QString &message, const QString &placeholder);
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
    // Rows of the list that hold favourites (and the separator after them); 0 when none are shown.
    int favouriteRows() const { return m_firstZoneRow; }

    static QString describeZone(const Cloudflare::Zone &zone); // "Pro plan · active"

    // How a row of the zone list is drawn in `rect`: the name on the left, cut short with "…" so
    // that it never runs into the plan and status on the right.
    struct RowLayout
    {
        QString name;
        QRect nameRect;
        QRect detailRect;
    };
    static RowLayout layoutRow(
        const QFontMetrics &metrics, const QRect &rect, const QString &name, const QString &detail);

Q_SIGNALS:
    void zoneChanged();
    void reloadRequested();
    void secretEntered(const QString &secret);
    // The user pinned or unpinned a zone (its ID).
    void pinToggled(const QString &zoneId, bool pinned);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild(const QString &selectId);
    void textEdited();
    void updateInfo();
    void setState(const QString &text, bool problem);
    void placeState(bool below);
    void setInfo(const QString &text);
    void showSecretField(bool shown);
    bool restorePreviousZone();
    int rowOfZone(int zoneIndex) const;

    QComboBox *m_combo;
    QLineEdit *m_secret;
    QPushButton *m_useSecret;
    QToolButton *m_pin;
    QToolButton *m_reload;
    QWidget *m_column;
    MessageLine *m_info;
    MessageLine *m_state;
    QVBoxLayout *m_layout = nullptr;
    QVBoxLayout *m_columnLayout = nullptr;
    bool m_stateBelow = false;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_searchModel;
    QList<Cloudflare::Zone> m_zones;
    QStringList m_pinned;
    QStringList m_recent;
    int m_firstZoneRow = 0;
    std::optional<Cloudflare::Zone> m_typedDetails;
    QString m_emittedId;
    QString m_previousId; // the last zone chosen: Escape while searching brings it back
};

} // namespace PurgeDesk::Gui
