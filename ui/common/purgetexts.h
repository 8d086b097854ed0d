#pragma once

#include "purge/purgeenums.h"

#include <QString>

// The words the window uses for a purge's enums, in one place, so the run view, the History tab and
// the Presets panel name a state the same way ("Not sent", "Partly failed", "Preset Deploy").
namespace PurgeDesk::Gui::Texts {

QString action(Purge::PurgeAction action); // "URLs", "Hostnames", "Cache tags", "Prefixes", "Everything"
QString mode(Purge::PurgeMode mode); // "Purge", "Invalidate"
QString pastVerb(Purge::PurgeMode mode); // "purged", "invalidated"
// `active`: the run is going on in this window now (a recorded "running" run that is not active was
// cut off: "Interrupted").
QString outcome(Purge::RunOutcome outcome, bool active = false);
QString itemState(Purge::ItemState state);
QString batchState(Purge::BatchState state, int attempts);
QString source(const Purge::RunSource &source); // "Window", "Command line", "CI plugin", "Preset Deploy"
QString account(const QString &profile); // the sandbox's id reads "Sandbox"

} // namespace PurgeDesk::Gui::Texts
