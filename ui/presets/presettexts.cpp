#include "presettexts.h"

#include "accounts/profile.h"
#include "purge/validation.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui::PresetText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PurgeDesk::Gui::PresetText", text);
}

bool accountKnown(const Presets::Preset &preset, const QStringList &accounts)
{
    return preset.profile == Profile::sandboxId() || accounts.contains(preset.profile);
}

} // namespace

QString quoted(const QString &text)
{
    return u"\u201c"_s + text + u"\u201d"_s;
}

QString presetsCount(int count)
{
    return QCoreApplication::translate("PurgeDesk::Gui::PresetText", "%Ln preset(s)", nullptr, count);
}

QString describe(const Presets::Preset &preset, bool brief)
{
    const Purge::PurgeAction action = preset.action;
    const bool invalidate = preset.mode == Purge::PurgeMode::Invalidate;
    const int count = int(preset.items.size());
    const QString items = action == Purge::PurgeAction::Everything
        ? tr("everything")
        : tr("%1 %2").arg(QLocale().toString(count), Purge::itemNoun(action, count));
    QString account = preset.profile;
    if (preset.profile == Profile::sandboxId())
        account = tr("Sandbox");
    else if (preset.profile.isEmpty())
        account = tr("no account");
    if (brief) {
        QString what = invalidate ? tr("Invalidate %1").arg(items) : items;
        what[0] = what.at(0).toUpper();
        return what + u" · "_s + preset.zoneLabel() + u" · "_s + account;
    }
    return tr("%1 %2 in %3 · %4").arg(invalidate ? tr("Invalidate") : tr("Purge"), items, preset.zoneLabel(), account);
}

QString problem(const Presets::Preset &preset, const QStringList &accounts)
{
    if (preset.profile.isEmpty())
        return tr("%1 names no account: it was saved on the command line, for the credentials in its environment. "
                  "Open it, choose an account, and Update it.")
            .arg(quoted(preset.name));
    if (!accountKnown(preset, accounts))
        return tr("%1 uses the account %2, which is not in PurgeDesk. Add it (Accounts > Manage Accounts), or open "
                  "the preset, choose an account, and Update it.")
            .arg(quoted(preset.name), quoted(preset.profile));
    return {};
}

QString shortProblem(const Presets::Preset &preset, const QStringList &accounts)
{
    if (preset.profile.isEmpty())
        return tr("No account (saved for the command line)");
    if (!accountKnown(preset, accounts))
        return tr("Account %1 is not in PurgeDesk").arg(quoted(preset.profile));
    return {};
}

} // namespace PurgeDesk::Gui::PresetText
