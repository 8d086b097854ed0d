#include "presetcommand.h"

#include "cli.h"
#include "clisupport.h"
#include "presets/presetimport.h"
#include "presets/presetstore.h"
#include "purge/validation.h"
#include "purgecommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Presets::Preset;
using PurgeDesk::Presets::PresetStore;

namespace PurgeDesk::Cli {

namespace {

const QString kUsage = u"Usage: purgedesk-cli preset COMMAND ...\n"
                       u"\n"
                       u"  save NAME --zone ZONE (--everything | --files | --hosts | --tags | --prefixes) [ITEM ...]\n"
                       u"       [--from-file PATH|-] [--invalidate] [--profile NAME] [--note TEXT] [--replace]\n"
                       u"  list [--json]\n"
                       u"  run NAME [--yes] [--dry-run] [--json]      (exit codes as for purge)\n"
                       u"  export [NAME ...] [--out FILE]             (all presets when no name is given)\n"
                       u"  import FILE [--replace | --keep-both]\n"
                       u"  remove NAME\n"
                       u"\n"
                       u"Run purgedesk-cli preset COMMAND --help for a command's options.\n"_s;

bool loadStore(PresetStore &store, QTextStream &err)
{
    QString message;
    const bool ok = store.load(&message);
    if (!message.isEmpty())
        err << (ok ? "Note: " : "purgedesk-cli preset: ") << message << '\n';
    return ok;
}

bool saveStore(PresetStore &store, QTextStream &err)
{
    QString error;
    if (store.save(&error))
        return true;
    err << "purgedesk-cli preset: " << error << '\n';
    return false;
}

int parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QTextStream &out,
    QTextStream &err, bool *done)
{
    addHelpOption(parser);
    int exitCode = ExitOk;
    *done = !parseCommand(parser, u"purgedesk-cli preset "_s + command, arguments, out, err, &exitCode);
    return exitCode;
}

int save(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Save a purge as a preset."_s);
    parser.addOption({u"zone"_s,
        u"Zone name or 32-character zone ID; repeat it for several zones (URLs, hosts and prefixes go to the zone "
        u"they belong to, tags and purge everything to each)."_s,
        u"ZONE"_s});
    parser.addOptions(itemOptions(u"Purge everything in the zone."_s));
    parser.addOptions({
        {u"invalidate"_s, u"Mark as stale instead of deleting."_s},
        {u"profile"_s,
            u"The saved account to purge with. Default: PURGEDESK_PROFILE; without either, the credentials in the "
            u"environment when the preset runs."_s,
            u"NAME"_s},
        {u"note"_s, u"A note kept with the preset."_s, u"TEXT"_s},
        {u"replace"_s, u"Replace a preset with the same name."_s},
    });
    parser.addPositionalArgument(u"name"_s, u"The preset's name."_s, u"NAME"_s);
    parser.addPositionalArgument(u"items"_s, u"Items, in addition to --from-file."_s, u"[ITEM...]"_s);
    bool done = false;
    if (const int code = parse(parser, u"save"_s, arguments, out, err, &done); done)
        return code;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << "purgedesk-cli preset save: give the preset a name.\n";
        return ExitUsage;
    }
    Preset preset;
    preset.name = positional.takeFirst().trimmed();
    Purge::PurgeAction action = Purge::PurgeAction::Files;
    if (!chosenAction(parser, u"purgedesk-cli preset save"_s, &action, err))
        return ExitUsage;
    preset.action = action;
    QStringList zones;
    for (const QString &zone : parser.values(u"zone"_s)) {
        if (!zone.trimmed().isEmpty() && !zones.contains(zone.trimmed()))
            zones << zone.trimmed();
    }
    if (zones.isEmpty()) {
        err << "purgedesk-cli preset save: --zone is required (a zone name or its 32-character ID).\n";
        return ExitUsage;
    }
    static const QRegularExpression zoneIdPattern(u"^[0-9a-f]{32}$"_s);
    for (const QString &zone : std::as_const(zones)) {
        Preset::Zone named;
        (zoneIdPattern.match(zone).hasMatch() ? named.id : named.name) = zone;
        if (zone == zones.first()) {
            preset.zoneId = named.id;
            preset.zoneName = named.name;
        } else {
            preset.moreZones.append(named);
        }
    }
    preset.mode = parser.isSet(u"invalidate"_s) ? Purge::PurgeMode::Invalidate : Purge::PurgeMode::Purge;
    preset.profile = accountName(parser.value(u"profile"_s));
    preset.note = parser.value(u"note"_s);
    QString text;
    QString fromFile;
    if (!fromFileOption(parser, u"purgedesk-cli preset save"_s, &fromFile, err)
        || !readItems(positional, fromFile, u"purgedesk-cli preset save"_s, &text, err))
        return ExitUsage;
    // The list is checked as a purge would check it: a preset that cannot run is not saved.
    if (action == Purge::PurgeAction::Everything && !text.trimmed().isEmpty()) {
        err << "purgedesk-cli preset save: --everything takes no items.\n";
        return ExitUsage;
    }
    if (action != Purge::PurgeAction::Everything) {
        // Across several zones, each item's zone is checked when the preset runs.
        const Purge::Validation validation
            = Purge::validate(action, text, preset.moreZones.isEmpty() ? preset.zoneName : QString());
        for (const Purge::LineVerdict &line : validation.lines) {
            if (line.verdict == Purge::Verdict::Error)
                err << "line " << line.line << ": error: " << line.text.trimmed() << ": " << line.reasons.join(u"; "_s)
                    << '\n';
        }
        if (!validation.canPurge()) {
            err << "purgedesk-cli preset save: nothing was saved; "
                << (validation.listError.isEmpty() ? u"fix or remove the lines with errors."_s : validation.listError)
                << '\n';
            return ExitUsage;
        }
        preset.items = Presets::presetItems(text);
    }
    PresetStore store;
    if (!loadStore(store, err))
        return ExitUsage;
    QString error;
    if (!store.put(preset, parser.isSet(u"replace"_s), &error)) {
        err << "purgedesk-cli preset save: " << error
            << (store.find(preset.name) ? " Use --replace to overwrite it." : "") << '\n';
        return ExitUsage;
    }
    if (!saveStore(store, err))
        return ExitUsage;
    out << "Saved the preset \"" << preset.name << "\": " << Purge::toName(preset.mode) << ' '
        << Purge::toName(preset.action) << " in " << preset.zoneLabel();
    if (preset.action != Purge::PurgeAction::Everything)
        out << ", " << preset.items.size() << (preset.items.size() == 1 ? " item" : " items");
    out << ".\n";
    return ExitOk;
}

