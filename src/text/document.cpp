#include "claimtrack/text/document.hpp"

#include "claimtrack/core/error.hpp"
#include "claimtrack/text/html.hpp"
#include "claimtrack/text/language.hpp"
#include "claimtrack/text/text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace claimtrack::text {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

/// Checks bytes before any parsing: not empty, not binary, valid UTF-8. Returns whether they
/// are surely NFC already (surely_valid_nfc(): most articles), when the UTF-8 check is that pass.
bool require_text(std::string_view bytes, const std::string& origin) {
    if (trim(bytes).empty()) throw InputError(origin + ": empty input");
    if (looks_binary(bytes)) throw InputError(origin + ": binary data, not a text article");
    if (surely_valid_nfc(bytes)) return true;
    if (auto bad = first_invalid_utf8(bytes))
        throw InputError(origin + ": invalid UTF-8 at byte " + std::to_string(*bad) +
                         " (only UTF-8 input is supported; convert with iconv)");
    return false;
}

bool is_header_key(std::string_view key) {
    static constexpr std::string_view k_keys[] = {"url", "title", "source", "published", "language"};
    const std::string k = lower_ascii(key);
    return std::find(std::begin(k_keys), std::end(k_keys), k) != std::end(k_keys);
}

/// ISO 8601 (a date or a timestamp) or an RFC 822 date; "unknown" or empty
/// leaves the date unset. \throws InputError for anything else: a wrong date
/// would misplace every claim of the article in time; and for a future date.
void set_published(core::Document& doc, std::string_view value, const ReadOptions& options) {
    if (value.empty() || lower_ascii(value) == "unknown") return;
    doc.published = parse_feed_date(value);
    if (!doc.published)
        throw InputError("published: '" + std::string(value) +
                         "' is not a date (YYYY-MM-DD, an ISO 8601 timestamp, an RFC 822 date, or unknown)");
    check_published(doc.published, options);
}

} // namespace

void check_published(const std::optional<core::Date>& published, const ReadOptions& options) {
    if (published && options.latest_published && *published > *options.latest_published)
        throw InputError("published: " + published->iso() + " is in the future (after " +
                         options.latest_published->iso() +
                         "); refused: its claims would shape the state of dates to come (fix the date, or "
                         "write 'unknown')");
}

core::Document parse_text_article(std::string bytes, const std::string& origin, const ReadOptions& options) {
    const bool nfc = require_text(bytes, origin);
    if (bytes.size() > options.max_document_bytes)
        throw InputError(origin + ": " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                         std::to_string(options.max_document_bytes) + " for one article");
    std::size_t bom = std::string_view(bytes).substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; // UTF-8 BOM

    core::Document doc;
    doc.file = origin;

    // Header: leading `key: value` lines with known keys, ended by a blank line.
    const std::string_view view(bytes);
    std::size_t pos = bom;
    std::size_t body_start = 0;
    bool saw_header = false;
    while (pos < view.size()) {
        const std::size_t eol = std::min(view.find('\n', pos), view.size());
        const std::string_view line = trim(view.substr(pos, eol - pos));
        const std::size_t next = eol < view.size() ? eol + 1 : eol;
        if (line.empty()) {
            if (saw_header) body_start = next;
            break;
        }
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || !is_header_key(trim(line.substr(0, colon)))) break;
        const std::string key = lower_ascii(trim(line.substr(0, colon)));
        const std::string_view value = trim(line.substr(colon + 1));
        saw_header = true;
        if (key == "url") doc.url = value;
        else if (key == "title") doc.title = value;
        else if (key == "source") doc.source = value;
        else if (key == "language") doc.language = lower_ascii(value);
        else if (key == "published") {
            try {
                set_published(doc, value, options);
            } catch (const InputError& e) {
                throw InputError(origin + ": " + e.what());
            }
        }
        pos = next;
    }
    if (!saw_header || body_start == 0) {
        // No header block (or a block without its blank line): all of it is body.
        doc = core::Document{};
        doc.file = origin;
        body_start = bom;
    }
    bytes.erase(0, body_start); // the body, in the same storage
    if (!nfc) to_nfc(bytes); // the body of an NFC text, cut after a line break or the BOM, is NFC
    doc.text = std::move(bytes);
    if (trim(doc.text).empty()) throw InputError(origin + ": header but no article text");
    if (doc.language.empty()) doc.language = detect_language(doc.text);
    return doc;
}

core::Document parse_json_line(std::string& line, const std::string& where, const ReadOptions& options) {
    if (auto bad = first_invalid_utf8(line))
        throw InputError("invalid UTF-8 at byte " + std::to_string(*bad) + " of the line");
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
        throw InputError(std::string("broken JSON: ") + e.what());
    }
    std::string().swap(line); // the parsed value holds the text now
    if (!j.is_object()) throw InputError("not a JSON object");
    auto get = [&](const char* key) -> std::string {
        auto it = j.find(key);
        return (it != j.end() && it->is_string()) ? it->get<std::string>() : std::string();
    };
    core::Document doc;
    doc.file = where;
    doc.url = get("url");
    doc.title = get("title");
    doc.source = get("source");
    doc.language = lower_ascii(get("language"));
    set_published(doc, get("published"), options);
    auto text = j.find("text");
    if (text == j.end() || !text->is_string() || trim(text->get_ref<const std::string&>()).empty())
        throw InputError("no \"text\" member");
    doc.text = std::move(text->get_ref<std::string&>()); // moved, not copied: it can be most of the line
    j = nullptr;
    to_nfc(doc.text);
    if (doc.language.empty()) doc.language = detect_language(doc.text);
    return doc;
}

std::vector<core::Document> parse_json_lines(std::string_view bytes, const std::string& origin,
                                             std::vector<std::string>& errors, const ReadOptions& options) {
    // Empty or binary input is refused whole; invalid UTF-8 only costs its line.
    if (trim(bytes).empty()) throw InputError(origin + ": empty input");
    if (looks_binary(bytes)) throw InputError(origin + ": binary data, not JSON Lines");
    std::vector<core::Document> docs;
    std::size_t pos = 0;
    std::size_t line_no = 0;
    while (pos < bytes.size()) {
        const std::size_t eol = std::min(bytes.find('\n', pos), bytes.size());
        const std::string_view view = trim(bytes.substr(pos, eol - pos));
        pos = eol + 1;
        ++line_no;
        if (view.empty()) continue;
        const std::string where = origin + ":" + std::to_string(line_no);
        try {
            if (view.size() > options.max_document_bytes)
                throw InputError(std::to_string(view.size()) + " bytes, over the limit of " +
                                 std::to_string(options.max_document_bytes) + " for one line");
            std::string line(view);
            docs.push_back(parse_json_line(line, where, options));
        } catch (const Error& e) {
            errors.push_back(where + ": " + e.what());
        }
    }
    return docs;
}

} // namespace claimtrack::text
