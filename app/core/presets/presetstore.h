#pragma once

#include "purge/purgeorder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace PurgeDesk::Presets {

// A purge people repeat: where, how, what. Never a secret: the account is named, its secret stays
// in the keychain.
struct Preset
{
    QString name;
    QString profile; // a saved account's name; "sandbox"; empty: the environment's credentials (CLI)
    QString zoneId; // 32 hex characters, or empty when only the name is known
    QString zoneName;
    // Further zones of the same account: URLs, hosts and prefixes go to the zone (of all named) they
    // belong to; tags and purge everything go to each. Stored as "more_zones" only when there are some.
    struct Zone
    {
        QString id;
        QString name;
        bool operator==(const Zone &other) const { return id == other.id && name == other.name; }
    };
    QList<Zone> moreZones;
    Purge::PurgeMode mode = Purge::PurgeMode::Purge;
    Purge::PurgeAction action = Purge::PurgeAction::Files;
    QStringList items; // editor lines; none for everything
    QString note;

    QJsonObject toJson() const;
    // Checks every field; false with the reason in `problem`.
    static bool fromJson(const QJsonObject &object, Preset *preset, QString *problem);
    // "example.com", or "example.com + 2 zones" when it has more.
    QString zoneLabel() const;
    // The purge it makes (recorded with the preset as its source).
    Purge::PurgeOrder order() const;
    bool operator==(const Preset &other) const;
};

// What an import file held: the presets that passed, and one line per preset that did not.
struct ImportResult
{
    QList<Preset> presets;
    QStringList rejected; // "preset 3 ("Deploy"): the action must be one of ..."
    QString error; // the file as a whole could not be read
};
ImportResult readPresetFile(const QString &path);
// The same, from a file's content.
ImportResult readPresetData(const QByteArray &data);
// The lines of an editor's list that a preset keeps: trimmed, without blank lines and # comments.
QStringList presetItems(const QString &text);
bool writePresetFile(const QString &path, const QList<Preset> &presets, QString *error);
// The presets with the named ones moved, in their order, to before the one at `row` (to the end when
// -1 or past it): a drag and drop in a list of them. The same list when nothing moves.
QList<Preset> movedBefore(const QList<Preset> &presets, const QStringList &names, int row);

// The saved presets: presets.json in the configuration folder, with a schema version, written
// atomically (QSaveFile). A plain JSON array of presets (schema 0: hand-written files) is read and
// saved in the current format. A preset that cannot be read hides none of the others: it is
// reported and kept in the file as it is (saves write it back). A file that is damaged as a whole
// is moved aside with a message, never silently replaced; one written by a newer PurgeDesk is
// left untouched and read-only.
class PresetStore final
{
public:
    static constexpr int SchemaVersion = 1;

    explicit PresetStore(const QString &path = defaultPath());
    static QString defaultPath();

    bool load(QString *message);
    bool save(QString *error);

    const QList<Preset> &presets() const { return m_presets; }
    // By name, case-insensitively; -1 when there is none.
    int indexOf(const QString &name) const;
    const Preset *find(const QString &name) const;
    // Adds, or replaces the preset with the same name when `replace`; false (with why) otherwise.
    bool put(const Preset &preset, bool replace, QString *error);
    bool remove(const QString &name);
    // Puts back a list these presets came from (an undo); they were checked when first put.
    void setPresets(const QList<Preset> &presets);
    bool rename(const QString &from, const QString &to, QString *error);
    // An account was renamed: the presets that name it follow. Returns how many did.
    int renameAccount(const QString &from, const QString &to);
    bool move(int from, int to);
    // "Deploy (2)", "Deploy (3)", ...: a name no preset has yet.
    QString freeName(const QString &name) const;
    QString path() const { return m_path; }
    // The file was an older format and is rewritten in the current one by the next save.
    bool migrated() const { return m_migrated; }
    // Written by a newer PurgeDesk, or unreadable: shown, never saved.
    bool isReadOnly() const { return m_readOnly; }
    // What the file held when this store last read or wrote it (empty: no file, or one moved aside),
    // so that a watcher can tell its own saves from changes made by another program.
    QByteArray fileContent() const { return m_fileContent; }

private:
    static QString nameKey(const QString &name);

    QString m_path;
    QList<Preset> m_presets;
    QByteArray m_fileContent;
    mutable QHash<QString, int> m_index; // case-folded names to positions, while m_indexed
    mutable bool m_indexed = false;
    QJsonArray m_unreadable; // entries of the file that are not presets, kept as they are
    bool m_readOnly = false;
    bool m_migrated = false;
};

} // namespace PurgeDesk::Presets
