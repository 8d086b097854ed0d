#include "appinfo.h"

#include "buildinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtGlobal>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk {

void initApplicationIdentity()
{
    // No organisation name: config lands in ~/.config/PurgeDesk, data in ~/.local/share/PurgeDesk.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(u"purgedesk.github.io"_s);
    QCoreApplication::setApplicationName(u"PurgeDesk"_s);
    QCoreApplication::setApplicationVersion(version());
}

QString version()
{
    return QStringLiteral(PURGEDESK_VERSION);
}

QString applicationId()
{
    return QStringLiteral(PURGEDESK_APP_ID);
}

QString qtKeychainVersion()
{
    return QStringLiteral(PURGEDESK_QTKEYCHAIN_VERSION);
}

QString qtVersionDescription()
{
    const QString runtime = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    if (runtime == built)
        return runtime;
    return QCoreApplication::translate("PurgeDesk", "%1 (built with %2)").arg(runtime, built);
}

QString moveAside(const QString &path)
{
    const QString aside = path + u".damaged-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    return QFile::rename(path, aside) ? aside : QString();
}

QString settingsFilePath()
{
    return configFilePath(u"settings.ini"_s);
}

QString configFilePath(const QString &fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(fileName);
}

FileRead readWholeFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return FileRead::Missing;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return FileRead::Unreadable;
    }
    *data = file.readAll();
    return FileRead::Read;
}

} // namespace PurgeDesk
