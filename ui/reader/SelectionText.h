// SelectionText: the plain text a copy of the article view's selection puts on the clipboard.
//
// QTextDocumentFragment writes every block on a line of its own, so a copied table would come out
// one cell per line. Here the cells of one row are joined by tabs and rows end with a newline, the
// form spreadsheets and editors paste as a table; everything else reads as toPlainText() gives it.
#pragma once

#include <QString>

class QTextCursor;

namespace lede::ui {

QString selectionPlainText(const QTextCursor &cursor);

} // namespace lede::ui
