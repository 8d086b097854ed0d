#include "purgeform.h"
#include "ui_purgeform.h"

#include "accounts/connection.h"
#include "accounts/credentialstore.h"
#include "accounts/sessionsecrets.h"
#include "appcontext.h"
#include "cloudflare/apibase.h"
#include "cloudflare/apiclient.h"
#include "purge/zonedirectory.h"
#include "storage/appfiles.h"
#include "ui/purge/zonechoicedialog.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>

// PurgeForm's account and zone rows: the accounts offered, the connection's state, the zones
// listed (with the last, recent and pinned ones remembered per account) and a zone typed by ID.
// The rest of the form is in purgeform.cpp.

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;
using PurgeDesk::Cloudflare::Zone;

namespace PurgeDesk::Gui {

namespace {

const QString kAccountKey = u"MainWindow/account"_s;
const QString kLastZoneKey = u"LastZone/"_s;
const QString kPinnedZonesKey = u"PinnedZones/"_s;
const QString kRecentZonesKey = u"RecentZones/"_s;
constexpr int MaxRecentZones = 5;

} // namespace

void PurgeForm::connectAccountsAndZones()
{
    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this, &PurgeForm::accountSelected);
    connect(m_ui->manageAccountsButton, &QPushButton::clicked, this, &PurgeForm::manageAccountsRequested);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, &PurgeForm::addAccountRequested);
    connect(m_connection, &Connection::stateChanged, this, &PurgeForm::connectionChanged);
    connect(m_connection, &Connection::zonesChanged, this, &PurgeForm::zonesChanged);
    connect(m_connection, &Connection::zonesProgress, this, [this](int loaded, int total) {
        m_ui->zonePicker->setLoading(
            tr("Loading zones... %1 of %2").arg(QLocale().toString(loaded), QLocale().toString(total)));
    });
    connect(m_ui->zonePicker, &ZonePicker::zoneChanged, this, &PurgeForm::zoneChanged);
    connect(m_ui->zonePicker, &ZonePicker::reloadRequested, this, &PurgeForm::reloadZones);
    connect(m_ui->zonePicker, &ZonePicker::secretEntered, this, &PurgeForm::useSecretForSession);
    connect(m_ui->zonePicker, &ZonePicker::pinToggled, this,
        [this] { appSettings().setValue(kPinnedZonesKey + m_connection->profile().id, m_ui->zonePicker->pinned()); });
    connect(m_context, &AppContext::profilesChanged, this, [this] {
        if (m_ui->accountCombo->count() == 0) { // the first load: the account used last time
            reloadAccounts(appSettings().value(kAccountKey).toString());
            return;
        }
        // The first account added replaces the sandbox; otherwise the choice stays.
        const bool hadProfiles = m_ui->accountCombo->count() > 1;
        const QList<Profile> &profiles = m_context->profiles().profiles();
        reloadAccounts(
            !hadProfiles && !profiles.isEmpty() ? profiles.first().id : m_ui->accountCombo->currentData().toString());
    });
}

// --- Accounts and zones ----------------------------------------------------------------------

