#include "presetimport.h"

#include "accounts/profile.h"

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Presets {

QStringList PresetImport::unknownAccounts(const QStringList &known) const
{
    QStringList unknown;
    for (const Preset &preset : m_incoming) {
        if (preset.profile != Profile::sandboxId() && !known.contains(preset.profile)
            && !unknown.contains(preset.profile))
            unknown << preset.profile;
    }
    return unknown;
}

int PresetImport::countUsing(const QString &account) const
{
    return int(std::count_if(m_incoming.cbegin(), m_incoming.cend(),
        [&account](const Preset &preset) { return preset.profile == account; }));
}

void PresetImport::mapAccount(const QString &from, const QString &to)
{
    for (Preset &preset : m_incoming) {
        if (preset.profile == from)
            preset.profile = to;
    }
}

QStringList PresetImport::clashingNames(const PresetStore &store) const
{
    PresetStore seen = store;
    QStringList names;
    for (const Preset &preset : m_incoming) {
        QString error;
        if (seen.find(preset.name))
            names << preset.name;
        else
            seen.put(preset, false, &error);
    }
    return names;
}

ImportOutcome PresetImport::cancelled()
{
    ImportOutcome outcome;
    outcome.cancelled = true;
    return outcome;
}

ImportOutcome PresetImport::apply(PresetStore &store, const Decide &decide) const
{
    PresetStore result = store;
    ImportOutcome outcome;
    std::optional<ClashChoice> always;
    for (Preset preset : m_incoming) {
        const Preset *existing = result.find(preset.name);
        ClashChoice choice = ClashChoice::Replace; // a new name: put with replace adds it
        if (existing && always) {
            choice = *always;
        } else if (existing) {
            const ClashDecision decision = decide({preset, *existing, result.freeName(preset.name)});
            choice = decision.choice;
            if (decision.forAllOthers)
                always = choice;
        }
        switch (choice) {
        case ClashChoice::Cancel:
            return cancelled();
        case ClashChoice::Skip:
            outcome.skipped << preset.name;
            continue;
        case ClashChoice::KeepBoth:
            preset.name = result.freeName(preset.name);
            break;
        case ClashChoice::Replace:
            break;
        }
        const bool replacing = result.find(preset.name) != nullptr;
        QString error;
        if (!result.put(preset, true, &error)) {
            outcome.failed << u"\u201c%1\u201d: %2"_s.arg(preset.name, error);
            continue;
        }
        ++outcome.imported;
        outcome.replaced += replacing ? 1 : 0;
        outcome.keptBoth += choice == ClashChoice::KeepBoth ? 1 : 0;
        outcome.lastImported = result.presets().at(result.indexOf(preset.name)).name;
    }
    store.setPresets(result.presets());
    return outcome;
}

ImportOutcome PresetImport::apply(PresetStore &store, ClashChoice always) const
{
    return apply(store, [always](const ImportClash &) { return ClashDecision {always, true}; });
}

} // namespace PurgeDesk::Presets
