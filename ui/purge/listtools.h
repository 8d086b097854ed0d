#pragma once

#include <QString>
#include <QStringList>

class QPlainTextEdit;

// Edits of the whole list that the user can take back with one Ctrl+Z.
namespace PurgeDesk::Gui::ListTools {

// Replaces the editor's text.
void replaceText(QPlainTextEdit *editor, const QString &text);
// Adds lines after the last one.
void appendLines(QPlainTextEdit *editor, const QStringList &lines);

struct CleanUp
{
    int duplicates = 0;
    int blanks = 0;
    int trimmed = 0;
    bool changed = false;
    QString summary() const; // "Cleaned up: 1 duplicate line and 2 blank lines removed, ..."
};
// Trims every line and removes duplicates and blank lines.
CleanUp cleanUp(QPlainTextEdit *editor);

} // namespace PurgeDesk::Gui::ListTools
