#pragma once

#include "model/JsonReader.h"
#include "model/ParseResult.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by the fuzz targets: the entry point libFuzzer (or the replay driver) calls, and the checks that turn a
// broken promise of the model into a crash the fuzzer reports.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace onboarder::fuzz {

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

[[noreturn]] inline void fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "fuzz check failed: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

// A reader's answer must be a value or a message, never neither.
template <typename T>
bool accepted(const model::ParseResult<T>& result, const char* what)
{
    if (!result.ok() && result.error.isEmpty()) {
        fail(what, QStringLiteral("refused without a message"));
    }
    return result.ok();
}

// What a reader accepted, the matching writer must turn into JSON that the reader accepts again, with the same
// values: otherwise the program could save (or send) something it cannot read back, or reads back as something
// else. Writers may drop what they do not carry (a create request has no ID), so the values compared are the ones
// the writer keeps: writing what was read back must give the same JSON as the first writing.
template <typename T, typename Write, typename Read>
void roundTrip(const model::ParseResult<T>& first, Write write, Read read, const char* what)
{
    if (!accepted(first, what)) {
        return;
    }
    const nlohmann::json written = write(*first.value);
    // Through bytes, as a saved file or a request body would go.
    const auto reparsed = model::JsonReader::parse(model::JsonReader::toBytes(written));
    if (!reparsed.ok()) {
        fail(what, QStringLiteral("written JSON does not parse: ") + reparsed.error);
    }
    const auto second = read(*reparsed.value);
    if (!second.ok()) {
        fail(what, QStringLiteral("written JSON is refused: ") + second.error);
    }
    const nlohmann::json rewritten = write(*second.value);
    if (rewritten != written) {
        fail(what,
             QStringLiteral("values changed on the way back: %1 became %2")
                 .arg(QString::fromUtf8(model::JsonReader::toBytes(written)),
                      QString::fromUtf8(model::JsonReader::toBytes(rewritten))));
    }
}

} // namespace onboarder::fuzz
