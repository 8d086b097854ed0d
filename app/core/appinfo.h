#pragma once

#include <QString>

// Identity of the application and of the build: names and versions.
namespace PurgeDesk {

// Sets the application name, version and desktop file name on QCoreApplication.
// Safe to call before the application object exists, so every entry point calls it first.
void initApplicationIdentity();

QString version();
QString applicationId();
QString qtKeychainVersion();
// Qt version the binary runs with, and the one it was built against when they differ.
QString qtVersionDescription();

} // namespace PurgeDesk
