#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

class QAction;
class QPushButton;
class QWidget;

namespace PurgeDesk::Gui {

// Drives the Edit menu's standard actions (undo, redo, cut, copy, paste, select all) against
// whichever text field has the keyboard focus, and keeps their enabled state truthful.
class EditActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditActions)

public:
    struct Actions
    {
        QAction *undo = nullptr;
        QAction *redo = nullptr;
        QAction *cut = nullptr;
        QAction *copy = nullptr;
        QAction *paste = nullptr;
        QAction *selectAll = nullptr;
    };

    EditActions(const Actions &actions, QObject *parent = nullptr);
    ~EditActions() override;

    // Recomputes which actions apply to the focused widget.
    void update();

private:
    void setTarget(QWidget *widget);
    void invoke(const char *slot);

    Actions m_actions;
    QPointer<QWidget> m_target;
    QList<QMetaObject::Connection> m_targetConnections;
    // False once one of the actions is gone (the window is being destroyed; focus still moves).
    bool m_actionsAlive = true;
};

// Says on `button` for two seconds that its job is done (`done`, "Copied"), then shows `label`
// again. Meanwhile the button keeps the width of the wider text, so the buttons beside it never
// move under the pointer.
void showDoneOnButton(QPushButton *button, const QString &done, const QString &label);

} // namespace PurgeDesk::Gui
