#pragma once

#include "jobs/SetupAssistanceRequest.h"

#include <QDialog>
#include <QScopedPointer>

#include <functional>

namespace Ui {
class SetupAssistanceDialog;
}

namespace onboarder::ui {

// Prepares the Wholesale Setup Assist request for one customer: the partner adds its contact, sees the tier of
// every location and a preview, and saves the document (PDF, HTML or Markdown, written atomically) or copies it.
class SetupAssistanceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SetupAssistanceDialog(const jobs::SetupAssistanceRequest::Input& input, QWidget* parent = nullptr);
    ~SetupAssistanceDialog() override;

    jobs::SetupAssistanceRequest::Input input() const;
    // Writes the request; the format follows the suffix (.pdf, .html/.htm, .md).
    bool exportTo(const QString& filePath, QString* errorMessage = nullptr) const;
    // Test seam: answers the file dialog with this path instead of showing it.
    void setSaveFileAnswer(std::function<QString()> answer);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void save();

    const QScopedPointer<Ui::SetupAssistanceDialog> m_ui;
    jobs::SetupAssistanceRequest::Input m_input;
    std::function<QString()> m_saveAnswer;
};

} // namespace onboarder::ui
