// The baseline of bench_Startup: the smallest honest Qt Widgets main window (a menu, a toolbar, a table and a status
// bar), built in the same tree with the same flags, reporting its first paint the way the application does.
#include "gui/FirstPaintReport.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal"));
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.addToolBar(QStringLiteral("Main"))->addAction(QStringLiteral("Refresh"));
    auto* table = new QTableWidget(20, 4, &window);
    for (int row = 0; row < 20; ++row) {
        for (int column = 0; column < 4; ++column) {
            table->setItem(row, column, new QTableWidgetItem(QStringLiteral("%1,%2").arg(row).arg(column)));
        }
    }
    window.setCentralWidget(table);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1100, 700);
    onboarder::ui::reportFirstPaintIfAsked(&window);
    window.show();
    return QApplication::exec();
}
