#pragma once
// Private: the Ukrainian spellings of a Russian place name (Шебекино -> Шебекіне, Шебекіно; Новая
// Таволжанка -> Нова Таволжанка; Глушково -> Глушкове; Курск -> Курськ; Мартыновка -> Мартинівка),
// for Ukrainian reports on the Russian border places, which GeoNames names in Russian only. The
// mirror of russian_forms.hpp. Generated at index build.

#include <string>
#include <vector>

namespace claimtrack::gazetteer::detail {

/// The Ukrainian forms of the lower-case Russian name `ru` (words separated by spaces or hyphens),
/// in nominative: adjective endings made Ukrainian (-ая -> -а, -ое -> -е, -ые/-ие -> -і, -ский ->
/// -ський), neuter nouns in -ино/-ово/-ево both kept and made adjectival (-іно and -іне, -ово and
/// -ове), -овка/-евка -> -івка, -ск/-цк -> -ськ/-цьк, then letters mapped (ы -> и, и -> і, or ї after
/// a vowel, э -> е, ё -> ьо, or йо after a vowel or at the start, ъ -> '). At most
/// `k_max_ukrainian_forms`, never `ru` itself, each once.
std::vector<std::string> ukrainian_forms(const std::string& ru);

inline constexpr std::size_t k_max_ukrainian_forms = 8;

} // namespace claimtrack::gazetteer::detail
