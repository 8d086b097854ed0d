#pragma once

#include <QList>
#include <QMetaEnum>
#include <QObject>
#include <QString>
#include <QStringView>

// The words of a purge, one enum per concept. Each is a Q_ENUM with one name mapping, used
// wherever a value is stored or parsed (history, presets, the command line, JSON): the name is the
// enumerator in snake_case ("NotSent" -> "not_sent"). Never compare stored strings by hand.
namespace PurgeDesk::Purge {
Q_NAMESPACE

enum class PurgeMode {
    Purge, // remove the cached copies
    Invalidate, // mark them stale; Cloudflare revalidates with the origin
};
Q_ENUM_NS(PurgeMode)

enum class PurgeAction { Everything, Files, Hosts, Tags, Prefixes };
Q_ENUM_NS(PurgeAction)

enum class ItemState {
    Pending,
    Done, // Cloudflare accepted the request that carried it
    Failed, // Cloudflare refused it, or it could not be sent after the retries; see the reason
    NotSent, // the run stopped (cancel, authentication failure) before it was accepted; see the reason
};
Q_ENUM_NS(ItemState)

// One request of a run.
enum class BatchState {
    Queued,
    InFlight,
    Done,
    Failed,
    NotSent,
    Split, // refused as too large: its items went on in two new requests
};
Q_ENUM_NS(BatchState)

enum class RunOutcome {
    Running,
    Done, // every item done
    Partial, // some items done, some failed or not sent
    Failed, // nothing done
    Cancelled,
    AuthFailed, // the credential was refused; the rest was not sent
    Interrupted, // the process ended before the run did (only the history says this)
    DryRun, // nothing was sent (only the history says this)
};
Q_ENUM_NS(RunOutcome)

namespace Names {
// The snake_case names of an enum's keys, by value (values run from 0 without gaps).
QList<QString> of(const QMetaEnum &meta);
} // namespace Names

template<typename Enum>
QString toName(Enum value)
{
    static const QList<QString> names = Names::of(QMetaEnum::fromType<Enum>());
    return names.value(int(value));
}

// The value with that name; false (value untouched) when there is none.
template<typename Enum>
bool fromName(QStringView name, Enum *value)
{
    static const QList<QString> names = Names::of(QMetaEnum::fromType<Enum>());
    const qsizetype index = names.indexOf(name);
    if (index < 0)
        return false;
    *value = Enum(index);
    return true;
}

// Every name of the enum, in order ("purge, invalidate"), for messages and help texts.
template<typename Enum>
QList<QString> allNames()
{
    return Names::of(QMetaEnum::fromType<Enum>());
}

// Where a run was started from, as the history records it: "gui", "cli", "drone" or
// "preset:<name>" (a preset run from the window or the command line).
struct RunSource
{
    enum class Kind {
        Gui,
        Cli,
        Drone,
        Preset,
        Other, // a source this version does not know (kept as written)
    };
    Kind kind = Kind::Gui;
    QString detail; // the preset's name (Preset), or the text as written (Other)

    static RunSource gui() { return {Kind::Gui, {}}; }
    static RunSource cli() { return {Kind::Cli, {}}; }
    static RunSource drone() { return {Kind::Drone, {}}; }
    static RunSource ofPreset(const QString &name) { return {Kind::Preset, name}; }

    QString presetName() const { return kind == Kind::Preset ? detail : QString(); }

    QString toName() const;
    static RunSource fromName(const QString &name);
    bool operator==(const RunSource &other) const { return kind == other.kind && detail == other.detail; }
};

} // namespace PurgeDesk::Purge
