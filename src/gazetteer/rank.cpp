// Geoparse stage 4, ranking: namesakes ranked jointly in rounds, and the mentions made.

#include "parser.hpp"

#include <algorithm>
#include <optional>

namespace claimtrack::gazetteer::parsing {

/// A name the text puts in a region where the gazetteer has no such
/// place: named, with the region's country and oblast, and no point.
core::Mention Parser::unresolved_mention(const Spot& s) const {
    core::Mention m;
    m.span = {s.start, s.end};
    m.surface = std::string(m_text.substr(s.start, s.end - s.start));
    m.place.name = m.surface;
    if (m_tokens[s.first].cyrillic) m.place.name_local = m.surface;
    m.place.kind = core::PlaceKind::Settlement;
    m.place.lonlat = {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    if (s.region != Spot::k_no_region) {
        const core::Place region = m_index.place(s.region);
        m.place.country = region.country;
        m.place.admin1 = region.admin1.empty() ? region.name : region.admin1;
    }
    m.precision = core::k_precision_unresolved;
    m.candidate_count = 0;
    m.confidence = 0.0;
    return m;
}

/// One resolution per distinct name (spelling and kind); repeats share
/// it. Fills m_names and m_name_of.
void Parser::group_names() {
    // Spots sorted by name, the first in the text first within a name.
    std::vector<std::size_t> order(m_spots.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Spot& x = m_spots[a];
        const Spot& y = m_spots[b];
        if (x.kind != y.kind) return x.kind < y.kind;
        if (x.sig != y.sig) return x.sig < y.sig;
        return a < b;
    });
    m_name_of.resize(m_spots.size());
    // The places of one name in the text: the first spots of its distinct places, the first first.
    std::vector<std::size_t> heads;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t i = order[k];
        const bool first = k == 0 || m_spots[order[k - 1]].kind != m_spots[i].kind ||
                           m_spots[order[k - 1]].sig != m_spots[i].sig;
        if (first) heads.clear();
        // "X in A oblast … not to be confused with X in B oblast": a spot whose region leaves it no
        // candidate of the name's earlier places is another place of that name, ranked on its own.
        // Every other spot (no region of its own, or one holding such a place) is the earlier place.
        const auto head = std::find_if(heads.begin(), heads.end(), [&](std::size_t h) { return same_place_possible(h, i); });
        m_name_of[i] = head == heads.end() ? i : *head;
        if (m_name_of[i] == i) {
            heads.push_back(i);
            m_names.push_back(i);
        }
    }
    std::sort(m_names.begin(), m_names.end());
}

/// Spot i may name the place of spot h, the first spot of a place of its name: it has no region
/// of its own that rules h's place out (no candidate it keeps is one of h's).
bool Parser::same_place_possible(std::size_t h, std::size_t i) const {
    const Spot& a = m_spots[h];
    const Spot& b = m_spots[i];
    if (b.kind != core::PlaceKind::Settlement || b.region == Spot::k_no_region || b.region == a.region ||
        b.unresolved || a.unresolved || b.matches.empty() || a.matches.empty())
        return true;
    return std::any_of(b.matches.begin(), b.matches.end(), [&](const Match& m) {
        return std::any_of(a.matches.begin(), a.matches.end(), [&](const Match& o) { return o.place == m.place; });
    });
}

