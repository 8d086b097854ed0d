#include "purgeform.h"
#include "ui_purgeform.h"

#include "accounts/connection.h"
#include "accounts/credentialstore.h"
#include "accounts/sessionsecrets.h"
#include "appcontext.h"
#include "cloudflare/apibase.h"
#include "cloudflare/apiclient.h"
#include "presets/presetstore.h"
#include "purge/planner.h"
#include "purge/sitemaploader.h"
#include "storage/appfiles.h"
#include "ui/common/filedialog.h"
#include "ui/common/messageline.h"
#include "ui/common/uiresources.h"
#include "ui/purge/asyncvalidator.h"
#include "ui/purge/listtools.h"
#include "ui/purge/zonechoicedialog.h"

#include <QButtonGroup>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSet>
#include <QSettings>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;
using PurgeDesk::Cloudflare::Zone;

namespace PurgeDesk::Gui {

namespace {

const QString kAccountKey = u"MainWindow/account"_s;
const QString kActionKey = u"MainWindow/action"_s;
const QString kLastZoneKey = u"LastZone/"_s;
const QString kPinnedZonesKey = u"PinnedZones/"_s;
const QString kRecentZonesKey = u"RecentZones/"_s;
constexpr int MaxRecentZones = 5;

// Lines above which validation waits a little longer after a keystroke.
constexpr int LargeList = 20000;

QSettings appSettings()
{
    return QSettings(settingsFilePath(), QSettings::IniFormat);
}

QString editorHint(PurgeAction action)
{
    switch (action) {
    case PurgeAction::Files:
        return PurgeForm::tr("One URL per line, e.g. https://example.com/app.js (cache-key headers may follow the URL: "
                             "\u201c"
                             "CF-Device-Type: mobile\u201d)."); // split: lupdate reads \u201cCF as one escape
    case PurgeAction::Hosts:
        return PurgeForm::tr("One hostname per line, e.g. www.example.com (no https://, path or port).");
    case PurgeAction::Tags:
        return PurgeForm::tr("One cache tag per line, as your origin sends them in Cache-Tag headers.");
    case PurgeAction::Prefixes:
        return PurgeForm::tr("One URL prefix per line, e.g. www.example.com/blog/ (no https://, query or fragment).");
    case PurgeAction::Everything:
        return PurgeForm::tr("Purge everything needs no list: every cached file of the zone is removed. The list is "
                             "kept for later.");
    }
    return {};
}

} // namespace

PurgeForm::PurgeForm(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::PurgeForm>())
    , m_context(context)
    , m_connection(context->connection())
    , m_actionGroup(new QButtonGroup(this))
    , m_modeGroup(new QButtonGroup(this))
    , m_validator(new AsyncValidator(this))
    , m_moreZonesButton(new QPushButton(this))
{
    m_ui->setupUi(this);
    m_moreZonesButton->setObjectName(u"moreZonesButton"_s);
    m_ui->actionRow->addWidget(m_moreZonesButton);
    connect(m_moreZonesButton, &QPushButton::clicked, this, &PurgeForm::chooseMoreZones);
    QSizePolicy keepRoom = m_moreZonesButton->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true); // the rows below never move when it shows
    m_moreZonesButton->setSizePolicy(keepRoom);
    m_moreZonesButton->hide(); // for tags and purge everything, once the zones are listed
    setFocusProxy(m_ui->listEditor); // the list is what a user comes to the form for
    m_actionGroup->addButton(m_ui->actionUrls, int(PurgeAction::Files));
    m_actionGroup->addButton(m_ui->actionHosts, int(PurgeAction::Hosts));
    m_actionGroup->addButton(m_ui->actionTags, int(PurgeAction::Tags));
    m_actionGroup->addButton(m_ui->actionPrefixes, int(PurgeAction::Prefixes));
    m_actionGroup->addButton(m_ui->actionEverything, int(PurgeAction::Everything));
    m_modeGroup->addButton(m_ui->modePurge, int(PurgeMode::Purge));
    m_modeGroup->addButton(m_ui->modeInvalidate, int(PurgeMode::Invalidate));
    // The radio buttons share a parent, so Designer's auto-exclusivity cleared some: set them here.
    QAbstractButton *saved = m_actionGroup->button(appSettings().value(kActionKey, -1).toInt());
    (saved ? saved : m_ui->actionUrls)->setChecked(true);
    m_ui->modePurge->setChecked(true);

