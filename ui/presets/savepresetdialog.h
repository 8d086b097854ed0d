#pragma once

#include "presets/presetstore.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SavePresetDialog;
}

namespace PurgeDesk::Gui {

// Presets > Save Current as Preset: what the form holds (the summary), a name (a free one suggested)
// and an optional note. Save is off while the name is blank; a name in use asks before replacing.
// Tests give the next answer ahead of time.
class SavePresetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavePresetDialog)

public:
    struct Answer
    {
        QString name; // trimmed
        QString note; // trimmed
        bool replacing = false; // a saved preset has the name, and the user said to replace it
    };

    SavePresetDialog(const QString &summary, const QString &suggestedName, QWidget *parent = nullptr);
    ~SavePresetDialog() override;

    QString summary() const;
    // Asks for the name and note of `preset` until they can be saved in `store`: a name a saved
    // preset has asks whether to replace it, and back to the name, as typed, when not. Nothing when
    // cancelled.
    std::optional<Answer> ask(const Presets::PresetStore &store, const Presets::Preset &preset);

    // Tests: the next ask() answers with this name and note without showing anything. Answers are
    // used in order.
    static void setNextAnswer(const QString &name, const QString &note = {});
    // Tests: the next ask() is cancelled.
    static void setNextCancel();
    // Tests: an ask() with no answer given is cancelled instead of waiting for a user.
    static void setTestMode(bool on);

private:
    // One answer: the next one given by a test, else the user's.
    std::optional<Answer> next();

    std::unique_ptr<::Ui::SavePresetDialog> m_ui;
};

} // namespace PurgeDesk::Gui
