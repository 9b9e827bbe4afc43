#pragma once
// Private: the Russian spellings of a Ukrainian place name (Велика Новосілка -> Великая
// Новоселка, Малі Щербаки -> Малые Щербаки, Уманське -> Уманское, Іванове -> Иваново,
// Олександрівка -> Александровка, Степове -> Степное), for Russian reports on places GeoNames
// gives no Russian name for. Generated at index build.

#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::gazetteer::detail {

/// Stems and suffixes Russian spells differently from Ukrainian beyond single letters
/// (geodata/romanisation/uk_ru_stems.tsv: Олександр- -> Александр-, -івка -> -овка, Вільн- -> Вольн-).
/// Immutable after parse(); an empty table changes nothing.
class RussianStems {
public:
    enum class Where { Any, Start, End };
    struct Rule {
        std::string from;
        std::vector<std::string> to;
        Where where = Where::Any;
    };

    /// Parses a table (see geodata/romanisation/uk_ru_stems.tsv for the format).
    /// \throws GazetteerError naming `source` and the line of a bad row.
    static RussianStems parse(std::string_view tsv, std::string_view source);

    bool empty() const { return m_rules.empty(); }

    /// The spellings of one lower-case Ukrainian word with the rows applied (each once, in table
    /// order, to the word and to what earlier rows made of it), the most rewritten first, the word
    /// itself last; at most `k_max_stem_variants`.
    std::vector<std::string> variants(const std::string& word) const;

private:
    std::vector<Rule> m_rules;
};

inline constexpr std::size_t k_max_stem_variants = 6;

/// The Russian forms of the lower-case Ukrainian name `uk` (words separated by spaces or
/// hyphens), in nominative: stems rewritten by `stems`, then letters mapped (і -> и or е, ї -> и
/// or йи, є -> е, ґ -> г, the apostrophe dropped), adjective endings made Russian (-а -> -ая before
/// a noun, -і -> -ые/-ие before a noun, -ий -> -ый, -ське/-цьке -> -ское/-цкое, -не -> -ное,
/// -ове/-еве -> -ово/-овое, -ле/-ке/-те/-ре/-де -> -лое/..., -ів -> -ов). At most
/// `k_max_russian_forms`, the most rewritten first, never `uk` itself, each once.
std::vector<std::string> russian_forms(const std::string& uk, const RussianStems& stems = {});

inline constexpr std::size_t k_max_russian_forms = 12;

} // namespace claimtrack::gazetteer::detail
