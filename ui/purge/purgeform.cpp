#include "purgeform.h"
#include "ui_purgeform.h"

#include "accounts/connection.h"
#include "appcontext.h"
#include "cloudflare/apiclient.h"
#include "purge/planner.h"
#include "purge/sitemaploader.h"
#include "storage/appfiles.h"
#include "ui/common/filedialog.h"
#include "ui/common/messagebox.h"
#include "ui/common/messageline.h"
#include "ui/common/uiresources.h"
#include "ui/purge/asyncvalidator.h"
#include "ui/purge/listguidance.h"
#include "ui/purge/listtools.h"
#include "ui/purge/zonechoicedialog.h"

#include <QButtonGroup>
#include <QElapsedTimer>
#include <QFocusEvent>
#include <QInputDialog>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSettings>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;
using PurgeDesk::Cloudflare::Zone;

namespace PurgeDesk::Gui {

namespace {

const QString kActionKey = u"MainWindow/action"_s;

// Lines above which validation waits a little longer after a keystroke.
constexpr int LargeList = 20000;

// Of a group of radio buttons, only the checked one is a tab stop; a click still focuses any.
void tabToCheckedOnly(QButtonGroup *group)
{
    for (QAbstractButton *button : group->buttons())
        button->setFocusPolicy(button->isChecked() ? Qt::StrongFocus : Qt::ClickFocus);
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
    , m_moreZonesButton(new MoreZonesButton(this))
{
    m_ui->setupUi(this);
    m_ui->actionRow->addWidget(m_moreZonesButton);
    connect(m_moreZonesButton, &MoreZonesButton::chosenChanged, this, [this] {
        updatePlan();
        inputEdited();
    });
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
    // Tab goes down the form in reading order; in each group of radio buttons it stops at the
    // checked one only (the arrow keys move within the group).
    QWidget::setTabOrder(m_ui->actionEverything, m_moreZonesButton);
    for (QButtonGroup *group : {m_actionGroup, m_modeGroup}) {
        tabToCheckedOnly(group);
        connect(group, &QButtonGroup::idToggled, this, [group] { tabToCheckedOnly(group); });
    }

    m_ui->sandboxBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->sandboxBanner->setForegroundRole(QPalette::ToolTipText);
    m_ui->bannerText->setForegroundRole(QPalette::ToolTipText);
    // Messages have fixed places, so that showing one never moves the list or the buttons.
    m_ui->modeExplanation->setLines(1);
    m_ui->countsLabel->setLines(1);
    m_ui->planLabel->setLines(1);
    m_ui->listEditor->setPlaceholderText(tr("Paste or type the list here, or drop a text, CSV or sitemap.xml file."));

    connectAccountsAndZones();
    for (QButtonGroup *group : {m_actionGroup, m_modeGroup}) {
        connect(group, &QButtonGroup::idToggled, this, [this, group](int, bool checked) {
            if (!checked)
                return;
            if (group == m_actionGroup && !m_switchingForUndo)
                m_wildcardFix.reset();
            actionChanged();
        });
    }
    connect(m_ui->listEditor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_wildcardFix) {
            const qsizetype length = m_ui->listEditor->document()->characterCount() - 1;
            const bool prefixes = currentAction() == PurgeAction::Prefixes;
            const QString &wanted = prefixes ? m_wildcardFix->before : m_wildcardFix->after;
            if (length == wanted.size() && m_ui->listEditor->toPlainText() == wanted) {
                // An undo took the fix back (URLs again), or a redo made it again (Prefixes again).
                m_switchingForUndo = true;
                m_actionGroup->button(int(prefixes ? PurgeAction::Files : PurgeAction::Prefixes))->setChecked(true);
                m_switchingForUndo = false;
            }
        }
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
    if (!m_ui->listEditor->goToNextProblem()) {
        Q_EMIT statusMessage(tr("No errors in the list."));
        return;
    }
    // The reason is read where the keyboard is, not only in the marker's tooltip (a mouse's).
    const int line = m_ui->listEditor->textCursor().blockNumber() + 1;
    showNotice(m_ui->listEditor->lineToolTip(line).replace(u"\n\u2022 "_s, u" "_s).replace(u'\n', u' '), true);
}

void PurgeForm::focusList()
{
    m_ui->listEditor->setFocus(Qt::ShortcutFocusReason);
}

void PurgeForm::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    // Given the focus as a whole (the Purge page's), the form hands it to the list: the list is
    // what a user comes to the form for. The form is no tab stop of its own, so Tab still walks
    // through it from the top.
    m_ui->listEditor->setFocus(event->reason());
}

// --- The list --------------------------------------------------------------------------------

void PurgeForm::actionChanged()
{
    const PurgeAction action = currentAction();
    rememberSetting(kActionKey, int(action), int(PurgeAction::Files)); // URLs: what the form starts with
    const bool everything = action == PurgeAction::Everything;
    m_ui->noticeLabel->setIdleText(listHint(action));
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
            input.others = m_otherAccounts;
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

void PurgeForm::updateFix()
{
    const PurgeAction action = currentAction();
    const AsyncValidator::Result &result = m_validator->result();
    const auto zone = m_ui->zonePicker->currentZone();
    const QStringList lines = action == PurgeAction::Everything || !result || (!result->errors && !result->warnings)
        ? QStringList()
        : m_ui->listEditor->toPlainText().split(u'\n');
    m_fix = ListFix::offer(action, lines, zone ? zone->name : QString());
    m_ui->fixButton->setText(m_fix.buttonText());
    m_ui->fixButton->setToolTip(m_fix.toolTip());
    // Else lines in zones of another saved account: the button offers that account (and asks).
    m_offeredAccount.clear();
    const std::shared_ptr<const Routing> &routing = m_validator->routing();
    if (m_fix.kind() == ListFix::Kind::None && routing && !routing->elsewhere.isEmpty() && !lines.isEmpty()) {
        const Routing::Elsewhere &elsewhere = routing->elsewhere.first();
        m_offeredAccount = elsewhere.profile;
        m_ui->fixButton->setText(
            tr("Switch to %1 for %Ln Line(s)...", nullptr, elsewhere.lines).arg(elsewhere.profile));
        m_ui->fixButton->setToolTip(
            tr("These lines are in zones of the account %1: %2").arg(elsewhere.profile, elsewhere.zones.join(u", "_s)));
    }
    const bool offered = m_fix.kind() != ListFix::Kind::None || !m_offeredAccount.isEmpty();
    // The fix applied, the button goes: the focus goes back to the list it fixed, not to Import.
    if (!offered && m_ui->fixButton->hasFocus())
        m_ui->listEditor->setFocus(Qt::OtherFocusReason);
    m_ui->fixButton->setVisible(offered);
}

void PurgeForm::applyFix()
{
    const ListFix fix = m_fix;
    if (fix.kind() == ListFix::Kind::None) {
        if (!m_offeredAccount.isEmpty())
            offerAccount(m_offeredAccount);
        return;
    }
    int changed = 0;
    int widened = 0;
    const QString before = m_ui->listEditor->toPlainText();
    const QStringList fixed = fix.apply(before.split(u'\n'), &changed, &widened);
    ListTools::replaceText(m_ui->listEditor, fixed.join(u'\n'));
    if (fix.kind() == ListFix::Kind::Wildcards) {
        m_actionGroup->button(int(PurgeAction::Prefixes))->setChecked(true);
        m_wildcardFix = WildcardFix {before, m_ui->listEditor->toPlainText()};
    }
    showNotice(fix.doneNotice(changed, widened));
}

void PurgeForm::offerAccount(const QString &profile)
{
    const std::shared_ptr<const Routing> &routing = m_validator->routing();
    if (!routing)
        return;
    const auto elsewhere = std::find_if(routing->elsewhere.cbegin(), routing->elsewhere.cend(),
        [&profile](const Routing::Elsewhere &candidate) { return candidate.profile == profile; });
    if (elsewhere == routing->elsewhere.cend())
        return;
    const QString current = m_connection->isSandbox() ? tr("the sandbox") : m_connection->profile().name;
    MessageBox::Question question;
    question.title = tr("Lines of Another Account");
    question.text = tr("%Ln line(s) of the list are in zones of the account \u201c%1\u201d (%2), not of %3.", nullptr,
        elsewhere->lines)
                        .arg(profile, elsewhere->zones.join(u", "_s), current);
    question.informative = tr("Switch to %1 to purge them? The list stays as it is; with %1, the lines outside its "
                              "zones are marked instead, and nothing is sent for them.")
                               .arg(profile);
    question.buttons
        = {{tr("Switch to %1").arg(profile), QMessageBox::AcceptRole}, {tr("Stay"), QMessageBox::RejectRole}};
    question.defaultButton = 1;
    if (MessageBox::ask(this, question).button != 0)
        return;
    if (!selectAccount(profile))
        showNotice(tr("The account %1 is no longer in PurgeDesk.").arg(profile), true);
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
            if (other.id != zone->id && m_moreZonesButton->isChosen(other)) {
                spec.zone = ZoneRef::of(other);
                specs->append(spec);
            }
        }
    }
    return true;
}

void PurgeForm::updateMoreZones()
{
    const PurgeAction action = currentAction();
    const auto zone = m_ui->zonePicker->currentZone();
    m_moreZonesButton->setZones(m_connection->zones(), zone ? zone->id : QString(),
        (action == PurgeAction::Tags || action == PurgeAction::Everything)
            && m_connection->zonesState() == Connection::Zones::Loaded);
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
    order->lines.clear();
    if (spec.action == PurgeAction::Everything)
        return true;
    // The lines the purge sends, as they were typed, each once: a duplicate is left out here as it
    // is from the purge, so a preset counts what it purges.
    const AsyncValidator::Result &validation = m_validator->result();
    order->lines.reserve(validation->items.size());
    for (const Item &item : validation->items) {
        const LineVerdict &line = validation->lines.at(item.line - 1);
        Q_ASSERT(line.line == item.line);
        order->lines << line.text.trimmed();
    }
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
    m_moreZonesButton->setChosen(order.moreZones); // by ID or name; tags and purge everything go to each
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
