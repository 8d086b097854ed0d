#include "presetstore.h"

#include "logging.h"
#include "storage/appfiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Presets {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PurgeDesk::Presets", text, disambiguation, n);
}

constexpr int MaxNameLength = 100;

// Reads the presets of a JSON document: {"schema": N, "presets": [...]} or a plain array (schema
// 0). Rejected presets are listed; `schema` is set to the document's.
bool parseDocument(const QByteArray &data, QList<Preset> *presets, QStringList *rejected, int *schema, QString *error,
    QJsonArray *rejectedValues = nullptr)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    QJsonArray array;
    if (document.isArray()) {
        *schema = 0;
        array = document.array();
    } else {
        const QJsonObject root = document.object();
        *schema = root.value(u"schema"_s).toInt(-1);
        if (*schema < 1 || !root.value(u"presets"_s).isArray()) {
            *error = tr("not a PurgeDesk presets file (no \"schema\" and \"presets\")");
            return false;
        }
        if (*schema > PresetStore::SchemaVersion)
            return true;
        array = root.value(u"presets"_s).toArray();
    }
    for (int i = 0; i < array.size(); ++i) {
        Preset preset;
        QString problem;
        if (!array.at(i).isObject()) {
            problem = tr("not a JSON object");
        } else if (Preset::fromJson(array.at(i).toObject(), &preset, &problem)) {
            presets->append(preset);
            continue;
        }
        if (rejectedValues)
            rejectedValues->append(array.at(i));
        const QString name = array.at(i).toObject().value(u"name"_s).toString();
        rejected->append(name.isEmpty()
                ? tr("preset %1: %2").arg(i + 1).arg(problem)
                : tr("preset %1 (\u201c%2\u201d): %3").arg(QString::number(i + 1), name, problem));
    }
    return true;
}

