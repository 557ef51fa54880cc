#include "ui/export/TemplateExporter.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace onboarder::ui {

namespace {
bool writeText(const QString& text, const QString& filePath, QString* errorMessage)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage) {
            *errorMessage = file.errorString();
        }
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        if (errorMessage) {
            *errorMessage = file.errorString();
        }
        return false;
    }
    return true;
}
} // namespace

std::optional<TemplateExporter::Format> TemplateExporter::formatForPath(const QString& filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        return Format::Html;
    }
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        return Format::Markdown;
    }
    return std::nullopt;
}

QString TemplateExporter::fileDialogFilter()
{
    return tr("PDF document (*.pdf);;HTML page (*.html *.htm);;Markdown (*.md)");
}

bool TemplateExporter::exportTo(const model::OnboardingTemplate& t,
                                const jobs::TemplateSummary::Context& context,
                                const QString& filePath,
                                QString* errorMessage)
{
    const auto format = formatForPath(filePath);
    if (!format) {
        if (errorMessage) {
            *errorMessage = tr("Choose a file name ending in .pdf, .html or .md.");
        }
        return false;
    }
    QString error;
    bool ok = false;
    switch (*format) {
    case Format::Html:
        ok = writeText(jobs::TemplateSummary::toHtml(t, context), filePath, &error);
        break;
    case Format::Markdown:
        ok = writeText(jobs::TemplateSummary::toMarkdown(t, context), filePath, &error);
        break;
    case Format::Pdf: {
        // QPdfWriter writes straight to its device; render into a QSaveFile so a failure leaves no half PDF.
        QSaveFile file(filePath);
        if (!file.open(QIODevice::WriteOnly)) {
            error = file.errorString();
            break;
        }
        {
            QPdfWriter writer(&file);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(300);
            writer.setTitle(tr("Onboarding template: %1").arg(t.name));
            writer.setCreator(QStringLiteral("Onboarder"));
            render(t, context, &writer);
        }
        ok = file.commit();
        if (!ok) {
            error = file.errorString();
        }
        break;
    }
    }
    if (!ok && errorMessage) {
        *errorMessage = tr("Cannot write %1: %2").arg(filePath, error);
    }
    return ok;
}

bool TemplateExporter::print(const model::OnboardingTemplate& t,
                             const jobs::TemplateSummary::Context& context,
                             QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Onboarding template: %1").arg(t.name));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Template Summary"));
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    render(t, context, &printer);
    return true;
}

void TemplateExporter::render(const model::OnboardingTemplate& t,
                              const jobs::TemplateSummary::Context& context,
                              QPagedPaintDevice* device)
{
    QTextDocument document;
    document.setHtml(jobs::TemplateSummary::toHtml(t, context));
    // print() lays the document out for the device's page and resolution itself.
    document.print(device);
}

} // namespace onboarder::ui
