#include "cli/CliOutput.h"

#include "api/ApiError.h"
#include "model/FieldError.h"

#include <QCoreApplication>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace onboarder::cli {

namespace {

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

CliOutput::CliOutput(bool json, FILE* out, FILE* err)
    : m_json(json)
    , m_out(out)
    , m_err(err)
{
}

bool CliOutput::isJson() const
{
    return m_json;
}

void CliOutput::table(const QStringList& headers, const QList<QStringList>& rows) const
{
    QList<int> widths;
    for (const QString& header : headers) {
        widths.append(static_cast<int>(header.size()));
    }
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], static_cast<int>(row.at(i).size()));
        }
    }
    auto format = [&](const QStringList& cells) {
        QStringList padded;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
            padded.append(i + 1 == cells.size() ? cells.at(i) : cells.at(i).leftJustified(widths.at(i)));
        }
        return padded.join(QStringLiteral("  "));
    };
    write(m_out, format(headers));
    for (const QStringList& row : rows) {
        write(m_out, format(row));
    }
}

void CliOutput::keyValues(const QList<QPair<QString, QString>>& pairs) const
{
    int width = 0;
    for (const auto& pair : pairs) {
        width = std::max(width, static_cast<int>(pair.first.size()));
    }
    for (const auto& pair : pairs) {
        write(m_out, (pair.first + QLatin1Char(':')).leftJustified(width + 2) + pair.second);
    }
}

void CliOutput::json(const nlohmann::json& value) const
{
    write(m_out, QString::fromStdString(value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)));
}

void CliOutput::line(const QString& text) const
{
    write(m_out, text);
}

void CliOutput::progress(const QString& text) const
{
    write(m_err, text);
}

void CliOutput::error(const QString& text) const
{
    write(m_err, QCoreApplication::translate("CliOutput", "error: %1").arg(text));
}

void CliOutput::error(const api::ApiError& error) const
{
    write(m_err, QCoreApplication::translate("CliOutput", "error: %1").arg(error.toSupportText()));
}

void CliOutput::fieldErrors(const QList<model::FieldError>& errors) const
{
    for (const model::FieldError& e : errors) {
        QString text = QStringLiteral("  %1: %2 [%3]").arg(e.path, e.message, e.ruleId);
        if (!e.suggestion.isEmpty()) {
            text += QCoreApplication::translate("CliOutput", " (did you mean %1?)").arg(e.suggestion);
        }
        write(m_err, text);
    }
}

} // namespace onboarder::cli
