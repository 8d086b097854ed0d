#include "appinfo.h"
#include "cli.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    PurgeDesk::initApplicationIdentity();
    QCoreApplication app(argc, argv);
    PurgeDesk::installTranslations(); // the CLI stays in English: only its plural forms
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = PurgeDesk::Cli::run(QCoreApplication::arguments(), out, err);
    // What was said on stderr (notes, the lines "listed above") comes before the summary on stdout.
    err.flush();
    out.flush();
    return code;
}
