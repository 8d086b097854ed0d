#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace PurgeDesk::Gui {

// Every question the window asks the user goes through here, so a test can give the answer ahead of
// time (as KeePassXC's MessageBox::setNextAnswer does) instead of racing a timer to click a box.
class MessageBox final
{
public:
    struct Button
    {
        QString text;
        QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
    };
    struct Answer
    {
        int button = -1; // index into the buttons; -1: closed without choosing
        bool checked = false; // the check box, when there is one
    };
    struct Question
    {
        QMessageBox::Icon icon = QMessageBox::Question;
        QString title;
        QString text;
        QString informative;
        QList<Button> buttons;
        int defaultButton = 0;
        int escapeButton = -1; // the button Escape chooses (-1: the last with RejectRole)
        QString checkBox; // a "do the same for the others" box, when not empty
    };

    // Asks and waits for the answer (application modal to `parent`'s window).
    static Answer ask(QWidget *parent, const Question &question);
    // Yes/No with verbs for buttons; the safe choice (`noText`) is the default.
    static bool confirm(
        QWidget *parent, const QString &title, const QString &text, const QString &yesText, const QString &noText);
    // A message with one OK button.
    static void inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
        const QString &informative = {});

    // Tests: the next question is answered with the button of this text (and the check box) without
    // showing anything. Answers are used in order.
    static void setNextAnswer(const QString &buttonText, bool checked = false);
    // Tests: a question with no answer given is answered with Escape's button instead of waiting,
    // so a test never hangs on an unexpected question; it is still listed in asked().
    static void setTestMode(bool on);
    // Tests: the text of every question asked since the last call, and forget them.
    static QStringList takeAsked();
};

} // namespace PurgeDesk::Gui
