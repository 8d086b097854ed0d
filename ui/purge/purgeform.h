#pragma once

#include "purge/purgeorder.h"
#include "purge/purgespec.h"
#include "purge/zonerouting.h"
#include "ui/purge/listguidance.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class PurgeForm;
}

class QButtonGroup;

namespace PurgeDesk {
class AppContext;
class Connection;
namespace Cloudflare {
class ZoneJob;
}
} // namespace PurgeDesk

namespace PurgeDesk::Gui {

class AsyncValidator;
class ListEditor;
class MoreZonesButton;
class ZonePicker;

// The purge form: account and zone, what to purge by and how, the list with its markers and counts,
// the plan, Preview and Purge. It says what a purge would be (currentSpecs()) and shows an order
// loaded from a preset or the history (showOrder()); it never runs a purge itself: PurgePage does.
class PurgeForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurgeForm)

public:
    PurgeForm(AppContext *context, QWidget *parent = nullptr);
    ~PurgeForm() override;

    // The specs for what the form shows now, one per zone (URLs, hosts and prefixes go to the zone
    // each belongs to); false (with the reason) when it cannot be purged yet.
    bool currentSpecs(QList<Purge::PurgeSpec> *specs, QString *why) const;
    // What the plan line says about `specs`: the split by zone, the requests and the time.
    static QString planText(const QList<Purge::PurgeSpec> &specs);
    // The form as an order (for a preset): the account and zone by name, the list as typed.
    bool currentOrder(Purge::PurgeOrder *order, QString *why) const;
    // Shows an order: its account, zone (selected once the zones are listed), action, mode and
    // lines (one undo step brings back the list before). False, with `notice` shown, when its account
    // is not in PurgeDesk (the list is loaded all the same).
    bool showOrder(const Purge::PurgeOrder &order, const QString &notice, const QString &accountGone);
    // Selects the account with this name (or Profile::sandboxId()); false when there is none.
    bool selectAccount(const QString &name);
    // The message line under the form's top rows (empty hides it). A notice about the list, the
    // zone or a loaded preset goes as soon as the user changes them.
    void showNotice(const QString &text, bool problem = false);
    // A notice about PurgeDesk itself (a damaged file, a keychain problem): it stays until replaced.
    void showAppNotice(const QString &text, bool problem);
    QString noticeText() const;
    // While a purge runs, Purge is disabled (Preview stays).
    void setRunning(bool running);
    bool isValidating() const;
    // What the Purge button says ("Purge 3 URLs").
    QString purgeButtonText() const;

    // Its wrapped texts take their lines within the form's own layout; to the scroll area around it,
    // the form is as short as its minimum (else it would scroll at its preferred height).
    bool hasHeightForWidth() const override { return false; }

    ListEditor *listEditor() const;
    ZonePicker *zonePicker() const;
    Purge::PurgeAction currentAction() const;
    Purge::PurgeMode currentMode() const;

public Q_SLOTS:
    void reloadAccounts(const QString &selectId);
    void importFiles(const QList<QUrl> &files);
    void importSource(const QString &source);
    void chooseImportFile();
    void chooseImportUrl();
    void cleanUp();
    void goToNextProblem();
    void focusZoneSearch();
    // Puts the keyboard focus in the list (Ctrl+L, and the Purge page's own focus).
    void focusList();
    void reloadZones();

Q_SIGNALS:
    void purgeRequested();
    void previewRequested();
    void manageAccountsRequested();
    void addAccountRequested();
    // The account (and so the connection) changed: the window's title and status bar follow.
    void accountChanged();
    // What the user would purge changed: the list, the action, the mode or the zone.
    void inputChanged();
    // The plan or whether Purge is possible changed.
    void planChanged(bool ready);
    void statusMessage(const QString &text);
    // An import has finished (what the notice says, and how long it took).
    void importFinished(const QString &message, bool problem, qint64 elapsedMs);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    // The account and zone rows (purgeformaccounts.cpp).
    void connectAccountsAndZones();
    void accountSelected();
    void connectionChanged();
    void zonesChanged();
    void zoneChanged();
    void readTypedZone(const QString &zoneId);
    void actionChanged();
    void scheduleValidation(int delayMs);
    void validated();
    void updateBanner();
    void updatePlan();
    bool isWantedZone(const Cloudflare::Zone &zone) const;
    // The connection failed for want of the secret (not for an unusable API address).
    bool secretMayHelp() const;
    void useSecretForSession(const QString &secret);
    // The zone of a purge that starts goes on top of the zone list, with the other recent ones.
    void noteZoneUsed();
    void inputEdited();
    // Offers the one-click fix the list needs, if any (fixButton): relative URLs made absolute with
    // the zone, URLs turned into hostnames or prefixes after a switch of Purge by, wildcard URLs
    // (https://example.com/blog/*) purged as prefixes.
    void updateFix();
    void applyFix();
    // Lines in zones of another saved account: asks, then switches to it (the list stays).
    void offerAccount(const QString &profile);
    // Tags and purge everything: the More Zones button follows the zones and the action.
    void updateMoreZones();

    std::unique_ptr<::Ui::PurgeForm> m_ui;
    AppContext *m_context;
    Connection *m_connection;
    QButtonGroup *m_actionGroup;
    QButtonGroup *m_modeGroup;
    AsyncValidator *m_validator;
    std::shared_ptr<const Purge::ZoneIndex> m_zoneIndex; // the account's listed zones, for routing
    QList<Purge::OtherAccount> m_otherAccounts; // the other saved accounts' zones, as last listed
    QString m_offeredAccount; // the fix button offers to switch to this account
    MoreZonesButton *m_moreZonesButton; // tags and purge everything in further zones
    QPointer<Cloudflare::ZoneJob> m_typedZoneJob;
    QString m_wantedZone; // a shown order's zone (ID or name), selected once the zones are listed
    QString m_wantedZoneLabel;
    bool m_running = false;
    bool m_showingOrder = false;
    bool m_noticeAboutInput = false;
    ListFix m_fix;
    // The list before and after a wildcard fix switched it to Prefixes: an undo that brings back the
    // first switches Purge by back to URLs, a redo that brings back the second switches it to Prefixes
    // again (the text and the switch are one step). Dropped at a switch by hand.
    struct WildcardFix
    {
        QString before;
        QString after;
    };
    std::optional<WildcardFix> m_wildcardFix;
    bool m_switchingForUndo = false; // Purge by follows an undo or redo: the fix is kept
};

} // namespace PurgeDesk::Gui
