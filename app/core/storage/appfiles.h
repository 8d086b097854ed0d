#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

// The files PurgeDesk keeps: where they live, reading one whole, and moving a damaged one aside.
namespace PurgeDesk {

// The INI file behind QSettings for window state and preferences (never secrets).
QString settingsFilePath();
// That file, to read or write a setting.
QSettings appSettings();
// Stores a scalar setting (text or number) only when it changes what is stored or, when nothing
// is, when it differs from `whenAbsent` (the value reading falls back to; an invalid one: always
// stored). Every write rewrites and syncs the whole file, which a window's start-up should not pay
// for a choice it only restored.
void rememberSetting(const QString &key, const QVariant &value, const QVariant &whenAbsent = {});
// A file of the configuration folder (next to settings.ini): profiles.json, presets.json.
QString configFilePath(const QString &fileName);

// Reads a whole file the application keeps. Missing: there is none (nothing to read, nothing
// wrong); Unreadable: it is there but cannot be read, and `error` says why.
enum class FileRead {
    Read,
    Missing,
    Unreadable,
};
FileRead readWholeFile(const QString &path, QByteArray *data, QString *error);

// Moves a file that cannot be read as it should aside, to "<path>.damaged-<date-time>", where the
// user can still look at it. Returns the new path, or an empty string when it could not be moved.
QString moveAside(const QString &path);

} // namespace PurgeDesk
