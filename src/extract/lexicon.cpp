#include "lexicon.hpp"

#include "claimtrack/extract/extractor.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

namespace claimtrack::extract {

namespace {

/// One data row of a lexicon file with the line it came from.
struct Row {
    std::size_t line = 0;
    std::vector<std::string> cells;
};

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        cells.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
    }
    return cells;
}

[[noreturn]] void fail(const std::filesystem::path& file, std::size_t line, const std::string& why) {
    throw ExtractError("In lexicon file '" + file.string() + "' on line " + std::to_string(line) + ": " + why);
}

/// Reads a tab-separated lexicon: '#' comment lines, one header row naming
/// `columns` columns, then rows with exactly that many non-empty cells.
std::vector<Row> read_table(const std::filesystem::path& file, std::size_t columns) {
    std::ifstream in(file);
    if (!in) throw ExtractError("Cannot open lexicon file '" + file.string() + "'");
    std::vector<Row> rows;
    std::string line;
    std::size_t n = 0;
    bool header = false;
    while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        auto cells = split_tabs(line);
        if (cells.size() != columns)
            fail(file, n, "expected " + std::to_string(columns) + " tab-separated columns, found " +
                              std::to_string(cells.size()));
        for (const auto& c : cells)
            if (c.empty()) fail(file, n, "empty column");
        if (!header) { header = true; continue; }
        rows.push_back({n, std::move(cells)});
    }
    if (!header) fail(file, n, "no header row");
    return rows;
}

/// Rows of NAME.tsv followed by those of NAME.ru.tsv and NAME.uk.tsv where present.
/// Each row remembers its file for error messages.
struct FileRows {
    std::filesystem::path file;
    std::vector<Row> rows;
};
std::vector<FileRows> read_tables(const std::filesystem::path& dir, std::string_view name, std::size_t columns) {
    std::vector<FileRows> out;
    out.push_back({dir / (std::string(name) + ".tsv"), {}});
    out.back().rows = read_table(out.back().file, columns);
    for (const char* lang : {"ru", "uk"}) {
        const auto file = dir / (std::string(name) + "." + lang + ".tsv");
        if (std::filesystem::exists(file)) out.push_back({file, read_table(file, columns)});
    }
    return out;
}

/// Named ending sets of paradigms.tsv: "<ru_past>" after a stem stands for "{л|ла|ло|ли}".
using Paradigms = std::map<std::string, std::string, std::less<>>;

/// Replaces each "<name>" of `phrase` by the alternatives of paradigm `name`, as "{a|b|c}".
std::string apply_paradigms(const std::filesystem::path& file, std::size_t line, const std::string& phrase,
                            const Paradigms* paradigms) {
    std::string out;
    std::size_t at = 0;
    while (true) {
        const std::size_t open = phrase.find('<', at);
        if (open == std::string::npos) break;
        const std::size_t close = phrase.find('>', open);
        if (close == std::string::npos) fail(file, line, "unclosed '<' in '" + phrase + "'");
        const std::string_view name = std::string_view(phrase).substr(open + 1, close - open - 1);
        const auto it = paradigms ? paradigms->find(name) : Paradigms::const_iterator{};
        if (!paradigms || it == paradigms->end())
            fail(file, line, "unknown paradigm '<" + std::string(name) + ">' (see paradigms.tsv) in '" + phrase + "'");
        out += phrase.substr(at, open - at) + "{" + it->second + "}";
        at = close + 1;
    }
    return at == 0 ? phrase : out + phrase.substr(at);
}

