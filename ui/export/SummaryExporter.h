#pragma once

#include "jobs/SetupAssistanceRequest.h"
#include "jobs/TemplateSummary.h"
#include "model/CustomerDraft.h"

#include <QCoreApplication>

#include <optional>

class QPagedPaintDevice;
class QTextDocument;
class QWidget;

namespace onboarder::ui {

// Writes the documents reviewers sign off or send: a template summary, a customer summary and the Wholesale Setup
// Assist request. One way for all of them: PDF (QPdfWriter with QTextDocument from the HTML), HTML, Markdown, or a
// printer chosen in QPrintDialog; files are written atomically. On paper every table gets the same look, whatever the
// HTML says: ruled cells, the label column a fixed share of the width, labels and values aligned at the top.
class SummaryExporter
{
    Q_DECLARE_TR_FUNCTIONS(SummaryExporter)

public:
    enum class Format { Pdf, Html, Markdown };

    // One document in its two sources.
    struct Document
    {
        QString title;
        QString html;
        QString markdown;
    };

    static Document templateSummary(const model::OnboardingTemplate& onboardingTemplate,
                                    const jobs::TemplateSummary::Context& context);
    static Document customerSummary(const model::CustomerDraft& draft, const QLocale& locale, const QString& profile);
    static Document setupAssistance(const jobs::SetupAssistanceRequest::Input& input);

    // From the file's suffix (.pdf, .html/.htm, .md/.markdown); nullopt for anything else.
    static std::optional<Format> formatForPath(const QString& filePath);
    // The filter for a save dialog, PDF first.
    static QString fileDialogFilter();

    static bool exportTo(const Document& document, const QString& filePath, QString* errorMessage = nullptr);
    // Lays the document out on any paged device: the PDF writer of exportTo(), the printer of print().
    static void render(const Document& document, QPagedPaintDevice* device);
    // Asks for a printer and prints; false when cancelled.
    static bool print(const Document& document, QWidget* parent);
    // The HTML as it goes to paper, tables ruled and aligned (also what render() prints).
    static void preparePrintLayout(QTextDocument* document, const QString& html);

    // The template summary, as the templates view, the wizard and the secrets scan call it.
    static bool exportTo(const model::OnboardingTemplate& onboardingTemplate,
                         const jobs::TemplateSummary::Context& context,
                         const QString& filePath,
                         QString* errorMessage = nullptr);
    static void render(const model::OnboardingTemplate& onboardingTemplate,
                       const jobs::TemplateSummary::Context& context,
                       QPagedPaintDevice* device);
    static bool print(const model::OnboardingTemplate& onboardingTemplate,
                      const jobs::TemplateSummary::Context& context,
                      QWidget* parent);
};

} // namespace onboarder::ui
