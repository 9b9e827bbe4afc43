#pragma once
// Helpers shared by the HTML page reader (html.cpp) and the feed reader
// (feed.cpp), over libxml2 trees. Private to the text module.

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

namespace claimtrack::text::markup {

struct XmlDocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

std::string lower(std::string_view s);
/// The element's name, lower-cased ("" for unnamed nodes).
std::string name_of(const xmlNode* n);
/// The attribute's value, or "".
std::string attr(const xmlNode* n, const char* key);
/// The text under `n` (text and CDATA nodes only: entity references are never followed).
std::string content(const xmlNode* n);
/// Runs of white space (ASCII and no-break space) collapsed to one space, trimmed.
std::string squeeze(std::string_view s);
/// The text of an HTML fragment (an RSS description): its paragraphs, else all of it.
std::string fragment_text(const std::string& html, const std::string& origin);
/// \throws InputError naming `origin` for empty, binary or invalid UTF-8 bytes.
void require_markup_text(std::string_view bytes, const std::string& origin);
/// \throws InputError naming `origin` when the document declares XML entities.
void refuse_declared_entities(const xmlDoc* doc, const std::string& origin);

} // namespace claimtrack::text::markup
