#include "messagebox.h"

#include <QCheckBox>
#include <QLoggingCategory>
#include <QPushButton>

namespace PurgeDesk::Gui {

namespace {

struct NextAnswer
{
    QString button;
    bool checked = false;
};

QList<NextAnswer> &nextAnswers()
{
    static QList<NextAnswer> answers;
    return answers;
}

QStringList &asked()
{
    static QStringList texts;
    return texts;
}

bool &testMode()
{
    static bool on = false;
    return on;
}

int escapeIndex(const MessageBox::Question &question)
{
    if (question.escapeButton >= 0)
        return question.escapeButton;
    for (qsizetype i = question.buttons.size() - 1; i >= 0; --i) {
        if (question.buttons.at(i).role == QMessageBox::RejectRole)
            return int(i);
    }
    return -1;
}

} // namespace

MessageBox::Answer MessageBox::ask(QWidget *parent, const Question &question)
{
    asked().append(question.text);
    if (!nextAnswers().isEmpty()) {
        const NextAnswer next = nextAnswers().takeFirst();
        for (qsizetype i = 0; i < question.buttons.size(); ++i) {
            if (question.buttons.at(i).text == next.button)
                return {int(i), next.checked};
        }
        qCritical("MessageBox: the prepared answer \"%s\" is not a button of \"%s\"", qPrintable(next.button),
            qPrintable(question.text));
        return {escapeIndex(question), false};
    }
    if (testMode())
        return {escapeIndex(question), false};

    QMessageBox box(question.icon, question.title, question.text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    if (!question.informative.isEmpty())
        box.setInformativeText(question.informative);
    QList<QPushButton *> buttons;
    for (const Button &button : question.buttons)
        buttons << box.addButton(button.text, button.role);
    if (question.defaultButton >= 0 && question.defaultButton < buttons.size())
        box.setDefaultButton(buttons.at(question.defaultButton));
    const int escape = escapeIndex(question);
    if (escape >= 0)
        box.setEscapeButton(buttons.at(escape));
    QCheckBox *check = nullptr;
    if (!question.checkBox.isEmpty()) {
        check = new QCheckBox(question.checkBox, &box);
        box.setCheckBox(check);
    }
    box.exec();
    return {int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton()))), check && check->isChecked()};
}

bool MessageBox::confirm(
    QWidget *parent, const QString &title, const QString &text, const QString &yesText, const QString &noText)
{
    Question question;
    question.title = title;
    question.text = text;
    question.buttons = {{yesText, QMessageBox::AcceptRole}, {noText, QMessageBox::RejectRole}};
    question.defaultButton = 1;
    return ask(parent, question).button == 0;
}

void MessageBox::inform(
    QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text, const QString &informative)
{
    Question question;
    question.icon = icon;
    question.title = title;
    question.text = text;
    question.informative = informative;
    question.buttons = {{QMessageBox::tr("OK"), QMessageBox::AcceptRole}};
    question.escapeButton = 0;
    ask(parent, question);
}

void MessageBox::setNextAnswer(const QString &buttonText, bool checked)
{
    nextAnswers().append({buttonText, checked});
}

void MessageBox::setTestMode(bool on)
{
    testMode() = on;
}

QStringList MessageBox::takeAsked()
{
    return std::exchange(asked(), {});
}

} // namespace PurgeDesk::Gui
