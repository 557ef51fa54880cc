// Fuzzes the error body of a 4xx/5xx answer along both paths that read it: WholesaleJson::apiErrorBodyFromJson (the
// model) and ApiError::fromHttpResponse (what the client shows the user). The first byte picks the HTTP status.
#include "FuzzSupport.h"
#include "api/ApiError.h"
#include "model/WholesaleJson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace onboarder::fuzz;
    if (size == 0) {
        return 0;
    }
    static const int statuses[] = { 400, 401, 403, 404, 409, 413, 415, 429, 500, 502, 503, 504, 418, 451, 599, 0 };
    const int status = statuses[data[0] % (sizeof statuses / sizeof statuses[0])];
    const QByteArray body = bytesOf(data + 1, size - 1);

    const onboarder::api::ApiError error = onboarder::api::ApiError::fromHttpResponse(status, body, QString());
    // Whatever the body, the user gets a message to read.
    if (error.message.isEmpty()) {
        fail("ApiError::fromHttpResponse", QStringLiteral("empty message for status %1").arg(status));
    }

    const auto parsed
        = onboarder::model::JsonReader::parseWith(body, &onboarder::model::WholesaleJson::apiErrorBodyFromJson);
    (void)accepted(parsed, "apiErrorBodyFromJson");
    return 0;
}
