#include "jsonstream.h"

#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Cli {

namespace {

// How a placeholder looks in QJsonDocument's text: a control character is written as \u0001, so
// no text from the user (a zone or account name) can look the same.
constexpr QByteArrayView MarkerStart = "\"\\u0001streamed array ";
constexpr QByteArrayView MarkerEnd = "\\u0001\"";

// The array as QJsonDocument writes one whose member line is indented by `indent` spaces: "[", each
// element indented 4 more, and "]" under the member.
void writeArray(const JsonElements &elements, qsizetype indent, QTextStream &out)
{
    out << "[\n";
    const QByteArray inner(indent + 4, ' ');
    const QByteArray newLine = '\n' + inner;
    QJsonObject element;
    bool first = true;
    while (elements(&element)) {
        if (!first)
            out << ",\n";
        first = false;
        QByteArray json = QJsonDocument(element).toJson(QJsonDocument::Indented);
        json.chop(1); // the document's last line break
        json.replace('\n', newLine);
        out << inner << json;
    }
    if (!first)
        out << '\n';
    out << QByteArray(indent, ' ') << ']';
}

} // namespace

QString streamedArray(int index)
{
    return u"\u0001streamed array %1\u0001"_s.arg(index);
}

void writeStreamed(const QJsonObject &object, const QList<JsonElements> &arrays, QTextStream &out)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(MarkerStart); at >= 0; at = text.indexOf(MarkerStart, from)) {
        const qsizetype number = at + MarkerStart.size();
        const qsizetype end = text.indexOf(MarkerEnd, number);
        const int index = QByteArrayView(text).sliced(number, end - number).toInt();
        const qsizetype lineStart = text.lastIndexOf('\n', at) + 1;
        qsizetype indent = 0;
        while (text.at(lineStart + indent) == ' ')
            ++indent;
        out << QString::fromUtf8(QByteArrayView(text).sliced(from, at - from));
        writeArray(arrays.at(index), indent, out);
        from = end + MarkerEnd.size();
    }
    out << QString::fromUtf8(QByteArrayView(text).sliced(from));
}

} // namespace PurgeDesk::Cli
