#include "listimport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Purge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PurgeDesk::Purge::ListImport", text);
}

QString decode(const QByteArray &data, QString *error)
{
    QString text;
    int badLine = 0;
    if (!decodeList(data, &text, &badLine)) {
        // A NUL byte that UTF-16 did not explain: an image, an archive, a program.
        *error = data.contains('\0')
            ? tr("The file is not a text file (it holds binary data, such as an image). Import a text, CSV or "
                 "sitemap.xml file.")
            : tr("The file is not UTF-8 text (line %1 is not). Save it as UTF-8 and import it again.").arg(badLine);
        return {};
    }
    return text;
}

bool looksLikeXml(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        return c == u'<';
    }
    return false;
}

ImportedList parseSitemap(const QString &text)
{
    ImportedList result;
    QXmlStreamReader xml(text);
    bool sawRoot = false;
    QString parent; // "url" or "sitemap" while inside one
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (!sawRoot) {
                sawRoot = true;
                if (name == u"urlset"_s) {
                    result.format = ImportedList::Format::Sitemap;
                } else if (name == u"sitemapindex"_s) {
                    result.format = ImportedList::Format::SitemapIndex;
                } else {
                    result.error = tr("This XML file is not a sitemap: it starts with <%1>, not <urlset> or "
                                      "<sitemapindex>.")
                                       .arg(name.toString());
                    return result;
                }
            } else if (name == u"url"_s || name == u"sitemap"_s) {
                parent = name.toString();
            } else if (name == u"loc"_s && !parent.isEmpty()) {
                const QString loc = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                if (loc.isEmpty())
                    continue;
                if (parent == u"sitemap"_s)
                    result.sitemaps.append(loc);
                else
                    result.lines.append(loc);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == parent)
                parent.clear();
        }
    }
    if (xml.hasError()) {
        result = ImportedList();
        result.error = tr("The sitemap is not well-formed XML (line %1, column %2: %3). Nothing was imported.")
                           .arg(xml.lineNumber())
                           .arg(xml.columnNumber())
                           .arg(xml.errorString());
    }
    return result;
}

ImportedList parseTable(const QString &text, QChar separator)
{
    static const QStringList headers = {u"url"_s, u"urls"_s, u"loc"_s, u"link"_s, u"address"_s, u"file"_s, u"files"_s,
        u"host"_s, u"hosts"_s, u"hostname"_s, u"hostnames"_s, u"tag"_s, u"tags"_s, u"cache-tag"_s, u"prefix"_s,
        u"prefixes"_s, u"item"_s, u"items"_s};
    ImportedList result;
    result.format = ImportedList::Format::Csv;
    const QList<QStringList> rows = parseCsv(text, separator);
    int column = 0;
    qsizetype firstRow = 0;
    result.column = tr("column 1");
    if (!rows.isEmpty()) {
        const QStringList &head = rows.first();
        for (int i = 0; i < head.size(); ++i) {
            if (headers.contains(head.at(i).trimmed().toLower())) {
                column = i;
                firstRow = 1;
                result.column = head.at(i).trimmed();
                break;
            }
        }
    }
    for (qsizetype r = firstRow; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        if (column < row.size() && !row.at(column).trimmed().isEmpty())
            result.lines.append(row.at(column).trimmed());
    }
    return result;
}

} // namespace

bool decodeList(const QByteArray &data, QString *text, int *badLine)
{
    const auto encoding = QStringConverter::encodingForData(data);
    if (encoding && *encoding != QStringConverter::Utf8) {
        QStringDecoder decoder(*encoding);
        *text = decoder.decode(data);
        if (decoder.hasError()) {
            *badLine = 1;
            return false;
        }
    } else {
        // Line by line, so that the message can say where (a file saved as Latin-1, "caf\xe9.js"),
        // when the whole is not UTF-8 (a sequence never spans a line break).
        qsizetype start = QByteArrayView(data).isValidUtf8() ? data.size() + 1 : 0;
        int line = 1;
        while (start <= data.size()) {
            qsizetype end = data.indexOf('\n', start);
            if (end < 0)
                end = data.size();
            if (!QByteArrayView(data.constData() + start, end - start).isValidUtf8()) {
                *badLine = line;
                return false;
            }
            start = end + 1;
            ++line;
        }
        *text = QString::fromUtf8(data);
    }
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    return true;
}

QList<QStringList> parseCsv(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    auto endRow = [&] {
        if (fieldStarted || !row.isEmpty() || !field.isEmpty()) {
            row.append(field);
            rows.append(row);
        }
        row.clear();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRow();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    endRow();
    return rows;
}

ImportedList parseImport(const QByteArray &data, const QString &fileName)
{
    ImportedList result;
    if (data.startsWith("\x1f\x8b")) {
        result.error = tr("The file is compressed (gzip). Unpack it first (for example with gunzip), then import "
                          "the .xml or text file.");
        return result;
    }
    const QString text = decode(data, &result.error);
    if (!result.ok())
        return result;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"xml"_s || looksLikeXml(text))
        return parseSitemap(text);
    if (suffix == u"csv"_s || suffix == u"tsv"_s)
        return parseTable(text, suffix == u"tsv"_s ? u'\t' : u',');
    result.format = ImportedList::Format::Text;
    result.lines = text.split(u'\n');
    for (QString &line : result.lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    while (!result.lines.isEmpty() && result.lines.constLast().trimmed().isEmpty())
        result.lines.removeLast();
    return result;
}

QString ImportedList::description(const QString &fileName) const
{
    const int n = int(lines.size());
    const QString count = QLocale().toString(n); // "20,000 lines", as the counts under the list say it
    switch (format) {
    case Format::Csv:
        return tr("%1 from %2 (%3)").arg(n == 1 ? tr("1 item") : tr("%1 items").arg(count), fileName, column);
    case Format::Sitemap:
        return tr("%1 from the sitemap %2").arg(n == 1 ? tr("1 URL") : tr("%1 URLs").arg(count), fileName);
    case Format::SitemapIndex:
        return tr("%1 from the sitemap index %2").arg(n == 1 ? tr("1 URL") : tr("%1 URLs").arg(count), fileName);
    case Format::Text:
        break;
    }
    return tr("%1 from %2").arg(n == 1 ? tr("1 line") : tr("%1 lines").arg(count), fileName);
}

} // namespace PurgeDesk::Purge
