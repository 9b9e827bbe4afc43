#pragma once
// Private: English words after which a capitalised word stands in a
// settlement's slot ("seized X", "the village of X", "near X"), the English
// counterpart of the place_cue class of geodata/inflection/words.tsv. A
// loosely spelt name in such a slot is read as a place even without other
// places around it. Exact keys (lower case).

#include "lexicon.hpp"

namespace claimtrack::gazetteer::detail {

/// Words directly before the name (or before the list it heads).
inline constexpr auto k_slot_words = word_list(std::to_array<std::string_view>({
    // prepositions of place and motion
    "in", "near", "outside", "around", "toward", "towards", "into", "from", "at", "beyond", "past",
    // claim and combat verbs
    "captured", "capture", "captures", "capturing", "seized", "seize", "seizes", "seizing", "took", "take", "takes",
    "taken", "taking", "retook", "retake", "retaken", "recaptured", "recapture", "liberated", "liberate", "liberating",
    "freed", "free", "entered", "enter", "entering", "reached", "reach", "occupied", "occupy", "stormed", "storming",
    "attacked", "attacking", "shelled", "shelling", "struck", "hit", "approaching", "approached", "encircled",
    "surrounded", "abandoned", "lost", "hold", "holds", "held", "holding", "controls", "controlled", "regained",
    "defending", "defended",
    // a settlement noun right before the name ("the village Krasne")
    "village", "villages", "town", "towns", "settlement", "settlements", "hamlet", "hamlets", "city", "township",
}));

/// Nouns before "of" that put a settlement after it ("the village of X",
/// "the outskirts of X", "control of X", "the capture of X").
inline constexpr auto k_slot_nouns_of = word_list(std::to_array<std::string_view>({
    "village", "villages", "town", "towns", "settlement", "settlements", "hamlet", "hamlets", "city", "township",
    "outskirts", "edge", "centre", "center", "control", "capture", "liberation", "fall", "seizure", "recapture",
    "occupation", "vicinity", "suburbs", "east", "west", "north", "south", "northeast", "northwest", "southeast",
    "southwest",
}));

} // namespace claimtrack::gazetteer::detail
