#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "accountsdialog.h"
#include "appinfo.h"
#include "editactions.h"
#include "uiresources.h"

#include <QApplication>
#include <QCloseEvent>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

namespace {
const QString kGeometryKey = u"MainWindow/geometry"_s;
const QString kStateKey = u"MainWindow/state"_s;
const QString kStatusBarKey = u"MainWindow/statusBarVisible"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<::Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(applicationIcon());
    setupActions();
    setupWelcome();
    restoreWindowState();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionUndo->setShortcut(QKeySequence::Undo);
    m_ui->actionRedo->setShortcut(QKeySequence::Redo);
    m_ui->actionCut->setShortcut(QKeySequence::Cut);
    m_ui->actionCopy->setShortcut(QKeySequence::Copy);
    m_ui->actionPaste->setShortcut(QKeySequence::Paste);
    m_ui->actionSelectAll->setShortcut(QKeySequence::SelectAll);
    m_ui->actionFullScreen->setShortcut(QKeySequence::FullScreen);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionShowStatusBar, &QAction::toggled, statusBar(), &QWidget::setVisible);
    connect(m_ui->actionFullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionManageAccounts, &QAction::triggered, this, &MainWindow::showAccounts);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_editActions = new EditActions({m_ui->actionUndo, m_ui->actionRedo, m_ui->actionCut, m_ui->actionCopy,
                                        m_ui->actionPaste, m_ui->actionSelectAll},
        this);
}

void MainWindow::setupWelcome()
{
    const int iconSize = 128;
    m_ui->welcomeIcon->setPixmap(windowIcon().pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    QFont titleFont = m_ui->welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->welcomeTitle->setFont(titleFont);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings(settingsFilePath(), QSettings::IniFormat);
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1000, 680);
    restoreState(settings.value(kStateKey).toByteArray());
    m_ui->actionShowStatusBar->setChecked(settings.value(kStatusBarKey, true).toBool());
    statusBar()->setVisible(m_ui->actionShowStatusBar->isChecked());
}

void MainWindow::saveWindowState() const
{
    QSettings settings(settingsFilePath(), QSettings::IniFormat);
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kStatusBarKey, m_ui->actionShowStatusBar->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::showAbout()
{
    // Window-modal and non-blocking: one About dialog at a time, deleted when closed.
    if (auto *existing = findChild<AboutDialog *>()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAccounts()
{
    if (auto *existing = findChild<AccountsDialog *>()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *dialog = new AccountsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace PurgeDesk::Gui