int list(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the saved presets."_s);
    parser.addOption({u"json"_s, u"Print JSON (the shape preset export writes)."_s});
    bool done = false;
    if (const int code = parse(parser, u"list"_s, arguments, out, err, &done); done)
        return code;
    PresetStore store;
    if (!loadStore(store, err))
        return ExitUsage;
    if (parser.isSet(u"json"_s)) { // the presets file's own shape, as preset export writes it
        QJsonArray array;
        for (const Preset &preset : store.presets())
            array.append(preset.toJson());
        out << QJsonDocument(QJsonObject {{u"schema"_s, PresetStore::SchemaVersion}, {u"presets"_s, array}})
                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (store.presets().isEmpty()) {
        out << "No presets saved. Save one with: purgedesk-cli preset save NAME --zone ZONE --files URL ...\n";
        return ExitOk;
    }
    for (const Preset &preset : store.presets()) {
        out << preset.name << "  " << Purge::toName(preset.mode) << ' ' << Purge::toName(preset.action) << "  "
            << preset.zoneLabel();
        if (preset.action != Purge::PurgeAction::Everything)
            out << "  " << preset.items.size() << (preset.items.size() == 1 ? " item" : " items");
        out << "  (" << (preset.profile.isEmpty() ? u"environment"_s : preset.profile) << ")";
        if (!preset.note.isEmpty())
            out << "  " << preset.note;
        out << '\n';
    }
    return ExitOk;
}

int runOne(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Run a saved preset (exit codes as for purge)."_s);
    parser.addOptions({
        {u"yes"_s, u"Do not ask before purging everything."_s},
        {u"dry-run"_s, u"Show the exact requests without sending them."_s},
        {u"json"_s, u"Print one JSON summary object."_s},
    });
    parser.addOption(caCertOption());
    parser.addOption(maxWaitOption());
    parser.addPositionalArgument(u"name"_s, u"The preset to run."_s, u"NAME"_s);
    bool done = false;
    if (const int code = parse(parser, u"run"_s, arguments, out, err, &done); done)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err << "purgedesk-cli preset run: give exactly one preset name.\n";
        return ExitUsage;
    }
    qint64 maxWaitMs = 0;
    if (!readMaxWait(parser, u"purgedesk-cli preset run"_s, &maxWaitMs, err))
        return ExitUsage;
    setCaCertFile(parser.value(u"cacert"_s));
    PresetStore store;
    if (!loadStore(store, err))
        return ExitUsage;
    const Preset *preset = store.find(parser.positionalArguments().first());
    if (!preset) {
        err << "purgedesk-cli preset run: there is no preset named \"" << parser.positionalArguments().first()
            << "\" (purgedesk-cli preset list shows them).\n";
        return ExitUsage;
    }
    return runPresetPurge(
        *preset, parser.isSet(u"yes"_s), parser.isSet(u"dry-run"_s), parser.isSet(u"json"_s), maxWaitMs, out, err);
}

