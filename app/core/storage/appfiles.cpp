#include "appfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk {

QString moveAside(const QString &path)
{
    const QString aside = path + u".damaged-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    return QFile::rename(path, aside) ? aside : QString();
}

QString settingsFilePath()
{
    return configFilePath(u"settings.ini"_s);
}

QSettings appSettings()
{
    return QSettings(settingsFilePath(), QSettings::IniFormat);
}

void rememberSetting(const QString &key, const QVariant &value, const QVariant &whenAbsent)
{
    QSettings settings = appSettings();
    const QVariant stored = settings.value(key, whenAbsent);
    if (!stored.isValid() || stored.toString() != value.toString())
        settings.setValue(key, value);
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
