#include "purgeenums.h"

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Purge {

namespace {
const QString kPresetPrefix = u"preset:"_s;
}

QList<QString> Names::of(const QMetaEnum &meta)
{
    QList<QString> names;
    names.reserve(meta.keyCount());
    for (int i = 0; i < meta.keyCount(); ++i) {
        Q_ASSERT(meta.value(i) == i);
        const QLatin1StringView key(meta.key(i));
        QString name;
        for (qsizetype c = 0; c < key.size(); ++c) {
            const QChar ch = key.at(c);
            if (ch.isUpper() && c > 0)
                name += u'_';
            name += ch.toLower();
        }
        names.append(name);
    }
    return names;
}

QString RunSource::toName() const
{
    switch (kind) {
    case Kind::Gui:
        return u"gui"_s;
    case Kind::Cli:
        return u"cli"_s;
    case Kind::Drone:
        return u"drone"_s;
    case Kind::Preset:
        return kPresetPrefix + detail;
    case Kind::Other:
        return detail;
    }
    return {};
}

RunSource RunSource::fromName(const QString &name)
{
    if (name == u"gui"_s)
        return gui();
    if (name == u"cli"_s)
        return cli();
    if (name == u"drone"_s)
        return drone();
    if (name.startsWith(kPresetPrefix))
        return ofPreset(name.sliced(kPresetPrefix.size()));
    return {Kind::Other, name};
}

} // namespace PurgeDesk::Purge
