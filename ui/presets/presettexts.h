#pragma once

#include "presets/presetstore.h"

#include <QString>
#include <QStringList>

// How the Presets panel, its list and its dialogs word a preset, in one place.
namespace PurgeDesk::Gui::PresetText {

QString quoted(const QString &text); // “text”
QString presetsCount(int count); // "1 preset", "3 presets"
// "Purge 3 URLs in example.com · Sandbox"; brief: "3 URLs · example.com · Sandbox" (invalidating is
// said, purging is the default).
QString describe(const Presets::Preset &preset, bool brief = false);
// Why the preset cannot run as it is, with what to do about it (its account is not among `accounts`
// or it names none); empty when it can.
QString problem(const Presets::Preset &preset, const QStringList &accounts);
// The same in a few words, for the list's second line; empty when it can run.
QString shortProblem(const Presets::Preset &preset, const QStringList &accounts);

} // namespace PurgeDesk::Gui::PresetText
