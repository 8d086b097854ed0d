#include "profilestore.h"

#include "logging.h"
#include "storage/appfiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PurgeDesk::ProfileStore", text);
}
} // namespace

ProfileStore::ProfileStore(const QString &path)
    : m_path(path)
{ }

QString ProfileStore::defaultPath()
{
    return configFilePath(u"profiles.json"_s);
}

bool ProfileStore::load(QString *message)
{
    m_profiles.clear();
    m_unreadable = {};
    m_readOnly = false;
    QByteArray data;
    QString error;
    switch (readWholeFile(m_path, &data, &error)) {
    case FileRead::Missing:
        return true;
    case FileRead::Unreadable:
        *message = tr("The accounts file %1 cannot be read: %2").arg(m_path, error);
        m_readOnly = true;
        return false;
    case FileRead::Read:
        break;
    }

    QString problem;
    QStringList rejected;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    QList<Profile> profiles;
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        problem = parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("not a JSON object");
    } else {
        const QJsonObject root = document.object();
        const int schema = root.value(u"schema"_s).toInt(0);
        if (schema > SchemaVersion) {
            *message = tr("The accounts file was written by a newer PurgeDesk (format %1); it is left untouched "
                          "and cannot be changed by this version.")
                           .arg(schema);
            m_readOnly = true;
            return false;
        }
        if (schema < 1)
            problem = tr("no format version");
        else if (!root.value(u"profiles"_s).isArray())
            problem = tr("no list of accounts");
        for (const auto &value : root.value(u"profiles"_s).toArray()) {
            if (!problem.isEmpty())
                break;
            Profile profile;
            QString why;
            if (Profile::fromJson(value.toObject(), &profile, &why)) {
                profiles.append(profile);
            } else {
                // One bad account hides none of the others; it stays in the file as it is.
                m_unreadable.append(value);
                rejected << why;
            }
        }
    }
    if (!problem.isEmpty()) {
        // Keep the damaged file for the user; start afresh beside it.
        const QString aside = moveAside(m_path);
        if (aside.isEmpty()) {
            // Saving would overwrite it: leave it, and this session's accounts, alone.
            *message = tr("The accounts file %1 is damaged (%2) and could not be moved aside; it is left as it is "
                          "and accounts cannot be changed until it is fixed or removed.")
                           .arg(m_path, problem);
            m_readOnly = true;
            return false;
        }
        *message = tr("The accounts file was damaged (%1). It was moved to %2 and PurgeDesk starts with no saved "
                      "accounts; the secrets are still in the system keychain.")
                       .arg(problem, aside);
        qCWarning(lcAccounts).noquote() << *message;
        return true;
    }
    m_profiles = profiles;
    if (!rejected.isEmpty()) {
        *message = (rejected.size() == 1
                ? tr("1 account in %1 cannot be read and is kept in the file as it is (%2). The other accounts are "
                     "available; fix or remove that one in the file.")
                : tr("%3 accounts in %1 cannot be read and are kept in the file as they are (%2). The other accounts "
                     "are available; fix or remove those in the file."))
                       .arg(QDir::toNativeSeparators(m_path), rejected.join(u"; "_s))
                       .arg(rejected.size());
        qCWarning(lcAccounts).noquote() << *message;
    }
    return true;
}

bool ProfileStore::save(QString *error) const
{
    if (m_readOnly) {
        *error = tr("The accounts file cannot be changed by this version of PurgeDesk.");
        return false;
    }
    QJsonArray array;
    for (const Profile &profile : m_profiles)
        array.append(profile.toJson());
    for (const auto &value : m_unreadable)
        array.append(value);
    const QJsonObject root {{u"schema"_s, SchemaVersion}, {u"profiles"_s, array}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        *error = tr("The accounts could not be saved to %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

const Profile *ProfileStore::find(const QString &nameOrId) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.id == nameOrId || profile.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            return &profile;
    }
    return nullptr;
}

bool ProfileStore::add(const Profile &profile, QString *error)
{
    if (profile.name.trimmed().isEmpty()) {
        *error = tr("An account needs a name.");
        return false;
    }
    if (profile.name.compare(Profile::sandbox().name, Qt::CaseInsensitive) == 0 || find(profile.name)) {
        *error = tr("There is already an account named \"%1\".").arg(profile.name);
        return false;
    }
    m_profiles.append(profile);
    return true;
}

bool ProfileStore::update(const Profile &profile)
{
    for (Profile &existing : m_profiles) {
        if (existing.id == profile.id) {
            existing = profile;
            return true;
        }
    }
    return false;
}

bool ProfileStore::remove(const QString &id)
{
    return m_profiles.removeIf([&](const Profile &profile) { return profile.id == id; }) > 0;
}

} // namespace PurgeDesk
