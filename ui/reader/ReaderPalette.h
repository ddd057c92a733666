// ReaderPalette: a dark palette switch for checking the reader on dark desktops
// (LEDE_PALETTE=dark in the environment, or --palette dark). The normal case is the system's.
#pragma once

#include <QPalette>
#include <QString>

namespace lede::ui {

class ReaderPalette final
{
public:
    // A dark Fusion palette close to common dark desktop themes.
    static QPalette dark();
    // Applies `name` ("dark", "light"; empty reads $LEDE_PALETTE) to the application.
    // Returns false when nothing was changed (the system palette stays).
    static bool applyNamed(QString name);
};

} // namespace lede::ui
