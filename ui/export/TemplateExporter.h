#pragma once

#include "ui/export/SummaryExporter.h"

namespace onboarder::ui {

// The template summary goes through the one exporter of every summary document.
using TemplateExporter = SummaryExporter;

} // namespace onboarder::ui
