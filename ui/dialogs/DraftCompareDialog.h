#pragma once

#include "model/CustomerDraft.h"
#include "model/OnboardingTemplate.h"

#include <QDialog>
#include <QScopedPointer>

#include <functional>

namespace Ui {
class DraftCompareDialog;
}

namespace onboarder::ui {

// Two drafts side by side, setting by setting: two onboarding templates, or two customer plans. By default only the
// settings that differ, so a reviewer sees at once what changed between two versions of a plan. The settings are the
// rows of the drafts' summaries (TemplateSummary, CustomerSummary), in the current language.
class DraftCompareDialog : public QDialog
{
    Q_OBJECT

public:
    DraftCompareDialog(const model::OnboardingTemplate& left,
                       const QString& leftTitle,
                       const model::OnboardingTemplate& right,
                       const QString& rightTitle,
                       QWidget* parent = nullptr);
    DraftCompareDialog(const model::CustomerDraft& left,
                       const QString& leftTitle,
                       const model::CustomerDraft& right,
                       const QString& rightTitle,
                       QWidget* parent = nullptr);
    ~DraftCompareDialog() override;

    // The number of settings that differ.
    int differenceCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Setting
    {
        QString key; // the same setting in both drafts
        QString section;
        QString label;
        QString value;
    };
    using Settings = std::function<QList<Setting>(bool left)>;

    DraftCompareDialog(Settings settings, const QString& leftTitle, const QString& rightTitle, QWidget* parent);
    void setHeaders();
    void fill();

    const QScopedPointer<Ui::DraftCompareDialog> m_ui;
    QString m_leftTitle;
    QString m_rightTitle;
    Settings m_settings;
    int m_differences = 0;
};

} // namespace onboarder::ui
