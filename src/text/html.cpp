#include "claimtrack/text/html.hpp"

#include "claimtrack/core/error.hpp"
#include "claimtrack/text/language.hpp"
#include "markup.hpp"
#include "claimtrack/text/text.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/hash.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <memory>

namespace claimtrack::text {

namespace markup {

struct XmlCharFree {
    void operator()(xmlChar* s) const { xmlFree(s); }
};

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string name_of(const xmlNode* n) { return n->name ? lower(reinterpret_cast<const char*>(n->name)) : ""; }

std::string attr(const xmlNode* n, const char* key) {
    std::unique_ptr<xmlChar, XmlCharFree> v(xmlGetProp(n, reinterpret_cast<const xmlChar*>(key)));
    return v ? std::string(reinterpret_cast<const char*>(v.get())) : std::string();
}

/// The text under `n`: its text and CDATA nodes, in document order. Entity
/// references are not followed (xmlNodeGetContent would expand them, once per
/// reference: a 100 KB feed that references one large entity a thousand times
/// would expand to gigabytes), so the text is never longer than the input.
void append_content(const xmlNode* n, std::string& out) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content != nullptr) out += reinterpret_cast<const char*>(n->content);
        return;
    }
    if (n->type != XML_ELEMENT_NODE && n->type != XML_DOCUMENT_NODE && n->type != XML_HTML_DOCUMENT_NODE) return;
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) append_content(c, out);
}

std::string content(const xmlNode* n) {
    std::string out;
    append_content(n, out);
    return out;
}

/// Collapses runs of white space (ASCII and no-break space) to one space, trimmed.
std::string squeeze(std::string_view s) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        const bool nbsp = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0;
        if (std::isspace(c) || nbsp) {
            space = !out.empty();
            if (nbsp) ++i;
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(static_cast<char>(c));
    }
    return out;
}

bool skipped_element(const std::string& name) {
    static constexpr std::array<const char*, 12> k_skip{"script", "style", "nav",    "header", "footer",   "aside",
                                                         "form",   "noscript", "button", "svg",  "figcaption", "iframe"};
    return std::any_of(k_skip.begin(), k_skip.end(), [&](const char* s) { return name == s; });
}

bool block_element(const std::string& name) {
    static constexpr std::array<const char*, 9> k_blocks{"p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "td"};
    return std::any_of(k_blocks.begin(), k_blocks.end(), [&](const char* s) { return name == s; });
}

/// Facts gathered in one walk over the page.
struct PageFacts {
    const xmlNode* article = nullptr;
    const xmlNode* body = nullptr;
    std::string title;
    std::string og_title;
    std::string canonical;
    std::string og_url;
    std::string meta_published;
    std::string jsonld_published;
    std::string time_datetime;
};

std::string find_date_published(const nlohmann::json& j) {
    if (j.is_object()) {
        if (auto it = j.find("datePublished"); it != j.end() && it->is_string()) return it->get<std::string>();
        for (const auto& [k, v] : j.items())
            if (auto d = find_date_published(v); !d.empty()) return d;
    } else if (j.is_array()) {
        for (const auto& v : j)
            if (auto d = find_date_published(v); !d.empty()) return d;
    }
    return {};
}

void gather(const xmlNode* n, PageFacts& f) {
    for (; n != nullptr; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        const std::string name = name_of(n);
        if (name == "article" && f.article == nullptr) f.article = n;
        else if (name == "body" && f.body == nullptr) f.body = n;
        else if (name == "title" && f.title.empty()) f.title = squeeze(content(n));
        else if (name == "time" && f.time_datetime.empty()) f.time_datetime = attr(n, "datetime");
        else if (name == "link" && lower(attr(n, "rel")) == "canonical") f.canonical = attr(n, "href");
        else if (name == "meta") {
            const std::string key = lower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"));
            const std::string value = attr(n, "content");
            if (key == "og:title") f.og_title = value;
            else if (key == "og:url") f.og_url = value;
            else if ((key == "article:published_time" || key == "datepublished" || key == "pubdate" ||
                      key == "date" || key == "dc.date") && f.meta_published.empty())
                f.meta_published = value;
        } else if (name == "script" && lower(attr(n, "type")) == "application/ld+json" && f.jsonld_published.empty()) {
            const auto j = nlohmann::json::parse(content(n), nullptr, false);
            if (!j.is_discarded()) f.jsonld_published = find_date_published(j);
        }
        gather(n->children, f);
    }
}

/// Paragraph texts under `n`, in document order, skipping boilerplate subtrees.
void paragraphs(const xmlNode* n, std::vector<std::string>& out) {
    for (; n != nullptr; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        const std::string name = name_of(n);
        if (skipped_element(name)) continue;
        if (block_element(name)) {
            if (std::string t = squeeze(content(n)); !t.empty()) out.push_back(std::move(t));
            continue;
        }
        paragraphs(n->children, out);
    }
}

/// All text under `n` outside boilerplate subtrees, for pages without paragraphs.
void visible_text(const xmlNode* n, std::string& out) {
    for (; n != nullptr; n = n->next) {
        if (n->type == XML_TEXT_NODE && n->content != nullptr) {
            out += reinterpret_cast<const char*>(n->content);
            out += ' ';
        } else if (n->type == XML_ELEMENT_NODE && !skipped_element(name_of(n))) {
            visible_text(n->children, out);
        }
    }
}

std::string join_paragraphs(const std::vector<std::string>& ps) {
    std::string text;
    for (const auto& p : ps) {
        if (!text.empty()) text += "\n\n";
        text += p;
    }
    return text;
}

XmlDocPtr read_html(std::string_view bytes, const std::string& origin) {
    XmlDocPtr doc(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), origin.c_str(), "UTF-8",
                                 HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
    if (!doc) throw InputError(origin + ": not parseable as HTML");
    return doc;
}

/// Text of an HTML fragment (an RSS description).
std::string fragment_text(const std::string& html, const std::string& origin) {
    if (html.find('<') == std::string::npos) return squeeze(html);
    const auto doc = read_html("<html><body>" + html + "</body></html>", origin);
    std::vector<std::string> ps;
    paragraphs(xmlDocGetRootElement(doc.get()), ps);
    if (ps.empty()) return squeeze(content(xmlDocGetRootElement(doc.get())));
    return join_paragraphs(ps);
}

void require_markup_text(std::string_view bytes, const std::string& origin) {
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) throw InputError(origin + ": empty input");
    if (looks_binary(bytes)) throw InputError(origin + ": binary data, not a page");
    if (auto bad = first_invalid_utf8(bytes))
        throw InputError(origin + ": invalid UTF-8 at byte " + std::to_string(*bad) +
                         " (only UTF-8 input is supported; convert with iconv)");
}