/// Expands a lexicon phrase: "освобожд{ен|ена|ено}" gives one phrase per
/// alternative (an empty alternative is allowed); an apostrophe also matches
/// the typographic ’ and the modifier letter ʼ used in Ukrainian.
void expand_phrase(const std::filesystem::path& file, std::size_t line, const std::string& phrase,
                   std::vector<std::string>& out) {
    const std::size_t open = phrase.find('{');
    if (open != std::string::npos) {
        const std::size_t close = phrase.find('}', open);
        if (close == std::string::npos) fail(file, line, "unclosed '{' in '" + phrase + "'");
        const std::string head = phrase.substr(0, open), tail = phrase.substr(close + 1);
        const std::string alts = phrase.substr(open + 1, close - open - 1);
        std::size_t start = 0;
        while (true) {
            const std::size_t bar = alts.find('|', start);
            expand_phrase(file, line, head + alts.substr(start, bar == std::string::npos ? bar : bar - start) + tail, out);
            if (bar == std::string::npos) break;
            start = bar + 1;
        }
        return;
    }
    if (phrase.find('}') != std::string::npos || phrase.find('|') != std::string::npos)
        fail(file, line, "unbalanced '}' or '|' in '" + phrase + "'");
    out.push_back(phrase);
    if (const std::size_t apos = phrase.find('\''); apos != std::string::npos) {
        for (const char* alt : {"\xE2\x80\x99", "\xCA\xBC"}) {
            std::string v = phrase;
            v.replace(apos, 1, alt);
            expand_phrase(file, line, v, out);
        }
    }
}

/// Adds every expansion of the row's phrase (its first cell) to `m` with `payload`; `paradigms`
/// expand "<name>" endings (claim verbs only).
void add_phrase(PhraseMatcher& m, Vocabulary& words, const std::filesystem::path& file, const Row& row,
                std::uint32_t payload, const Paradigms* paradigms = nullptr) {
    std::vector<std::string> phrases;
    expand_phrase(file, row.line, apply_paradigms(file, row.line, row.cells[0], paradigms), phrases);
    for (const auto& p : phrases) m.add(p, payload, words);
}

double parse_number(const std::filesystem::path& file, const Row& row, const std::string& cell) {
    double v = 0;
    const auto [p, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), v);
    if (ec != std::errc() || p != cell.data() + cell.size()) fail(file, row.line, "not a number: '" + cell + "'");
    return v;
}

template <typename E>
E parse_enum(const std::filesystem::path& file, const Row& row, const std::string& cell,
             std::initializer_list<std::pair<std::string_view, E>> names) {
    for (const auto& [name, value] : names)
        if (cell == name) return value;
    std::string allowed;
    for (const auto& [name, value] : names) allowed += (allowed.empty() ? "" : ", ") + std::string(name);
    fail(file, row.line, "unknown value '" + cell + "' (expected one of: " + allowed + ")");
}

/// paradigms.tsv: a name and its endings ("ru_past" -> "л|ла|ло|ли"), shared by the languages' verb tables.
Paradigms load_paradigms(const std::filesystem::path& dir) {
    Paradigms out;
    const auto file = dir / "paradigms.tsv";
    for (const Row& r : read_table(file, 2)) {
        if (r.cells[1].find_first_of("{}<>") != std::string::npos)
            fail(file, r.line, "endings may not contain braces or angle brackets: '" + r.cells[1] + "'");
        if (!out.emplace(r.cells[0], r.cells[1]).second) fail(file, r.line, "paradigm '" + r.cells[0] + "' twice");
    }
    return out;
}

void load_verbs(const std::filesystem::path& dir, Lexicon& lex) {
    const Paradigms paradigms = load_paradigms(dir);
    for (const auto& [file, rows] : read_tables(dir, "claim_verbs", 3))
    for (const Row& r : rows) {
        VerbEntry e;
        e.phrase = r.cells[0];
        e.cls = parse_enum<VerbClass>(file, r, r.cells[1],
                                      {{"gain", VerbClass::Gain}, {"loss", VerbClass::Loss},
                                       {"advance", VerbClass::Advance}, {"contest", VerbClass::Contest},
                                       {"repel", VerbClass::Repel}});
        e.hint = parse_enum<VerbHint>(file, r, r.cells[2],
                                      {{"-", VerbHint::None}, {"take", VerbHint::Take}, {"regain", VerbHint::Regain},
                                       {"rebut", VerbHint::Rebut}, {"hold", VerbHint::Hold},
                                       {"fight", VerbHint::Fight}});
        e.shape = verb_shape(e.phrase);
        add_phrase(lex.verbs, lex.words, file, r, static_cast<std::uint32_t>(lex.verb_info.size()), &paradigms);
        lex.verb_info.push_back(std::move(e));
    }
}

