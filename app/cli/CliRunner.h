#pragma once

#include "cli/CommandGroup.h"
#include "connection/CredentialStore.h"
#include "connection/Profile.h"

#include <QObject>

#include <memory>
#include <vector>

namespace onboarder::api {
class ProfileConnector;
} // namespace onboarder::api

namespace onboarder::cli {

// onboarder-cli from the command line to the exit code: reads the arguments, chooses the connection (a saved
// profile with its secrets from the keychain, or --base-url with the token from an environment variable), runs the
// command and reports how it ended through finished(). Tokens never come from the command line.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(QObject* parent = nullptr);
    ~CliRunner() override;

    void start(const QStringList& arguments);
    QString helpText(const QString& group = {}, const QString& command = {}) const;

signals:
    void finished(int exitCode);

private:
    void resolveConnection(const CliArguments& arguments);
    // Connects through the one path the app uses too; an empty token means the profile's keychain secrets.
    void connectWith(const api::Profile& profile, const QString& token, const CliArguments& arguments);
    void runCommand(const CliArguments& arguments);
    CommandGroup* group(const QString& name) const;
    void finish(int exitCode);
    void announceFinished();

    std::unique_ptr<CliOutput> m_output;
    CliContext m_context;
    std::vector<std::unique_ptr<CommandGroup>> m_groups;
    api::CredentialStore* m_credentials = nullptr;
    api::ProfileConnector* m_connector = nullptr;
    int m_exitCode = -1;
    bool m_announced = false;
};

} // namespace onboarder::cli
