#pragma once

#include <QList>
#include <QStringList>

#include <cstdio>
#include <nlohmann/json_fwd.hpp>

namespace onboarder::api {
struct ApiError;
}
namespace onboarder::model {
struct FieldError;
}

namespace onboarder::cli {

// Where onboarder-cli writes: results to stdout, as an aligned table for people or as JSON for scripts (--json);
// progress and errors to stderr, so a pipe only ever receives results.
class CliOutput
{
public:
    explicit CliOutput(bool json, FILE* out = stdout, FILE* err = stderr);

    bool isJson() const;
    void table(const QStringList& headers, const QList<QStringList>& rows) const;
    void keyValues(const QList<QPair<QString, QString>>& pairs) const;
    void json(const nlohmann::json& value) const;
    void line(const QString& text) const;
    void progress(const QString& text) const;
    void error(const QString& text) const;
    void error(const api::ApiError& error) const;
    void fieldErrors(const QList<model::FieldError>& errors) const;

private:
    bool m_json;
    FILE* m_out;
    FILE* m_err;
};

} // namespace onboarder::cli
