#pragma once
// Private: case forms of Cyrillic place names from suffix rules written as
// data (geodata/inflection/uk.tsv, ru.tsv), and the reverse: the nominatives
// an inflected word may come from.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::gazetteer::detail {

/// Grammatical cases of the tables, after the nominative.
inline constexpr std::size_t k_oblique_cases = 5; ///< genitive, dative, accusative, instrumental, locative

/// Lower case for Latin and Cyrillic letters (UTF-8 in, UTF-8 out); other
/// characters are copied.
std::string lower_cyrillic(std::string_view s);
/// lower_cyrillic(s) appended to `out` (no allocation of its own).
void append_lower_cyrillic(std::string& out, std::string_view s);
/// lower_cyrillic(s) written to `out`, which has room for s.size() bytes (the
/// lower-case form is never longer); returns the bytes written.
std::size_t lower_cyrillic_to(std::string_view s, char* out);

/// True when the name is in Cyrillic script and uses letters only Ukrainian
/// (і ї є ґ) or only Russian (ы э ъ ё) has.
bool has_ukrainian_letters(std::string_view s);
bool has_russian_letters(std::string_view s);

/// One language's table of case endings. Immutable after parse(); thread-safe.
class Inflector {
public:
    Inflector() = default;

    /// Parses a table (see geodata/inflection/uk.tsv for the format).
    /// \throws GazetteerError naming `source` and the line.
    static Inflector parse(std::string_view tsv, std::string_view source);

    bool empty() const { return m_rules.empty(); }

    /// Case forms of a whole lower-case name, each word inflected in the same
    /// case; the name itself is not included.
    std::vector<std::string> name_forms(std::string_view name) const;

    /// Nominatives a lower-case (possibly inflected) phrase may come from,
    /// the phrase itself included; every word is read in the same case.
    std::vector<std::string> lemmas(std::string_view phrase) const;

private:
    struct Rule {
        std::string ending;                                        ///< nominative ending ("" for '+')
        bool consonant = false;                                    ///< '+': word ends in a consonant
        std::array<std::vector<std::string>, k_oblique_cases> forms; ///< endings per case
    };
    std::vector<Rule> m_rules;       ///< longest ending first
    /// A case ending of a rule: m_rules[rule].forms[grammatical_case][form].
    struct FormRef {
        std::uint16_t rule = 0;
        std::uint8_t grammatical_case = 0;
        std::uint16_t form = 0;
    };
    /// The case endings by their last byte (empty endings under 0), so that
    /// reading a word back to its nominatives tries only endings it can have.
    std::array<std::vector<FormRef>, 256> m_forms_by_last_byte;
    void index_forms();
    std::vector<std::string> m_consonants;

    const Rule* rule_for(std::string_view word) const;
    bool ends_in_consonant(std::string_view word) const;
    std::array<std::vector<std::string>, k_oblique_cases> word_forms(std::string_view word) const;
    std::array<std::vector<std::string>, k_oblique_cases> hyphenated_word_forms(std::string_view word) const;
    std::array<std::vector<std::string>, k_oblique_cases> word_lemmas(std::string_view word) const;
};

} // namespace claimtrack::gazetteer::detail
