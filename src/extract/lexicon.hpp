#pragma once
/// \file
/// The extractor's word lists, loaded from tab-separated files under
/// geodata/lexicon/ so that they can be extended without touching C++.
/// Private to the extract module.

#include "tokens.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace claimtrack::extract {

/// Coarse class of a claim verb.
enum class VerbClass { Gain, Loss, Advance, Contest, Repel };
/// Which side a gain verb implies when no actor is named.
enum class VerbHint { None, Take, Regain };

struct VerbEntry {
    std::string phrase;
    VerbClass cls = VerbClass::Gain;
    VerbHint hint = VerbHint::None;
};

/// How an actor phrase names its side.
enum class ActorSide { UA, RU, Enemy, Own, Pronoun };
enum class ActorRole { Force, Gov, Both };

struct ActorEntry {
    std::string phrase;
    ActorSide side = ActorSide::UA;
    ActorRole role = ActorRole::Force;
};

enum class ReportKind { Say, Hedge, Deny };

struct UnitEntry {
    bool area = false;   ///< area (else length)
    double factor = 1.0; ///< to km2 or km
    std::string code;    ///< km2, mi2, ha, km, mi, m
};

enum class NumberKind { Number, Multiplier, Vague };
struct NumberEntry {
    NumberKind kind = NumberKind::Number;
    double min = 0;
    double max = 0; ///< < 0: open
};

/// All lexicons; immutable after load.
struct Lexicon {
    PhraseMatcher verbs;
    std::vector<VerbEntry> verb_info;
    PhraseMatcher actors;
    std::vector<ActorEntry> actor_info;
    PhraseMatcher reporting;
    std::vector<ReportKind> reporting_info;
    PhraseMatcher hedges;
    std::vector<double> hedge_factor;
    PhraseMatcher assessors;
    std::vector<std::string> assessor_name;
    PhraseMatcher units;
    std::vector<UnitEntry> unit_info;
    PhraseMatcher numbers;
    std::vector<NumberEntry> number_info;
    PhraseMatcher qualifiers;
    std::vector<std::string> qualifier_name;
    PhraseMatcher area_cues_before;
    PhraseMatcher area_cues_after;
    PhraseMatcher background;
    PhraseMatcher verb_blockers;

    /// Loads every file from `dir` (geodata/lexicon). \throws ExtractError
    /// naming the file and line of a missing file or a bad row.
    static Lexicon load(const std::filesystem::path& dir);
};

} // namespace claimtrack::extract
