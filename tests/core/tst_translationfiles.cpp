// The German and French catalogues (resources/translations/purgedesk_{de,fr}.ts) as a reviewer
// checks them line by line: every text translated, with the source's placeholders (%1, %n),
// mnemonic (&), HTML tags and surrounding spaces, plural forms in the language's number, the
// glossary's words for the purge vocabulary (README.md there), and French's no-break spaces.

#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = true;
    QStringList forms; // one, or the plural forms
};

QList<Message> readCatalogue(const QString &path, QString *language)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS"_s) {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (xml.name() == u"source"_s) {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            const QString type = xml.attributes().value(u"type"_s).toString();
            message.finished = type.isEmpty();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            if (type != u"obsolete"_s && type != u"vanished"_s)
                messages << message;
        }
    }
    return xml.hasError() ? QList<Message>() : messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?\\d+|%n"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(u"</?[a-zA-Z0-9]+"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// The number of mnemonics: single & before a letter (not && and, in rich text, not an entity).
int mnemonics(QString text)
{
    text.remove(u"&&"_s);
    if (text.contains(u'<'))
        text.remove(QRegularExpression(u"&[a-zA-Z#0-9]+;"_s));
    return int(text.count(QRegularExpression(u"&(?=\\S)"_s)));
}

QString sourcePath(const QString &language)
{
    return QStringLiteral(PURGEDESK_SOURCE_DIR) + u"/resources/translations/purgedesk_"_s + language + u".ts"_s;
}

} // namespace

class TestTranslationFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void catalogue_data()
    {
        QTest::addColumn<QString>("language");
        // The glossary: words that must not stand for the purge vocabulary (see README.md).
        QTest::addColumn<QStringList>("avoid");
        QTest::newRow("German") << u"de"_s
                                << QStringList {u"Cache leeren"_s, u"purgen"_s, u"Voreinstellung"_s, u"Preset"_s,
                                       u"Kennwort"_s, u"Schlüsselring"_s, u"Plan "_s};
        QTest::newRow("French") << u"fr"_s
                                << QStringList {u"vider le cache"_s, u"effacer le cache"_s, u"balise"_s, u"étiquette"_s,
                                       u"token"_s, u"plan "_s, u"modèle"_s, u"porte-clés"_s};
    }

    void catalogue()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, avoid);
        QString declared;
        const QList<Message> messages = readCatalogue(sourcePath(language), &declared);
        QVERIFY2(messages.size() > 800, qPrintable(QString::number(messages.size())));
        QCOMPARE(declared, language);
        QStringList problems;
        const auto problem = [&](const Message &m, const QString &what) {
            problems << u"%1 \"%2\": %3"_s.arg(m.context, m.source.left(60), what);
        };
        for (const Message &m : messages) {
            if (!m.finished)
                problem(m, u"not finished"_s);
            if (m.numerus && m.forms.size() != 2) // German and French have two plural forms
                problem(m, u"%1 plural forms"_s.arg(m.forms.size()));
            for (qsizetype i = 0; i < m.forms.size(); ++i) {
                const QString &text = m.forms.at(i);
                if (text.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                    problem(m, u"empty"_s);
                    continue;
                }
                QStringList expected = placeholders(m.source);
                QStringList found = placeholders(text);
                // The singular may spell its number ("once") instead of %n.
                if (m.numerus && i == 0 && !found.contains(u"%n"_s) && expected.contains(u"%n"_s))
                    expected.removeAll(u"%n"_s);
                if (found != expected)
                    problem(m, u"placeholders %1, not %2: %3"_s.arg(found.join(u' '), expected.join(u' '), text));
                if (mnemonics(text) != mnemonics(m.source))
                    problem(m, u"mnemonics differ: %1"_s.arg(text));
                if (tags(text) != tags(m.source))
                    problem(m, u"HTML tags differ: %1"_s.arg(text));
                if (text.front().isSpace() != m.source.front().isSpace()
                    || text.back().isSpace() != m.source.back().isSpace())
                    problem(m, u"surrounding space differs: \"%1\""_s.arg(text));
                for (const QString &word : avoid) {
                    if (text.contains(word, Qt::CaseInsensitive) && !m.source.contains(word, Qt::CaseInsensitive))
                        problem(m, u"\"%1\" is not the glossary's word: %2"_s.arg(word, text));
                }
                // French: a no-break space before : ; ? ! and inside « » (never an ordinary one).
                static const QRegularExpression looseSpace(u" [:;?!»]|« "_s);
                if (language == u"fr"_s && text.contains(looseSpace))
                    problem(m, u"an ordinary space where French wants a no-break one: %1"_s.arg(text));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n  "_s + problems.join(u"\n  "_s)));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
