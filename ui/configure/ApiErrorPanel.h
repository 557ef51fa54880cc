#pragma once

#include "api/ApiError.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace onboarder::ui {

// An API error shown where it happened: what failed, the server's message, its error codes and the tracking ID,
// with a button that copies all of it for a support ticket. Hidden while there is no error.
class ApiErrorPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ApiErrorPanel(QWidget* parent = nullptr);

    // `what` says what was being done ("Adding the location failed.").
    void showError(const QString& what, const api::ApiError& error);
    void clearError();
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_label;
    QPushButton* m_copyButton;
    QString m_text;
};

} // namespace onboarder::ui
