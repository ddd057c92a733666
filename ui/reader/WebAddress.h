// WebAddress: how the reader recognises, tidies and names the http(s) addresses it can open
// (Open Location…, a dropped link, `lede URL`, a recent page).
#pragma once

#include <QString>
#include <QUrl>

namespace lede::ui::WebAddress {

// True for an absolute http:// or https:// address (what core::fetchUrl accepts).
bool isWebAddress(const QString &text);

// What a user typed or pasted, as an address Lede can open: surrounding space trimmed, "https://" put
// in front of a bare "example.org/page". Empty when it is not an http(s) address with a host.
QUrl fromUserInput(const QString &text);

// A short name for tabs, menus and messages: host (with a port other than the scheme's) and path, without the
// scheme or a trailing slash ("example.org/news/harbour"); the query is dropped, and a long name is left for the caller to elide.
QString shortName(const QString &url);

} // namespace lede::ui::WebAddress