    m_ui->sandboxBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->sandboxBanner->setForegroundRole(QPalette::ToolTipText);
    m_ui->bannerText->setForegroundRole(QPalette::ToolTipText);
    // Messages have fixed places, so that showing one never moves the list or the buttons.
    m_ui->modeExplanation->setLines(1);
    m_ui->countsLabel->setLines(1);
    m_ui->planLabel->setLines(1);
    m_ui->listEditor->setPlaceholderText(tr("Paste or type the list here, or drop a text, CSV or sitemap.xml file."));

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
    for (QButtonGroup *group : {m_actionGroup, m_modeGroup}) {
        connect(group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked)
                actionChanged();
        });
    }
    connect(m_ui->listEditor, &QPlainTextEdit::textChanged, this, [this] {
        const bool large = m_ui->listEditor->document()->blockCount() > LargeList || m_ui->listEditor->isReplacing();
        if (large) // say so at once: the counts of a long list take a moment
            m_ui->countsLabel->setMessage(tr("Checking the list..."), false);
        scheduleValidation(large ? 400 : 150);
        inputEdited();
    });
    connect(m_ui->listEditor, &ListEditor::filesDropped, this, &PurgeForm::importFiles);
    connect(m_validator, &AsyncValidator::started, this, [this] {
        m_ui->countsLabel->setMessage(tr("Checking the list..."), false);
        updatePlan();
    });
    connect(m_validator, &AsyncValidator::validated, this, &PurgeForm::validated);
    connect(m_ui->importButton, &QPushButton::clicked, this, &PurgeForm::chooseImportFile);
    connect(m_ui->cleanUpButton, &QPushButton::clicked, this, &PurgeForm::cleanUp);
    connect(m_ui->fixButton, &QPushButton::clicked, this, &PurgeForm::applyFix);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &PurgeForm::previewRequested);
    connect(m_ui->purgeButton, &QPushButton::clicked, this, &PurgeForm::purgeRequested);
    connect(context, &AppContext::profilesChanged, this, [this] {
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
    actionChanged();
}

PurgeForm::~PurgeForm() = default;

ListEditor *PurgeForm::listEditor() const
{
    return m_ui->listEditor;
}

ZonePicker *PurgeForm::zonePicker() const
{
    return m_ui->zonePicker;
}

PurgeAction PurgeForm::currentAction() const
{
    return PurgeAction(m_actionGroup->checkedId());
}

PurgeMode PurgeForm::currentMode() const
{
    return PurgeMode(m_modeGroup->checkedId());
}

QString PurgeForm::purgeButtonText() const
{
    return m_ui->purgeButton->text();
}

bool PurgeForm::isValidating() const
{
    return m_validator->isPending();
}

void PurgeForm::showNotice(const QString &text, bool problem)
{
    m_noticeAboutInput = true;
    showMessage(m_ui->noticeLabel, text, problem);
}

void PurgeForm::showAppNotice(const QString &text, bool problem)
{
    m_noticeAboutInput = false;
    showMessage(m_ui->noticeLabel, text, problem);
}

QString PurgeForm::noticeText() const
{
    return m_ui->noticeLabel->isVisible() ? m_ui->noticeLabel->text() : QString();
}

void PurgeForm::setRunning(bool running)
{
    if (running && !m_running) {
        noteZoneUsed();
        // Purge is about to be disabled: the focus goes back to the list, not to whatever follows.
        if (m_ui->purgeButton->hasFocus())
            m_ui->listEditor->setFocus(Qt::OtherFocusReason);
    }
    m_running = running;
    updatePlan();
}

void PurgeForm::focusZoneSearch()
{
    m_ui->zonePicker->focusSearch();
}

void PurgeForm::goToNextProblem()
{
    if (!m_ui->listEditor->goToNextProblem())
        Q_EMIT statusMessage(tr("No errors in the list."));
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
    appSettings().setValue(kAccountKey, id);
    const Profile *profile = id == Profile::sandboxId() ? nullptr : m_context->profiles().find(id);
    m_zoneIndex.reset();
    m_moreZones.clear();
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

void PurgeForm::focusList()
{
    m_ui->listEditor->setFocus(Qt::ShortcutFocusReason);
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

// --- The list --------------------------------------------------------------------------------

void PurgeForm::actionChanged()
{
    const PurgeAction action = currentAction();
    appSettings().setValue(kActionKey, int(action));
    const bool everything = action == PurgeAction::Everything;
    m_ui->noticeLabel->setIdleText(editorHint(action));
    m_ui->listEditor->setEnabled(!everything);
    m_ui->importButton->setEnabled(!everything);
    m_ui->cleanUpButton->setEnabled(!everything);
    updateMoreZones();
    m_ui->modeExplanation->setMessage(currentMode() == PurgeMode::Purge
            ? tr("Removes the cached copies; the next visitor's request goes to your origin.")
            : tr("Marks the cached copies stale; Cloudflare revalidates them with your origin (a 304 keeps the "
                 "cached copy)."),
        false);
    scheduleValidation(0);
    inputEdited();
}

void PurgeForm::inputEdited()
{
    // What the form said about an earlier list (cleaned up, imported, a loaded preset) no longer
    // applies once the user changes it; while an order is being shown, its own notice stays.
    if (m_noticeAboutInput && !m_showingOrder && m_wantedZone.isEmpty())
        showNotice({});
    Q_EMIT inputChanged();
}

void PurgeForm::scheduleValidation(int delayMs)
{
    m_validator->request(
        [this] {
            AsyncValidator::Input input;
            input.action = currentAction();
            input.text = input.action == PurgeAction::Everything ? QString() : m_ui->listEditor->toPlainText();
            const auto zone = m_ui->zonePicker->currentZone();
            input.zoneName = zone ? zone->name : QString();
            // Each URL, host and prefix goes to the zone it belongs to among the account's zones;
            // when they are not listed (no Zone Read permission), only the chosen zone is known.
            if (zone && !zone->name.isEmpty()) {
                if (m_zoneIndex && m_zoneIndex->zoneById(zone->id)) {
                    input.zones = m_zoneIndex;
                } else {
                    QList<Zone> zones = m_zoneIndex ? m_zoneIndex->zones() : QList<Zone>();
                    zones.append(*zone);
                    input.zones = std::make_shared<const ZoneIndex>(zones);
                    input.onlyChosenZone = !m_zoneIndex;
                }
            }
            return input;
        },
        delayMs);
    updatePlan();
}

void PurgeForm::validated()
{
    const AsyncValidator::Result &result = m_validator->result();
    const PurgeAction action = m_validator->resultInput().action;
    if (action != PurgeAction::Everything)
        m_ui->listEditor->setValidation(result);
    QString counts = result->summary(action);
    if (action != PurgeAction::Everything && !result->listError.isEmpty())
        counts = result->listError;
    else if (result->errors)
        counts += u" · "_s + tr("F8 goes to the next error");
    m_ui->countsLabel->setMessage(counts, false);
    updatePlan();
    updateFix();
}

namespace {

bool isUrlLine(const QString &line)
{
    const QString text = line.trimmed();
    return text.startsWith(u"https://"_s, Qt::CaseInsensitive) || text.startsWith(u"http://"_s, Qt::CaseInsensitive);
}

// "https://example.com/blog/*": Cloudflare has no wildcards in URL purges; a prefix does it.
bool isWildcardLine(const QString &line)
{
    return isUrlLine(line) && line.trimmed().section(u' ', 0, 0).endsWith(u'*');
}

bool isRelativeLine(const QString &line)
{
    const QString text = line.trimmed();
    return text.startsWith(u'/') && !text.startsWith(u"//"_s);
}

} // namespace

void PurgeForm::updateFix()
{
    m_fix = Fix::None;
    const PurgeAction action = currentAction();
    const AsyncValidator::Result &result = m_validator->result();
    const auto zone = m_ui->zonePicker->currentZone();
    const QStringList lines = action == PurgeAction::Everything || !result || (!result->errors && !result->warnings)
        ? QStringList()
        : m_ui->listEditor->toPlainText().split(u'\n');
    int count = action == PurgeAction::Files ? int(std::count_if(lines.cbegin(), lines.cend(), isWildcardLine)) : 0;
    if (count > 0) {
        m_fix = Fix::Wildcards;
        m_ui->fixButton->setText(tr("Purge %Ln Wildcard Line(s) as Prefixes", nullptr, count));
        m_ui->fixButton->setToolTip(
            tr("Cloudflare has no wildcards in URL purges: https://example.com/blog/* becomes the prefix "
               "example.com/blog/, which every plan can purge. The list switches to Prefixes (Undo takes it back)."));
    } else if (action == PurgeAction::Files && zone && !zone->name.isEmpty()) {
        count = int(std::count_if(lines.cbegin(), lines.cend(), isRelativeLine));
        if (count > 0) {
            m_fix = Fix::Relative;
            m_ui->fixButton->setText(tr("Add https://%1 to %Ln Line(s)", nullptr, count).arg(zone->name));
            m_ui->fixButton->setToolTip(
                tr("Turns a relative URL such as /app.js into https://%1/app.js (Undo takes it back)").arg(zone->name));
        }
    } else if (action == PurgeAction::Hosts || action == PurgeAction::Prefixes) {
        count = int(std::count_if(lines.cbegin(), lines.cend(), isUrlLine));
        if (count > 0) {
            m_fix = action == PurgeAction::Hosts ? Fix::ToHosts : Fix::ToPrefixes;
            m_ui->fixButton->setText(action == PurgeAction::Hosts
                    ? tr("Convert %Ln URL(s) to Host Names", nullptr, count)
                    : tr("Convert %Ln URL(s) to Prefixes", nullptr, count));
            m_ui->fixButton->setToolTip(action == PurgeAction::Hosts
                    ? tr("Keeps the host name of each URL, once (Undo takes it back)")
                    : tr("Turns each URL into a prefix: its host and path, without https:// or a query "
                         "(Undo takes it back)"));
        }
    }
    m_ui->fixButton->setVisible(m_fix != Fix::None);
}

void PurgeForm::applyFix()
{
    const auto zone = m_ui->zonePicker->currentZone();
    const QStringList lines = m_ui->listEditor->toPlainText().split(u'\n');
    QStringList fixed;
    QSet<QString> seen;
    int changed = 0;
    for (const QString &line : lines) {
        QString out = line;
        switch (m_fix) {
        case Fix::Relative:
            if (isRelativeLine(line) && zone) {
                out = u"https://"_s + zone->name + line.trimmed();
                ++changed;
            }
            break;
        case Fix::ToHosts:
            if (isUrlLine(line)) {
                out = QUrl(line.trimmed().section(u' ', 0, 0)).host();
                ++changed;
            }
            break;
        case Fix::ToPrefixes:
        case Fix::Wildcards:
            if (isUrlLine(line)) {
                QString address = line.trimmed().section(u' ', 0, 0);
                while (m_fix == Fix::Wildcards && address.endsWith(u'*'))
                    address.chop(1);
                const QUrl url(address);
                out = url.host() + (url.path().isEmpty() ? u"/"_s : url.path());
                ++changed;
            }
            break;
        case Fix::None:
            return;
        }
        // Several URLs of one host make one host name (or one prefix): kept once.
        if (m_fix != Fix::Relative && !out.trimmed().isEmpty()) {
            if (seen.contains(out))
                continue;
            seen.insert(out);
        }
        fixed << out;
    }
    const Fix done = m_fix;
    ListTools::replaceText(m_ui->listEditor, fixed.join(u'\n'));
    if (done == Fix::Wildcards)
        m_actionGroup->button(int(PurgeAction::Prefixes))->setChecked(true);
    switch (done) {
    case Fix::Relative:
        showNotice(tr("Added https://%1 to %Ln relative URL(s). Undo (Ctrl+Z) takes it back.", nullptr, changed)
                       .arg(zone ? zone->name : QString()));
        break;
    case Fix::ToHosts:
        showNotice(tr("Converted %Ln URL(s) to host names. Undo (Ctrl+Z) brings the URLs back.", nullptr, changed));
        break;
    case Fix::ToPrefixes:
        showNotice(tr("Converted %Ln URL(s) to prefixes. Undo (Ctrl+Z) brings the URLs back.", nullptr, changed));
        break;
    case Fix::Wildcards:
        showNotice(tr("Purging by prefix: %Ln URL(s) converted; a prefix purges its path and everything under it. "
                      "Undo (Ctrl+Z) brings the URLs back.",
            nullptr, changed));
        break;
    case Fix::None:
        break;
    }
}

void PurgeForm::importFiles(const QList<QUrl> &files)
{
    for (const QUrl &file : files)
        importSource(file.toLocalFile());
}

void PurgeForm::chooseImportFile()
{
    if (currentAction() == PurgeAction::Everything)
        return;
    const QString path = FileDialog::openFileName(
        this, tr("Import a List"), tr("Lists (*.txt *.csv *.tsv *.xml *.list);;Sitemaps (*.xml);;All files (*)"));
    if (!path.isEmpty())
        importSource(path);
}

void PurgeForm::chooseImportUrl()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Import a Sitemap"),
        tr("Address of a sitemap or sitemap index (https://...):"), QLineEdit::Normal, QString(), &ok);
    if (ok && !url.trimmed().isEmpty())
        importSource(url.trimmed());
}

void PurgeForm::importSource(const QString &source)
{
    auto *loader = new SitemapLoader(this);
    showNotice(tr("Reading %1...").arg(source));
    QElapsedTimer clock;
    clock.start();
    connect(loader, &SitemapLoader::finished, this, [this, loader, clock] {
        loader->deleteLater();
        const QStringList &lines = loader->lines();
        QStringList notice;
        if (!lines.isEmpty()) {
            ListTools::appendLines(m_ui->listEditor, lines);
            notice << tr("Imported %1.").arg(loader->description());
            const bool looksLikeUrls = std::all_of(lines.cbegin(), lines.cbegin() + qMin<qsizetype>(lines.size(), 20),
                [](const QString &line) { return line.startsWith(u"http"_s, Qt::CaseInsensitive); });
            if (looksLikeUrls && currentAction() != PurgeAction::Files) {
                m_ui->actionUrls->setChecked(true);
                notice << tr("The list holds URLs, so Purge by is now URLs.");
            }
        } else if (loader->problems().isEmpty()) {
            notice << tr("Nothing to import: %1 holds no items.").arg(loader->description());
        }
        notice << loader->problems();
        const bool problem = !loader->problems().isEmpty() || lines.isEmpty();
        showNotice(notice.join(u' '), problem);
        Q_EMIT importFinished(notice.join(u' '), problem, clock.elapsed());
    });
    loader->load(source);
}

void PurgeForm::cleanUp()
{
    if (currentAction() == PurgeAction::Everything)
        return;
    showNotice(ListTools::cleanUp(m_ui->listEditor).summary());
}

// --- What would be purged --------------------------------------------------------------------

bool PurgeForm::currentSpecs(QList<PurgeSpec> *specs, QString *why) const
{
    if (m_connection->state() != Connection::State::Ready) {
        *why = m_connection->state() == Connection::State::Failed ? m_connection->problem()
                                                                  : tr("Waiting for the account...");
        return false;
    }
    const auto zone = m_ui->zonePicker->currentZone();
    if (!zone) {
        *why = tr("Choose a zone.");
        return false;
    }
    if (m_validator->isPending() || !m_validator->result()) {
        *why = tr("Checking the list...");
        return false;
    }
    const AsyncValidator::Result &validation = m_validator->result();
    const PurgeAction action = currentAction();
    if (action != PurgeAction::Everything && !validation->canPurge()) {
        *why = !validation->listError.isEmpty()
            ? validation->listError
            : tr("Fix or remove the %n line(s) marked as errors to purge.", nullptr, validation->errors);
        return false;
    }
    PurgeSpec spec;
    spec.profile = m_connection->isSandbox() ? Profile::sandboxId() : m_connection->profile().name;
    spec.mode = currentMode();
    spec.action = action;
    specs->clear();
    const std::shared_ptr<const Routing> &routing = m_validator->routing();
    if (routing && action != PurgeAction::Everything && action != PurgeAction::Tags) {
        for (const Routing::Group &group : routing->groups) {
            spec.zone = ZoneRef::of(group.zone);
            spec.items = group.items;
            specs->append(spec);
        }
        if (!specs->isEmpty())
            return true;
    }
    spec.zone = ZoneRef::of(*zone);
    spec.items = action == PurgeAction::Everything ? QList<Item>() : validation->items;
    specs->append(spec);
    if (action == PurgeAction::Tags || action == PurgeAction::Everything) {
        // Per zone by nature: the same tags (or everything) in each further zone chosen.
        for (const Zone &other : m_connection->zones()) {
            if (other.id != zone->id && isMoreZone(other)) {
                spec.zone = ZoneRef::of(other);
                specs->append(spec);
            }
        }
    }
    return true;
}

bool PurgeForm::isMoreZone(const Zone &zone) const
{
    return m_moreZones.contains(zone.id) || m_moreZones.contains(zone.name, Qt::CaseInsensitive);
}

void PurgeForm::updateMoreZones()
{
    const PurgeAction action = currentAction();
    const auto zone = m_ui->zonePicker->currentZone();
    QStringList names;
    for (const Zone &other : m_connection->zones()) {
        if (zone && other.id != zone->id && isMoreZone(other))
            names << other.name;
    }
    m_moreZonesButton->setVisible((action == PurgeAction::Tags || action == PurgeAction::Everything)
        && m_connection->zonesState() == Connection::Zones::Loaded && m_connection->zones().size() > 1);
    m_moreZonesButton->setText(
        names.isEmpty() ? tr("More Zones...") : tr("In %n More Zone(s)...", nullptr, int(names.size())));
    m_moreZonesButton->setToolTip(names.isEmpty() ? tr("Purge these in further zones of the account too")
                                                  : tr("Also in: %1").arg(names.join(u", "_s)));
}

void PurgeForm::chooseMoreZones()
{
    const auto zone = m_ui->zonePicker->currentZone();
    if (!zone)
        return;
    auto *dialog = new ZoneChoiceDialog(m_connection->zones(), zone->id, m_moreZones, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_moreZones = dialog->checkedIds();
        updateMoreZones();
        updatePlan();
        inputEdited();
    });
    dialog->open();
}