QByteArray document(const QList<Preset> &presets, const QJsonArray &unreadable = {})
{
    QJsonArray array;
    for (const Preset &preset : presets)
        array.append(preset.toJson());
    for (const auto &value : unreadable)
        array.append(value);
    return QJsonDocument(QJsonObject {{u"schema"_s, PresetStore::SchemaVersion}, {u"presets"_s, array}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

QJsonObject Preset::toJson() const
{
    QJsonObject object {
        {u"name"_s, name},
        {u"profile"_s, profile},
        {u"zone"_s, QJsonObject {{u"id"_s, zoneId}, {u"name"_s, zoneName}}},
        {u"mode"_s, Purge::toName(mode)},
        {u"action"_s, Purge::toName(action)},
        {u"items"_s, QJsonArray::fromStringList(items)},
    };
    if (!note.isEmpty())
        object.insert(u"note"_s, note);
    if (!moreZones.isEmpty()) {
        QJsonArray zones;
        for (const Zone &zone : moreZones)
            zones.append(QJsonObject {{u"id"_s, zone.id}, {u"name"_s, zone.name}});
        object.insert(u"more_zones"_s, zones);
    }
    return object;
}

QString Preset::zoneLabel() const
{
    const QString first = zoneName.isEmpty() ? zoneId : zoneName;
    return moreZones.isEmpty() ? first : tr("%1 + %n zone(s)", nullptr, int(moreZones.size())).arg(first);
}

bool Preset::fromJson(const QJsonObject &object, Preset *preset, QString *problem)
{
    Preset result;
    const auto text = [&object](const char *key, QString *value) {
        const QJsonValue field = object.value(QLatin1String(key));
        if (field.isUndefined() || field.isNull())
            return true;
        if (!field.isString())
            return false;
        *value = field.toString().trimmed();
        return true;
    };
    if (!text("name", &result.name) || result.name.isEmpty()) {
        *problem = tr("it has no name");
        return false;
    }
    if (result.name.size() > MaxNameLength) {
        *problem = tr("its name is longer than %1 characters").arg(MaxNameLength);
        return false;
    }
    if (!text("profile", &result.profile) || !text("note", &result.note)) {
        *problem = tr("\"profile\" and \"note\" must be text");
        return false;
    }
    static const QRegularExpression zoneIdPattern(u"^[0-9a-f]{32}$"_s);
    // A zone as {"id", "name"}, or (in a hand-written file) its name or ID as text.
    const auto readZone = [problem](const QJsonValue &zone, Zone *out) {
        if (zone.isString()) {
            const QString value = zone.toString().trimmed();
            (zoneIdPattern.match(value).hasMatch() ? out->id : out->name) = value;
        } else {
            out->id = zone.toObject().value(u"id"_s).toString().trimmed();
            out->name = zone.toObject().value(u"name"_s).toString().trimmed();
        }
        if (out->id.isEmpty() && out->name.isEmpty()) {
            *problem = tr("it names no zone");
            return false;
        }
        if (!out->id.isEmpty() && !zoneIdPattern.match(out->id).hasMatch()) {
            *problem = tr("the zone ID \"%1\" is not 32 hexadecimal characters").arg(out->id);
            return false;
        }
        return true;
    };
    Zone first;
    if (!readZone(object.value(u"zone"_s), &first))
        return false;
    result.zoneId = first.id;
    result.zoneName = first.name;
    const QJsonValue more = object.value(u"more_zones"_s);
    if (!more.isUndefined() && !more.isNull() && !more.isArray()) {
        *problem = tr("\"more_zones\" must be a list of zones");
        return false;
    }
    for (const QJsonValue zone : more.toArray()) {
        Zone other;
        if (!readZone(zone, &other))
            return false;
        result.moreZones.append(other);
    }
    QString action = Purge::toName(result.action); // the defaults: files, purge
    if (!text("action", &action) || !Purge::fromName(action, &result.action)) {
        *problem = tr("the action must be one of %1").arg(Purge::allNames<Purge::PurgeAction>().join(u", "_s));
        return false;
    }
    QString mode = Purge::toName(result.mode);
    if (!text("mode", &mode) || !Purge::fromName(mode, &result.mode)) {
        *problem = tr("the mode must be purge or invalidate");
        return false;
    }
    const QJsonValue items = object.value(u"items"_s);
    if (!items.isUndefined() && !items.isArray()) {
        *problem = tr("\"items\" must be a list of text lines");
        return false;
    }
    for (const QJsonValue item : items.toArray()) {
        if (!item.isString()) {
            *problem = tr("\"items\" must be a list of text lines");
            return false;
        }
        if (!item.toString().trimmed().isEmpty())
            result.items.append(item.toString().trimmed());
    }
    if (result.action == Purge::PurgeAction::Everything && !result.items.isEmpty()) {
        *problem = tr("a purge of everything takes no items");
        return false;
    }
    if (result.action != Purge::PurgeAction::Everything && result.items.isEmpty()) {
        *problem = tr("it has no items to purge");
        return false;
    }
    *preset = result;
    return true;
}

Purge::PurgeOrder Preset::order() const
{
    Purge::PurgeOrder order;
    order.profile = profile;
    order.zone = zoneId.isEmpty() ? zoneName : zoneId;
    order.zoneName = zoneName;
    for (const Zone &zone : moreZones)
        order.moreZones << (zone.id.isEmpty() ? zone.name : zone.id);
    order.mode = mode;
    order.action = action;
    order.lines = items;
    order.source = Purge::RunSource::ofPreset(name);
    return order;
}

bool Preset::operator==(const Preset &other) const
{
    return name == other.name && profile == other.profile && zoneId == other.zoneId && zoneName == other.zoneName
        && moreZones == other.moreZones && mode == other.mode && action == other.action && items == other.items
        && note == other.note;
}

ImportResult readPresetFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    ImportResult result = readPresetData(file.readAll());
    if (!result.error.isEmpty())
        result.error = tr("%1 is %2.").arg(path, result.error);
    return result;
}

ImportResult readPresetData(const QByteArray &data)
{
    ImportResult result;
    int schema = 0;
    QString error;
    if (!parseDocument(data, &result.presets, &result.rejected, &schema, &error)) {
        result.error = error;
    } else if (schema > PresetStore::SchemaVersion) {
        result.presets.clear();
        result.error = tr("from a newer PurgeDesk (format %1)").arg(schema);
    }
    return result;
}

namespace {

bool writeDocument(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.commit()) {
        *error = tr("The presets could not be written to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool writePresetFile(const QString &path, const QList<Preset> &presets, QString *error)
{
    return writeDocument(path, document(presets), error);
}

QList<Preset> movedBefore(const QList<Preset> &presets, const QStringList &names, int row)
{
    QList<Preset> moved;
    QList<Preset> others;
    int insertAt = 0;
    for (int i = 0; i < presets.size(); ++i) {
        const bool dragged = names.contains(presets.at(i).name);
        (dragged ? moved : others) << presets.at(i);
        if (!dragged && (row < 0 || i < row))
            insertAt = int(others.size());
    }
    QList<Preset> after = others;
    for (int i = 0; i < moved.size(); ++i)
        after.insert(insertAt + i, moved.at(i));
    return after;
}

QStringList presetItems(const QString &text)
{
    QStringList items;
    for (const QString &line : text.split(u'\n')) {
        const QString item = line.trimmed();
        if (!item.isEmpty() && !item.startsWith(u'#'))
            items << item;
    }
    return items;
}

PresetStore::PresetStore(const QString &path)
    : m_path(path)
{ }

QString PresetStore::defaultPath()
{
    return configFilePath(u"presets.json"_s);
}

bool PresetStore::load(QString *message)
{
    m_presets.clear();
    m_indexed = false;
    m_unreadable = {};
    m_readOnly = false;
    m_migrated = false;
    m_fileContent.clear();
    QByteArray data;
    QString error;
    switch (readWholeFile(m_path, &data, &error)) {
    case FileRead::Missing:
        return true;
    case FileRead::Unreadable:
        *message = tr("The presets file %1 cannot be read: %2").arg(m_path, error);
        m_readOnly = true;
        return false;
    case FileRead::Read:
        m_fileContent = data;
        break;
    }
    QList<Preset> presets;
    QStringList rejected;
    QJsonArray unreadable;
    int schema = 0;
    QString problem;
    if (parseDocument(data, &presets, &rejected, &schema, &problem, &unreadable) && schema > SchemaVersion) {
        *message = tr("The presets file was written by a newer PurgeDesk (format %1); it is left untouched and "
                      "cannot be changed by this version.")
                       .arg(schema);
        m_readOnly = true;
        return false;
    }
    if (problem.isEmpty() && !rejected.isEmpty()) {
        // One bad preset hides none of the others; it stays in the file as it is (every save
        // writes it back) until someone fixes or removes it there.
        m_presets = presets;
        m_unreadable = unreadable;
        m_migrated = schema < SchemaVersion;
        *message = (rejected.size() == 1 ? tr("1 preset in %1 cannot be read and is kept in the file as it is: %2. "
                                              "The other presets are shown; fix or remove that one in the file.")
                                         : tr("%3 presets in %1 cannot be read and are kept in the file as they are: "
                                              "%2. The other presets are shown; fix or remove those in the file."))
                       .arg(QDir::toNativeSeparators(m_path), rejected.join(u"; "_s))
                       .arg(rejected.size());
        qCWarning(lcApp).noquote() << *message;
        return true;
    }
    if (!problem.isEmpty()) {
        const QString aside = moveAside(m_path);
        if (aside.isEmpty()) {
            *message = tr("The presets file %1 is damaged (%2) and could not be moved aside; it is left as it is.")
                           .arg(m_path, problem);
            m_readOnly = true;
            return false;
        }
        m_fileContent.clear();
        *message = tr("The presets file was damaged (%1). It was moved to %2 and PurgeDesk starts with no presets.")
                       .arg(problem, aside);
        qCWarning(lcApp).noquote() << *message;
        return true;
    }
    m_presets = presets;
    m_migrated = schema < SchemaVersion;
    return true;
}

bool PresetStore::save(QString *error)
{
    if (m_readOnly) {
        *error = tr("The presets file cannot be changed by this version of PurgeDesk.");
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QByteArray data = document(m_presets, m_unreadable);
    if (!writeDocument(m_path, data, error))
        return false;
    m_fileContent = data;
    return true;
}

QString PresetStore::nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

int PresetStore::indexOf(const QString &name) const
{
    // An index, not a scan: importing 20,000 presets looks each name up (and its "Name (2)").
    if (!m_indexed) {
        m_index.clear();
        for (int i = int(m_presets.size()) - 1; i >= 0; --i) // a repeated name: the first one counts
            m_index.insert(nameKey(m_presets.at(i).name), i);
        m_indexed = true;
    }
    return m_index.value(nameKey(name), -1);
}

void PresetStore::setPresets(const QList<Preset> &presets)
{
    m_presets = presets;
    m_indexed = false;
}

const Preset *PresetStore::find(const QString &name) const
{
    const int index = indexOf(name);
    return index < 0 ? nullptr : &m_presets.at(index);
}

bool PresetStore::put(const Preset &preset, bool replace, QString *error)
{
    QString problem;
    Preset checked;
    if (!Preset::fromJson(preset.toJson(), &checked, &problem)) {
        *error = tr("The preset cannot be saved: %1.").arg(problem);
        return false;
    }
    const int index = indexOf(checked.name);
    if (index >= 0 && !replace) {
        *error = tr("There is already a preset named \u201c%1\u201d.").arg(m_presets.at(index).name);
        return false;
    }
    if (index >= 0) {
        m_presets[index] = checked; // the same name, so the index holds
    } else {
        m_presets.append(checked);
        if (m_indexed)
            m_index.insert(nameKey(checked.name), int(m_presets.size()) - 1);
    }
    return true;
}

bool PresetStore::remove(const QString &name)
{
    const int index = indexOf(name);
    if (index < 0)
        return false;
    m_presets.removeAt(index);
    m_indexed = false;
    return true;
}

bool PresetStore::rename(const QString &from, const QString &to, QString *error)
{
    const int index = indexOf(from);
    const QString name = to.trimmed();
    if (index < 0) {
        *error = tr("There is no preset named \u201c%1\u201d.").arg(from);
        return false;
    }
    if (name.isEmpty() || name.size() > MaxNameLength) {
        *error = tr("A preset's name must be 1 to %1 characters.").arg(MaxNameLength);
        return false;
    }
    const int other = indexOf(name);
    if (other >= 0 && other != index) {
        *error = tr("There is already a preset named \u201c%1\u201d.").arg(m_presets.at(other).name);
        return false;
    }
    m_presets[index].name = name;
    m_indexed = false;
    return true;
}

int PresetStore::renameAccount(const QString &from, const QString &to)
{
    int count = 0;
    for (Preset &preset : m_presets) {
        if (preset.profile == from && from != to) {
            preset.profile = to;
            ++count;
        }
    }
    return count;
}

bool PresetStore::move(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_presets.size() || to >= m_presets.size())
        return false;
    m_presets.move(from, to);
    m_indexed = false;
    return true;
}

QString PresetStore::freeName(const QString &name) const
{
    if (indexOf(name) < 0)
        return name;
    for (int n = 2;; ++n) {
        QString candidate = u"%1 (%2)"_s.arg(name).arg(n);
        if (indexOf(candidate) < 0)
            return candidate;
    }
}

} // namespace PurgeDesk::Presets
