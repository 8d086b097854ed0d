#include "filedialog.h"

#include "storage/appfiles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

namespace {

const QString kLastFolderKey = u"FileDialog/lastFolder"_s;

std::optional<QString> &nextFileName()
{
    static std::optional<QString> path;
    return path;
}

QString remember(const QString &path)
{
    if (!path.isEmpty())
        appSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace

QString FileDialog::startFolder()
{
    QString last = appSettings().value(kLastFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    // Documents where there is such a folder (a fresh account or a server's may have none).
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString FileDialog::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (nextFileName())
        return remember(*std::exchange(nextFileName(), std::nullopt));
    return remember(QFileDialog::getOpenFileName(parent, title, startFolder(), filter));
}

QString FileDialog::saveFileName(
    QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter)
{
    if (nextFileName())
        return remember(*std::exchange(nextFileName(), std::nullopt));
    return remember(QFileDialog::getSaveFileName(parent, title, QDir(startFolder()).filePath(suggestedName), filter));
}

void FileDialog::setNextFileName(const QString &path)
{
    nextFileName() = path;
}

} // namespace PurgeDesk::Gui
