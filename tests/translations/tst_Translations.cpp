#include "ui/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// Keeps the translations honest: the .ts files are what scripts/update-translations.sh makes of the sources today,
// every Swedish text is translated (placeholders and mnemonics kept), and the embedded catalogues load.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void tsFilesMatchTheSources();
    void swedishIsComplete();
    void englishHasEveryPluralForm();
    void embeddedCataloguesTranslate();

private:
    struct Message
    {
        QString context;
        QString source;
        QString type; // "unfinished", "vanished", "obsolete" or empty
        QStringList translations; // one, or one per plural form
        bool numerus = false;
    };
    static QList<Message> read(const QString& path, QString* error);
    static QString tsPath(const QString& language);
};

QString tst_Translations::tsPath(const QString& language)
{
    return QStringLiteral(ONBOARDER_SOURCE_DIR "/translations/onboarder_%1.ts").arg(language);
}

QList<tst_Translations::Message> tst_Translations::read(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus) {
                    current.translations.append(xml.readElementText());
                }
            } else if (xml.name() == QLatin1String("numerusform")) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

void tst_Translations::tsFilesMatchTheSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral("bash"),
                  { QStringLiteral(ONBOARDER_SOURCE_DIR "/scripts/update-translations.sh"),
                    QStringLiteral("--into"),
                    dir.path() });
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, lupdate.readAll().constData());
    for (const QString& language : { QStringLiteral("sv"), QStringLiteral("en") }) {
        QFile committed(tsPath(language));
        QFile fresh(QDir(dir.path()).filePath(QStringLiteral("onboarder_%1.ts").arg(language)));
        QVERIFY(committed.open(QIODevice::ReadOnly));
        QVERIFY(fresh.open(QIODevice::ReadOnly));
        const QList<QByteArray> want = fresh.readAll().split('\n');
        const QList<QByteArray> have = committed.readAll().split('\n');
        if (want != have) {
            // Name the first line that differs, so the message says which text is new or gone.
            int line = 0;
            while (line < want.size() && line < have.size() && want.at(line) == have.at(line)) {
                ++line;
            }
            QFAIL(qPrintable(QStringLiteral("translations/onboarder_%1.ts is stale (first difference at line %2: "
                                            "\"%3\" in the sources' version). Run scripts/update-translations.sh "
                                            "and translate what it marks unfinished (docs/translations.md).")
                                 .arg(language)
                                 .arg(line + 1)
                                 .arg(QString::fromUtf8(want.value(line).trimmed()))));
        }
    }
}

void tst_Translations::swedishIsComplete()
{
    QString error;
    const QList<Message> messages = read(tsPath(QStringLiteral("sv")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n|L\\d)"));
    static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1 is %2").arg(where, m.type);
            continue;
        }
        if (m.translations.isEmpty() || (m.numerus && m.translations.size() != 2)) {
            problems << QStringLiteral("%1 has %2 translation forms").arg(where).arg(m.translations.size());
            continue;
        }
        QSet<QString> wanted;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();) {
            wanted.insert(it.next().captured());
        }
        for (const QString& translation : m.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << QStringLiteral("%1 has an empty translation").arg(where);
                continue;
            }
            QSet<QString> found;
            for (auto it = placeholder.globalMatch(translation); it.hasNext();) {
                found.insert(it.next().captured());
            }
            if (found != wanted) {
                problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where, translation);
            }
            const bool hasMnemonic = mnemonic.match(m.source).hasMatch() && !m.source.contains(QLatin1String("<a "));
            if (hasMnemonic && !mnemonic.match(translation).hasMatch()) {
                problems << QStringLiteral("%1: the mnemonic (&) is missing in \"%2\"").arg(where, translation);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::englishHasEveryPluralForm()
{
    QString error;
    const QList<Message> messages = read(tsPath(QStringLiteral("en")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    for (const Message& m : messages) {
        QVERIFY2(m.numerus, qPrintable(m.source + QStringLiteral(": the English catalogue holds plural forms only")));
        QVERIFY2(m.type.isEmpty(), qPrintable(m.source + QStringLiteral(" is ") + m.type));
        QCOMPARE(m.translations.size(), 2);
        for (const QString& form : m.translations) {
            QVERIFY2(!form.isEmpty(), qPrintable(m.source));
        }
    }
}

void tst_Translations::embeddedCataloguesTranslate()
{
    QTranslator swedish;
    QVERIFY(swedish.load(QStringLiteral("onboarder_sv"), QStringLiteral(":/i18n")));
    // Partner Hub's own Swedish terms, from a form, from code, and from the model's validation.
    QCOMPARE(swedish.translate("PrimarySettingsPage", "Primary settings"), QStringLiteral("Primära inställningar"));
    QCOMPARE(swedish.translate("PrimarySettingsPage", "&Template name:"), QStringLiteral("&Mallnamn:"));
    QCOMPARE(swedish.translate("onboarder::ui::MainWindow", "Onboarding templates"),
             QStringLiteral("Onboardingmallar"));
    QCOMPARE(swedish.translate("FieldRules", "This field is required."), QStringLiteral("Fältet måste fyllas i."));
    QCOMPARE(swedish.translate("QPlatformTheme", "Cancel"), QStringLiteral("Avbryt"));
    QCOMPARE(swedish.translate("onboarder::ui::TemplatesView", "%n template(s).", nullptr, 3),
             QStringLiteral("%n mallar."));

    QTranslator english;
    QVERIFY(english.load(QStringLiteral("onboarder_en"), QStringLiteral(":/i18n")));
    QCOMPARE(english.translate("onboarder::ui::TemplatesView", "%n template(s).", nullptr, 1),
             QStringLiteral("%n template."));

    // The switcher installs them: a text goes through the application's translators.
    QVERIFY(onboarder::ui::LanguageSwitcher::apply(QStringLiteral("sv")));
    QCOMPARE(QCoreApplication::translate("SummaryPage", "Summary"), QStringLiteral("Sammanfattning"));
    QCOMPARE(QLocale().language(), QLocale::Swedish);
    QVERIFY(onboarder::ui::LanguageSwitcher::apply(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("SummaryPage", "Summary"), QStringLiteral("Summary"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_Translations.moc"
