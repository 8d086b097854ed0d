// A presets file (imported, or presets.json itself) and the accounts in profiles.json.
#include "accounts/profile.h"
#include "fuzzsupport.h"
#include "presets/presetstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace PurgeDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray input = Fuzz::bytes(data, size);
    const Presets::ImportResult result = Presets::readPresetData(input);
    for (const Presets::Preset &preset : result.presets) {
        // What was accepted survives a round trip unchanged.
        Presets::Preset again;
        QString problem;
        if (!Presets::Preset::fromJson(preset.toJson(), &again, &problem) || !(again == preset))
            __builtin_trap();
        (void)Presets::presetItems(preset.items.join(QLatin1Char('\n')));
    }
    const QJsonDocument document = QJsonDocument::fromJson(input);
    const QJsonArray profiles = document.isArray() ? document.array() : document.object().value(u"profiles").toArray();
    for (const QJsonValue &value : profiles) {
        Profile profile;
        QString error;
        if (Profile::fromJson(value.toObject(), &profile, &error))
            (void)profile.toJson();
    }
    return 0;
}
