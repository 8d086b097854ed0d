#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Test::runProcess;

// purgedesk-iconset, which makes the Windows .ico and the macOS .icns from the SVG when those
// platforms build: its files read back as the containers those systems expect.
class TestIconset final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QByteArray render(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const auto result = runProcess(QStringLiteral(ICONSET_PATH), {QStringLiteral(SVG_PATH), path});
        if (result.exitCode != 0)
            qWarning("%s", qPrintable(result.err));
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A square image of `size` pixels with something drawn on it.
    static bool isIcon(const QByteArray &png, int size)
    {
        if (!png.startsWith("\x89PNG\r\n\x1a\n"))
            return false;
        const QImage image = QImage::fromData(png, "PNG");
        if (image.size() != QSize(size, size))
            return false;
        const QRgb centre = image.pixel(size / 2, size / 2);
        return qAlpha(image.pixel(0, 0)) == 0 && qAlpha(centre) == 255;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PurgeDesk::Test::prepare();
        QVERIFY(m_dir.isValid());
    }

    void windowsIcon()
    {
        const QByteArray ico = render(u"purgedesk.ico"_s);
        QVERIFY(ico.size() > 6);
        const auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(ico.constData() + at); };
        const auto u32 = [&](qsizetype at) { return qFromLittleEndian<quint32>(ico.constData() + at); };
        QCOMPARE(u16(0), 0);
        QCOMPARE(u16(2), 1); // an icon
        QList<int> sizes;
        for (int i = 0; i < u16(4); ++i) {
            const qsizetype entry = 6 + 16 * i;
            const int size = quint8(ico.at(entry)) == 0 ? 256 : quint8(ico.at(entry));
            QCOMPARE(quint8(ico.at(entry + 1)), quint8(ico.at(entry)));
            QCOMPARE(u16(entry + 6), 32); // bits per pixel
            const QByteArray png = ico.mid(u32(entry + 12), u32(entry + 8));
            QVERIFY2(isIcon(png, size), qPrintable(QString::number(size)));
            sizes << size;
        }
        QCOMPARE(sizes, (QList<int> {16, 24, 32, 48, 64, 128, 256}));
    }

    void macIcon()
    {
        const QByteArray icns = render(u"PurgeDesk.icns"_s);
        QVERIFY(icns.startsWith("icns"));
        QCOMPARE(qsizetype(qFromBigEndian<quint32>(icns.constData() + 4)), icns.size());
        QMap<QByteArray, int> found;
        for (qsizetype at = 8; at < icns.size();) {
            const QByteArray type = icns.mid(at, 4);
            const quint32 length = qFromBigEndian<quint32>(icns.constData() + at + 4);
            QVERIFY(length > 8 && at + length <= quint32(icns.size()));
            const QImage image = QImage::fromData(icns.mid(at + 8, length - 8), "PNG");
            found.insert(type, image.width());
            at += length;
        }
        const QMap<QByteArray, int> expected {{"icp4", 16}, {"ic11", 32}, {"icp5", 32}, {"ic12", 64}, {"icp6", 64},
            {"ic07", 128}, {"ic13", 256}, {"ic08", 256}, {"ic14", 512}, {"ic09", 512}, {"ic10", 1024}};
        QCOMPARE(found, expected);
    }

    void refusesWhatItCannotWrite()
    {
        QCOMPARE(
            runProcess(QStringLiteral(ICONSET_PATH), {QStringLiteral(SVG_PATH), m_dir.filePath(u"x.png"_s)}).exitCode,
            2);
        QCOMPARE(
            runProcess(QStringLiteral(ICONSET_PATH), {m_dir.filePath(u"missing.svg"_s), m_dir.filePath(u"x.ico"_s)})
                .exitCode,
            1);
    }
};

QTEST_GUILESS_MAIN(TestIconset)
#include "tst_iconset.moc"