std::vector<core::Mention> Parser::resolve() {
    const Context base = base_context();
    group_names();
    // The sentence of each token, computed once for the two sentence-level signals below.
    const std::vector<std::size_t> sentence = sentence_ids();
    // The oblasts named in the sentences of each name: a bonus for its candidates there.
    const auto in_sentence = sentence_oblasts(sentence);
    std::vector<std::set<std::string, std::less<>>> name_oblasts(m_spots.size());
    for (std::size_t k = 0; k < m_spots.size(); ++k) name_oblasts[m_name_of[k]].insert(in_sentence[k].begin(), in_sentence[k].end());
    const double sentence_oblast = m_index.weights().sentence_oblast;
    find_offsets();
    find_lists();
    find_sentence_neighbours(sentence);
    Ranked ranked(m_spots.size());
    constexpr int k_max_rounds = 3;
    std::vector<Scored> offset_scratch;
    std::vector<std::vector<Scored>> own(m_spots.size()); // per name, per match
    for (std::size_t i : m_names) {
        auto& v = own[i];
        v.reserve(m_spots[i].matches.size());
        const bool owned = detail::owned_by_a_settlement(m_index, m_spots[i].matches);
        // Only loose matches pay the town prior: the towns are looked for once, when there is one.
        const bool any_loose = std::any_of(m_spots[i].matches.begin(), m_spots[i].matches.end(),
                                           [](const Match& m) { return m.level >= MatchLevel::Skeleton; });
        const bool ukrainian = m_tokens[m_spots[i].first].cyrillic && &cyrillic_table() == &m_index.ukrainian();
        const bool town_exactly = any_loose && town_named_exactly(m_spots[i].matches, ukrainian);
        // A town bearing the name is known on its own ("the offensive in the Kharkiv region
        // turned towards Lyman"): the sentence's oblast decides between villages only.
        const bool town_exactly_named = std::any_of(m_spots[i].matches.begin(), m_spots[i].matches.end(), [&](const Match& o) {
            return o.own && o.level <= MatchLevel::Romanised && is_kind(o, core::PlaceKind::Settlement) && town(m_index.record(o.place));
        });
        const auto seat = [&](const Match& o) { return seat_named_by(o); };
        const bool seat_named = std::any_of(m_spots[i].matches.begin(), m_spots[i].matches.end(), seat);
        const bool tied_to_namesake = seat_named && seat_tied_to_namesake(i, name_oblasts[i]);
        for (const auto& m : m_spots[i].matches) {
            const detail::Located where(m_index, m, base);
            const bool in_sentence_oblast = !name_oblasts[i].empty() && !town_exactly_named &&
                                            name_oblasts[i].count(std::string_view(m_index.str(where.record->admin1_code)));
            const bool seat_namesake = seat_named && !tied_to_namesake && !seat(m);
            v.push_back({detail::own_score(m_index, m, where, base) - detail::foreign_name_penalty(m_index, m, owned) -
                             town_prior_penalty(m_spots[i].matches, m, town_exactly) +
                             (in_sentence_oblast ? sentence_oblast : 0.0) -
                             (seat_namesake ? m_index.weights().seat_namesake_penalty : 0.0),
                         where});
        }
    }
    Context ctx = base;
    // The point each name adds to the context, per round: a name ranked
    // in the same context as before (the points of the other names
    // unchanged) keeps its ranking.
    std::vector<PointOfName> points_before(m_spots.size()), points_now(m_spots.size());
    std::vector<std::size_t> changed;
    for (int round = 0; round < k_max_rounds; ++round) {
        Ranked next(m_spots.size());
        ctx.points.reserve(m_anchors.size() + m_names.size());
        ctx.points.assign(m_anchors.begin(), m_anchors.end());
        if (round > 0) add_points(ctx, ranked);
        detail::mark_named_oblast_points(ctx);
        changed.clear();
        for (std::size_t i : m_names) {
            points_now[i] = round > 0 ? point_of(i, ranked[i]) : PointOfName{};
            if (!(points_now[i] == points_before[i])) changed.push_back(i);
        }
        for (std::size_t i : m_names) {
            const bool same_context = round > 0 && (changed.empty() || (changed.size() == 1 && changed[0] == i));
            if (same_context) {
                next[i] = ranked[i];
                continue;
            }
            // A hromada's centre counts from the first round; the origin of an offset once ranked.
            const std::vector<Scored>* scored = with_offsets(i, own[i], round > 0 ? &ranked : nullptr, offset_scratch);
            // The names listed with it, once ranked.
            if (round > 0)
                if (const auto* listed = with_list_neighbours(i, scored ? *scored : own[i], ranked, offset_scratch)) scored = listed;
            // The names of its sentences, once ranked.
            if (round > 0)
                if (const auto* near = with_sentence_neighbours(i, scored ? *scored : own[i], ranked, offset_scratch)) scored = near;
            next[i] = rank(m_spots[i], i, scored ? *scored : own[i], ctx);
        }
        std::swap(points_before, points_now);
        const bool settled = round > 0 && same_choices(ranked, next);
        ranked = std::move(next);
        if (settled) break; // another round would see the same context
    }
    const std::set<std::size_t> isolated = isolated_villages(ranked, base);
    unresolve_strays_of_russian_lists(ranked);
    unresolve_far_namesakes_of_russian_regions(ranked);
    std::vector<core::Mention> out;
    out.reserve(m_spots.size());
    // A name's place, runner-up and oblast are the same at each of its spots: the first
    // mention of a name is made whole, later ones copy its places.
    std::vector<std::size_t> made(m_spots.size(), std::numeric_limits<std::size_t>::max());
    for (std::size_t k = 0; k < m_spots.size(); ++k) {
        const std::size_t i = m_name_of[k];
        const auto& r = ranked[i];
        if (m_spots[k].unresolved) {
            out.push_back(unresolved_mention(m_spots[k]));
            continue;
        }
        if (r.empty() || isolated.count(i)) continue;
        const core::Mention* same = made[i] < out.size() ? &out[made[i]] : nullptr;
        if (!same) made[i] = out.size();
        out.push_back(mention(m_spots[k], m_spots[i], r, same));
    }
    return out;
}

