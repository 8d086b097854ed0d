#include "presetprompt.h"

#include <QInputDialog>
#include <QList>

namespace PurgeDesk::Gui {

namespace {

QList<std::optional<QString>> &nextAnswers()
{
    static QList<std::optional<QString>> answers;
    return answers;
}

QStringList &asked()
{
    static QStringList labels;
    return labels;
}

bool &testMode()
{
    static bool on = false;
    return on;
}

// The prepared answer when there is one (an empty optional inside: cancelled), else nothing.
std::optional<std::optional<QString>> prepared(const QString &label)
{
    asked().append(label);
    if (!nextAnswers().isEmpty())
        return nextAnswers().takeFirst();
    if (testMode())
        return std::optional<QString>();
    return std::nullopt;
}

} // namespace

std::optional<QString> PresetPrompt::text(
    QWidget *parent, const QString &title, const QString &label, const QString &text, const QString &objectName)
{
    if (const auto answer = prepared(label))
        return *answer;
    QInputDialog dialog(parent);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(text);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

std::optional<int> PresetPrompt::choice(
    QWidget *parent, const QString &title, const QString &label, const QStringList &choices, const QString &objectName)
{
    if (const auto answer = prepared(label)) {
        if (!*answer)
            return std::nullopt;
        const int index = int(choices.indexOf(**answer));
        if (index < 0)
            qCritical("PresetPrompt: the prepared answer \"%s\" is not a choice of \"%s\"", qPrintable(**answer),
                qPrintable(label));
        return index < 0 ? std::nullopt : std::optional<int>(index);
    }
    QInputDialog dialog(parent);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(choices);
    dialog.setComboBoxEditable(false);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const int index = int(choices.indexOf(dialog.textValue()));
    return index < 0 ? std::nullopt : std::optional<int>(index);
}

void PresetPrompt::setNextAnswer(const std::optional<QString> &answer)
{
    nextAnswers().append(answer);
}

void PresetPrompt::setTestMode(bool on)
{
    testMode() = on;
}

QStringList PresetPrompt::takeAsked()
{
    return std::exchange(asked(), {});
}

} // namespace PurgeDesk::Gui
