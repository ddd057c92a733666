// ViewCentering: scrolling a text view so that a stretch of its text sits in the middle of the viewport,
// the way a reader expects a jump (next mention, a context line, a timeline sentence) to land — with room
// above and below to read it in its context, never on the viewport's bottom edge.
#pragma once

class QTextEdit;

namespace lede::ui {

// Scrolls `view` so that its positions [from, to) are centred vertically (a stretch taller than the
// viewport starts near its top) and horizontally visible. Moves neither the caret nor the selection.
// Positions outside the document are clamped; a null view does nothing.
void centerOnRange(QTextEdit *view, int from, int to);

} // namespace lede::ui
