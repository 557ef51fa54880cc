// The customers batch import (CustomerBatchRun) against the sandbox on loopback (server on its own thread, as in the
// GUI): 50 customers with 20 users each, every customer taking --provisioning-delay-ms 2000 to provision, under
// --rate-limit 50/s. Reports the elapsed time against the bound the rate limit sets (every request of the run ÷ the
// limit) and against the provisioning delay, which no customer can beat. Exits 1 when the work fails.
//   bench_CustomersImport [--customers N] [--users N] [--rate-limit R] [--provisioning-delay-ms D] [--json FILE]
#include "SandboxFixture.h"
#include "api/ApiSession.h"
#include "api/TokenProvider.h"
#include "api/WholesaleClient.h"
#include "jobs/import/CustomerBatchRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

using onboarder::api::ApiSession;
using onboarder::api::StaticTokenProvider;
using onboarder::api::WholesaleClient;
using onboarder::jobs::CustomerBatchRun;
using onboarder::jobs::ImportOutcome;
using onboarder::testsupport::SandboxFixture;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customersOption(
        QStringLiteral("customers"), QStringLiteral("Customers."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption usersOption(
        QStringLiteral("users"), QStringLiteral("Users per customer."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate-limit"), QStringLiteral("Requests a second."), QStringLiteral("R"), QStringLiteral("50"));
    const QCommandLineOption delayOption(QStringLiteral("provisioning-delay-ms"),
                                         QStringLiteral("Provisioning time of a customer."),
                                         QStringLiteral("D"),
                                         QStringLiteral("2000"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Write the figures as JSON."), QStringLiteral("FILE"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("10 customers with 5 users."));
    parser.addOptions({ customersOption, usersOption, rateOption, delayOption, jsonOption, quickOption });
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int customers = quick ? 10 : parser.value(customersOption).toInt();
    const int users = quick ? 5 : parser.value(usersOption).toInt();
    const double rate = parser.value(rateOption).toDouble();
    const int delayMs = parser.value(delayOption).toInt();

    SandboxFixture sandbox;
    auto sandboxOptions = SandboxFixture::options(QStringLiteral("demo"), delayMs);
    sandboxOptions.rateLimitPerSecond = rate;
    if (!sandbox.start(sandboxOptions, 180000)) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    const QString templateId = sandbox.templateId();
    QByteArray customersCsv = "Company name,Administrator email,External customer ID,Country,Language,Onboarding "
                              "template,Packages,Address line 1,City,Postal code,Time zone,Location name\r\n";
    QByteArray usersCsv = "Customer external ID,First name,Last name,Email,Package\r\n";
    for (int c = 0; c < customers; ++c) {
        const QString externalId = QStringLiteral("bench-%1").arg(c);
        customersCsv += QStringLiteral("Bänkbolaget %1 AB,admin@%2.example,%2,SE,sv_SE,%3,webex_meetings,Storgatan 1,"
                                       "Stockholm,111 22,Europe/Stockholm,Huvudkontor\r\n")
                            .arg(c)
                            .arg(externalId, templateId)
                            .toUtf8();
        for (int u = 0; u < users; ++u) {
            usersCsv
                += QStringLiteral("%1,Person,%2,p%2@%1.example,webex_meetings\r\n").arg(externalId).arg(u).toUtf8();
        }
    }

    QTemporaryDir dir;
    StaticTokenProvider tokens(sandbox.token());
    ApiSession session(sandbox.baseUrl(), &tokens);
    WholesaleClient client(&session);
    int requests = 0;
    int rateLimited = 0;
    QObject::connect(&session, &ApiSession::requestFinished, [&requests](auto&&...) { ++requests; });
    QObject::connect(&session, &ApiSession::rateLimited, [&rateLimited](auto&&...) { ++rateLimited; });
    CustomerBatchRun run(&client);
    CustomerBatchRun::Options options;
    options.concurrency = customers; // every customer may wait for its provisioning at once; the limit paces them
    run.setOptions(options);
    QSignalSpy prepared(&run, &CustomerBatchRun::prepared);
    QSignalSpy finished(&run, &CustomerBatchRun::finished);
    QSignalSpy failed(&run, &CustomerBatchRun::failed);
    QElapsedTimer clock;
    clock.start();
    run.prepare(customersCsv, QStringLiteral("customers.csv"), usersCsv, dir.filePath(QStringLiteral("bench.sqlite")));
    if (!prepared.wait(600000)) {
        std::fprintf(stderr, "the check did not finish%s\n", failed.isEmpty() ? "" : ": the run failed");
        return 1;
    }
    const double checkSeconds = clock.elapsed() / 1000.0;
    const int checkRequests = requests;
    run.start();
    if (!finished.wait(1800000)) {
        std::fprintf(stderr, "the import did not finish\n");
        return 1;
    }
    const double totalSeconds = clock.elapsed() / 1000.0;
    int customersDone = 0;
    int usersDone = 0;
    for (const auto& c : run.customerOutcomes()) {
        customersDone += c.outcome == ImportOutcome::Kind::Provisioned && c.status == QLatin1String("provisioned");
    }
    for (const auto& u : run.userOutcomes()) {
        usersDone += u.row.outcome == ImportOutcome::Kind::Provisioned;
    }
    const double bound = requests / rate;
    std::printf("customers import: %d customers x %d users, provisioning %d ms, rate limit %.0f/s\n",
                customers,
                users,
                delayMs,
                rate);
    std::printf("  %-34s %10s\n", "measure", "value");
    std::printf("  %-34s %10d\n", "customers provisioned", customersDone);
    std::printf("  %-34s %10d\n", "users provisioned", usersDone);
    std::printf("  %-34s %10d\n", "requests (whole run)", requests);
    std::printf("  %-34s %10d\n", "requests (checks)", checkRequests);
    std::printf("  %-34s %10d\n", "answers 429", rateLimited);
    std::printf("  %-34s %10.1f\n", "checks, s", checkSeconds);
    std::printf("  %-34s %10.1f\n", "whole import, s", totalSeconds);
    std::printf("  %-34s %10.1f\n", "bound: requests / limit, s", bound);
    std::printf("  %-34s %10.2f\n", "whole import / bound", totalSeconds / bound);
    if (parser.isSet(jsonOption)) {
        QJsonObject object { { QStringLiteral("customers"), customers },
                             { QStringLiteral("usersPerCustomer"), users },
                             { QStringLiteral("rateLimit"), rate },
                             { QStringLiteral("provisioningDelayMs"), delayMs },
                             { QStringLiteral("customersProvisioned"), customersDone },
                             { QStringLiteral("usersProvisioned"), usersDone },
                             { QStringLiteral("requests"), requests },
                             { QStringLiteral("rateLimited"), rateLimited },
                             { QStringLiteral("checkSeconds"), checkSeconds },
                             { QStringLiteral("totalSeconds"), totalSeconds },
                             { QStringLiteral("boundSeconds"), bound },
                             { QStringLiteral("ratio"), totalSeconds / bound } };
        QFile file(parser.value(jsonOption));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(object).toJson());
        }
    }
    return customersDone == customers && usersDone == customers * users ? 0 : 1;
}