/// Feeds have no business declaring entities; one that does is either broken
/// or an expansion attack ("billion laughs", or one large entity referenced
/// thousands of times). Entities are never expanded here (the parser runs
/// without XML_PARSE_NOENT and XML_PARSE_DTDLOAD, and content() does not follow
/// references), but silently dropping their text would lose words of the
/// article, so such a feed is refused whole, with the reason.
void refuse_declared_entities(const xmlDoc* doc, const std::string& origin) {
    for (const xmlDtd* dtd : {doc->intSubset, doc->extSubset}) {
        if (dtd == nullptr || dtd->entities == nullptr) continue;
        if (xmlHashSize(static_cast<xmlHashTablePtr>(dtd->entities)) > 0)
            throw InputError(origin + ": the feed declares its own XML entities (<!ENTITY ...> in a DOCTYPE); "
                                      "refused: entities are not expanded (an expansion can take gigabytes)");
    }
}

std::string head_lower(std::string_view bytes) { return lower(bytes.substr(0, std::min<std::size_t>(bytes.size(), 1024))); }

} // namespace markup

using namespace markup;

bool looks_like_html(std::string_view bytes) {
    const std::string head = head_lower(bytes);
    return head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos;
}

bool looks_like_feed(std::string_view bytes) {
    const std::string head = head_lower(bytes);
    return head.find("<rss") != std::string::npos || head.find("<feed") != std::string::npos ||
           head.find("<rdf:rdf") != std::string::npos;
}

std::optional<core::Date> parse_feed_date(std::string_view s) {
    s = s.substr(std::min(s.find_first_not_of(" \t\r\n"), s.size()));
    if (auto iso = core::Date::parse(s)) return iso;
    // RFC 822: [Day, ] DD Mon YYYY ...
    if (auto comma = s.find(','); comma != std::string_view::npos && comma < 5) s.remove_prefix(comma + 1);
    int day = 0, year = 0;
    char mon[4] = {};
    if (std::sscanf(std::string(s).c_str(), " %d %3s %d", &day, mon, &year) != 3) return std::nullopt;
    static constexpr std::array<const char*, 12> k_months{"jan", "feb", "mar", "apr", "may", "jun",
                                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    const std::string m = lower(mon);
    const auto it = std::find_if(k_months.begin(), k_months.end(), [&](const char* x) { return m == x; });
    if (it == k_months.end()) return std::nullopt;
    if (year < 100) year += 2000;
    const int month = static_cast<int>(it - k_months.begin()) + 1;
    if (!core::Date::valid(year, month, day)) return std::nullopt;
    return core::Date{year, month, day};
}

core::Document parse_html_article(std::string_view bytes, const std::string& origin, const ReadOptions& options) {
    require_markup_text(bytes, origin);
    const auto doc = read_html(bytes, origin);
    PageFacts facts;
    gather(xmlDocGetRootElement(doc.get()), facts);

    std::vector<std::string> ps;
    paragraphs(facts.article ? facts.article->children : facts.body ? facts.body->children : nullptr, ps);
    if (ps.empty() && facts.body) {
        std::string all;
        visible_text(facts.body->children, all);
        if (all = squeeze(all); !all.empty()) ps.push_back(std::move(all));
    }
    if (ps.empty()) throw InputError(origin + ": HTML page without article text");

    core::Document out;
    out.file = origin;
    out.title = !facts.og_title.empty() ? squeeze(facts.og_title) : facts.title;
    out.url = !facts.canonical.empty() ? facts.canonical : facts.og_url;
    for (const std::string* d : {&facts.meta_published, &facts.jsonld_published, &facts.time_datetime})
        if (!out.published && !d->empty()) out.published = parse_feed_date(*d);
    try {
        check_published(out.published, options);
    } catch (const InputError& e) {
        throw InputError(origin + ": " + e.what());
    }
    out.text = join_paragraphs(ps);
    to_nfc(out.text);
    out.language = detect_language(out.text);
    return out;
}

} // namespace claimtrack::text
