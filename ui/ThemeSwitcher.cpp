#include "ui/ThemeSwitcher.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace onboarder::ui {

namespace {

const char* const kSettingsKey = "ui/theme";

struct Original
{
    bool saved = false;
    QString styleName;
    QPalette palette;
};

Original& original()
{
    static Original o;
    return o;
}

QString& current()
{
    static QString theme = QStringLiteral("system");
    return theme;
}

} // namespace

QString ThemeSwitcher::system()
{
    return QStringLiteral("system");
}

QString ThemeSwitcher::light()
{
    return QStringLiteral("light");
}

QString ThemeSwitcher::dark()
{
    return QStringLiteral("dark");
}

QStringList ThemeSwitcher::themes()
{
    return { system(), light(), dark() };
}

QString ThemeSwitcher::savedTheme()
{
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    return themes().contains(saved) ? saved : system();
}

void ThemeSwitcher::saveTheme(const QString& theme)
{
    QSettings().setValue(QLatin1String(kSettingsKey), themes().contains(theme) ? theme : system());
}

QPalette ThemeSwitcher::lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

QPalette ThemeSwitcher::darkPalette()
{
    // Contrast of text on base and window stays above 7:1; links and highlights above 4.5:1.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabledText(0x8a, 0x8c, 0x90);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x39, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText }) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}

bool ThemeSwitcher::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

void ThemeSwitcher::apply(const QString& theme)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app) {
        return;
    }
    Original& o = original();
    if (!o.saved) {
        o.saved = true;
        o.styleName = app->style()->name();
        o.palette = QApplication::palette();
    }
    const QString chosen = themes().contains(theme) ? theme : system();
    if (chosen == system()) {
        if (app->style()->name() != o.styleName) {
            QApplication::setStyle(QStyleFactory::create(o.styleName));
        }
        QApplication::setPalette(o.palette);
    } else {
        // Fusion draws every control from the palette, so both overrides look the same on every desktop.
        if (app->style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0) {
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        }
        QApplication::setPalette(chosen == dark() ? darkPalette() : lightPalette());
    }
    applyStyleSheet();
    current() = chosen;
}

void ThemeSwitcher::applyStyleSheet()
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app) {
        return;
    }
    auto read = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const QString colours = isDark(QApplication::palette()) ? QStringLiteral(":/style/onboarder-dark.qss")
                                                            : QStringLiteral(":/style/onboarder-light.qss");
    app->setStyleSheet(read(QStringLiteral(":/style/onboarder.qss")) + read(colours));
}

QString ThemeSwitcher::currentTheme()
{
    return current();
}

} // namespace onboarder::ui