void load_actors(const std::filesystem::path& dir, Lexicon& lex) {
    for (const auto& [file, rows] : read_tables(dir, "actors", 4))
    for (const Row& r : rows) {
        ActorEntry e;
        e.phrase = r.cells[0];
        e.side = parse_enum<ActorSide>(file, r, r.cells[1],
                                       {{"UA", ActorSide::UA}, {"RU", ActorSide::RU}, {"enemy", ActorSide::Enemy},
                                        {"own", ActorSide::Own}, {"pronoun", ActorSide::Pronoun}});
        e.role = parse_enum<ActorRole>(file, r, r.cells[2],
                                       {{"force", ActorRole::Force}, {"gov", ActorRole::Gov}, {"both", ActorRole::Both}});
        e.grammatical_case = parse_enum<ActorCase>(file, r, r.cells[3],
                                                   {{"-", ActorCase::Any}, {"nom", ActorCase::Nominative},
                                                    {"ins", ActorCase::Instrumental}, {"gen", ActorCase::Genitive},
                                                    {"obl", ActorCase::Oblique}});
        add_phrase(lex.actors, lex.words, file, r, static_cast<std::uint32_t>(lex.actor_info.size()));
        lex.actor_info.push_back(std::move(e));
    }
}

void load_simple(const std::filesystem::path& dir, Lexicon& lex) {
    for (const auto& [file, rows] : read_tables(dir, "reporting_verbs", 2))
        for (const Row& r : rows) {
            add_phrase(lex.reporting, lex.words, file, r, static_cast<std::uint32_t>(lex.reporting_info.size()));
            lex.reporting_info.push_back(parse_enum<ReportKind>(file, r, r.cells[1],
                                                                {{"say", ReportKind::Say}, {"hedge", ReportKind::Hedge},
                                                                 {"deny", ReportKind::Deny}, {"source", ReportKind::Source},
                                                                 {"interview", ReportKind::Interview}}));
        }
    for (const auto& [file, rows] : read_tables(dir, "hedges", 2))
        for (const Row& r : rows) {
            const double f = parse_number(file, r, r.cells[1]);
            if (f < 0 || f > 1) fail(file, r.line, "factor must be within 0..1");
            add_phrase(lex.hedges, lex.words, file, r, static_cast<std::uint32_t>(lex.hedge_factor.size()));
            lex.hedge_factor.push_back(f);
        }
    for (const auto& [file, rows] : read_tables(dir, "assessors", 2))
        for (const Row& r : rows) {
            add_phrase(lex.assessors, lex.words, file, r, static_cast<std::uint32_t>(lex.assessor_name.size()));
            lex.assessor_name.push_back(r.cells[1]);
        }
    for (const auto& [file, rows] : read_tables(dir, "qualifiers", 2))
        for (const Row& r : rows) {
            add_phrase(lex.qualifiers, lex.words, file, r, static_cast<std::uint32_t>(lex.qualifier_name.size()));
            lex.qualifier_name.push_back(r.cells[1]);
        }
    for (const auto& [file, rows] : read_tables(dir, "area_cues", 2))
        for (const Row& r : rows) {
            enum class Where { Before, After, Later, RateBefore };
            const Where where = parse_enum<Where>(file, r, r.cells[1],
                                                  {{"before", Where::Before}, {"after", Where::After},
                                                   {"later", Where::Later}, {"rate_before", Where::RateBefore}});
            add_phrase(where == Where::Before  ? lex.area_cues_before
                       : where == Where::After ? lex.area_cues_after
                       : where == Where::Later ? lex.area_cues_later
                                               : lex.area_rate_before,
                       lex.words, file, r, 0);
        }
    for (const auto& [file, rows] : read_tables(dir, "background", 1))
        for (const Row& r : rows) add_phrase(lex.background, lex.words, file, r, 0);
    for (const auto& [file, rows] : read_tables(dir, "verb_blockers", 1))
        for (const Row& r : rows) add_phrase(lex.verb_blockers, lex.words, file, r, 0);
}

