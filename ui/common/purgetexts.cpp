#include "purgetexts.h"

#include "accounts/profile.h"

#include <QCoreApplication>

using namespace PurgeDesk::Purge;

namespace PurgeDesk::Gui::Texts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PurgeDesk::Gui::Texts", text);
}

} // namespace

QString action(PurgeAction action)
{
    switch (action) {
    case PurgeAction::Files:
        return tr("URLs");
    case PurgeAction::Hosts:
        return tr("Hostnames");
    case PurgeAction::Tags:
        return tr("Cache tags");
    case PurgeAction::Prefixes:
        return tr("Prefixes");
    case PurgeAction::Everything:
        return tr("Everything");
    }
    return {};
}

QString mode(PurgeMode mode)
{
    return mode == PurgeMode::Invalidate ? tr("Invalidate") : tr("Purge");
}

QString pastVerb(PurgeMode mode)
{
    return mode == PurgeMode::Invalidate ? tr("invalidated") : tr("purged");
}

QString outcome(RunOutcome outcome, bool active)
{
    switch (outcome) {
    case RunOutcome::Running:
        return active ? tr("Running") : tr("Interrupted");
    case RunOutcome::Done:
        return tr("Done");
    case RunOutcome::Partial:
        return tr("Partly failed");
    case RunOutcome::Failed:
        return tr("Failed");
    case RunOutcome::Cancelled:
        return tr("Cancelled");
    case RunOutcome::AuthFailed:
        return tr("Not authorised");
    case RunOutcome::Interrupted:
        return tr("Interrupted");
    case RunOutcome::DryRun:
        return tr("Dry run");
    }
    return {};
}

QString itemState(ItemState state)
{
    switch (state) {
    case ItemState::Done:
        return tr("Done");
    case ItemState::Failed:
        return tr("Failed");
    case ItemState::NotSent:
        return tr("Not sent");
    case ItemState::Pending:
        return tr("Not sent (interrupted)");
    }
    return {};
}

QString batchState(BatchState state, int attempts)
{
    switch (state) {
    case BatchState::Queued:
        return attempts > 0 ? tr("Waiting to retry") : tr("Queued");
    case BatchState::InFlight:
        return tr("Sending");
    case BatchState::Done:
        return tr("Done");
    case BatchState::Failed:
        return tr("Failed");
    case BatchState::NotSent:
        return tr("Not sent");
    case BatchState::Split:
        return tr("Split in two");
    }
    return {};
}

QString source(const RunSource &source)
{
    switch (source.kind) {
    case RunSource::Kind::Gui:
        return tr("Window");
    case RunSource::Kind::Cli:
        return tr("Command line");
    case RunSource::Kind::Drone:
        return tr("CI plugin");
    case RunSource::Kind::Preset:
        return tr("Preset %1").arg(source.detail);
    case RunSource::Kind::Other:
        return source.detail;
    }
    return {};
}

QString account(const QString &profile)
{
    return profile == Profile::sandboxId() ? tr("Sandbox") : profile;
}

} // namespace PurgeDesk::Gui::Texts
