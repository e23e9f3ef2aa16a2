#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form
    bool finished = true;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message")
                messages.append(current);
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message{context, {}, {}, true, xml.attributes().value(QStringLiteral("numerus")) == u"yes"};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            current.finished = type != u"unfinished" && type != u"obsolete" && type != u"vanished";
            if (!current.numerus)
                current.translations.append(xml.readElementText());
        } else if (xml.name() == u"numerusform") {
            current.translations.append(xml.readElementText());
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s]"));
    return text.contains(pattern);
}

// What a caption says without its accelerator, colon or ellipsis: "&Carrier:" and "承运商(&C):" -> the words.
QString bareCaption(QString text)
{
    static const QRegularExpression cjkAccelerator(QStringLiteral("\\(&\\w\\)"));
    text.remove(cjkAccelerator);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QChar(1), u'&');
    text = text.trimmed();
    while (!text.isEmpty() && (text.endsWith(u':') || text.endsWith(u'\uFF1A') || text.endsWith(u'\u2026')))
        text.chop(1);
    return text.trimmed();
}

// translations/glossary.tsv: the header row names the languages; each term row gives, per language, the accepted
// words separated by " | ".
struct Glossary
{
    QStringList languages;
    QList<QStringList> rows;
};

Glossary readGlossary()
{
    Glossary glossary;
    QFile file(QStringLiteral(BORDERDESK_TS_DIR "/glossary.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return glossary;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(u'\t');
        if (glossary.languages.isEmpty())
            glossary.languages = cells;
        else
            glossary.rows.append(cells);
    }
    return glossary;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslatedAfterLupdate_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(BORDERDESK_TS_DIR));
        for (const QString &file : dir.entryList({QStringLiteral("borderdesk_*.ts")}))
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyMessageIsTranslatedAfterLupdate()
    {
        QFETCH(QString, file);
        const bool sourceLanguage = file == u"borderdesk_en.ts";
        QTemporaryDir dir;
        const QString copy = dir.filePath(file);
        QVERIFY(QFile::copy(QStringLiteral(BORDERDESK_TS_DIR "/") + file, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                              QStringLiteral("@" BORDERDESK_SOURCES_LIST), QStringLiteral("-ts"), copy};
        if (sourceLanguage)
            arguments.prepend(QStringLiteral("-pluralonly"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(BORDERDESK_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const QList<Message> messages = readTs(copy);
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + u": \"" + m.source + u'"';
            if (!m.finished) {
                problems.append(QStringLiteral("unfinished: ") + where);
                continue;
            }
            if (m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                                        [](const QString &t) { return t.isEmpty(); })) {
                problems.append(QStringLiteral("untranslated: ") + where);
                continue;
            }
            const QSet<QString> expected = placeholders(m.source);
            for (qsizetype form = 0; form < m.translations.size(); ++form) {
                const QString &t = m.translations.at(form);
                const QSet<QString> got = placeholders(t);
                // Every form keeps every placeholder, except that a plural form before the last (general) one
                // may say its number in words instead of "%n" (Arabic's zero, one and two forms).
                QSet<QString> required = expected;
                if (m.numerus && form + 1 < m.translations.size()) {
                    required.remove(QStringLiteral("%n"));
                    required.remove(QStringLiteral("%Ln"));
                }
                if (!got.contains(required) || !expected.contains(got))
                    problems.append(QStringLiteral("placeholders differ: ") + where + u" -> " + t);
                if (hasAccelerator(m.source) && !hasAccelerator(t))
                    problems.append(QStringLiteral("accelerator lost: ") + where + u" -> " + t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Every term has a word in every language, and a caption that is just the term (a column header, a status,
    // a menu entry) uses that word.
    void captionsUseTheGlossary()
    {
        const Glossary glossary = readGlossary();
        QVERIFY(glossary.rows.size() >= 40);
        QCOMPARE(glossary.languages.mid(0, 8), (QStringList{u"en"_qs, u"th"_qs, u"zh_CN"_qs, u"ja"_qs, u"es"_qs,
                                                             u"de"_qs, u"fr"_qs, u"ar"_qs}));
        QStringList problems;
        for (const QStringList &row : glossary.rows) {
            if (row.size() < 8 || std::any_of(row.cbegin(), row.cbegin() + 8, [](const QString &c) {
                    return c.trimmed().isEmpty();
                }))
                problems.append(u"glossary row incomplete: "_qs + row.join(u'\t'));
        }
        for (qsizetype column = 1; column < 8; ++column) {
            const QString language = glossary.languages.at(column);
            const QList<Message> messages = readTs(QStringLiteral(BORDERDESK_TS_DIR "/borderdesk_") + language
                                                   + u".ts"_qs);
            QVERIFY2(!messages.isEmpty(), qPrintable(language));
            for (const Message &m : messages) {
                if (m.numerus || m.translations.isEmpty())
                    continue;
                const QString source = bareCaption(m.source);
                for (const QStringList &row : glossary.rows) {
                    // Only the capitalised caption: "cancelled" in a sentence may be a job, not an order.
                    QString term = row.first();
                    term[0] = term[0].toUpper();
                    if (source != term || row.size() <= column)
                        continue;
                    const QString translated = bareCaption(m.translations.first());
                    const QStringList accepted = row.at(column).split(u" | "_qs);
                    if (std::none_of(accepted.cbegin(), accepted.cend(), [&translated](const QString &word) {
                            return translated.contains(word.trimmed(), Qt::CaseInsensitive);
                        }))
                        problems.append(QStringLiteral("%1 %2: \"%3\" -> \"%4\", glossary says %5")
                                            .arg(language, m.context, m.source, m.translations.first(),
                                                 row.at(column)));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
