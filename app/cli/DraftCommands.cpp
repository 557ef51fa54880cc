#include "cli/DraftCommands.h"

#include "model/CustomerValidator.h"
#include "model/DraftDocument.h"
#include "model/DraftStore.h"
#include "model/TemplateJson.h"
#include "model/TemplateValidator.h"
#include "model/WholesaleJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace onboarder::cli {

namespace {

// What a draft holds, read whatever its kind: the problems validation finds and the body it would send.
struct DraftContents
{
    QString kind;
    model::FieldErrors problems;
    nlohmann::json request;
    QString error;
};

DraftContents readDraft(const QByteArray& bytes)
{
    DraftContents contents;
    const auto json = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    const std::string kind = json.is_object() ? json.value("kind", std::string()) : std::string();
    contents.kind = QString::fromStdString(kind);
    if (kind == model::DraftDocument::kTemplateKind) {
        const auto draft = model::DraftStore::templateDraftFromBytes(bytes);
        if (!draft.ok()) {
            contents.error = draft.error;
            return contents;
        }
        contents.problems = model::TemplateValidator::validate(draft.draft->onboardingTemplate);
        contents.request = model::TemplateJson::toJson(draft.draft->onboardingTemplate);
    } else {
        const auto draft = model::DraftStore::customerDraftFromBytes(bytes);
        if (!draft.ok()) {
            contents.error = draft.error;
            return contents;
        }
        contents.problems = model::CustomerValidator::validateProvision(draft.draft->customer);
        contents.request = model::WholesaleJson::toProvisionRequest(draft.draft->customer);
    }
    return contents;
}

} // namespace

QString DraftCommands::name() const
{
    return QStringLiteral("drafts");
}

QList<CommandHelp> DraftCommands::help() const
{
    const QString g = name();
    return {
        { g,
          QStringLiteral("validate"),
          QStringLiteral("FILE"),
          tr("Check a template or customer draft offline; every problem is listed."),
          {} },
        { g,
          QStringLiteral("export"),
          QStringLiteral("FILE --output REQUEST.json"),
          tr("Write the request body the draft would send (after validation)."),
          {} },
    };
}

bool DraftCommands::run(const CliArguments& arguments)
{
    if (arguments.command != QLatin1String("validate") && arguments.command != QLatin1String("export")) {
        return false;
    }
    if (arguments.positionals.size() != 1) {
        failUsage(tr("Give the draft file."));
        return true;
    }
    if (arguments.command == QLatin1String("validate")) {
        validate(arguments.positionals.first());
    } else if (require(arguments, { QStringLiteral("output") })) {
        exportRequest(arguments.positionals.first(), arguments.value(QStringLiteral("output")));
    }
    return true;
}

void DraftCommands::validate(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failUsage(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const DraftContents contents = readDraft(file.readAll());
    if (!contents.error.isEmpty()) {
        failUsage(QStringLiteral("%1: %2").arg(path, contents.error));
        return;
    }
    if (m_context.out->isJson()) {
        nlohmann::json problems = nlohmann::json::array();
        for (const auto& p : contents.problems) {
            problems.push_back({ { "path", p.path.toStdString() },
                                 { "message", p.message.toStdString() },
                                 { "rule", p.ruleId.toStdString() },
                                 { "suggestion", p.suggestion.toStdString() } });
        }
        m_context.out->json({ { "kind", contents.kind.toStdString() },
                              { "valid", contents.problems.isEmpty() },
                              { "problems", problems } });
    } else if (contents.problems.isEmpty()) {
        m_context.out->line(tr("%1 is valid.").arg(path));
    } else {
        m_context.out->line(tr("%1 has %2 problem(s):").arg(path).arg(contents.problems.size()));
        m_context.out->fieldErrors(contents.problems);
    }
    done(contents.problems.isEmpty() ? ExitOk : ExitUsage);
}

void DraftCommands::exportRequest(const QString& path, const QString& output)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failUsage(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const DraftContents contents = readDraft(file.readAll());
    if (!contents.error.isEmpty()) {
        failUsage(QStringLiteral("%1: %2").arg(path, contents.error));
        return;
    }
    if (!contents.problems.isEmpty()) {
        m_context.out->error(tr("The draft has problems; nothing was written:"));
        m_context.out->fieldErrors(contents.problems);
        done(ExitUsage);
        return;
    }
    QSaveFile target(output);
    const QByteArray bytes = QByteArray::fromStdString(contents.request.dump(2) + "\n");
    if (!target.open(QIODevice::WriteOnly) || target.write(bytes) != bytes.size() || !target.commit()) {
        failUsage(tr("Cannot write %1: %2").arg(output, target.errorString()));
        return;
    }
    done();
}

} // namespace onboarder::cli