/// cue_words.tsv: a phrase may belong to several classes; its payload is their bit set.
void load_cues(const std::filesystem::path& dir, Lexicon& lex) {
    std::map<std::string, CueSet> classes;
    for (const auto& [file, rows] : read_tables(dir, "cue_words", 2))
        for (const Row& r : rows) {
            const Cue c = parse_enum<Cue>(
                file, r, r.cells[1],
                {{"clause_break", Cue::ClauseBreak}, {"near", Cue::Near}, {"direction", Cue::Direction},
                 {"after_partial", Cue::AfterPartial}, {"negation", Cue::Negation}, {"partial", Cue::Partial},
                 {"irrealis", Cue::Irrealis}, {"real_to", Cue::RealTo}, {"progressive", Cue::Progressive},
                 {"count_noun", Cue::CountNoun}, {"list_noun", Cue::ListNoun}, {"anaphor", Cue::Anaphor},
                 {"relative", Cue::Relative}, {"coordination", Cue::Coordination},
                 {"region_word", Cue::RegionWord}, {"anchor", Cue::Anchor},
                 {"negation_scope", Cue::NegationScope}, {"relative_that", Cue::RelativeThat},
                 {"speaker_anaphor", Cue::SpeakerAnaphor}, {"role_noun", Cue::RoleNoun},
                 {"possessive", Cue::Possessive}, {"locator", Cue::Locator},
                 {"settlement_noun", Cue::SettlementNoun}, {"list_opener", Cue::ListOpener},
                 {"auxiliary", Cue::Auxiliary}, {"list_intro", Cue::ListIntro},
                 {"situation_kind", Cue::SituationKind}, {"civilian", Cue::Civilian},
                 {"report_noun", Cue::ReportNoun}, {"voice_ua", Cue::VoiceUA}, {"voice_ru", Cue::VoiceRU}, {"none", Cue::Count_}});
            std::vector<std::string> phrases;
            expand_phrase(file, r.line, r.cells[0], phrases);
            for (const auto& p : phrases) classes[p] |= cue_bit(c);
        }
    // The matcher's payload is 32 bits: it indexes the distinct sets, which stay few.
    std::map<CueSet, std::uint32_t> index;
    for (const auto& [phrase, bits] : classes) {
        const auto [it, added] = index.emplace(bits, static_cast<std::uint32_t>(lex.cue_sets.size()));
        if (added) lex.cue_sets.push_back(bits);
        lex.cues.add(phrase, it->second, lex.words);
    }
}

/// figure_words.tsv: a phrase may belong to several classes; its payload is their bit set.
void load_figure_words(const std::filesystem::path& dir, Lexicon& lex) {
    std::map<std::string, std::uint32_t> classes;
    for (const auto& [file, rows] : read_tables(dir, "figure_words", 2))
        for (const Row& r : rows) {
            const FigureWord c = parse_enum<FigureWord>(
                file, r, r.cells[1],
                {{"direction", FigureWord::Direction}, {"direction_of", FigureWord::DirectionOf},
                 {"square", FigureWord::Square}, {"range_open", FigureWord::RangeOpen},
                 {"range_to", FigureWord::RangeTo}, {"range_and", FigureWord::RangeAnd},
                 {"compound_and", FigureWord::CompoundAnd}, {"qualifier_prep", FigureWord::QualifierPrep},
                 {"offset", FigureWord::Offset}, {"slavic_from", FigureWord::SlavicFrom},
                 {"slavic_bearing", FigureWord::SlavicBearing}, {"advance_after", FigureWord::AdvanceAfter},
                 {"advance_verb", FigureWord::AdvanceVerb}, {"restate", FigureWord::Restate},
                 {"contrast", FigureWord::Contrast}, {"clause_and", FigureWord::ClauseAnd},
                 {"rate", FigureWord::Rate}, {"measure_prep", FigureWord::MeasurePrep},
                 {"size_head", FigureWord::SizeHead}, {"size_link", FigureWord::SizeLink},
                 {"over_tail", FigureWord::OverTail}, {"about_tail", FigureWord::AboutTail},
                 {"unit_adjective", FigureWord::UnitAdjective}, {"day_word", FigureWord::DayWord}});
            std::vector<std::string> phrases;
            expand_phrase(file, r.line, r.cells[0], phrases);
            for (const auto& p : phrases) classes[p] |= figure_bit(c);
        }
    for (const auto& [phrase, bits] : classes) lex.figure_words.add(phrase, bits, lex.words);
}

