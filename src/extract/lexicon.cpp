#include "lexicon.hpp"

#include "claimtrack/extract/extractor.hpp"

#include <charconv>
#include <fstream>
#include <functional>
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

void load_verbs(const std::filesystem::path& dir, Lexicon& lex) {
    const auto file = dir / "claim_verbs.tsv";
    for (const Row& r : read_table(file, 3)) {
        VerbEntry e;
        e.phrase = r.cells[0];
        e.cls = parse_enum<VerbClass>(file, r, r.cells[1],
                                      {{"gain", VerbClass::Gain}, {"loss", VerbClass::Loss},
                                       {"advance", VerbClass::Advance}, {"contest", VerbClass::Contest},
                                       {"repel", VerbClass::Repel}});
        e.hint = parse_enum<VerbHint>(file, r, r.cells[2],
                                      {{"-", VerbHint::None}, {"take", VerbHint::Take}, {"regain", VerbHint::Regain}});
        lex.verbs.add(e.phrase, static_cast<std::uint32_t>(lex.verb_info.size()));
        lex.verb_info.push_back(std::move(e));
    }
}

void load_actors(const std::filesystem::path& dir, Lexicon& lex) {
    const auto file = dir / "actors.tsv";
    for (const Row& r : read_table(file, 3)) {
        ActorEntry e;
        e.phrase = r.cells[0];
        e.side = parse_enum<ActorSide>(file, r, r.cells[1],
                                       {{"UA", ActorSide::UA}, {"RU", ActorSide::RU}, {"enemy", ActorSide::Enemy},
                                        {"own", ActorSide::Own}, {"pronoun", ActorSide::Pronoun}});
        e.role = parse_enum<ActorRole>(file, r, r.cells[2],
                                       {{"force", ActorRole::Force}, {"gov", ActorRole::Gov}, {"both", ActorRole::Both}});
        lex.actors.add(e.phrase, static_cast<std::uint32_t>(lex.actor_info.size()));
        lex.actor_info.push_back(std::move(e));
    }
}

void load_simple(const std::filesystem::path& dir, Lexicon& lex) {
    {
        const auto file = dir / "reporting_verbs.tsv";
        for (const Row& r : read_table(file, 2)) {
            lex.reporting.add(r.cells[0], static_cast<std::uint32_t>(lex.reporting_info.size()));
            lex.reporting_info.push_back(parse_enum<ReportKind>(
                file, r, r.cells[1], {{"say", ReportKind::Say}, {"hedge", ReportKind::Hedge}, {"deny", ReportKind::Deny}}));
        }
    }
    {
        const auto file = dir / "hedges.tsv";
        for (const Row& r : read_table(file, 2)) {
            const double f = parse_number(file, r, r.cells[1]);
            if (f < 0 || f > 1) fail(file, r.line, "factor must be within 0..1");
            lex.hedges.add(r.cells[0], static_cast<std::uint32_t>(lex.hedge_factor.size()));
            lex.hedge_factor.push_back(f);
        }
    }
    {
        const auto file = dir / "assessors.tsv";
        for (const Row& r : read_table(file, 2)) {
            lex.assessors.add(r.cells[0], static_cast<std::uint32_t>(lex.assessor_name.size()));
            lex.assessor_name.push_back(r.cells[1]);
        }
    }
    {
        const auto file = dir / "qualifiers.tsv";
        for (const Row& r : read_table(file, 2)) {
            lex.qualifiers.add(r.cells[0], static_cast<std::uint32_t>(lex.qualifier_name.size()));
            lex.qualifier_name.push_back(r.cells[1]);
        }
    }
    {
        const auto file = dir / "area_cues.tsv";
        for (const Row& r : read_table(file, 2)) {
            const bool before = parse_enum<bool>(file, r, r.cells[1], {{"before", true}, {"after", false}});
            (before ? lex.area_cues_before : lex.area_cues_after).add(r.cells[0], 0);
        }
    }
    {
        const auto file = dir / "background.tsv";
        for (const Row& r : read_table(file, 1)) lex.background.add(r.cells[0], 0);
    }
    {
        const auto file = dir / "verb_blockers.tsv";
        for (const Row& r : read_table(file, 1)) lex.verb_blockers.add(r.cells[0], 0);
    }
}

void load_figures(const std::filesystem::path& dir, Lexicon& lex) {
    {
        const auto file = dir / "units.tsv";
        for (const Row& r : read_table(file, 4)) {
            UnitEntry e;
            e.area = parse_enum<bool>(file, r, r.cells[1], {{"area", true}, {"length", false}});
            e.factor = parse_number(file, r, r.cells[2]);
            if (e.factor <= 0) fail(file, r.line, "factor must be positive");
            e.code = r.cells[3];
            lex.units.add(r.cells[0], static_cast<std::uint32_t>(lex.unit_info.size()));
            lex.unit_info.push_back(std::move(e));
        }
    }
    {
        const auto file = dir / "numbers.tsv";
        for (const Row& r : read_table(file, 4)) {
            NumberEntry e;
            e.kind = parse_enum<NumberKind>(file, r, r.cells[1],
                                            {{"number", NumberKind::Number}, {"multiplier", NumberKind::Multiplier},
                                             {"vague", NumberKind::Vague}});
            e.min = parse_number(file, r, r.cells[2]);
            e.max = r.cells[3] == "-" ? -1.0 : parse_number(file, r, r.cells[3]);
            lex.numbers.add(r.cells[0], static_cast<std::uint32_t>(lex.number_info.size()));
            lex.number_info.push_back(e);
        }
    }
}

} // namespace

Lexicon Lexicon::load(const std::filesystem::path& dir) {
    Lexicon lex;
    load_verbs(dir, lex);
    load_actors(dir, lex);
    load_simple(dir, lex);
    load_figures(dir, lex);
    return lex;
}

} // namespace claimtrack::extract
