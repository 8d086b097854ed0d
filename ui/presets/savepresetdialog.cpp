#include "savepresetdialog.h"

#include "ui_savepresetdialog.h"

#include "presettexts.h"
#include "ui/common/messagebox.h"

#include <QPushButton>

namespace PurgeDesk::Gui {

namespace {

QList<std::optional<SavePresetDialog::Answer>> &nextAnswers()
{
    static QList<std::optional<SavePresetDialog::Answer>> answers;
    return answers;
}

bool &testMode()
{
    static bool on = false;
    return on;
}

} // namespace

SavePresetDialog::SavePresetDialog(const QString &summary, const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::SavePresetDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("presetSaveDialog"));
    m_ui->presetSaveSummary->setText(summary);
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    connect(m_ui->presetName, &QLineEdit::textChanged, save,
        [save](const QString &text) { save->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->presetName->setText(suggestedName);
    m_ui->presetName->selectAll();
    save->setEnabled(!suggestedName.trimmed().isEmpty());
}

SavePresetDialog::~SavePresetDialog() = default;

QString SavePresetDialog::summary() const
{
    return m_ui->presetSaveSummary->text();
}

std::optional<SavePresetDialog::Answer> SavePresetDialog::ask(
    const Presets::PresetStore &store, const Presets::Preset &preset)
{
    while (std::optional<Answer> answer = next()) {
        const Presets::Preset *existing = store.find(answer->name);
        if (!existing)
            return answer;
        Presets::Preset replacement = preset;
        replacement.name = answer->name;
        replacement.note = answer->note;
        MessageBox::Question question;
        question.title = windowTitle();
        question.text = tr("There is already a preset named %1.").arg(PresetText::quoted(existing->name));
        question.informative = tr("It holds: %1.\nReplace it with: %2?")
                                   .arg(PresetText::describe(*existing), PresetText::describe(replacement));
        question.buttons = {{tr("Replace"), QMessageBox::DestructiveRole}, {tr("Cancel"), QMessageBox::RejectRole}};
        question.defaultButton = 1;
        if (MessageBox::ask(parentWidget(), question).button == 0) {
            answer->replacing = true;
            return answer;
        }
    }
    return std::nullopt;
}

std::optional<SavePresetDialog::Answer> SavePresetDialog::next()
{
    if (!nextAnswers().isEmpty()) {
        const std::optional<Answer> answer = nextAnswers().takeFirst();
        if (answer) { // left in the fields, as a user would have typed it
            m_ui->presetName->setText(answer->name);
            m_ui->presetNote->setText(answer->note);
        }
        if (!answer || answer->name.trimmed().isEmpty())
            return std::nullopt;
    } else if (testMode() || exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return Answer {m_ui->presetName->text().trimmed(), m_ui->presetNote->text().trimmed(), false};
}

void SavePresetDialog::setNextAnswer(const QString &name, const QString &note)
{
    nextAnswers().append(Answer {name, note, false});
}

void SavePresetDialog::setNextCancel()
{
    nextAnswers().append(std::nullopt);
}

void SavePresetDialog::setTestMode(bool on)
{
    testMode() = on;
}

} // namespace PurgeDesk::Gui