/// Name i, which an oblast centre or the capital bears as its own, is tied by the text to
/// a namesake: an oblast named in the name's sentence holds a namesake and no such city,
/// or a stated offset or hromada locates the name (its bonus then decides).
bool Parser::seat_tied_to_namesake(std::size_t i, const std::set<std::string, std::less<>>& sentence_oblasts) const {
    if (std::any_of(m_offsets.begin(), m_offsets.end(), [&](const StatedOffset& o) { return m_name_of[o.target] == i; }))
        return true;
    if (sentence_oblasts.empty()) return false;
    bool namesake_there = false;
    for (const Match& m : m_spots[i].matches) {
        if (!is_kind(m, core::PlaceKind::Settlement)) continue;
        if (!sentence_oblasts.count(std::string_view(m_index.str(m_index.record(m.place).admin1_code)))) continue;
        if (seat_named_by(m)) return false;
        namesake_there = true;
    }
    return namesake_there;
}

/// "the villages Uspenovka and Borki": a list of villages names neighbours. Where one of
/// them is a Russian village, a Ukrainian namesake of another far from it is more likely a
/// Russian village the gazetteer lacks: that name is reported unresolved, in the partner's oblast.
/// A Russian town or city as the partner («в Белгороде и Воронеже») makes a far Ukrainian
/// village as unlikely: unresolved too, with no oblast (a list of cities spans oblasts).
void Parser::unresolve_strays_of_russian_lists(const Ranked& ranked) {
    constexpr double k_list_km = 100.0;
    std::size_t k = 0;
    while (k < m_spots.size()) {
        std::size_t e = k; // the list m_spots[k..e]
        while (e + 1 < m_spots.size()) {
            const std::string_view g = m_text.substr(m_spots[e].end, m_spots[e + 1].start - m_spots[e].end);
            if (g != ", " && g != " and " && g != ", and " && g != " и " && g != ", и " && g != " і " && g != " та " && g != " й ")
                break;
            ++e;
        }
        std::vector<const detail::PlaceRecord*> russian;
        for (std::size_t j = k; j <= e; ++j) {
            const auto& r = ranked[m_name_of[j]];
            if (m_spots[j].kind != core::PlaceKind::Settlement || m_spots[j].unresolved || r.empty()) continue;
            const auto& rec = m_index.record(r.front().second);
            if (std::string_view(m_index.str(rec.country)) == "RU") russian.push_back(&rec);
        }
        for (std::size_t j = k; j <= e && !russian.empty(); ++j) {
            const auto& r = ranked[m_name_of[j]];
            if (m_spots[j].kind != core::PlaceKind::Settlement || m_spots[j].unresolved || r.empty()) continue;
            const auto& rec = m_index.record(r.front().second);
            if (std::string_view(m_index.str(rec.country)) != "UA" || !small_village(rec)) continue;
            const bool near = std::any_of(russian.begin(), russian.end(), [&](const detail::PlaceRecord* p) {
                return detail::distance_km(rec.lat, rec.lon, p->lat, p->lon) <= k_list_km;
            });
            if (near) continue;
            const auto village = std::find_if(russian.begin(), russian.end(), [&](const detail::PlaceRecord* p) { return small_village(*p); });
            const std::int64_t oblast =
                village == russian.end() ? -1 : m_index.admin1_entry(m_index.str((*village)->admin1_code));
            for (Spot& s : m_spots)
                if (s.sig == m_spots[j].sig && s.kind == core::PlaceKind::Settlement) {
                    s.unresolved = true;
                    if (oblast >= 0) s.region = static_cast<std::uint32_t>(oblast);
                }
        }
        k = e + 1;
    }
}

