// translations/ holds complete zh_CN and en files: every source text translated, nothing
// unfinished or left over, the same texts in both.

#include <QFile>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT

    struct Catalogue {
        QSet<QString> sources;
        QStringList problems;
    };

    static Catalogue read(const QString &language)
    {
        Catalogue c;
        QFile file(qEnvironmentVariable("BATON_SOURCE_DIR") + "/translations/baton_" + language + ".ts");
        if (!file.open(QIODevice::ReadOnly)) {
            c.problems << "cannot open " + file.fileName();
            return c;
        }
        QXmlStreamReader xml(&file);
        QString context, source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                c.sources.insert(context + "|" + source);
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value("type").toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (!type.isEmpty() || text.isEmpty())
                    c.problems << QString("%1: \"%2\" is %3").arg(context, source, type.isEmpty() ? "empty" : type);
            }
        }
        if (xml.hasError())
            c.problems << xml.errorString();
        return c;
    }

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << "zh_CN";
        QTest::newRow("en") << "en";
    }

    void complete()
    {
        QFETCH(QString, language);
        const Catalogue c = read(language);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join('\n')));
        QVERIFY(c.sources.size() > 100);
    }

    void sameTextsInBoth()
    {
        QCOMPARE(read("zh_CN").sources, read("en").sources);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
