#include "listtools.h"

#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>

namespace PurgeDesk::Gui::ListTools {

namespace {
// The translation context of these words.
struct ListText
{
    Q_DECLARE_TR_FUNCTIONS(PurgeDesk::ListText)
};
} // namespace

void replaceText(QPlainTextEdit *editor, const QString &text)
{
    QTextCursor cursor(editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
}

void appendLines(QPlainTextEdit *editor, const QStringList &lines)
{
    QTextCursor cursor(editor->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    if (!editor->document()->isEmpty() && !editor->document()->lastBlock().text().isEmpty())
        cursor.insertText(QStringLiteral("\n"));
    cursor.insertText(lines.join(u'\n'));
    cursor.endEditBlock();
}

QString CleanUp::summary() const
{
    if (!changed)
        return ListText::tr("The list is already clean.");
    // Only what happened: "1 duplicate line and 2 blank lines removed, 1 line trimmed".
    QStringList removed;
    if (duplicates)
        removed << ListText::tr("%Ln duplicate line(s)", nullptr, duplicates);
    if (blanks)
        removed << ListText::tr("%Ln blank line(s)", nullptr, blanks);
    QStringList parts;
    if (!removed.isEmpty())
        parts << ListText::tr("%1 removed").arg(removed.join(ListText::tr(" and ")));
    if (trimmed)
        parts << ListText::tr("%Ln line(s) trimmed", nullptr, trimmed);
    return ListText::tr("Cleaned up: %1. Undo (Ctrl+Z) brings the list back.").arg(parts.join(QStringLiteral(", ")));
}

CleanUp cleanUp(QPlainTextEdit *editor)
{
    const QStringList lines = editor->toPlainText().split(u'\n');
    QStringList kept;
    kept.reserve(lines.size());
    QSet<QString> seen;
    CleanUp result;
    for (const QString &line : lines) {
        const QString clean = line.trimmed();
        if (clean.isEmpty()) {
            ++result.blanks;
            continue;
        }
        if (clean != line)
            ++result.trimmed;
        if (seen.contains(clean)) {
            ++result.duplicates;
            continue;
        }
        seen.insert(clean);
        kept.append(clean);
    }
    // One empty last line (a final newline) is not worth a clean-up of its own.
    const bool onlyFinalNewline = result.blanks == 1 && lines.constLast().isEmpty();
    result.changed = result.trimmed || result.duplicates || (result.blanks && !onlyFinalNewline);
    if (result.changed)
        replaceText(editor, kept.join(u'\n'));
    return result;
}

} // namespace PurgeDesk::Gui::ListTools
