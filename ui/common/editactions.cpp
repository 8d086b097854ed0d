#include "editactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QTimer>

namespace PurgeDesk::Gui {

namespace {

struct EditState
{
    bool undo = false;
    bool redo = false;
    bool cut = false;
    bool copy = false;
    bool paste = false;
    bool selectAll = false;
};

bool clipboardHasText()
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    return clipboard && !clipboard->text().isEmpty();
}

// QPlainTextEdit and QTextEdit share this interface without sharing a base class.
template<typename Edit>
EditState documentEditState(const Edit *edit)
{
    EditState state;
    state.undo = !edit->isReadOnly() && edit->document()->isUndoAvailable();
    state.redo = !edit->isReadOnly() && edit->document()->isRedoAvailable();
    state.copy = edit->textCursor().hasSelection();
    state.cut = state.copy && !edit->isReadOnly();
    state.paste = !edit->isReadOnly() && clipboardHasText();
    state.selectAll = !edit->document()->isEmpty();
    return state;
}

EditState stateOf(const QWidget *widget)
{
    EditState state;
    if (const auto *line = qobject_cast<const QLineEdit *>(widget)) {
        const bool visibleText = line->echoMode() == QLineEdit::Normal;
        state.undo = !line->isReadOnly() && line->isUndoAvailable();
        state.redo = !line->isReadOnly() && line->isRedoAvailable();
        state.copy = visibleText && line->hasSelectedText();
        state.cut = state.copy && !line->isReadOnly();
        state.paste = !line->isReadOnly() && clipboardHasText();
        state.selectAll = !line->text().isEmpty();
    } else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget)) {
        state = documentEditState(plain);
    } else if (const auto *rich = qobject_cast<const QTextEdit *>(widget)) {
        state = documentEditState(rich);
    }
    return state;
}

bool isTextWidget(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QTextEdit *>(widget);
}

} // namespace

EditActions::EditActions(const Actions &actions, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
{
    connect(m_actions.undo, &QAction::triggered, this, [this] { invoke("undo"); });
    connect(m_actions.redo, &QAction::triggered, this, [this] { invoke("redo"); });
    connect(m_actions.cut, &QAction::triggered, this, [this] { invoke("cut"); });
    connect(m_actions.copy, &QAction::triggered, this, [this] { invoke("copy"); });
    connect(m_actions.paste, &QAction::triggered, this, [this] { invoke("paste"); });
    connect(m_actions.selectAll, &QAction::triggered, this, [this] { invoke("selectAll"); });
    for (QAction *action :
        {m_actions.undo, m_actions.redo, m_actions.cut, m_actions.copy, m_actions.paste, m_actions.selectAll})
        connect(action, &QObject::destroyed, this, [this] { m_actionsAlive = false; });

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        // No focus widget means the window lost activation (a popup, another app): keep the target.
        if (now)
            setTarget(isTextWidget(now) ? now : nullptr);
        update();
    });
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &EditActions::update);
    update();
}

EditActions::~EditActions() = default;

void EditActions::setTarget(QWidget *widget)
{
    if (m_target == widget)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_targetConnections))
        disconnect(connection);
    m_targetConnections.clear();
    m_target = widget;

    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        m_targetConnections << connect(line, &QLineEdit::selectionChanged, this, &EditActions::update)
                            << connect(line, &QLineEdit::textChanged, this, &EditActions::update);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        m_targetConnections << connect(plain, &QPlainTextEdit::selectionChanged, this, &EditActions::update)
                            << connect(plain, &QPlainTextEdit::textChanged, this, &EditActions::update);
    } else if (auto *rich = qobject_cast<QTextEdit *>(widget)) {
        m_targetConnections << connect(rich, &QTextEdit::selectionChanged, this, &EditActions::update)
                            << connect(rich, &QTextEdit::textChanged, this, &EditActions::update);
    }
    if (widget)
        m_targetConnections << connect(widget, &QObject::destroyed, this, [this] { setTarget(nullptr); });
}

void EditActions::update()
{
    if (!m_actionsAlive)
        return;
    const EditState state = stateOf(m_target);
    m_actions.undo->setEnabled(state.undo);
    m_actions.redo->setEnabled(state.redo);
    m_actions.cut->setEnabled(state.cut);
    m_actions.copy->setEnabled(state.copy);
    m_actions.paste->setEnabled(state.paste);
    m_actions.selectAll->setEnabled(state.selectAll);
}

void EditActions::invoke(const char *slot)
{
    if (!m_target)
        return;
    QMetaObject::invokeMethod(m_target, slot);
    update();
}

void showDoneOnButton(QPushButton *button, const QString &done, const QString &label)
{
    // A second click within the two seconds starts them again; only the last timer restores.
    const int generation = button->property("doneGeneration").toInt() + 1;
    button->setProperty("doneGeneration", generation);
    if (generation == 1)
        button->setProperty("doneMinimumWidth", button->minimumWidth());
    // As wide as it is now, or as the longer text needs (a translation's "Copied" may be longer).
    button->setText(label);
    int width = qMax(button->width(), button->sizeHint().width());
    button->setText(done);
    width = qMax(width, button->sizeHint().width());
    button->setMinimumWidth(qMax(button->minimumWidth(), width));
    QTimer::singleShot(2000, button, [button, label, generation] {
        if (button->property("doneGeneration").toInt() != generation)
            return;
        button->setText(label);
        button->setMinimumWidth(button->property("doneMinimumWidth").toInt());
        button->setProperty("doneGeneration", 0);
    });
}

} // namespace PurgeDesk::Gui
