#pragma once

#include <QString>

class QWidget;

namespace PurgeDesk::Gui {

// The window's file choosers, with a seam for tests (the next path is given ahead of time instead
// of a dialog being shown) and the folder last used remembered (else Documents, else the home folder).
class FileDialog final
{
public:
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    static QString saveFileName(
        QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter);

    // Where a chooser opens: the folder last used, else Documents if there is one, else home.
    static QString startFolder();

    // Tests: the next chooser answers with `path` (empty: as if cancelled) without showing anything.
    static void setNextFileName(const QString &path);
};

} // namespace PurgeDesk::Gui
