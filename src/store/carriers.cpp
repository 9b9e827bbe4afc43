// Syndicated copies (migration 0005): the same text under another URL or
// source is recorded as a further carrier of the article stored first.

#include "claimtrack/store/store.hpp"

#include "migrations.hpp"
#include "sqlite.hpp"
#include "store_impl.hpp"

namespace claimtrack::store {

namespace detail {

bool add_carrier(Store::Impl& s, std::int64_t article_id, const core::Document& doc) {
    if (doc.url.empty() && doc.source.empty()) return false; // a file read again: no outlet to name
    auto q = s.insert_carrier.use();
    q.bind(1, article_id)
        .bind(2, doc.url)
        .bind(3, doc.source)
        .bind_text_or_null(4, doc.title)
        .bind_text_or_null(5, date_text(doc.published))
        .bind_text_or_null(6, doc.file);
    q.run();
    return sqlite3_changes(s.db.get()) > 0;
}

} // namespace detail

bool Store::record_carrier(const core::Document& doc) {
    Impl& s = *m_impl;
    std::int64_t article_id = 0;
    {
        auto q = s.find_article.use();
        q.bind(1, content_hash(doc.text));
        if (!q.step()) return false;
        article_id = q.int64(0);
    }
    sql::Transaction tx(s.db.get(), sql::Transaction::Kind::Immediate);
    const bool added = detail::add_carrier(s, article_id, doc);
    tx.commit();
    return added;
}

std::vector<Carrier> Store::carriers(std::int64_t article_id) const {
    auto q = m_impl->select_carriers.use();
    q.bind(1, article_id);
    std::vector<Carrier> out;
    while (q.step())
        out.push_back(Carrier{q.text(0), q.text(1), q.text(2), q.text(3), core::Date::parse(q.text(4)), q.text(5)});
    return out;
}

} // namespace claimtrack::store
