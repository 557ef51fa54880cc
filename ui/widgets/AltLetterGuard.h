#pragma once

#include <QObject>

namespace onboarder::ui {

// Alt with a letter is a mnemonic. When no enabled button or label takes it (Create while the precheck still runs,
// Next while a page is incomplete), Qt hands the key to the focused text field, which types the letter: Alt+C
// pressed early left a "c" in the customer summary's users file, and Create then waited for a file called "c".
// Installed on the application, this drops such keys before a text field sees them; AltGr characters (Ctrl+Alt on
// Windows, a group switch on X11) still type.
class AltLetterGuard : public QObject
{
    Q_OBJECT

public:
    explicit AltLetterGuard(QObject* parent = nullptr);

    // Installs one guard on the running application (once, however often it is called).
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace onboarder::ui
