#pragma once
/// \file
/// Articles from saved HTML pages and from RSS/Atom feeds, through libxml2's
/// HTML and XML parsers. Pure functions of bytes; thread-safe.

#include "claimtrack/core/types.hpp"
#include "claimtrack/text/document.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::text {

/// True when the bytes look like an HTML page (a doctype or an <html> tag near the start).
bool looks_like_html(std::string_view bytes);

/// True when the bytes look like an RSS or Atom feed.
bool looks_like_feed(std::string_view bytes);

/// A saved HTML page: the main text (paragraphs of <article>, or of the body
/// when there is none; scripts, navigation, headers and footers left out),
/// the title (og:title, else <title>), the canonical URL, and the publication
/// date from article:published_time, JSON-LD datePublished or <time datetime>.
/// \throws InputError naming `origin` when no text is found or the bytes are not
/// text, and for a publication date after options.latest_published.
core::Document parse_html_article(std::string_view bytes, const std::string& origin, const ReadOptions& options = {});

/// An RSS 2.0 or Atom feed: one document per item/entry (title, link,
/// pubDate/published/updated, description/content with markup removed).
/// Items without text (or dated in the future) are reported in `errors` as
/// "ORIGIN: item N: reason". Entities are never expanded: a feed that declares
/// any is refused (see stream_feed, which this drains).
/// \throws InputError naming `origin` when the feed cannot be parsed.
std::vector<core::Document> parse_feed(std::string_view bytes, const std::string& origin,
                                       std::vector<std::string>& errors, const ReadOptions& options = {});

/// Parses an RFC 822 date ("Tue, 10 Sep 2024 07:00:00 GMT") or an ISO 8601 one.
std::optional<core::Date> parse_feed_date(std::string_view s);

} // namespace claimtrack::text
