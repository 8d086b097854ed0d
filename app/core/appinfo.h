#pragma once

#include <QByteArray>
#include <QString>

// Identity of the application and of the build: names, versions and where settings live.
namespace PurgeDesk {

// Sets the application name, version and desktop file name on QCoreApplication.
// Safe to call before the application object exists, so every entry point calls it first.
void initApplicationIdentity();

QString version();
QString applicationId();
QString qtKeychainVersion();
// Qt version the binary runs with, and the one it was built against when they differ.
QString qtVersionDescription();

// The INI file behind QSettings for window state and preferences (never secrets).
QString settingsFilePath();
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
