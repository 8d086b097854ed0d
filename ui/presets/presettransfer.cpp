#include "presettransfer.h"

#include "accounts/profile.h"
#include "presetprompt.h"
#include "presets/presetimport.h"
#include "presets/presetlibrary.h"
#include "presettexts.h"
#include "ui/common/filedialog.h"
#include "ui/common/messagebox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Presets::ClashChoice;
using PurgeDesk::Presets::ClashDecision;
using PurgeDesk::Presets::ImportClash;
using PurgeDesk::Presets::ImportOutcome;

namespace PurgeDesk::Gui::PresetTransfer {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PurgeDesk::Gui::PresetTransfer", text, disambiguation, n);
}

bool chooseAccounts(QWidget *parent, Presets::PresetImport &import, const QStringList &accounts)
{
    for (const QString &profile : import.unknownAccounts(accounts)) {
        QStringList choices = accounts;
        choices << tr("Sandbox (local, not Cloudflare)");
        choices << (profile.isEmpty() ? tr("No account (for the command line's environment credentials)")
                                      : tr("Keep %1 (add that account later)").arg(PresetText::quoted(profile)));
        const QString who = tr("%Ln preset(s) in this file", nullptr, import.countUsing(profile));
        const QString label = profile.isEmpty()
            ? tr("%1 names no account (saved on the command line). Which account should it use?").arg(who)
            : tr("%1 uses the account %2, which is not in PurgeDesk. Which account should it use?")
                  .arg(who, PresetText::quoted(profile));
        const std::optional<int> chosen
            = PresetPrompt::choice(parent, tr("Import Presets"), label, choices, u"presetAccountQuestion"_s);
        if (!chosen)
            return false;
        QString account = profile;
        if (*chosen < accounts.size())
            account = accounts.at(*chosen);
        else if (*chosen == accounts.size())
            account = Profile::sandboxId();
        import.mapAccount(profile, account);
    }
    return true;
}

Presets::PresetImport::Decide askAboutClashes(QWidget *parent, int clashes)
{
    return [parent, clashes, asked = 0](const ImportClash &clash) mutable {
        MessageBox::Question question;
        question.title = tr("Import Presets");
        question.text = tr("There is already a preset named %1.").arg(PresetText::quoted(clash.existing.name));
        question.informative = tr("Yours: %1.\nImported: %2.\n\nKeep both (the imported one becomes %3), replace "
                                  "yours, or skip the imported one?")
                                   .arg(PresetText::describe(clash.existing), PresetText::describe(clash.incoming),
                                       PresetText::quoted(clash.keepBothName));
        question.buttons = {{tr("Keep Both"), QMessageBox::AcceptRole}, {tr("Replace"), QMessageBox::DestructiveRole},
            {tr("Skip"), QMessageBox::RejectRole}, {tr("Cancel Import"), QMessageBox::RejectRole}};
        question.defaultButton = 0;
        question.escapeButton = 3;
        if (++asked < clashes)
            question.checkBox = tr("Do the same for the other names that exist");
        const MessageBox::Answer answer = MessageBox::ask(parent, question);
        constexpr ClashChoice choices[]
            = {ClashChoice::KeepBoth, ClashChoice::Replace, ClashChoice::Skip, ClashChoice::Cancel};
        return ClashDecision {
            answer.button >= 0 && answer.button < 4 ? choices[answer.button] : ClashChoice::Cancel, answer.checked};
    };
}

QString summary(const ImportOutcome &outcome, const QString &fileName, int rejected)
{
    QStringList parts;
    if (outcome.replaced)
        parts << tr("%1 replaced").arg(outcome.replaced);
    if (outcome.keptBoth)
        parts << tr("%1 kept both under a new name").arg(outcome.keptBoth);
    if (!outcome.skipped.isEmpty())
        parts << tr("%1 skipped").arg(outcome.skipped.size());
    QString done = tr("Imported %1 from %2").arg(PresetText::presetsCount(outcome.imported), fileName);
    if (!parts.isEmpty())
        done += u" ("_s + parts.join(u", "_s) + u')';
    done += u'.';
    if (rejected)
        done += u' ' + tr("%Ln preset(s) in the file were rejected.", nullptr, rejected);
    return done;
}

Done said(const QString &message, bool problem)
{
    Done done;
    done.message = message;
    done.problem = problem;
    return done;
}

void reportRejected(QWidget *parent, const QString &fileName, const QStringList &rejected)
{
    auto *report = new QMessageBox(QMessageBox::Warning, tr("Import Presets"),
        tr("%Ln preset(s) in %1 were not imported:", nullptr, int(rejected.size())).arg(fileName), QMessageBox::Ok,
        parent);
    report->setObjectName(u"presetImportReport"_s);
    constexpr int Shown = 12;
    QStringList shown = rejected.mid(0, Shown);
    if (rejected.size() > Shown)
        shown << tr("... and %1 more (Show Details).").arg(rejected.size() - Shown);
    report->setInformativeText(shown.join(u'\n'));
    if (rejected.size() > Shown)
        report->setDetailedText(rejected.join(u'\n'));
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->open();
}

} // namespace

QString chooseImportFile(QWidget *parent)
{
    return FileDialog::openFileName(parent, tr("Import Presets"), tr("PurgeDesk presets (*.json);;All files (*)"));
}

QString chooseExportFile(QWidget *parent)
{
    QString path = FileDialog::saveFileName(
        parent, tr("Export Presets"), u"purgedesk-presets.json"_s, tr("PurgeDesk presets (*.json)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    return path;
}

Done importFile(QWidget *parent, Presets::PresetLibrary &library, const QString &path, const QStringList &accounts)
{
    const QString file = QFileInfo(path).fileName();
    if (library.store().isReadOnly())
        return said(tr("Presets cannot be imported: the presets file cannot be changed by this version."), true);
    const Presets::ImportResult result = Presets::readPresetFile(path);
    if (!result.error.isEmpty())
        return said(tr("Nothing was imported: %1").arg(result.error), true);
    ImportOutcome outcome;
    QString error;
    const auto ask = [&](Presets::PresetStore &store, QString *) {
        Presets::PresetImport import(result.presets);
        outcome = chooseAccounts(parent, import, accounts)
            ? import.apply(store, askAboutClashes(parent, int(import.clashingNames(store).size())))
            : Presets::PresetImport::cancelled();
        return !outcome.cancelled;
    };
    if (!library.change(ask, true, &error))
        return outcome.cancelled ? said(tr("The import was cancelled; nothing was changed."), false)
                                 : said(error, true);
    const QStringList rejected = result.rejected + outcome.failed;
    if (!rejected.isEmpty())
        reportRejected(parent, file, rejected);
    Done done = said(summary(outcome, file, int(rejected.size())), false);
    done.ok = done.changed = true;
    done.select = outcome.lastImported;
    if (outcome.imported > 0)
        done.undoWhat = tr("the import of %1").arg(file);
    return done;
}

Done exportFile(const QString &path, const QList<Presets::Preset> &presets, bool selectionOnly)
{
    if (presets.isEmpty())
        return said(selectionOnly ? tr("Select the presets to export.") : tr("There are no presets to export."), true);
    QString error;
    if (!Presets::writePresetFile(path, presets, &error))
        return said(error, true);
    Done done = said(
        tr("Exported %1 to %2. The file holds no secrets: accounts are named, their tokens stay in the keychain.")
            .arg(PresetText::presetsCount(int(presets.size())), QDir::toNativeSeparators(path)),
        false);
    done.ok = true;
    return done;
}

} // namespace PurgeDesk::Gui::PresetTransfer
