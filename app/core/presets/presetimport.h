#pragma once

#include "presets/presetstore.h"

#include <functional>

namespace PurgeDesk::Presets {

// What to do with an imported preset whose name a saved one has already.
enum class ClashChoice {
    KeepBoth, // the imported one is added under a free name: "Deploy (2)"
    Replace, // the imported one takes the saved one's place
    Skip, // the imported one is left out
    Cancel, // nothing is imported at all
};

// One name that exists already, as it is met: the decision is asked for with what both hold and the
// name keep-both would give.
struct ImportClash
{
    Preset incoming;
    Preset existing;
    QString keepBothName;
};

struct ClashDecision
{
    ClashChoice choice = ClashChoice::Skip;
    bool forAllOthers = false; // "do the same for the other names that exist": not asked again
};

// What an import did.
struct ImportOutcome
{
    bool cancelled = false;
    int imported = 0; // added, replacing or kept both included
    int replaced = 0;
    int keptBoth = 0;
    QStringList skipped; // the names left out, in the file's order
    QStringList failed; // "“Name”: why", for a preset the store refused
    QString lastImported; // the name the last imported preset has now
};

// The decisions of an import of presets (read with readPresetFile) into a store, shared by the
// window (which asks the user each question) and purgedesk-cli (which answers them from its options):
// the accounts the file names that are not known here and which account to use instead, and, preset
// by preset in the file's order, what to do with a name that exists already.
class PresetImport final
{
public:
    explicit PresetImport(const QList<Preset> &incoming)
        : m_incoming(incoming)
    { }

    const QList<Preset> &incoming() const { return m_incoming; }
    // The accounts the incoming presets use that are neither among `known` nor the sandbox, in the
    // order the file first uses them; "" (no account: the command line's environment) included.
    QStringList unknownAccounts(const QStringList &known) const;
    // How many incoming presets use this account.
    int countUsing(const QString &account) const;
    // The incoming presets that use `from` use `to` instead.
    void mapAccount(const QString &from, const QString &to);
    // The incoming presets whose names a preset in `store` has, or one earlier in the file.
    QStringList clashingNames(const PresetStore &store) const;

    using Decide = std::function<ClashDecision(const ImportClash &clash)>;
    // Puts the incoming presets into `store`, asking `decide` for each name that exists (in the store or
    // earlier in this import) until it answers for all others. Cancel leaves `store` as it was. Only
    // the store's list changes: saving it is the caller's.
    ImportOutcome apply(PresetStore &store, const Decide &decide) const;
    // The same, with one answer for every name that exists (the command line's --replace, --keep-both,
    // or neither: skip).
    ImportOutcome apply(PresetStore &store, ClashChoice always) const;
    // What a cancelled import did: nothing.
    static ImportOutcome cancelled();

private:
    QList<Preset> m_incoming;
};

} // namespace PurgeDesk::Presets
