// Shared by the fuzz targets that drive the extractor's private parsers
// (fuzz_dates, fuzz_figures): the lexicon, loaded once per process, and the
// sentences of an input tokenized and labelled as the extractor does.
#pragma once

#include "claimtrack/text/segment.hpp"
#include "lexicon.hpp"
#include "tokens.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::fuzz {

// The project's lexicon (geodata/lexicon), loaded on first use.
inline const extract::Lexicon& lexicon() {
    static const extract::Lexicon lex = extract::Lexicon::load(CLAIMTRACK_GEODATA_DIR "/lexicon");
    return lex;
}

// Calls f(tokens) for each sentence of s (valid UTF-8), with the tokens'
// offsets into s and their lexicon labels set.
template <class F>
void for_each_sentence(const extract::Lexicon& lex, std::string_view s, F&& f) {
    const std::string lowered = extract::fold_lower(s);
    for (const core::Span& span : text::sentences(s)) {
        std::vector<extract::Token> tokens = extract::tokenize(s.substr(span.start, span.size()), span.start,
                                                               std::string_view(lowered).substr(span.start, span.size()));
        lex.words.label(tokens);
        f(tokens);
    }
}

} // namespace claimtrack::fuzz
