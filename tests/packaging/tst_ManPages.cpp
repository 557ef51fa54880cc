#include "cli/CliRunner.h"
#include "sandbox/SandboxCommandLine.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using onboarder::cli::CliRunner;
using onboarder::sandbox::SandboxCommandLine;

// The man pages generated at build time (help2man) against what the programs themselves know: every command group
// and command of onboarder-cli, every option of onboarder-sandbox and of the GUI.
class tst_ManPages : public QObject
{
    Q_OBJECT

private slots:
    void pageHeader_data();
    void pageHeader();
    void cliGroupsAreTheDocumentedOnes();
    void cliPageListsEveryGroupAndCommand();
    void cliPageExplainsTokensAndExitCodes();
    void sandboxPageListsEveryOption();
    void guiPageListsItsOptions();

private:
    // The page as a reader sees it: roff escapes and font changes removed.
    static QString readPage(const QString& program);
};

QString tst_ManPages::readPage(const QString& program)
{
    QFile file(QDir(QStringLiteral(ONBOARDER_MAN_DIR)).filePath(program + QStringLiteral(".1")));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("%s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
        return {};
    }
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    text.remove(QRegularExpression(QStringLiteral(R"(\\f[BIRP]|\\f\(\w\w|\\[,/&])")));
    return text;
}

void tst_ManPages::pageHeader_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("onboarder") << QStringLiteral("onboarder");
    QTest::newRow("onboarder-cli") << QStringLiteral("onboarder-cli");
    QTest::newRow("onboarder-sandbox") << QStringLiteral("onboarder-sandbox");
}

void tst_ManPages::pageHeader()
{
    QFETCH(QString, program);
    const QString page = readPage(program);
    QVERIFY2(!page.isEmpty(), "the man page was not generated");
    // Title, section 1 and the version of this build.
    QVERIFY2(page.contains(QStringLiteral(".TH %1 \"1\"").arg(program.toUpper())), qPrintable(page.left(300)));
    QVERIFY(page.contains(QStringLiteral("%1 %2").arg(program, QStringLiteral(ONBOARDER_VERSION))));
    for (const char* section : { "NAME", "SYNOPSIS", "DESCRIPTION", "SEE ALSO" }) {
        QVERIFY2(page.contains(QStringLiteral(".SH %1").arg(QLatin1String(section)))
                     || page.contains(QStringLiteral(".SH \"%1\"").arg(QLatin1String(section))),
                 section);
    }
    // NAME is "program - summary", what apropos and whatis show.
    const QRegularExpression name(QStringLiteral("\\.SH NAME\\n%1 - \\S").arg(QRegularExpression::escape(program)));
    QVERIFY2(name.match(page).hasMatch(), qPrintable(page.left(300)));
}

void tst_ManPages::cliGroupsAreTheDocumentedOnes()
{
    // The groups the design promises to scripts; a new group needs its place in the docs and the man page.
    const CliRunner runner;
    const QString help = runner.helpText();
    QSet<QString> groups;
    const QRegularExpression line(QStringLiteral("^  ([a-z]+) ([a-z]+)\\b"), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(help); it.hasNext();) {
        groups.insert(it.next().captured(1));
    }
    const QSet<QString> documented { QStringLiteral("customers"), QStringLiteral("subscribers"),
                                     QStringLiteral("locations"), QStringLiteral("numbers"),
                                     QStringLiteral("templates"), QStringLiteral("drafts"),
                                     QStringLiteral("audit") };
    QCOMPARE(groups, documented);
}

void tst_ManPages::cliPageListsEveryGroupAndCommand()
{
    const QString page = readPage(QStringLiteral("onboarder-cli"));
    QVERIFY2(!page.isEmpty(), "the man page was not generated");
    const CliRunner runner;
    const QRegularExpression line(QStringLiteral("^  ([a-z]+) ([a-z]+)\\b"), QRegularExpression::MultilineOption);
    int commands = 0;
    QSet<QString> groups;
    for (auto it = line.globalMatch(runner.helpText()); it.hasNext();) {
        const auto match = it.next();
        groups.insert(match.captured(1));
        // Each command is the tag of its own paragraph, followed by its description.
        const QString tag = QStringLiteral(".TP\n%1 %2").arg(match.captured(1), match.captured(2));
        QVERIFY2(page.contains(tag), qPrintable(QStringLiteral("no entry for: %1").arg(tag.mid(4))));
        ++commands;
    }
    // Seven groups, most with several commands: an empty list would mean the help could not be read.
    QVERIFY2(groups.size() >= 7 && commands > groups.size(), qPrintable(QString::number(commands)));
    for (const QString& group : groups) {
        // The group's own help lists the same commands the page shows.
        const QString groupHelp = runner.helpText(group);
        QVERIFY2(!groupHelp.isEmpty(), qPrintable(group));
        const QString firstDescription = groupHelp.section(QLatin1Char('\n'), 1, 1).trimmed();
        QVERIFY2(page.contains(firstDescription), qPrintable(firstDescription));
    }
}

void tst_ManPages::cliPageExplainsTokensAndExitCodes()
{
    const QString page = readPage(QStringLiteral("onboarder-cli"));
    QVERIFY(page.contains(QStringLiteral(".SH ENVIRONMENT")));
    QVERIFY(page.contains(QStringLiteral("ONBOARDER_TOKEN")));
    QVERIFY(page.contains(QStringLiteral("--token-env")));
    QVERIFY(page.contains(QStringLiteral("Exit codes: 0 done")));
    QVERIFY(page.contains(QStringLiteral(".SH EXAMPLES")));
}

void tst_ManPages::sandboxPageListsEveryOption()
{
    const QString page = readPage(QStringLiteral("onboarder-sandbox"));
    QVERIFY2(!page.isEmpty(), "the man page was not generated");
    SandboxCommandLine commandLine;
    QCOMPARE(commandLine.parse({ QStringLiteral("onboarder-sandbox"), QStringLiteral("--help") }),
             SandboxCommandLine::Outcome::ShowHelp);
    QSet<QString> options;
    const QRegularExpression option(QStringLiteral("^\\s+(?:-\\w, )?(--[a-z][a-z-]*)"),
                                    QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(commandLine.helpText()); it.hasNext();) {
        options.insert(it.next().captured(1));
    }
    // The options the design lists for scripts and the CI, at least.
    for (const char* expected : { "--port",
                                  "--bind",
                                  "--data",
                                  "--memory",
                                  "--seed",
                                  "--token",
                                  "--latency-ms",
                                  "--rate-limit",
                                  "--fail-rate",
                                  "--provisioning-delay-ms" }) {
        QVERIFY2(options.contains(QLatin1String(expected)), expected);
    }
    for (const QString& name : std::as_const(options)) {
        // Each option is the tag of an entry under OPTIONS.
        QVERIFY2(page.contains(QStringLiteral(".TP\n") + name) || page.contains(QStringLiteral(", ") + name),
                 qPrintable(name));
    }
}

void tst_ManPages::guiPageListsItsOptions()
{
    const QString page = readPage(QStringLiteral("onboarder"));
    QVERIFY2(!page.isEmpty(), "the man page was not generated");
    QVERIFY(page.contains(QStringLiteral("--profile")));
    QVERIFY(page.contains(QStringLiteral("--help")));
    QVERIFY(page.contains(QStringLiteral("--version")));
    QVERIFY(page.contains(QStringLiteral("Demo sandbox")));
}

QTEST_GUILESS_MAIN(tst_ManPages)
#include "tst_ManPages.moc"
