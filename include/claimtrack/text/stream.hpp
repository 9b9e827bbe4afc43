#pragma once
/// \file
/// Streaming readers: documents pulled one at a time from a stream, so that
/// memory holds one JSON line or one feed item, never the whole input.

#include "claimtrack/core/types.hpp"
#include "claimtrack/text/document.hpp"

#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace claimtrack::text {

/// A source of documents. Not thread-safe; use from one thread.
class DocumentStream {
public:
    DocumentStream() = default;
    DocumentStream(const DocumentStream&) = delete;
    DocumentStream& operator=(const DocumentStream&) = delete;
    virtual ~DocumentStream() = default;

    /// The next document, or nullopt at the end. A bad record (a JSON line, a
    /// feed item) is reported in `errors`, naming the input and the record, and
    /// skipped. \throws InputError naming the input when it cannot be read as a
    /// whole (not this format, unreadable, an XML error before the first item).
    virtual std::optional<core::Document> next(std::vector<std::string>& errors) = 0;
};

/// JSON Lines from `in`, a line at a time (at most options.max_document_bytes
/// per line; a longer line is reported and skipped). `in` must outlive the stream.
std::unique_ptr<DocumentStream> stream_json_lines(std::istream& in, std::string origin, ReadOptions options = {});

/// RSS/Atom items from `in`, an item at a time (libxml2's streaming reader;
/// no entity substitution, no DTD loading, no network). A feed that declares
/// XML entities is refused. An XML error after some items ends the stream
/// with the error reported. `in` must outlive the stream.
std::unique_ptr<DocumentStream> stream_feed(std::istream& in, std::string origin, ReadOptions options = {});

/// A stream of the one document given (a text article or an HTML page, read whole).
std::unique_ptr<DocumentStream> single_document(core::Document doc);

} // namespace claimtrack::text
