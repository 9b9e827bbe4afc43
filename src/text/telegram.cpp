// Telegram Desktop JSON exports, read as a stream of SAX events: the chat's
// members are remembered as they pass, and each message object is built into
// a small DOM of its own, turned into a Document and dropped.

#include "claimtrack/text/telegram.hpp"

#include "claimtrack/core/error.hpp"
#include "claimtrack/text/language.hpp"
#include "claimtrack/text/text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

namespace claimtrack::text {

namespace {

using nlohmann::json;

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

/// What a chat object says about itself before its "messages".
struct Chat {
    std::string name;
    std::string type; ///< public_channel, private_supergroup, personal_chat...
    std::string id;   ///< as written (a number in the export)
};

/// Text of a "text" or "text_entities" value: a string, or strings and
/// entity objects whose "text" is joined in order (bold, links, hashtags).
std::string joined_text(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    std::string out;
    if (!value.is_array()) return out;
    for (const json& part : value) {
        if (part.is_string()) {
            out += part.get_ref<const std::string&>();
        } else if (part.is_object()) {
            const auto it = part.find("text");
            if (it != part.end() && it->is_string()) out += it->get_ref<const std::string&>();
        }
    }
    return out;
}

std::string string_member(const json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<std::int64_t>());
    return {};
}

bool has_media(const json& message) {
    static constexpr const char* k_media[] = {"photo",   "file",         "media_type",          "sticker_emoji",
                                              "poll",    "contact_information", "location_information",
                                              "game_title", "invoice_information"};
    return std::any_of(std::begin(k_media), std::end(k_media), [&](const char* k) { return message.contains(k); });
}

/// "2024-05-10T08:15:00" -> "2024-05-10 08:15".
std::string date_time(std::string_view iso) {
    std::string out(iso.substr(0, 16));
    if (out.size() > 10 && out[10] == 'T') out[10] = ' ';
    return out;
}

bool chat_has_channel_links(std::string_view type) {
    return type.find("channel") != std::string_view::npos || type.find("supergroup") != std::string_view::npos;
}

/// SAX handler: tracks where in the document it is, builds each message.
class ExportReader {
public:
    ExportReader(const std::string& origin, const TelegramOptions& options,
                 const std::function<void(core::Document&&)>& emit)
        : m_origin(origin), m_channel(options.channel.empty() ? "" : telegram_channel_name(options.channel)),
          m_emit(emit) {}

    const TelegramStats& stats() const { return m_stats; }
    bool saw_messages() const { return m_saw_messages; }
    const std::string& error() const { return m_error; }

    // ---- the SAX interface
    bool null() { return value(nullptr); }
    bool boolean(bool v) { return value(v); }
    bool number_integer(json::number_integer_t v) { return value(v); }
    bool number_unsigned(json::number_unsigned_t v) { return value(v); }
    bool number_float(json::number_float_t v, const std::string&) { return value(v); }
    bool string(std::string& v) { return value(std::move(v)); }
    bool binary(json::binary_t&) { return true; }

    bool key(std::string& k) {
        if (building()) m_build.back().key = std::move(k);
        else m_frames.back().key = std::move(k);
        return true;
    }

    bool start_object(std::size_t) {
        if (building()) {
            m_build.push_back({&place(json::object()), {}});
            return true;
        }
        if (!m_frames.empty() && m_frames.back().messages) { // a message begins
            m_message = json::object();
            m_build.push_back({&m_message, {}});
            return true;
        }
        m_frames.push_back({true, false, {}, {}});
        return true;
    }

    bool end_object() {
        if (building()) {
            m_build.pop_back();
            if (!building()) finish_message();
            return true;
        }
        m_frames.pop_back();
        return true;
    }

    bool start_array(std::size_t) {
        if (building()) {
            m_build.push_back({&place(json::array()), {}});
            return true;
        }
        const bool messages = !m_frames.empty() && m_frames.back().object && m_frames.back().key == "messages";
        m_saw_messages = m_saw_messages || messages;
        m_frames.push_back({false, messages, {}, {}});
        return true;
    }

    bool end_array() { return end_object(); }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
        m_error = m_origin + ": not a readable Telegram export: JSON error at byte " + std::to_string(position) +
                  ": " + e.what();
        return false;
    }

private:
    struct Frame {
        bool object = false;
        bool messages = false; ///< the "messages" array of a chat
        std::string key;       ///< objects: the member being read
        Chat chat;             ///< objects: name/type/id seen so far
    };
    struct Building {
        json* node;
        std::string key;
    };

    bool building() const { return !m_build.empty(); }

    /// Adds `v` where the message being built is (an object member or an array element).
    json& place(json v) {
        Building& top = m_build.back();
        if (top.node->is_object()) return (*top.node)[top.key] = std::move(v);
        top.node->push_back(std::move(v));
        return top.node->back();
    }

