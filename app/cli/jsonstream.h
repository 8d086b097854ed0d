#pragma once

// A JSON object too large to hold in memory at once (a dry run's requests for 1,000,000 URLs),
// written as it is made.

#include <QJsonObject>
#include <QList>

#include <functional>

class QTextStream;

namespace PurgeDesk::Cli {

// The elements of an array, made one at a time: each call sets the next one, and returns false
// after the last.
using JsonElements = std::function<bool(QJsonObject *element)>;

// The value that stands for the `index`-th of writeStreamed()'s arrays in the object it writes.
QString streamedArray(int index);

// Writes `object` on `out` exactly as QJsonDocument::toJson(QJsonDocument::Indented) would, except
// that each member whose value is streamedArray(k) is written as the array of the elements that
// arrays.at(k) makes, each written as soon as it is made.
void writeStreamed(const QJsonObject &object, const QList<JsonElements> &arrays, QTextStream &out);

} // namespace PurgeDesk::Cli
