#pragma once

#include "model/OnboardingTemplate.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class DraftCompareDialog;
}

namespace onboarder::ui {

// Two onboarding template drafts side by side, setting by setting; by default only the settings that differ, so a
// reviewer sees at once what changed between two versions of a plan.
class DraftCompareDialog : public QDialog
{
    Q_OBJECT

public:
    DraftCompareDialog(const model::OnboardingTemplate& left,
                       const QString& leftTitle,
                       const model::OnboardingTemplate& right,
                       const QString& rightTitle,
                       QWidget* parent = nullptr);
    ~DraftCompareDialog() override;

    // The number of settings that differ.
    int differenceCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void setHeaders();

    void fill();

    const QScopedPointer<Ui::DraftCompareDialog> m_ui;
    QString m_leftTitle;
    QString m_rightTitle;
    model::OnboardingTemplate m_left;
    model::OnboardingTemplate m_right;
    int m_differences = 0;
};

} // namespace onboarder::ui
