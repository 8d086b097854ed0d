// purgedesk-iconset: renders the application's SVG icon into the icon files Windows and macOS
// want, at build time, so that only the SVG is kept in the repository.
//   purgedesk-iconset ICON.svg OUT.ico    a Windows icon: 16 to 256 pixels
//   purgedesk-iconset ICON.svg OUT.icns   a macOS icon: 16 to 1024 pixels, with the @2x sizes
// Both containers hold PNG images (Windows Vista and later read them in .ico files; macOS 10.7
// and later in .icns files).
#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QPair>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

template<typename T>
void appendLittleEndian(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template<typename T>
void appendBigEndian(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICONDIR, then one ICONDIRENTRY per image, then the images.
QByteArray icoFile(QSvgRenderer &svg)
{
    const QList<int> sizes {16, 24, 32, 48, 64, 128, 256};
    QList<QByteArray> images;
    for (const int size : sizes)
        images << renderPng(svg, size);
    QByteArray out;
    appendLittleEndian<quint16>(out, 0); // reserved
    appendLittleEndian<quint16>(out, 1); // an icon, not a cursor
    appendLittleEndian<quint16>(out, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        out.append(char(sizes.at(i) >= 256 ? 0 : sizes.at(i))); // 0 means 256
        out.append(char(sizes.at(i) >= 256 ? 0 : sizes.at(i)));
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        appendLittleEndian<quint16>(out, 1); // colour planes
        appendLittleEndian<quint16>(out, 32); // bits per pixel
        appendLittleEndian<quint32>(out, quint32(images.at(i).size()));
        appendLittleEndian<quint32>(out, offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray &image : images)
        out += image;
    return out;
}

// 'icns', the file's length, then (type, length with its 8-byte header, PNG data) per image.
QByteArray icnsFile(QSvgRenderer &svg)
{
    const QList<QPair<QByteArray, int>> types {{"icp4", 16}, {"ic11", 32}, {"icp5", 32}, {"ic12", 64}, {"icp6", 64},
        {"ic07", 128}, {"ic13", 256}, {"ic08", 256}, {"ic14", 512}, {"ic09", 512}, {"ic10", 1024}};
    QByteArray body;
    for (const auto &[type, size] : types) {
        const QByteArray png = renderPng(svg, size);
        body += type;
        appendBigEndian<quint32>(body, quint32(8 + png.size()));
        body += png;
    }
    QByteArray out("icns");
    appendBigEndian<quint32>(out, quint32(8 + body.size()));
    return out + body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3
        || !(arguments.at(2).endsWith(QLatin1String(".ico")) || arguments.at(2).endsWith(QLatin1String(".icns")))) {
        std::fprintf(stderr, "usage: purgedesk-iconset ICON.svg OUT.ico|OUT.icns\n");
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "purgedesk-iconset: cannot read %s as SVG\n", qPrintable(arguments.at(1)));
        return 1;
    }
    const QByteArray data = arguments.at(2).endsWith(QLatin1String(".ico")) ? icoFile(svg) : icnsFile(svg);
    QSaveFile out(arguments.at(2));
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        std::fprintf(stderr, "purgedesk-iconset: cannot write %s: %s\n", qPrintable(arguments.at(2)),
            qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