void PurgeForm::reloadAccounts(const QString &selectId)
{
    {
        const QSignalBlocker blocker(m_ui->accountCombo);
        m_ui->accountCombo->clear();
        QList<Profile> profiles = m_context->profiles().profiles();
        std::sort(profiles.begin(), profiles.end(),
            [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
        for (const Profile &profile : std::as_const(profiles))
            m_ui->accountCombo->addItem(profile.name, profile.id);
        m_ui->accountCombo->addItem(tr("Sandbox (local, not Cloudflare)"), Profile::sandboxId());
        const int index = m_ui->accountCombo->findData(selectId);
        m_ui->accountCombo->setCurrentIndex(index < 0 ? 0 : index); // else the first, or the sandbox
    }
    const QString id = m_ui->accountCombo->currentData().toString();
    if (m_connection->state() == Connection::State::Closed || m_connection->profile().id != id)
        accountSelected();
    else
        updateBanner();
}

bool PurgeForm::selectAccount(const QString &name)
{
    QString id;
    if (name == Profile::sandboxId())
        id = name;
    else if (const Profile *profile = m_context->profiles().find(name); profile && !name.isEmpty())
        id = profile->id;
    const int index = id.isEmpty() ? -1 : m_ui->accountCombo->findData(id);
    if (index < 0)
        return false;
    if (m_ui->accountCombo->currentIndex() != index)
        m_ui->accountCombo->setCurrentIndex(index);
    return true;
}

void PurgeForm::accountSelected()
{
    const QString id = m_ui->accountCombo->currentData().toString();
    // With no account yet, the sandbox is what the form starts with: nothing to remember.
    rememberSetting(
        kAccountKey, id, m_context->profiles().profiles().isEmpty() ? QVariant(Profile::sandboxId()) : QVariant());
    const Profile *profile = id == Profile::sandboxId() ? nullptr : m_context->profiles().find(id);
    m_zoneIndex.reset();
    QStringList saved;
    for (const Profile &other : m_context->profiles().profiles())
        saved << other.name;
    m_otherAccounts = ZoneDirectory().others(profile ? profile->name : QString(), saved);
    m_moreZonesButton->setChosen({});
    m_connection->open(profile ? *profile : Profile::sandbox());
    updateBanner();
    connectionChanged();
    Q_EMIT accountChanged();
}

void PurgeForm::updateBanner()
{
    m_ui->sandboxBanner->setVisible(m_connection->isSandbox());
    m_ui->addAccountButton->setText(
        m_context->profiles().profiles().isEmpty() ? tr("A&dd Cloudflare Account...") : tr("Manage Acc&ounts..."));
}

void PurgeForm::connectionChanged()
{
    switch (m_connection->state()) {
    case Connection::State::Closed:
    case Connection::State::Ready:
        break;
    case Connection::State::Opening:
        m_ui->zonePicker->setLoading(tr("Reading the secret from the system keychain..."));
        break;
    case Connection::State::Failed:
        // A secret the keychain cannot give can be entered here, for this session, where it failed.
        if (secretMayHelp())
            m_ui->zonePicker->askForSecret(m_connection->problem(),
                m_connection->profile().auth == Profile::Auth::GlobalKey
                    ? tr("Paste the global API key to use it for this session")
                    : tr("Paste the API token to use it for this session"));
        else
            m_ui->zonePicker->setProblem(m_connection->problem(), false);
        break;
    }
    updatePlan();
}

bool PurgeForm::secretMayHelp() const
{
    const Profile &profile = m_connection->profile();
    if (m_connection->isSandbox() || profile.id.isEmpty())
        return false;
    // The connection also fails on an unusable API address, which no secret mends.
    const QString base = profile.apiBase.isEmpty() ? m_context->networkSettings().apiBase : profile.apiBase;
    return Cloudflare::resolveApiBase(QString(), base).check.ok();
}

void PurgeForm::useSecretForSession(const QString &secret)
{
    const QString cleaned = CredentialStore::cleanPastedSecret(secret);
    if (cleaned.isEmpty() || m_connection->state() != Connection::State::Failed)
        return;
    SessionSecrets::instance().set(m_connection->profile().id, cleaned);
    // The token field goes once the account opens: the focus goes back to the list meanwhile.
    m_ui->listEditor->setFocus(Qt::OtherFocusReason);
    m_connection->open(m_connection->profile());
    showAppNotice(tr("The secret of %1 is kept for this session only: PurgeDesk asks for it again after a restart, "
                     "unless the system keychain can store it (Accounts > Manage Accounts).")
                      .arg(m_connection->profile().name),
        false);
}

void PurgeForm::noteZoneUsed()
{
    const auto zone = m_ui->zonePicker->currentZone();
    if (!zone || m_ui->zonePicker->hasTypedId())
        return;
    const QString key = kRecentZonesKey + m_connection->profile().id;
    QSettings settings = appSettings();
    QStringList recent = settings.value(key).toStringList();
    recent.removeAll(zone->id);
    recent.prepend(zone->id);
    recent = recent.mid(0, MaxRecentZones);
    settings.setValue(key, recent);
    m_ui->zonePicker->setFavourites(m_ui->zonePicker->pinned(), recent);
}

void PurgeForm::reloadZones()
{
    m_connection->loadZones();
}

void PurgeForm::zonesChanged()
{
    updateMoreZones();
    switch (m_connection->zonesState()) {
    case Connection::Zones::None:
        return;
    case Connection::Zones::Loading:
        m_ui->zonePicker->setLoading(tr("Loading zones..."));
        return;
    case Connection::Zones::NotAllowed:
    case Connection::Zones::Failed:
        m_ui->zonePicker->setProblem(m_connection->zonesProblem(), true);
        return;
    case Connection::Zones::Loaded:
        break;
    }
    const QList<Zone> &zones = m_connection->zones();
    m_zoneIndex = std::make_shared<const ZoneIndex>(zones);
    const QSettings settings = appSettings();
    const QString profileId = m_connection->profile().id;
    m_ui->zonePicker->setFavourites(settings.value(kPinnedZonesKey + profileId).toStringList(),
        settings.value(kRecentZonesKey + profileId).toStringList());
    QString select = settings.value(kLastZoneKey + profileId).toString();
    if (!m_wantedZone.isEmpty()) {
        const auto wanted
            = std::find_if(zones.cbegin(), zones.cend(), [this](const Zone &zone) { return isWantedZone(zone); });
        select = wanted == zones.cend() ? m_wantedZone : wanted->id;
    }
    // One zone, or the sandbox's demo zones: preselect the first, so a first purge needs no search.
    if (select.isEmpty() && !zones.isEmpty() && (zones.size() == 1 || m_connection->isSandbox()))
        select = zones.first().id;
    m_ui->zonePicker->setZones(zones, select);
    if (!m_wantedZone.isEmpty() && !m_ui->zonePicker->currentZone())
        showNotice(tr("The list is loaded, but the zone %1 is not among this account's zones. Choose the zone to "
                      "purge in.")
                       .arg(m_wantedZoneLabel),
            true);
    m_wantedZone.clear();
    if (zones.isEmpty()) {
        m_ui->zonePicker->setProblem(tr("This account reaches no zones. Paste a zone ID if you have one."), true);
    } else if (m_connection->skippedZones() > 0) {
        showNotice(tr("Cloudflare listed %n zone(s) without an ID or a name; they are not offered.", nullptr,
                       m_connection->skippedZones()),
            true);
    }
}

bool PurgeForm::isWantedZone(const Zone &zone) const
{
    return !m_wantedZone.isEmpty()
        && (zone.id == m_wantedZone || zone.name.compare(m_wantedZone, Qt::CaseInsensitive) == 0);
}

void PurgeForm::zoneChanged()
{
    if (const auto zone = m_ui->zonePicker->currentZone()) {
        appSettings().setValue(kLastZoneKey + m_connection->profile().id, zone->id);
        if (m_ui->zonePicker->hasTypedId() && zone->name.isEmpty())
            readTypedZone(zone->id);
    }
    updateMoreZones();
    scheduleValidation(0); // hosts outside the zone are flagged
    inputEdited();
}

void PurgeForm::readTypedZone(const QString &zoneId)
{
    if (m_connection->state() != Connection::State::Ready)
        return;
    if (m_typedZoneJob)
        m_typedZoneJob->cancel();
    Cloudflare::ZoneJob *job = m_connection->client()->zone(zoneId);
    m_typedZoneJob = job;
    m_ui->zonePicker->setTypedZoneProblem(tr("Reading the zone's details..."));
    connect(job, &Cloudflare::ZoneJob::finished, this, [this, job, zoneId] {
        if (m_typedZoneJob != job || job->error().kind == Cloudflare::ApiError::Kind::Cancelled)
            return;
        const auto current = m_ui->zonePicker->currentZone();
        if (!current || current->id != zoneId)
            return;
        if (job->succeeded())
            m_ui->zonePicker->setTypedZoneDetails(job->zone());
        else
            m_ui->zonePicker->setTypedZoneProblem(
                tr("Zone ID (its details cannot be read with this token: the Free plan's limits are assumed)"));
        updatePlan();
    });
}

} // namespace PurgeDesk::Gui