/// "recaptured A and B in the Kursk region and drove the enemy out of C": where a sentence
/// puts settlements in a Russian region, a Ukrainian village of the same sentence far from
/// that region is more likely a Russian village the gazetteer lacks: it is reported
/// unresolved, in that region.
void Parser::unresolve_far_namesakes_of_russian_regions(const Ranked& ranked) {
    constexpr double k_region_km = 250.0; // from the region's point: its border villages lie well within
    const auto russian = [&](std::uint32_t place) { return std::string_view(m_index.str(m_index.record(place).country)) == "RU"; };
    const auto russian_region = [&](const Spot& s) -> std::uint32_t {
        // A settlement the text puts in a Russian region («A Курской области»).
        if (s.kind == core::PlaceKind::Settlement && s.region != Spot::k_no_region)
            return russian(s.region) ? s.region : Spot::k_no_region;
        // A Russian oblast as where the sentence's events happen, binding no name of its own: «У Курській
        // області бої тривають біля A та B», "In the Kursk region, fighting went on near A". After «у/в/на»
        // or "in" only: «перекинуті з Курської області під A» names where units came from.
        if (s.kind != core::PlaceKind::Admin1 || s.matches.size() != 1 || s.binds || !russian(s.matches.front().place) ||
            border_region(s) || s.first == 0)
            return Spot::k_no_region;
        std::size_t p = s.first - 1;
        if (key(p) == "the" && p > 0 && adjacent(p - 1, p)) --p; // "in the Kursk region"
        const std::string before = detail::lower_cyrillic(m_tokens[p].text);
        const bool locative = before == "у" || before == "в" || before == "на" || before == "in";
        return locative && adjacent(s.first - 1, s.first) ? s.matches.front().place : Spot::k_no_region;
    };
    const auto same_sentence = [&](const Spot& a, const Spot& b) {
        const std::size_t from = std::min(a.end, b.end), to = std::max(a.start, b.start);
        if (to <= from) return true;
        const std::string_view between = m_text.substr(from, to - from);
        return between.find_first_of(".!?\n") == std::string_view::npos;
    };
    // Without a settlement put in a Russian region there is nothing to do (and the loop below
    // would compare every pair of spots: minutes for a text of megabytes). Marking only adds
    // such settlements where there was one, so this check changes no result.
    if (std::none_of(m_spots.begin(), m_spots.end(),
                     [&](const Spot& s) { return russian_region(s) != Spot::k_no_region; }))
        return;
    for (std::size_t j = 0; j < m_spots.size(); ++j) {
        Spot& s = m_spots[j];
        const auto& r = ranked[m_name_of[j]];
        if (s.kind != core::PlaceKind::Settlement || s.unresolved || r.empty() || s.region != Spot::k_no_region) continue;
        const auto& rec = m_index.record(r.front().second);
        if (std::string_view(m_index.str(rec.country)) != "UA" || !small_village(rec)) continue;
        for (const Spot& other : m_spots) {
            const std::uint32_t reg = russian_region(other);
            if (reg == Spot::k_no_region || !same_sentence(s, other)) continue;
            const auto& region = m_index.record(reg);
            if (detail::distance_km(rec.lat, rec.lon, region.lat, region.lon) <= k_region_km) continue;
            const std::string sig = s.sig;
            for (Spot& t : m_spots)
                if (t.sig == sig && t.kind == core::PlaceKind::Settlement && t.region == Spot::k_no_region) {
                    t.unresolved = true;
                    t.region = reg;
                }
            break;
        }
    }
}