void load_times(const std::filesystem::path& dir, Lexicon& lex) {
    for (const auto& [file, rows] : read_tables(dir, "time_words", 3))
        for (const Row& r : rows) {
            TimeWord w;
            w.kind = parse_enum<TimeKind>(file, r, r.cells[1],
                                          {{"weekday", TimeKind::Weekday}, {"month", TimeKind::Month},
                                           {"day_offset", TimeKind::DayOffset}, {"week_offset", TimeKind::WeekOffset}});
            w.value = static_cast<int>(parse_number(file, r, r.cells[2]));
            const bool ok = w.kind == TimeKind::Weekday ? w.value >= 0 && w.value <= 6
                            : w.kind == TimeKind::Month ? w.value >= 1 && w.value <= 12
                                                        : w.value >= -31 && w.value <= 31;
            if (!ok) fail(file, r.line, "value out of range for its kind: '" + r.cells[2] + "'");
            add_phrase(lex.time_words, lex.words, file, r, static_cast<std::uint32_t>(lex.time_info.size()));
            lex.time_info.push_back(w);
        }
}

void load_figures(const std::filesystem::path& dir, Lexicon& lex) {
    for (const auto& [file, rows] : read_tables(dir, "units", 4)) {
        for (const Row& r : rows) {
            UnitEntry e;
            e.area = parse_enum<bool>(file, r, r.cells[1], {{"area", true}, {"length", false}});
            e.factor = parse_number(file, r, r.cells[2]);
            if (e.factor <= 0) fail(file, r.line, "factor must be positive");
            e.code = r.cells[3];
            add_phrase(lex.units, lex.words, file, r, static_cast<std::uint32_t>(lex.unit_info.size()));
            lex.unit_info.push_back(std::move(e));
        }
    }
    for (const auto& [file, rows] : read_tables(dir, "numbers", 4)) {
        for (const Row& r : rows) {
            NumberEntry e;
            e.kind = parse_enum<NumberKind>(file, r, r.cells[1],
                                            {{"number", NumberKind::Number}, {"multiplier", NumberKind::Multiplier},
                                             {"vague", NumberKind::Vague}});
            e.min = parse_number(file, r, r.cells[2]);
            e.max = r.cells[3] == "-" ? -1.0 : parse_number(file, r, r.cells[3]);
            add_phrase(lex.numbers, lex.words, file, r, static_cast<std::uint32_t>(lex.number_info.size()));
            lex.number_info.push_back(e);
        }
    }
}

} // namespace

VerbShape verb_shape(std::string_view phrase) {
    static constexpr std::array<std::string_view, 10> sources{" * out of", " * from", " * of", " * из", " * з",
                                                             " * із", " * от", " * від", " * со", " * с"};
    VerbShape shape;
    shape.expel = std::any_of(sources.begin(), sources.end(), [&](std::string_view p) { return phrase.ends_with(p); });
    shape.adjectival = phrase.find(" - ") != std::string_view::npos;
    shape.of_object = phrase.ends_with(" of");
    shape.control = phrase.find("control") != std::string_view::npos ||
                    phrase.find("\xD0\xBA\xD0\xBE\xD0\xBD\xD1\x82\xD1\x80\xD0\xBE\xD0\xBB") != std::string_view::npos; // "контрол"
    return shape;
}

Lexicon Lexicon::load(const std::filesystem::path& dir) {
    Lexicon lex;
    load_verbs(dir, lex);
    load_actors(dir, lex);
    load_simple(dir, lex);
    load_figures(dir, lex);
    load_cues(dir, lex);
    load_figure_words(dir, lex);
    load_times(dir, lex);
    return lex;
}

void Lexicon::mark_cues(Tokens tokens, std::vector<CueMark>& marks) const {
    const std::size_t first = marks.size();
    marks.resize(first + tokens.size());
    for (std::size_t k = 0; k < tokens.size(); ++k)
        if (PhraseHit h; cues.match_at(tokens, k, h)) marks[first + k] = {cue_sets[h.payload], h.last};
}

} // namespace claimtrack::extract
