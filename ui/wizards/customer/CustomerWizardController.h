#pragma once

#include "api/ApiError.h"
#include "model/Customer.h"
#include "model/FieldError.h"
#include "model/OnboardingTemplate.h"
#include "model/PrecheckResult.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace onboarder::api {
class ApiRequest;
class WholesaleClient;
} // namespace onboarder::api
namespace onboarder::jobs {
class TemplateStore;
}

namespace onboarder::ui {

// Does the customer wizard's network work so its pages never do: lists the onboarding templates, runs the precheck
// (POST /wholesale/customers/validate) and creates the customer (POST /wholesale/customers, safe to repeat).
// Everything is asynchronous; the summary page shows progress from busyChanged() and the answers inline.
class CustomerWizardController : public QObject
{
    Q_OBJECT

public:
    // What the precheck found: our own field checks first (nothing is sent while they fail), then the API's answer.
    struct PrecheckOutcome
    {
        model::FieldErrors localErrors;
        std::optional<model::PrecheckResult> result; // the API's success answer
        std::optional<api::ApiError> error; // the API's refusal, or why it could not be asked
        // The API's refusal addressed to the fields it names (10022 is the administrator email); the rest stays
        // with the error as a whole.
        model::FieldErrors apiFieldErrors;

        bool isClean() const
        {
            return localErrors.isEmpty() && result && !error;
        }
        // True when the precheck gave no verdict the create would repeat (no answer, a server fault, the precheck
        // itself not allowed or busy): a warning, on which the operator may still create. Never for a refusal of
        // the customer, such as a duplicate (409) or an email already in use (10022).
        bool canCreateAnyway() const
        {
            return localErrors.isEmpty() && error.has_value() && !isRefusal(*error);
        }
        static bool isRefusal(const api::ApiError& error)
        {
            switch (error.kind) {
            case api::ApiError::Kind::Transport:
            case api::ApiError::Kind::Timeout:
            case api::ApiError::Kind::InvalidResponse:
                return false;
            case api::ApiError::Kind::Http:
                return error.httpStatus < 500 && error.httpStatus != 403 && error.httpStatus != 408
                    && error.httpStatus != 423 && error.httpStatus != 429;
            default:
                return true;
            }
        }
    };

    // Neither object is owned; the client may be null (offline: drafts only), the store too.
    CustomerWizardController(api::WholesaleClient* client,
                             jobs::TemplateStore* templates,
                             const QString& profileName,
                             QObject* parent = nullptr);
    ~CustomerWizardController() override;

    QString profileName() const;
    bool isConnected() const;
    QList<model::OnboardingTemplate> templates() const;

    bool isBusy() const;
    void precheck(const model::Customer& customer);
    std::optional<PrecheckOutcome> lastPrecheck() const;
    // Forgets the last precheck (the customer changed since).
    void invalidatePrecheck();
    void create(const model::Customer& customer);

    // Maps an API refusal to the fields it concerns.
    static model::FieldErrors fieldErrorsFor(const api::ApiError& error);

signals:
    void templatesChanged();
    void busyChanged(bool busy);
    void precheckFinished();
    void created(const onboarder::model::Customer& customer);
    void createFailed(const onboarder::api::ApiError& error);

private:
    void setBusy(bool busy);

    QPointer<api::WholesaleClient> m_client;
    QPointer<jobs::TemplateStore> m_templates;
    QString m_profileName;
    QPointer<api::ApiRequest> m_precheckRequest;
    std::optional<PrecheckOutcome> m_lastPrecheck;
    bool m_busy = false;
    int m_precheckSerial = 0;
};

} // namespace onboarder::ui
