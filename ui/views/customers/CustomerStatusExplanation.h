#pragma once

#include "model/Customer.h"

#include <QCoreApplication>
#include <QString>

namespace onboarder::ui {

// What a customer's status means and what the operator should do about it, in words for the detail pane and the
// notifications, with advice for the error codes we know (reference §9: 2560, 10022; the sandbox's 9000).
class CustomerStatusExplanation
{
    Q_DECLARE_TR_FUNCTIONS(CustomerStatusExplanation)

public:
    static QString meaning(const model::CustomerStatus& status);
    static QString whatToDo(const model::Customer& customer);
    // Advice for one error code, or empty when we know nothing about it.
    static QString adviceForCode(const QString& errorCode);
};

} // namespace onboarder::ui