    template <typename T> bool value(T&& v) {
        if (building()) {
            place(json(std::forward<T>(v)));
            return true;
        }
        if (m_frames.empty() || !m_frames.back().object) return true;
        Frame& f = m_frames.back();
        json j(std::forward<T>(v));
        const std::string text = j.is_string() ? j.get<std::string>()
                                 : j.is_number_integer() ? std::to_string(j.get<std::int64_t>())
                                                         : std::string();
        if (f.key == "name") f.chat.name = text;
        else if (f.key == "type") f.chat.type = text;
        else if (f.key == "id") f.chat.id = text;
        return true;
    }

    /// The chat whose "messages" array holds the message being read.
    const Chat& chat() const { return m_frames[m_frames.size() - 2].chat; }

    void finish_message() {
        json message = std::move(m_message);
        m_message = json();
        ++m_stats.messages;
        if (string_member(message, "type") != "message") {
            ++m_stats.service;
            return;
        }
        std::string body = message.contains("text") ? joined_text(message["text"]) : std::string();
        if (trim(body).empty() && message.contains("text_entities")) body = joined_text(message["text_entities"]);
        if (trim(body).empty()) {
            ++(has_media(message) ? m_stats.media_only : m_stats.empty);
            return;
        }
        const std::string id = string_member(message, "id");
        const Chat& c = chat();
        core::Document doc;
        doc.file = m_origin + "#" + id;
        if (!m_channel.empty()) doc.url = "https://t.me/" + m_channel + "/" + id;
        else if (!c.id.empty() && chat_has_channel_links(c.type)) doc.url = "https://t.me/c/" + c.id + "/" + id;
        const std::string forwarded = string_member(message, "forwarded_from");
        doc.source = forwarded.empty() ? c.name : forwarded;
        doc.title = (c.name.empty() ? std::string("Telegram") : c.name) + ", post " + id;
        if (!forwarded.empty()) {
            doc.title += ", forwarded from " + forwarded;
            ++m_stats.forwarded;
        }
        if (const std::string edited = string_member(message, "edited"); !edited.empty()) {
            doc.title += ", edited " + date_time(edited);
            ++m_stats.edited;
        }
        const std::string date = string_member(message, "date");
        doc.published = core::Date::parse(std::string_view(date).substr(0, std::min<std::size_t>(10, date.size())));
        if (!doc.published)
            throw InputError(doc.file + ": \"date\" is not an ISO 8601 date: '" + date + "'");
        doc.text = nfc(body);
        doc.language = detect_language(doc.text);
        ++m_stats.articles;
        m_emit(std::move(doc));
    }

    std::string m_origin;
    std::string m_channel;
    const std::function<void(core::Document&&)>& m_emit;
    std::vector<Frame> m_frames;
    std::vector<Building> m_build;
    json m_message;
    TelegramStats m_stats;
    bool m_saw_messages = false;
    std::string m_error;
};

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

} // namespace

bool looks_like_telegram_export(std::string_view head) {
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    head = trim(head);
    if (head.empty() || head.front() != '{') return false;
    // Telegram Desktop writes a chat's name, type and id, then its messages;
    // an account export starts with "about" and lists "chats".
    const bool chat = head.find("\"messages\"") != std::string_view::npos &&
                      head.find("\"type\"") != std::string_view::npos;
    const bool account = head.find("\"about\"") != std::string_view::npos &&
                         (head.find("\"chats\"") != std::string_view::npos ||
                          head.find("\"personal_information\"") != std::string_view::npos);
    return chat || account;
}

std::string telegram_channel_name(std::string_view text) {
    std::string_view name = trim(text);
    for (std::string_view prefix : {"https://", "http://"})
        if (name.substr(0, prefix.size()) == prefix) name.remove_prefix(prefix.size());
    for (std::string_view prefix : {"t.me/", "telegram.me/", "@"})
        if (name.substr(0, prefix.size()) == prefix) name.remove_prefix(prefix.size());
    while (!name.empty() && name.back() == '/') name.remove_suffix(1);
    const bool ok = name.size() >= 5 && name.size() <= 32 && std::isalpha(static_cast<unsigned char>(name.front())) &&
                    std::all_of(name.begin(), name.end(), is_name_char);
    if (!ok)
        throw InputError("--channel: '" + std::string(text) +
                         "' is not a Telegram public name (5-32 letters, digits or '_', starting with a letter)");
    return std::string(name);
}

TelegramStats read_telegram_export(std::istream& in, const std::string& origin, const TelegramOptions& options,
                                   const std::function<void(core::Document&&)>& emit) {
    ExportReader reader(origin, options, emit);
    const bool ok = json::sax_parse(in, &reader, json::input_format_t::json, true);
    if (!ok) throw InputError(reader.error().empty() ? origin + ": not a readable Telegram export" : reader.error());
    if (!reader.saw_messages())
        throw InputError(origin + ": not a Telegram Desktop export: no \"messages\" list (export the chat history "
                                  "as JSON, 'Machine-readable JSON')");
    return reader.stats();
}

} // namespace claimtrack::text
