#include "aboutdialog.h"
#include "ui_aboutdialog.h"

#include "appinfo.h"
#include "ui/common/uiresources.h"

#include <QFontDatabase>

namespace PurgeDesk::Gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(applicationIcon().pixmap(QSize(64, 64), devicePixelRatioF()));

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setText(tr("PurgeDesk %1").arg(version()));

    m_ui->qtVersionValue->setText(qtVersionDescription());
    m_ui->keychainVersionValue->setText(qtKeychainVersion());
    // The license has its own line breaks: show it as written.
    m_ui->licenseText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->licenseText->setPlainText(licenseText());
}

AboutDialog::~AboutDialog() = default;

} // namespace PurgeDesk::Gui
