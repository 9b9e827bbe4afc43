// Geoparse stage 5, filters: what is not a place mention (people, bodies, metonyms, common
// words), and villages far from every other place of the text.

#include "parser.hpp"

#include "inflection.hpp"

#include <algorithm>

namespace claimtrack::gazetteer::parsing {

/// A bare oblast name where the wording makes it the oblast, not its
/// city: after a compass adjective ("southern Odesa"), after a village
/// in wire style ("shelled Tsupivka, Kharkiv", "near Uspenivka Donetsk",
/// "Tykhe and Vodiane in Zaporizhzhia"), after "villages in" ("100
/// villages in Kursk") or "incursion into".
bool Parser::bare_region(const Spot& s) const {
    if (s.first == 0) return false;
    // Whether the name is an oblast's, asked only once the wording could make it one (a
    // skeleton key costs some 2,000 instructions, and most spots have no such wording).
    std::optional<std::vector<std::uint32_t>> oblasts;
    const auto named = [&]() -> const std::vector<std::uint32_t>& {
        if (!oblasts) oblasts = m_index.admin1_named(name_of(s));
        return *oblasts;
    };
    const std::string_view before = key(s.first - 1);
    if (adjacent(s.first - 1, s.first) && detail::contains(detail::k_compass_adjectives, before)) return !named().empty();
    if (region_follower_after(s)) return !named().empty(); // "the Donetsk front", "gives Kursk update"
    // "Zaporizhzhia and western Donetsk", "in Kharkiv or northern Sumy": coordinated with an oblast
    // named by its part, the name is an oblast too.
    if (has(s.last + 3) && (key(s.last + 1) == "and" || key(s.last + 1) == "or") && adjacent(s.last, s.last + 1) &&
        adjacent(s.last + 1, s.last + 2) && adjacent(s.last + 2, s.last + 3) &&
        detail::contains(detail::k_compass_adjectives, key(s.last + 2)) && m_tokens[s.last + 3].capitalised &&
        oblast_word(s.last + 3))
        return !named().empty();
    // "villages in Kursk", "the incursion into Kursk" (but "the settlements of Sumy").
    if (s.first >= 2 && detail::contains(detail::k_region_container_words, key(s.first - 2))) {
        const bool act = key(s.first - 2) == "incursion" || key(s.first - 2) == "invasion";
        if (before == "in" || before == "into" || (act && before == "of")) return !named().empty();
    }
    if (m_spots.empty()) return false;
    const Spot& prev = m_spots.back();
    if (prev.kind != core::PlaceKind::Settlement || m_tokens[prev.first].cyrillic) return false;
    const std::string_view g = detail::gap(m_text, m_tokens[prev.last], m_tokens[prev.last + 1]);
    const bool wire = prev.last + 1 == s.first && (g == ", " || only_space(g));
    const bool in = prev.last + 2 == s.first && before == "in" && only_space(g);
    if (!wire && !in) return false;
    // "Kupiansk, Kharkiv and Izium": a list of places goes on after the name.
    if (has(s.last + 1)) {
        const std::string_view after = detail::gap(m_text, m_tokens[s.last], m_tokens[s.last + 1]);
        const bool list = (after == ", " && m_tokens[s.last + 1].capitalised) ||
                          (only_space(after) && (key(s.last + 1) == "and" || key(s.last + 1) == "or")) ||
                          (after == ", " && (key(s.last + 1) == "and" || key(s.last + 1) == "or"));
        if (list) return false;
    }
    const std::vector<std::uint32_t>& regions = named();
    return !regions.empty() && village_of_region(prev, regions);
}

/// The name before a region word can be a place in it: one of its
/// candidates lies there, or it is no town (a village the gazetteer may
/// lack). "Kharkiv, Odesa": a town outside the oblast makes a list.
bool Parser::village_of_region(const Spot& prev, const std::vector<std::uint32_t>& regions) const {
    constexpr std::int64_t k_town_population = 50000;
    bool town = false;
    for (const auto& m : prev.matches) {
        const auto& r = m_index.record(m.place);
        for (std::uint32_t reg : regions)
            if (std::string_view(m_index.str(m_index.record(reg).admin1_code)) == m_index.str(r.admin1_code)) return true;
        const std::string_view code = m_index.str(r.feature_code);
        town = town || (m.level <= MatchLevel::Romanised &&
                        (r.population >= k_town_population || code == "PPLA" || code == "PPLC"));
    }
    return !town;
}

/// «Назви на кшталт Зелене, Веселе чи Дружба», «названия вроде Счастья», "names such as Zelene or
/// Vesele": names quoted as examples of names, not places the text reports on. The spot, or the list it
/// ends, follows "на кшталт" / "вроде" / "типа" / "such as" / "like", and a word of naming (назва, название,
/// name) stands within three words before that.
bool Parser::example_name(const Spot& s) const {
    std::size_t k = s.first;
    for (int members = 0; k > 0 && members < 12; ++members) {
        const std::size_t p = k - 1;
        const std::string_view w = key(p);
        if (m_tokens[p].capitalised || w == "чи" || w == "або" || w == "или" || w == "и" || w == "і" || w == "та" ||
            w == "й" || w == "or" || w == "and")
            k = p;
        else
            break;
    }
    if (k == 0) return false;
    std::size_t cue = k - 1;
    const std::string_view c = key(cue);
    if (c == "кшталт" && cue > 0 && key(cue - 1) == "на") --cue;
    else if (c == "as" && cue > 0 && key(cue - 1) == "such") --cue;
    else if (c != "вроде" && c != "типа" && c != "like") return false;
    for (std::size_t j = cue, n = 0; j > 0 && n < 3; --j, ++n) {
        const std::string_view w = key(j - 1);
        if (w.rfind("назв", 0) == 0 || w.rfind("name", 0) == 0) return true;
    }
    return false;
}

bool Parser::kind_ok_cyrillic(Spot& s) const {
    if (m_tokens[s.first].text.size() < 6) return false; // three Cyrillic letters at least
    if (example_name(s)) return false;
    if (dateline(s) && foreign_capital(s)) return false;  // one dateline policy in all languages
    if (capital_as_government_cyrillic(s)) return false;
    if (s.kind == core::PlaceKind::Other) return false;
    if (attributive_adjective(s)) return false; // «Зелене світло», «Нова хвиля»
    if (named_by_role_word(s)) return false;    // «Шевченко наголосив», «на вулиці Шевченка»
    if (attribute_of_nonplace(s)) return false; // «Лісове кладовище», «Покровська агломерація»
    if (predicative_instrumental(s) || age_apposition(s)) return false; // «Ключевым остаётся», «Сергій, 34 роки,»
    if (title_case_village(s)) return false; // «Тепле Літо Закінчилося Атаками На Енергетику»
    if (noun_in_place_slot(s)) {
        // "захопили Прогрес": a village, if one lies near the other places of the text.
        if (s.kind != core::PlaceKind::Settlement) return false;
        s.weak = true;
    } else if (!plausible_cyrillic_mention(s)) {
        return false;
    }
    set_precision(s);
    return true;
}

/// «Киев официально отход пока не подтвердил», «Москва заявила …», «Київ заперечує …», «В Киеве
/// заявили …», «У Києві називають …»: a capital as the subject of a verb of saying (or as "in X"
/// before an impersonal one) stands for its government, the Cyrillic side of capital_as_place.
/// The nominative spelling, not after a preposition, with the verb later in its clause (a verb of
/// saying, or of intending and attempting: «Москва попытается наступать»); or after «в»/«у» with the
/// verb of saying within four words (adverbs, «не», the object: «В Киеве это заявление назвали»);
/// or the genitive after a noun of stating («заявление Москвы», «заяви Москви», «позиция Киева»).
/// «Киев атаковали дроны», «окраины Москвы» stay places.
bool Parser::capital_as_government_cyrillic(const Spot& s) const {
    if (s.first != s.last) return false;
    static constexpr std::string_view k_capitals[] = {
        "киев", "київ", "москва", "кремль", "вашингтон", "минск", "мінськ", "лондон", "париж", "берлин", "берлін",
        "пекин", "пекін", "брюссель", "варшава",
    };
    static constexpr std::string_view k_capitals_locative[] = {
        "киеве", "києві", "москве", "москві", "кремле", "кремлі", "вашингтоне", "вашингтоні", "минске", "мінську",
    };
    static constexpr std::string_view k_capitals_genitive[] = {
        "киева", "києва", "москвы", "москви", "кремля", "вашингтона", "минска", "мінська",
    };
    // Nouns of stating and of a government's stance, any case («заявление», «заявлениям», «заяви»).
    static constexpr std::string_view k_stating_nouns[] = {
        "заявлен", "заяв", "утвержден", "твердженн", "позици", "позиці", "верси", "версі", "ответ", "відповід",
        "требован", "вимог", "обвинен", "звинувачен", "опровержен", "спростуван", "отрицан", "заперечен",
        "реакци", "реакці", "претензи", "претензі", "ультиматум", "сообщен", "повідомлен", "оценк", "оцінк",
        "предложен", "пропозиці", "угроз", "погроз", "намерен", "намір",
    };
    // Verbs of intending and attempting: the capital as an actor («Москва попытается наступать»).
    static constexpr std::string_view k_intending[] = {
        "попыта", "пыта", "попробу", "пробу", "спробу", "намерева", "планиру", "плану", "хочет", "хоче",
        "стремит", "прагне", "намага", "рассчитыва", "розрахову", "добива", "требу", "вимага", "готовит", "готує",
    };
    // Verbs of a government's stance and diplomacy: calling on, threatening, refusing, condemning,
    // demanding, proposing, agreeing, warning, promising («Київ закликав партнерів», «Москва погрожує»,
    // «Киев отказался»). A town does none of these; shelling and attacks take it as object, not subject.
    static constexpr std::string_view k_stance[] = {
        "заклика", "призыва", "призвал", "погрож", "пригрози", "угрожа", "відмов", "отказ", "засуд",
        "осуди", "осужда", "висун", "выдвин", "запропон", "предлож", "погоди", "погоджу", "соглас", "домови",
        "домовля", "договори", "підписа", "подписа", "критику", "розкритик", "раскритик", "вітає", "привіта",
        "приветств", "попереди", "попереджа", "предупред", "пообіця", "обіця", "обеща", "наголош", "подчерк",
        "підкресл", "відреагу", "отреагир", "реагу", "очіку", "ожида", "сподіва", "надеет", "вирішив",
        "вирішила", "решил", "ухвали", "постанови", "просить", "попроси", "звернув", "звернул", "обратил",
        "запроси", "запрош", "пригласи", "визнав", "відкликав", "отозвал", "запровади", "ввела", "ввів", "ввел",
        // Allowing and hindering: «Москва не препятствует вывозу зерна», «Київ дозволив удари».
        "препятству", "воспрепятству", "перешкоджа", "завадив", "заважа", "позволя", "позволил", "дозволя",
        "дозволи", "разреши", "разреша",
    };
    static constexpr std::string_view k_saying[] = {
        "заяв", "подтверд", "підтверд", "утвержда", "стверджу", "отрица", "заперечу", "заперечи", "опроверг",
        "спростува", "признал", "признаё", "признае", "визна", "сообщ", "повідом", "назвал", "назва", "называ",
        "назива", "обвин", "звинува", "отверг", "відкину", "відкида", "ответил", "відповіл", "відповів", "счита",
        "вважа", "настаива", "наполяга", "комментир", "коментува", "объяв", "оголоси", "оголошу",
    };
    const auto starts = [](const auto& stems, const std::string& w) {
        return std::any_of(std::begin(stems), std::end(stems),
                           [&](std::string_view stem) { return w.compare(0, stem.size(), stem) == 0; });
    };
    const auto saying = [&](const std::string& w) { return starts(k_saying, w); };
    const auto among = [](const auto& list, const std::string& w) {
        return std::find(std::begin(list), std::end(list), w) != std::end(list);
    };
    const std::string name = detail::lower_cyrillic(m_tokens[s.first].text);
    const bool after_word = s.first > 0 && adjacent(s.first - 1, s.first) && !m_tokens[s.first - 1].capitalised;
    std::size_t k = s.last + 1;
    if (among(k_capitals_genitive, name)) {
        // «заявление Москвы», «по версии Киева»: the noun of stating right before it.
        return s.first > 0 && adjacent(s.first - 1, s.first) && m_tokens[s.first - 1].cyrillic &&
               starts(k_stating_nouns, detail::lower_cyrillic(m_tokens[s.first - 1].text));
    }
    if (among(k_capitals_locative, name)) {
        // «В Киеве (тогда) заявили», «У Києві цю інформацію тоді не підтвердили»: the verb of saying
        // within four lowercase words, in the same clause.
        if (s.first == 0 || !adjacent(s.first - 1, s.first)) return false; // «В» may open the sentence
        const std::string prep = detail::lower_cyrillic(m_tokens[s.first - 1].text);
        if (prep != "в" && prep != "у") return false;
        constexpr int k_max_between = 4;
        for (int n = 0; n <= k_max_between && has(k) && adjacent(k - 1, k); ++n, ++k) {
            if (m_tokens[k].capitalised || !m_tokens[k].cyrillic) return false;
            if (saying(detail::lower_cyrillic(m_tokens[k].text))) return true;
        }
        return false;
    }
    if (!among(k_capitals, name)) return false;
    // A word right before it ("на Киев", "под Москвой", "и Киев"): not the subject of a clause of its own,
    // unless the word opens a clause («что Москва попытается», «але Київ заперечує»).
    static constexpr std::string_view k_clause_openers[] = {"что", "що", "но", "але", "однак", "однако", "проте", "хотя", "хоча"};
    if (after_word && !among(k_clause_openers, detail::lower_cyrillic(m_tokens[s.first - 1].text))) return false;
    // The verb of saying later in the same clause (no punctuation between).
    constexpr int k_max_clause_words = 8;
    for (int n = 0; n < k_max_clause_words && has(k) && adjacent(k - 1, k); ++n, ++k) {
        if (!m_tokens[k].cyrillic) return false;
        if (m_tokens[k].capitalised) continue;
        const std::string w = detail::lower_cyrillic(m_tokens[k].text);
        if (saying(w) || starts(k_intending, w) || starts(k_stance, w)) return true;
    }
    return false;
}

/// The filters for a Latin name standing for a settlement or region.
bool Parser::plausible_latin_mention(const Spot& s) const {
    const bool single = s.first == s.last;
    if (example_name(s)) return false;
    const std::string_view k = key(s.first);
    const MatchLevel best = std::min_element(s.matches.begin(), s.matches.end(), [](const Match& a, const Match& b) {
                                return a.level < b.level;
                            })->level;
    if (single) {
        if (seen_in_lower_case(s.first)) return false;            // "stavok" elsewhere in lower case
        if (m_person_words.count(k)) return false;               // "Syniehubov" of "Oleh Syniehubov"
        if (age_apposition(s)) return false;                     // "Serhii, 34, flies drones"
        if (best >= MatchLevel::Skeleton && k.size() < 5) return false;
    }
    // One word one edit away ("Kurakhovee"): only where a settlement must stand ("seized X").
    if (best == MatchLevel::Fuzzy && (m_headline[s.first] || (single && !in_place_slot(s.first)))) return false;
    if (m_headline[s.first] && best > MatchLevel::Romanised) return false;
    if (!m_headline[s.first] && !free_standing(s)) return false;
    if (detail::contains(detail::k_capitals, k) && !capital_as_place(s)) return false;
    const std::size_t after = s.last + 1;
    if (has(after) && !m_tokens[after].capitalised && !m_tokens[s.last].possessive && !in_compound(s)) {
        const std::string_view w = key(after);
        if (attribute_of_nonplace(s)) return false; // "the Khortytsia operational command"
        const bool named_capital = s.first > 0 && key(s.first - 1) == "capital"; // "the capital Kyiv said"
        if (single && !named_capital && (w == "said" || w == "says" || w == "told" || w == "added")) return false;
    }
    const std::size_t before = s.first;
    if (before > 0 && detail::contains(detail::k_person_titles, key(before - 1))) return false;
    if (before > 1 && key(before - 1) == "sign" && key(before - 2) == "call") return false; // "the call sign Tur"
    if (before > 0 && m_tokens[before - 1].text.size() == 1 && m_tokens[before - 1].capitalised &&
        detail::gap(m_text, m_tokens[before - 1], m_tokens[before]) == ". ")
        return false; // "Frederick W. Kagan"
    if (detail::contains(detail::k_public_figures, k)) return false;
    return true;
}

/// Not part of a longer run of capitalised words ("Ukrainska Pravda",
/// "Nataliya Humenyuk"), except for place suffixes ("Kherson City").
bool Parser::free_standing(const Spot& s) const {
    if (auto p = prev_adjacent(s.first); p != std::string::npos) {
        const Token& t = m_tokens[p];
        // "near Uspenivka Donetsk": an oblast name right after a place's name.
        const bool after_place = !m_spots.empty() && m_spots.back().last == p && s.first == s.last && oblast_word(s.first);
        // "Nearby Stepove, …": a sentence's first word, no place itself, is capitalised whatever it is.
        const bool opener = sentence_start(p) && !m_person_words.count(key(p)) && m_index.match_exact(t.text).empty();
        if (t.capitalised && !t.cyrillic && !common_word(p) && !t.possessive && !after_place && !opener) return false;
    }
    if (auto n = next_adjacent(s.last); n != std::string::npos) {
        const Token& t = m_tokens[n];
        if (t.capitalised && !t.cyrillic && !detail::contains(detail::k_place_suffixes, key(n)) &&
            !detail::contains(detail::k_joining_words, key(n)) && !oblast_word(n))
            return false;
    }
    return true;
}

/// Villages more likely namesakes of places the gazetteer lacks (a
/// Russian hamlet) than the places meant: not linked to a town, a place
/// in a named oblast or an unambiguous name through a chain of places within
/// k_isolated_km (k_weak_support_km for loosely matched names). Without
/// any such anchor, a village needs one other place within that distance.
std::set<std::size_t> Parser::isolated_villages(const Ranked& ranked, const Context& base) const {
    std::vector<std::size_t> settlements;
    std::set<std::size_t> reached;
    for (std::size_t i : m_names) {
        const auto& r = ranked[i];
        if (r.empty() || m_spots[i].kind != core::PlaceKind::Settlement || m_spots[i].dateline) continue;
        settlements.push_back(i);
        if (anchor(i, ranked, base)) reached.insert(i);
    }
    // Where towns anchor the text, a place only one settlement is named
    // (Chasiv Yar, Klishchiivka) anchors the villages around it as well:
    // a report on two fronts names namesakes near either.
    if (!reached.empty())
        for (std::size_t i : settlements)
            if (unambiguous(i, ranked)) reached.insert(i);
    const auto limit = [&](std::size_t i) { return m_spots[i].weak ? k_weak_support_km : k_isolated_km; };
    std::set<std::size_t> isolated = isolated_from_places(settlements, reached, ranked, limit);
    // A name only one settlement bears as its own (Robotyne, Vovchansk)
    // needs no company: the rule is for namesakes far from the context.
    std::erase_if(isolated, [&](std::size_t i) { return unambiguous(i, ranked); });
    std::erase_if(isolated, [&](std::size_t i) { return stands_in_slot(i, ranked); });
    // A village near the town of a front-sector phrase is anchored by it.
    std::erase_if(isolated, [&](std::size_t i) {
        const auto& rec = m_index.record(ranked.at(i).front().second);
        return std::any_of(m_anchors.begin(), m_anchors.end(), [&](const ContextPoint& a) {
            return detail::distance_km(rec.lat, rec.lon, a.lat, a.lon) <= limit(i);
        });
    });
    // A word one edit away from a name stands for a place only in an oblast the text names.
    for (std::size_t i : settlements) {
        const auto& rec = m_index.record(ranked.at(i).front().second);
        if (m_spots[i].fuzzy && !base.admin1_codes.count(std::string_view(m_index.str(rec.admin1_code))))
            isolated.insert(i);
    }
    return isolated;
}

bool Parser::stands_in_slot(std::size_t i, const Ranked& ranked) const {
    if (!m_spots[i].weak) return false;
    const auto& r = ranked.at(i);
    if (r.size() != 1 && !seat_or_town(m_index.record(r.front().second))) return false;
    for (std::size_t k = 0; k < m_spots.size(); ++k)
        if (m_name_of[k] == i && in_place_slot(m_spots[k].first)) return true;
    return false;
}

/// The chosen place is the only settlement that bears the name exactly
/// as its own (a place matched only loosely or through someone else's
/// alternate name does not count): a unique, well-known name.
bool Parser::unambiguous(std::size_t i, const Ranked& ranked) const {
    const Spot& s = m_spots[i];
    if (s.weak) return false;
    // A Cyrillic word capitalised only because it starts a sentence may
    // be a common noun ("Прапор України..."): it needs company.
    if (m_tokens[s.first].cyrillic && s.first == s.last &&
        std::all_of(m_spots.begin(), m_spots.end(), [&](const Spot& o) {
            return o.sig != s.sig || o.kind != s.kind || sentence_start(o.first);
        }))
        return false;
    const std::uint32_t chosen = ranked.at(i).front().second;
    std::size_t owners = 0;
    bool chosen_owns = false;
    for (const auto& m : s.matches) {
        if (!m.own || m.level > MatchLevel::Romanised || !is_kind(m, core::PlaceKind::Settlement)) continue;
        ++owners;
        chosen_owns = chosen_owns || m.place == chosen;
    }
    return owners == 1 && chosen_owns;
}

template <class Limit>
std::set<std::size_t> Parser::isolated_from_places(const std::vector<std::size_t>& settlements, std::set<std::size_t> reached,
                                           const Ranked& ranked, const Limit& limit) const {
    std::set<std::size_t> isolated;
    if (reached.empty()) {
        for (std::size_t i : settlements) {
            bool others = m_spots[i].weak, near = false;
            for (std::size_t j : settlements) {
                if (j == i) continue;
                const double km = chosen_distance_km(i, j, ranked);
                others = others || km != std::numeric_limits<double>::infinity();
                near = near || km <= limit(i);
            }
            if (others && !near) isolated.insert(i);
        }
        return isolated;
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (std::size_t i : settlements) {
            if (reached.count(i)) continue;
            const bool linked = std::any_of(reached.begin(), reached.end(),
                                            [&](std::size_t j) { return chosen_distance_km(i, j, ranked) <= limit(i); });
            if (linked) reached.insert(i), grew = true;
        }
    }
    for (std::size_t i : settlements)
        if (!reached.count(i)) isolated.insert(i);
    return isolated;
}

} // namespace claimtrack::gazetteer::parsing