bool PurgeForm::currentOrder(PurgeOrder *order, QString *why) const
{
    QList<PurgeSpec> specs;
    if (!currentSpecs(&specs, why))
        return false;
    const PurgeSpec &spec = specs.first();
    order->profile = spec.profile;
    order->zone = spec.zone.id;
    order->zoneName = spec.zone.name;
    order->moreZones.clear();
    for (qsizetype i = 1; i < specs.size(); ++i)
        order->moreZones << specs.at(i).zone.id;
    order->mode = spec.mode;
    order->action = spec.action;
    order->lines = spec.action == PurgeAction::Everything ? QStringList()
                                                          : Presets::presetItems(m_ui->listEditor->toPlainText());
    return true;
}

QString PurgeForm::planText(const QList<PurgeSpec> &specs)
{
    if (specs.size() == 1)
        return planPurge(specs.first()).summary();
    // "120 URLs in 3 zones: example.com 80 · example.net 30 · shop.example 10; 3 requests, about 2 s"
    int items = 0;
    int requests = 0;
    qint64 estimatedMs = 0;
    QStringList zones;
    for (const PurgeSpec &spec : specs) {
        const PurgePlan plan = planPurge(spec);
        items += int(spec.items.size());
        requests += plan.requests();
        estimatedMs += plan.estimatedMs; // the zones run one after another
        zones << tr("%1 %2").arg(
            spec.zone.name.isEmpty() ? spec.zone.id : spec.zone.name, QLocale().toString(spec.items.size()));
    }
    const PurgeAction action = specs.first().action;
    if (action == PurgeAction::Tags || action == PurgeAction::Everything) {
        // The same tags (or everything) in each zone: "200 tags in each of 2 zones: example.com, example.net".
        QStringList names;
        for (const PurgeSpec &spec : specs)
            names << (spec.zone.name.isEmpty() ? spec.zone.id : spec.zone.name);
        const int each = int(specs.first().items.size());
        const QString what = action == PurgeAction::Everything
            ? tr("Everything in %n zone(s): %1", nullptr, int(specs.size())).arg(names.join(u", "_s))
            : tr("%1 %2 in each of %n zone(s): %3", nullptr, int(specs.size()))
                  .arg(QLocale().toString(each), itemNoun(action, each), names.join(u", "_s));
        return tr("%1; %2, %3").arg(what, tr("%n request(s)", nullptr, requests), describeDuration(estimatedMs));
    }
    return tr("%1 %2 in %n zone(s): %3; %4, %5", nullptr, int(specs.size()))
        .arg(QLocale().toString(items), itemNoun(action, items), zones.join(u" \u00b7 "_s),
            tr("%n request(s)", nullptr, requests), describeDuration(estimatedMs));
}

