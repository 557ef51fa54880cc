#pragma once

#include <QHash>
#include <QStringList>

#include <optional>

namespace onboarder::cli {

// The command line of onboarder-cli split into global options, the group and command, the command's options
// ("--name value" or "--name=value"; repeatable) and its positional arguments. Which options take no value is given
// by the caller, so "--wait" does not swallow the next word.
class CliArguments
{
public:
    // arguments excludes the program name. Returns nothing and sets error when the line cannot be read.
    static std::optional<CliArguments>
    parse(const QStringList& arguments, const QStringList& flagNames, QString* error);

    QString group;
    QString command;
    QStringList positionals;

    bool has(const QString& name) const;
    QString value(const QString& name, const QString& fallback = {}) const;
    QStringList values(const QString& name) const;
    QStringList optionNames() const;

private:
    QHash<QString, QStringList> m_options;
};

} // namespace onboarder::cli
