#include "zonedirectory.h"

#include "accounts/profile.h"
#include "logging.h"
#include "storage/sharedstatefile.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Purge {

namespace {

constexpr int Schema = 1;

QJsonObject rootOf(const QByteArray &contents)
{
    const QJsonObject root = QJsonDocument::fromJson(contents).object();
    return root.value(u"schema"_s).toInt() == Schema ? root : QJsonObject();
}

QJsonObject readRoot(const QString &path)
{
    // Under a shared lock: never a half-written file.
    return rootOf(SharedStateFile(path).read(200));
}

} // namespace

ZoneDirectory::ZoneDirectory(QString path)
    : m_path(std::move(path))
{ }

QString ZoneDirectory::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(u"zone-directory.json"_s);
}

void ZoneDirectory::remember(const QString &profile, const QList<Cloudflare::Zone> &zones) const
{
    if (profile.isEmpty() || profile == Profile::sandboxId())
        return;
    QJsonArray list;
    for (const Cloudflare::Zone &zone : zones) {
        if (!zone.id.isEmpty() && !zone.name.isEmpty())
            list.append(QJsonObject {{u"id"_s, zone.id}, {u"name"_s, zone.name}});
    }
    const QJsonObject entry {
        {u"listed_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}, {u"zones"_s, list}};
    // Rewritten in place under a lock on the file, with no disk flush (the window lists zones on its
    // own thread); never waiting long for another writer.
    SharedStateFile file(m_path);
    const SharedStateFile::Update update = file.update(200, [&](const QByteArray &contents) {
        QJsonObject root = rootOf(contents);
        QJsonObject accounts = root.value(u"accounts"_s).toObject();
        accounts.insert(profile, entry);
        root.insert(u"schema"_s, Schema);
        root.insert(u"accounts"_s, accounts);
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    });
    if (update != SharedStateFile::Update::Written)
        qCDebug(lcApp) << "zone directory: could not be written:" << file.error();
}

QList<OtherAccount> ZoneDirectory::others(const QString &current, const QStringList &saved) const
{
    QList<OtherAccount> result;
    const QJsonObject accounts = readRoot(m_path).value(u"accounts"_s).toObject();
    for (const QString &name : saved) {
        if (name == current || !accounts.contains(name))
            continue;
        QList<Cloudflare::Zone> zones;
        const QJsonArray list = accounts.value(name).toObject().value(u"zones"_s).toArray();
        for (const auto &value : list) {
            const QJsonObject object = value.toObject();
            Cloudflare::Zone zone;
            zone.id = object.value(u"id"_s).toString();
            zone.name = object.value(u"name"_s).toString();
            if (!zone.id.isEmpty() && !zone.name.isEmpty())
                zones.append(zone);
        }
        if (!zones.isEmpty())
            result.append({name, std::make_shared<const ZoneIndex>(zones)});
    }
    return result;
}

} // namespace PurgeDesk::Purge
