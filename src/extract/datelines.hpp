#pragma once
// Datelines: "KYIV (Reuters) -", "КИЇВ, 5 травня -", "POKROVSK, Ukraine:". The place where a report
// was filed is no antecedent of "the town" and no member of a later list: no frame may fall back on it.
#include "claimtrack/core/types.hpp"

#include <string_view>

namespace claimtrack::extract {

/// True when the sentence `span` of `text` is a dateline cut off by the segmenter: it ends with a
/// dash or a colon ("DNIPRO, Ukraine (Reuters) -").
bool dateline_segment(std::string_view text, core::Span span);

/// True when `m` opens a line of `text`, is followed by a dateline mark (a comma, colon, full stop,
/// bracket or dash) and is written in capitals or stands in a sentence of its own without a verb
/// (`own_segment`, see dateline_segment).
bool dateline_mention(std::string_view text, const core::Mention& m, bool own_segment);

} // namespace claimtrack::extract