Parser::Ranking Parser::rank(const Spot& s, std::size_t self, const std::vector<Scored>& own, const Context& ctx) {
    const std::size_t n = s.matches.size();
    if (n == 0) return {};
    // A lone candidate's score is never compared: its context is not needed.
    if (n == 1) return {1, {{own[0].own, s.matches[0].place}, {}}};
    // Only the best two are ever read (choice, runner-up, margin) and the
    // count. Candidates are scored in the order of an upper bound of
    // their score, taken from a heap; once the bound falls below the
    // second best score so far, no candidate left can be among the two
    // (one name may have 150 namesakes, most far from the places of the
    // text, and most never leave the heap).
    // The best two as a stable sort by score would put them: the highest
    // score, the earlier candidate on a tie.
    struct Scored2 {
        double score = -std::numeric_limits<double>::infinity();
        std::size_t k = std::numeric_limits<std::size_t>::max();
        bool beats(const Scored2& o) const { return score > o.score || (score == o.score && k < o.k); }
    };
    Scored2 top[2];
    std::size_t n_scored = 0;
    const auto add_score = [&](std::size_t k, double score) {
        const Scored2 x{score, k};
        ++n_scored;
        if (x.beats(top[0])) top[1] = top[0], top[0] = x;
        else if (x.beats(top[1])) top[1] = x;
    };
    auto& bound = m_bound_scratch; // upper bound, candidate
    bound.clear();
    bound.reserve(n);
    // Without points (the first round), and for candidates beyond the
    // reach of every point, the score is the candidate's own; the others
    // wait in the heap.
    const bool own_only = ctx.points.empty();
    for (std::size_t k = 0; k < n; ++k) {
        if (own_only || detail::beyond_context(own[k].where, ctx)) add_score(k, own[k].own);
        else bound.emplace_back(own[k].own + detail::context_score_bound(own[k].where, ctx), static_cast<std::uint32_t>(k));
    }
    const auto lower_bound_first = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::make_heap(bound.begin(), bound.end(), lower_bound_first);
    for (auto end = bound.end(); end != bound.begin(); --end) {
        const auto [ub, k] = bound.front();
        if (n_scored >= 2 && ub < top[1].score) break;
        std::pop_heap(bound.begin(), end, lower_bound_first);
        add_score(k, own[k].own + detail::context_score(own[k].where, ctx, nullptr, self));
    }
    return {n, {{top[0].score, s.matches[top[0].k].place}, {top[1].score, s.matches[top[1].k].place}}};
}

const std::vector<Parser::Scored>* Parser::with_offsets(std::size_t i, const std::vector<Scored>& own,
                                                        const Ranked* ranked, std::vector<Scored>& scratch) const {
    bool any = false;
    for (const StatedOffset& o : m_offsets) {
        if (m_name_of[o.target] != i) continue;
        double alat = o.anchor_lat, alon = o.anchor_lon;
        if (!o.fixed_anchor) {
            if (!ranked || (*ranked)[m_name_of[o.anchor]].empty()) continue;
            const auto& a = m_index.record((*ranked)[m_name_of[o.anchor]].front().second);
            alat = a.lat, alon = a.lon;
        }
        if (!any) scratch = own, any = true;
        for (std::size_t k = 0; k < own.size(); ++k) {
            const auto* r = own[k].where.record;
            const double bonus = offset_bonus(o, r->lat, r->lon, alat, alon);
            scratch[k].own = std::max(scratch[k].own, own[k].own + bonus);
        }
    }
    return any ? &scratch : nullptr;
}

