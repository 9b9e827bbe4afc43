#pragma once
// Private: the Russian spellings of a Ukrainian place name (Велика Новосілка -> Великая
// Новоселка, Малі Щербаки -> Малые Щербаки, Уманське -> Уманское, Іванове -> Иваново), for
// Russian reports on places GeoNames gives no Russian name for. Generated at index build.

#include <string>
#include <vector>

namespace claimtrack::gazetteer::detail {

/// The Russian forms of the lower-case Ukrainian name `uk` (words separated by spaces or
/// hyphens), in nominative: letters mapped (і -> и or е, ї -> и or йи, є -> е, ґ -> г, the
/// apostrophe dropped), adjective endings made Russian (-а -> -ая before a noun, -і -> -ые/-ие
/// before a noun, -ий -> -ый, -ське/-цьке -> -ское/-цкое, -не -> -ное, -ове/-еве -> -ово/-овое,
/// -ів -> -ов). At most `k_max_russian_forms`, never `uk` itself, each once.
std::vector<std::string> russian_forms(const std::string& uk);

inline constexpr std::size_t k_max_russian_forms = 12;

} // namespace claimtrack::gazetteer::detail
