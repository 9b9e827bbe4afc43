#pragma once
// Private: the correspondences between Russian-based Latin spellings of
// Ukrainian place names and the Ukrainian national romanisation
// (geodata/romanisation/ru_uk.tsv), applied to a name that matched no place,
// to try the spellings it may stand for.

#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::gazetteer::detail {

class RomanisationVariants {
public:
    enum class Where { Any, Start, End, Inner, Consonant };
    struct Rule {
        std::string from, to;
        Where where = Where::Any;
    };

    /// Parses a table (see geodata/romanisation/ru_uk.tsv for the format).
    /// \throws GazetteerError naming `source` and the line of a bad row.
    static RomanisationVariants parse(std::string_view tsv, std::string_view source);

    bool empty() const { return m_rules.empty(); }
    std::size_t size() const { return m_rules.size(); }

    /// The spellings `key` (an exact key: lower-case Latin words separated by
    /// single spaces) becomes with one rule applied at one place, or with two
    /// at two places that do not overlap; not `key` itself, each once.
    std::vector<std::string> variants(std::string_view key) const;

private:
    std::vector<Rule> m_rules;
    struct Rewrite {
        std::string text;
        std::size_t after = 0; ///< the byte after the rewritten letters
        bool vowel = false;    ///< by a one-letter rule inside a word (e -> i, o -> i)
    };
    /// One rewrite of `key` at every place a rule applies, from byte `from`
    /// on; only rules other than one-letter inner ones when `no_vowel_rules`.
    void rewrites(std::string_view key, std::size_t from, bool no_vowel_rules, std::vector<Rewrite>& out) const;
};

} // namespace claimtrack::gazetteer::detail