int exportPresets(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Write presets to a JSON file (or standard output). No secret is included."_s);
    parser.addOption({u"out"_s, u"The file to write."_s, u"FILE"_s});
    parser.addPositionalArgument(u"names"_s, u"Presets to export (default: all)."_s, u"[NAME...]"_s);
    bool done = false;
    if (const int code = parse(parser, u"export"_s, arguments, out, err, &done); done)
        return code;
    PresetStore store;
    if (!loadStore(store, err))
        return ExitUsage;
    QList<Preset> chosen;
    for (const QString &name : parser.positionalArguments()) {
        const Preset *preset = store.find(name);
        if (!preset) {
            err << "purgedesk-cli preset export: there is no preset named \"" << name << "\".\n";
            return ExitUsage;
        }
        chosen << *preset;
    }
    if (parser.positionalArguments().isEmpty())
        chosen = store.presets();
    if (!parser.isSet(u"out"_s)) {
        QJsonArray array;
        for (const Preset &preset : std::as_const(chosen))
            array.append(preset.toJson());
        out << QJsonDocument(QJsonObject {{u"schema"_s, PresetStore::SchemaVersion}, {u"presets"_s, array}})
                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QString error;
    if (!Presets::writePresetFile(parser.value(u"out"_s), chosen, &error)) {
        err << "purgedesk-cli preset export: " << error << '\n';
        return ExitUsage;
    }
    out << "Exported " << chosen.size() << (chosen.size() == 1 ? " preset" : " presets") << " to "
        << parser.value(u"out"_s) << ".\n";
    return ExitOk;
}

int importPresets(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Add the presets of a JSON file. Every field is checked; what is rejected is listed."_s);
    parser.addOptions({
        {u"replace"_s, u"A preset with the same name is replaced."_s},
        {u"keep-both"_s, u"A preset with the same name is kept, and the imported one gets a new name."_s},
    });
    parser.addPositionalArgument(u"file"_s, u"The file to import."_s, u"FILE"_s);
    bool done = false;
    if (const int code = parse(parser, u"import"_s, arguments, out, err, &done); done)
        return code;
    if (parser.positionalArguments().size() != 1 || (parser.isSet(u"replace"_s) && parser.isSet(u"keep-both"_s))) {
        err << "purgedesk-cli preset import: give one file, and at most one of --replace and --keep-both.\n";
        return ExitUsage;
    }
    const Presets::ImportResult result = Presets::readPresetFile(parser.positionalArguments().first());
    if (!result.error.isEmpty()) {
        err << "purgedesk-cli preset import: " << result.error << " Nothing was imported.\n";
        return ExitUsage;
    }
    PresetStore store;
    if (!loadStore(store, err))
        return ExitUsage;
    for (const QString &line : result.rejected)
        err << "rejected: " << line << '\n';
    Presets::ClashChoice clash = Presets::ClashChoice::Skip;
    if (parser.isSet(u"replace"_s))
        clash = Presets::ClashChoice::Replace;
    else if (parser.isSet(u"keep-both"_s))
        clash = Presets::ClashChoice::KeepBoth;
    const Presets::ImportOutcome outcome = Presets::PresetImport(result.presets).apply(store, clash);
    for (const QString &name : outcome.skipped)
        err << "skipped: \"" << name
            << "\" exists already (--replace replaces it, --keep-both imports it under a new name)\n";
    for (const QString &line : outcome.failed)
        err << "rejected: " << line << '\n';
    if (outcome.imported && !saveStore(store, err))
        return ExitUsage;
    const qsizetype notImported = outcome.skipped.size() + outcome.failed.size() + result.rejected.size();
    err.flush(); // the lines the summary says are listed above
    out << "Imported " << outcome.imported << (outcome.imported == 1 ? " preset" : " presets");
    if (notImported)
        out << "; " << notImported << " not imported (listed above)";
    out << ".\n";
    return notImported ? ExitPartial : ExitOk;
}

int removePreset(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Delete a saved preset."_s);
    parser.addPositionalArgument(u"name"_s, u"The preset to delete."_s, u"NAME"_s);
    bool done = false;
    if (const int code = parse(parser, u"remove"_s, arguments, out, err, &done); done)
        return code;
    PresetStore store;
    if (parser.positionalArguments().size() != 1 || !loadStore(store, err)) {
        err << "purgedesk-cli preset remove: give exactly one preset name.\n";
        return ExitUsage;
    }
    if (!store.remove(parser.positionalArguments().first())) {
        err << "purgedesk-cli preset remove: there is no preset named \"" << parser.positionalArguments().first()
            << "\".\n";
        return ExitUsage;
    }
    if (!saveStore(store, err))
        return ExitUsage;
    out << "Removed the preset \"" << parser.positionalArguments().first() << "\".\n";
    return ExitOk;
}

} // namespace

int runPreset(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == u"save"_s)
        return save(rest, out, err);
    if (command == u"list"_s)
        return list(rest, out, err);
    if (command == u"run"_s)
        return runOne(rest, out, err);
    if (command == u"export"_s)
        return exportPresets(rest, out, err);
    if (command == u"import"_s)
        return importPresets(rest, out, err);
    if (command == u"remove"_s)
        return removePreset(rest, out, err);
    if (command == u"--help"_s || command == u"-h"_s) {
        out << kUsage;
        return ExitOk;
    }
    err << (command.isEmpty() ? u"purgedesk-cli preset: choose a command.\n\n"_s
                              : u"purgedesk-cli preset: unknown command \""_s + command + u"\".\n\n"_s)
        << kUsage;
    return ExitUsage;
}

} // namespace PurgeDesk::Cli
