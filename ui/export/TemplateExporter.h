#pragma once

#include "jobs/TemplateSummary.h"

#include <QCoreApplication>

#include <optional>

class QPagedPaintDevice;
class QWidget;

namespace onboarder::ui {

// Writes a template summary where reviewers need it: a PDF (QPdfWriter + QTextDocument from the same HTML), an
// HTML or a Markdown file, or a printer chosen in QPrintDialog. Files are written atomically.
class TemplateExporter
{
    Q_DECLARE_TR_FUNCTIONS(TemplateExporter)

public:
    enum class Format { Pdf, Html, Markdown };

    // From the file's suffix (.pdf, .html/.htm, .md/.markdown); nullopt for anything else.
    static std::optional<Format> formatForPath(const QString& filePath);
    // The filter for a save dialog, PDF first.
    static QString fileDialogFilter();

    static bool exportTo(const model::OnboardingTemplate& onboardingTemplate,
                         const jobs::TemplateSummary::Context& context,
                         const QString& filePath,
                         QString* errorMessage = nullptr);
    // Lays the summary out on any paged device: the PDF writer of exportTo(), the printer of print().
    static void render(const model::OnboardingTemplate& onboardingTemplate,
                       const jobs::TemplateSummary::Context& context,
                       QPagedPaintDevice* device);
    // Asks for a printer and prints; false when cancelled or failed.
    static bool print(const model::OnboardingTemplate& onboardingTemplate,
                      const jobs::TemplateSummary::Context& context,
                      QWidget* parent);
};

} // namespace onboarder::ui
