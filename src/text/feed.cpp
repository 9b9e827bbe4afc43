// RSS/Atom feeds, an item at a time, through libxml2's streaming reader
// (xmlTextReader): memory holds the item being read, not the whole feed.

#include "claimtrack/core/error.hpp"
#include "claimtrack/text/html.hpp"
#include "claimtrack/text/language.hpp"
#include "claimtrack/text/stream.hpp"
#include "claimtrack/text/text.hpp"
#include "markup.hpp"

#include <libxml/xmlreader.h>

#include <climits>
#include <memory>

namespace claimtrack::text {

namespace {

using namespace markup;

struct ReaderFree {
    void operator()(xmlTextReader* r) const { xmlFreeTextReader(r); }
};
using ReaderPtr = std::unique_ptr<xmlTextReader, ReaderFree>;

/// No entity substitution (XML_PARSE_NOENT), no DTD loading (XML_PARSE_DTDLOAD),
/// no network; errors are collected, not printed.
constexpr int k_xml_options = XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET;

/// libxml2's input callback over a std::istream.
int read_stream(void* context, char* buffer, int len) {
    auto* in = static_cast<std::istream*>(context);
    in->read(buffer, len);
    if (in->bad()) return -1;
    return static_cast<int>(in->gcount());
}
int close_stream(void*) { return 0; }

class FeedStream final : public DocumentStream {
public:
    FeedStream(ReaderPtr reader, std::string origin, ReadOptions options)
        : m_reader(std::move(reader)), m_origin(std::move(origin)), m_options(options) {
        if (!m_reader) throw InputError(m_origin + ": cannot start the XML reader");
        xmlTextReaderSetStructuredErrorHandler(m_reader.get(), &FeedStream::on_error, this);
    }

    std::optional<core::Document> next(std::vector<std::string>& errors) override {
        while (!m_done) {
            const int ret = m_advance_by_next ? xmlTextReaderNext(m_reader.get()) : xmlTextReaderRead(m_reader.get());
            m_advance_by_next = false;
            if (ret != 1) {
                finish(ret, errors);
                break;
            }
            const int type = xmlTextReaderNodeType(m_reader.get());
            if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
                check_entities(xmlTextReaderCurrentNode(m_reader.get()));
                continue;
            }
            if (type != XML_READER_TYPE_ELEMENT) continue;
            const int depth = xmlTextReaderDepth(m_reader.get());
            if (depth == 0) {
                m_saw_root = true;
                continue;
            }
            const xmlChar* local = xmlTextReaderConstLocalName(m_reader.get());
            const std::string name = local ? lower(reinterpret_cast<const char*>(local)) : "";
            // Items: rss/channel/item, rdf:RDF/item, or feed/entry.
            if (depth > 2 || (name != "item" && name != "entry")) continue;
            const xmlNode* item = xmlTextReaderExpand(m_reader.get());
            m_advance_by_next = true; // past the item's subtree (libxml2 frees it)
            if (item == nullptr) continue; // the error handler has the reason; the next read fails
            check_entities(item);
            ++m_items;
            if (auto doc = document(item, errors)) return doc;
        }
        return std::nullopt;
    }

private:
    static void on_error(void* self, xmlErrorPtr error) {
        auto* s = static_cast<FeedStream*>(self);
        if (error == nullptr || error->level < XML_ERR_ERROR || !s->m_error.empty()) return;
        std::string msg = error->message ? squeeze(error->message) : "XML error";
        s->m_error = "line " + std::to_string(error->line) + ": " + msg;
    }

    /// At the DOCTYPE (its internal subset is parsed whole by then) and again
    /// before each item: a cheap look at the entity table of the node's
    /// document. (Never through xmlTextReaderCurrentDoc: that hands the
    /// document to the caller, who must then free it.)
    void check_entities(const xmlNode* node) const {
        if (node != nullptr && node->doc != nullptr) refuse_declared_entities(node->doc, m_origin);
    }

    void finish(int ret, std::vector<std::string>& errors) {
        m_done = true;
        if (ret < 0) {
            const std::string why = m_error.empty() ? "XML error" : m_error;
            if (m_items == 0) throw InputError(m_origin + ": not a parseable RSS/Atom feed: " + why);
            errors.push_back(m_origin + ": " + why + " (after item " + std::to_string(m_items) +
                             "; the items before it were read)");
            return;
        }
        if (m_items == 0)
            throw InputError(m_origin + (m_saw_root ? ": feed without items" : ": not a parseable RSS/Atom feed"));
    }

    /// The document of one item/entry, or nullopt (reported) when it has no text or a future date.
    std::optional<core::Document> document(const xmlNode* item, std::vector<std::string>& errors) const {
        core::Document d;
        d.file = m_origin + "#" + std::to_string(m_items);
        std::string body, summary;
        for (const xmlNode* n = item->children; n != nullptr; n = n->next) {
            if (n->type != XML_ELEMENT_NODE) continue;
            const std::string name = name_of(n);
            if (name == "title") d.title = squeeze(content(n));
            else if (name == "link") d.url = !attr(n, "href").empty() ? attr(n, "href") : squeeze(content(n));
            else if ((name == "pubdate" || name == "published" || name == "date" || name == "updated") && !d.published)
                d.published = parse_feed_date(content(n));
            else if (name == "encoded" || name == "content") body = content(n);
            else if (name == "description" || name == "summary") summary = content(n);
        }
        const std::string where = m_origin + ": item " + std::to_string(m_items);
        if ((body.empty() ? summary : body).size() > m_options.max_document_bytes) {
            errors.push_back(where + ": over the limit of " + std::to_string(m_options.max_document_bytes) +
                             " bytes for one item");
            return std::nullopt;
        }
        std::string text = fragment_text(body.empty() ? summary : body, d.file);
        if (text.empty()) {
            errors.push_back(where + ": no text");
            return std::nullopt;
        }
        try {
            check_published(d.published, m_options);
        } catch (const InputError& e) {
            errors.push_back(where + ": " + e.what());
            return std::nullopt;
        }
        to_nfc(text);
        d.text = std::move(text);
        d.language = detect_language(d.text);
        return d;
    }

    ReaderPtr m_reader;
    std::string m_origin;
    ReadOptions m_options;
    std::string m_error;    ///< the first XML error, "line N: message"
    std::size_t m_items = 0;
    bool m_saw_root = false;
    bool m_advance_by_next = false;
    bool m_done = false;
};

} // namespace

std::unique_ptr<DocumentStream> stream_feed(std::istream& in, std::string origin, ReadOptions options) {
    ReaderPtr reader(xmlReaderForIO(read_stream, close_stream, &in, origin.c_str(), nullptr, k_xml_options));
    return std::make_unique<FeedStream>(std::move(reader), std::move(origin), options);
}

std::vector<core::Document> parse_feed(std::string_view bytes, const std::string& origin,
                                       std::vector<std::string>& errors, const ReadOptions& options) {
    require_markup_text(bytes, origin);
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw InputError(origin + ": over 2 GiB");
    ReaderPtr reader(xmlReaderForMemory(bytes.data(), static_cast<int>(bytes.size()), origin.c_str(), nullptr,
                                        k_xml_options));
    FeedStream stream(std::move(reader), origin, options);
    std::vector<core::Document> docs;
    while (auto d = stream.next(errors)) docs.push_back(std::move(*d));
    return docs;
}

} // namespace claimtrack::text
