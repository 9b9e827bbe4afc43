#pragma once
/// \file
/// Articles from Telegram Desktop's "Export chat history" in JSON
/// (result.json): one document per message with text. The file is read as a
/// stream of JSON events (nlohmann's SAX interface): only the message being
/// read is held in memory, so an export of hundreds of thousands of messages
/// costs what one message costs. Thread-safe (no shared state).
///
/// Both export shapes are read: a single chat ({"name", "type", "id",
/// "messages": [...]}) and a whole account ({"chats": {"list": [chat...]},
/// "left_chats": {...}}). For each message of type "message":
///  - text: "text" (a string, or an array of strings and entity objects
///    {"type": "bold", "text": "..."}) with the entities' text joined in order,
///    markup dropped; "text_entities" when "text" is absent;
///  - published: the message date ("date", ISO 8601, the exporter's local time);
///  - url: https://t.me/<channel>/<id> when the channel's public name is known
///    (TelegramOptions::channel), else https://t.me/c/<chat id>/<id> for a channel;
///  - source: the chat's name, or for a forwarded post the original channel
///    ("forwarded_from"), so that its claims keep their first author;
///  - title: "<chat name>, post <id>", plus ", edited <date time>" for an
///    edited message (the export holds its last text; "edited" is the date of that text).
/// Service messages, media without a caption and empty messages are skipped
/// and counted in TelegramStats.

#include "claimtrack/core/types.hpp"

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

namespace claimtrack::text {

struct TelegramOptions {
    /// The channel's public name ("GeneralStaffZSU"; "@name" and
    /// "https://t.me/name" are accepted too), for t.me URLs. Empty: unknown.
    std::string channel;
};

struct TelegramStats {
    std::size_t messages = 0;      ///< message objects seen, of every type
    std::size_t articles = 0;      ///< documents emitted
    std::size_t service = 0;       ///< skipped: service messages (pins, joins, channel created...)
    std::size_t media_only = 0;    ///< skipped: a photo, video, file or sticker without a caption
    std::size_t empty = 0;         ///< skipped: no text and no media
    std::size_t forwarded = 0;     ///< among the articles: forwarded posts
    std::size_t edited = 0;        ///< among the articles: edited messages
};

/// True when `head` (the first bytes of a file) looks like a Telegram Desktop
/// JSON export: a JSON object whose first members are a chat's "name"/"type"/
/// "id"/"messages", or an account export's "about"/"chats".
bool looks_like_telegram_export(std::string_view head);

/// The public channel name in `text` ("name", "@name", "t.me/name",
/// "https://t.me/name"). \throws InputError when it is not a Telegram public
/// name (5 to 32 letters, digits and underscores, starting with a letter).
std::string telegram_channel_name(std::string_view text);

/// Reads an export from `in`, handing each message with text to `emit` as it
/// is read. `origin` names the input in errors and, with "#<message id>",
/// becomes Document::file. \throws InputError naming `origin` and the byte
/// offset for JSON that does not parse, invalid UTF-8, or an export without messages.
TelegramStats read_telegram_export(std::istream& in, const std::string& origin, const TelegramOptions& options,
                                   const std::function<void(core::Document&&)>& emit);

} // namespace claimtrack::text