void PurgeForm::updatePlan()
{
    QList<PurgeSpec> specs;
    QString why;
    const bool ready = currentSpecs(&specs, &why);
    const PurgeAction action = currentAction();
    const QString verb = currentMode() == PurgeMode::Purge ? tr("Purge") : tr("Invalidate");
    QString buttonText = verb;
    if (ready) {
        m_ui->planLabel->setMessage(planText(specs), false);
        int items = 0;
        for (const PurgeSpec &spec : std::as_const(specs))
            items += int(spec.items.size());
        if (action == PurgeAction::Tags)
            items = int(specs.first().items.size()); // the same tags in each zone
        if (action == PurgeAction::Everything)
            buttonText = tr("%1 Everything...").arg(verb);
        else if (specs.size() > 1)
            buttonText = tr("%1 %2 %3 in %n Zone(s)", nullptr, int(specs.size()))
                             .arg(verb, QLocale().toString(items), itemNoun(action, items));
        else
            buttonText = tr("%1 %2 %3").arg(verb, QLocale().toString(items), itemNoun(action, items));
    } else {
        // The counts line may already say why (an empty list): once is enough.
        m_ui->planLabel->setMessage(why == m_ui->countsLabel->text() ? QString() : why, false);
    }
    m_ui->purgeButton->setText(buttonText);
    m_ui->purgeButton->setEnabled(ready && !m_running);
    m_ui->previewButton->setEnabled(ready);
    Q_EMIT planChanged(ready);
}

