#include "cli/CliArguments.h"

#include <QCoreApplication>

namespace onboarder::cli {

std::optional<CliArguments>
CliArguments::parse(const QStringList& arguments, const QStringList& flagNames, QString* error)
{
    CliArguments result;
    QStringList words;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            words += arguments.mid(i + 1);
            break;
        }
        if (!argument.startsWith(QLatin1String("--")) || argument.size() == 2) {
            words.append(argument);
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
        } else if (flagNames.contains(name)) {
            value = QStringLiteral("true");
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            if (error) {
                *error = QCoreApplication::translate("CliArguments", "Option --%1 needs a value.").arg(name);
            }
            return std::nullopt;
        }
        result.m_options[name].append(value);
    }
    if (!words.isEmpty()) {
        result.group = words.takeFirst();
    }
    if (!words.isEmpty()) {
        result.command = words.takeFirst();
    }
    result.positionals = words;
    return result;
}

bool CliArguments::has(const QString& name) const
{
    return m_options.contains(name);
}

QString CliArguments::value(const QString& name, const QString& fallback) const
{
    const QStringList all = m_options.value(name);
    return all.isEmpty() ? fallback : all.last();
}

QStringList CliArguments::values(const QString& name) const
{
    return m_options.value(name);
}

QStringList CliArguments::optionNames() const
{
    return m_options.keys();
}

} // namespace onboarder::cli
