#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace onboarder::jobs {

// The one place that decides what follows a failed create, whatever is created (customer, user, location, template):
// after an ambiguous failure (api::ApiError::isAmbiguous) the server may have carried it out, so the resource is looked
// up before anything is sent again; after a transient failure the server did not act on (429, 503) it may be sent
// again at once; after the second send's 409 it surely exists, and is looked up. How a resource is sent and found is
// the caller's: CustomerLookUp, SubscriberLookUp, LocationLookUp, TemplateLookUp.
class CreateLookUp
{
public:
    enum class Verdict {
        Exists, // the create happened: the look-up holds the resource
        Absent, // nothing was created: sending again is safe
        StillUnknown, // the look-up failed too: nothing may be sent again
    };

    // What a look-up found.
    template <typename T>
    struct Found
    {
        Verdict verdict = Verdict::StillUnknown;
        std::optional<T> value; // when Exists
        std::optional<api::ApiError> error; // the look-up's, when StillUnknown
        QString trackingId;
    };

    // Whether a create known not to have been carried out (absent after a look-up, or refused for now with a 429 or
    // 503) is sent again here.
    enum class Resend {
        Once, // sent once more; that send's failure stands
        Never, // reported as not created; the caller sends it again when it chooses to
    };

    template <typename T>
    using Answer = std::function<void(const api::ApiResult<T>&)>;
    template <typename T>
    using FoundAnswer = std::function<void(const Found<T>&)>;

    // How one resource is created and found.
    template <typename T>
    struct Steps
    {
        std::function<void(Answer<T>)> send;
        // Empty when there is nothing to find the resource by: an ambiguous failure then stands.
        std::function<void(FoundAnswer<T>)> lookUp;
        Resend resend = Resend::Once;
        // The failure's message when the resource is not known to exist (reported Absent, or StillUnknown); empty:
        // the create's own message.
        std::function<QString(const api::ApiError& failure, Verdict verdict)> explain;
    };

    // A resource as created, or as found after its create's answer was lost.
    template <typename T>
    struct Created
    {
        T value;
        bool foundByLookUp = false;
    };

    // Whether a failed create has to be looked up before it is sent again.
    static bool needsLookUp(const api::ApiError& createFailure, bool secondSend);
    // Whether a failed create, not looked up, may be sent again: the server said it did not act.
    static bool maySendAgain(const api::ApiError& createFailure);

    // One create that settles a lost answer: the resource as created or found, or the failure.
    template <typename T>
    static void create(Steps<T> steps, Answer<Created<T>> done)
    {
        send(std::make_shared<const Steps<T>>(std::move(steps)), std::move(done), false);
    }

private:
    template <typename T>
    static void send(std::shared_ptr<const Steps<T>> steps, Answer<Created<T>> done, bool secondSend);
    template <typename T>
    static void fail(const Steps<T>& steps, const Answer<Created<T>>& done, api::ApiError failure, Verdict verdict);
};

template <typename T>
void CreateLookUp::send(std::shared_ptr<const Steps<T>> steps, Answer<Created<T>> done, bool secondSend)
{
    steps->send([steps, done, secondSend](const api::ApiResult<T>& result) {
        if (result.ok()) {
            done({ Created<T> { *result.value, false }, std::nullopt, result.trackingId });
            return;
        }
        const api::ApiError failure = *result.error;
        if (!needsLookUp(failure, secondSend) || !steps->lookUp) {
            if (!secondSend && steps->resend == Resend::Once && maySendAgain(failure)) {
                send(steps, done, true);
                return;
            }
            done({ std::nullopt, failure, failure.trackingId });
            return;
        }
        steps->lookUp([steps, done, failure, secondSend](const Found<T>& found) {
            switch (found.verdict) {
            case Verdict::Exists:
                done({ Created<T> { *found.value, true }, std::nullopt, found.trackingId });
                return;
            case Verdict::Absent:
                if (!secondSend && steps->resend == Resend::Once) {
                    send(steps, done, true);
                    return;
                }
                break;
            case Verdict::StillUnknown:
                break;
            }
            fail(*steps, done, failure, found.verdict);
        });
    });
}

template <typename T>
void CreateLookUp::fail(const Steps<T>& steps, const Answer<Created<T>>& done, api::ApiError failure, Verdict verdict)
{
    if (steps.explain) {
        failure.message = steps.explain(failure, verdict);
    }
    done({ std::nullopt, failure, failure.trackingId });
}

} // namespace onboarder::jobs