bool PurgeForm::showOrder(const PurgeOrder &order, const QString &notice, const QString &accountGone)
{
    const QScopedValueRollback showing(m_showingOrder, true);
    m_actionGroup->button(int(order.action))->setChecked(true);
    m_modeGroup->button(int(order.mode))->setChecked(true);
    if (order.action != PurgeAction::Everything)
        ListTools::replaceText(m_ui->listEditor, order.lines.join(u'\n')); // one undo step brings back the list
    if (!selectAccount(order.profile)) {
        m_wantedZone.clear();
        showNotice(accountGone, true);
        return false;
    }
    m_moreZones = order.moreZones; // by ID or name; tags and purge everything go to each
    updateMoreZones();
    showNotice(order.action == PurgeAction::Everything
            ? notice
            : notice + u' ' + tr("Undo (Ctrl+Z) in the list brings back what it held before."));
    if (m_connection->zonesState() == Connection::Zones::Loaded) {
        if (!m_ui->zonePicker->selectZone(order.zone))
            showNotice(tr("The list is loaded, but the zone %1 is not among this account's zones. Choose the zone "
                          "to purge in.")
                           .arg(order.zoneLabel()),
                true);
    } else {
        m_wantedZone = order.zone; // selected once the zones are listed
        m_wantedZoneLabel = order.zoneLabel();
        if (m_connection->zonesState() == Connection::Zones::NotAllowed
            || m_connection->zonesState() == Connection::Zones::Failed)
            m_ui->zonePicker->selectZone(order.zone);
    }
    return true;
}

} // namespace PurgeDesk::Gui
