// A file offered to the window's Import: text, CSV/TSV or a sitemap. First byte: the file's name.
#include "fuzzsupport.h"
#include "purge/listimport.h"

using namespace PurgeDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    static const char *const names[] = {"list.txt", "list.csv", "list.tsv", "sitemap.xml", "noextension"};
    const char *name = names[Fuzz::choose(data, size) % std::size(names)];
    const Purge::ImportedList list = Purge::parseImport(Fuzz::bytes(data, size), QString::fromLatin1(name));
    (void)list.description(QStringLiteral("file"));
    (void)Purge::parseCsv(QString::fromUtf8(Fuzz::bytes(data, size)), QLatin1Char(';'));
    return 0;
}
