#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace onboarder::model {

// The result of reading untrusted input (an API answer, a draft file): the value, or a message that says where and
// what was wrong ("items[2].status: expected a string"). Readers never throw and never crash on bad input.
template <typename T>
struct ParseResult
{
    std::optional<T> value;
    QString error;

    static ParseResult success(T v)
    {
        ParseResult result;
        result.value = std::move(v);
        return result;
    }
    static ParseResult failure(const QString& message)
    {
        ParseResult result;
        result.error = message;
        return result;
    }
    bool ok() const
    {
        return value.has_value();
    }
};

} // namespace onboarder::model
