#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace PurgeDesk::Gui {

// The Presets panel's small input questions (a preset's new name, the account imported presets
// use), with a seam for tests as MessageBox has: the next answer is given ahead of time instead of a
// dialog being shown.
class PresetPrompt final
{
public:
    // A line of text, starting from `text`; nothing when cancelled.
    static std::optional<QString> text(
        QWidget *parent, const QString &title, const QString &label, const QString &text, const QString &objectName);
    // One of `choices` (its index); nothing when cancelled.
    static std::optional<int> choice(QWidget *parent, const QString &title, const QString &label,
        const QStringList &choices, const QString &objectName);

    // Tests: the next question is answered with this text (for a choice, the text of one of them)
    // without showing anything; with nothing, it is cancelled. Answers are used in order.
    static void setNextAnswer(const std::optional<QString> &answer);
    // Tests: a question with no answer given is cancelled instead of waiting for a user.
    static void setTestMode(bool on);
    // Tests: the label of every question asked since the last call, and forget them.
    static QStringList takeAsked();
};

} // namespace PurgeDesk::Gui