/// The mention at spot `s`; `first`: the first spot of its name, whose matches the ranking `r` was made
/// from; `same`: an earlier mention of the same name, whose places it copies.
core::Mention Parser::mention(const Spot& s, const Spot& first, const Ranking& r, const core::Mention* same) const {
    core::Mention m;
    m.span = {s.start, s.end};
    m.surface = std::string(m_text.substr(s.start, s.end - s.start));
    if (same) {
        m.place = same->place;
    } else {
        m.place = m_index.place(r.front().second);
        if (m.place.admin1.empty() && m_boundaries) // Crimea, Sevastopol, Russian villages
            if (const auto* b = m_boundaries->at(m.place.lonlat.lon_deg, m.place.lonlat.lat_deg)) m.place.admin1 = b->name;
        // A section of a populated place (GeoNames PPLX: «Салтівка» of Kharkiv, a microdistrict) is a part
        // of a city, not a settlement of its own: reported with its point, as kind "other".
        if (m.place.kind == core::PlaceKind::Settlement && m.place.feature_code == "PPLX") m.place.kind = core::PlaceKind::Other;
    }
    m.candidate_count = static_cast<int>(r.size());
    m.precision = s.precision;
    // How this spot's own form matches the chosen place. Another form of the name (an inflection, a
    // spelling) need not match it at all: the place then came through the name's first spot, and that
    // spot's match says how well the name matches it.
    const auto level_in = [&](const Spot& spot) -> std::optional<MatchLevel> {
        const auto it = std::find_if(spot.matches.begin(), spot.matches.end(),
                                     [&](const Match& x) { return x.place == r.front().second; });
        return it == spot.matches.end() ? std::nullopt : std::optional(it->level);
    };
    const MatchLevel level = level_in(s).value_or(level_in(first).value_or(MatchLevel::Skeleton));
    const double level_factor = level <= MatchLevel::Romanised ? 1.0 : level == MatchLevel::Skeleton ? 0.85 : 0.6;
    double margin_conf = 0.95;
    if (r.size() > 1) {
        m.runner_up = same ? same->runner_up : m_index.place(r[1].second);
        margin_conf = 0.5 + 0.45 * std::tanh(2.0 * (r[0].first - r[1].first));
    }
    m.confidence = std::round(margin_conf * level_factor * 100.0) / 100.0;
    return m;
}

/// Match o is an oblast centre or the capital named by its own name (or a spelling of it).
bool Parser::seat_named_by(const Match& o) const {
    if (!o.own || o.level > MatchLevel::Romanised || !is_kind(o, core::PlaceKind::Settlement)) return false;
    const std::string_view code = m_index.str(m_index.record(o.place).feature_code);
    return code == "PPLA" || code == "PPLC";
}

bool Parser::town_named_exactly(const std::vector<Match>& all, bool ukrainian) const {
    return std::any_of(all.begin(), all.end(), [&](const Match& o) {
        if (!o.own || o.level > MatchLevel::Romanised || !is_kind(o, core::PlaceKind::Settlement)) return false;
        const auto& r = m_index.record(o.place);
        // A hromada centre (PPLA3, Siversk) too, by its own GeoNames name (or, in a Ukrainian
        // text, its Ukrainian one): a loose namesake in a named oblast (Siverske) should not win.
        // Not by a Russian alternate name: Russian spellings of villages match a hromada
        // centre's Russian name exactly and the village meant only loosely.
        const std::string_view code = m_index.str(r.feature_code);
        const bool own_name = o.level == MatchLevel::Name || (ukrainian && o.level == MatchLevel::Alternate);
        return town(r) || code == "PPLA2" || (code == "PPLA3" && own_name);
    });
}

double Parser::town_prior_penalty(const std::vector<Match>& all, const Match& m, bool town_exactly) const {
    if (m.level < MatchLevel::Skeleton || !town_exactly) return 0.0;
    return detail::loose_penalty(m_index, all, m);
}

} // namespace claimtrack::gazetteer::parsing
