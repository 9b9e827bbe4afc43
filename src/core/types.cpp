#include "claimtrack/core/types.hpp"

#include <array>
#include <utility>

namespace claimtrack::core {

namespace {
constexpr std::array<std::pair<Side, std::string_view>, 3> k_sides{{
    {Side::None, ""}, {Side::UA, "UA"}, {Side::RU, "RU"}}};
constexpr std::array<std::pair<Change, std::string_view>, 7> k_changes{{
    {Change::Captured, "captured"}, {Change::Liberated, "liberated"}, {Change::Withdrew, "withdrew"},
    {Change::Advanced, "advanced"}, {Change::Repelled, "repelled"}, {Change::Contested, "contested"},
    {Change::Other, "other"}}};
constexpr std::array<std::pair<PlaceKind, std::string_view>, 7> k_kinds{{
    {PlaceKind::Settlement, "settlement"}, {PlaceKind::Admin1, "admin1"}, {PlaceKind::Admin2, "admin2"},
    {PlaceKind::Region, "region"}, {PlaceKind::Country, "country"}, {PlaceKind::Water, "water"},
    {PlaceKind::Other, "other"}}};

template <typename E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
    for (const auto& [e, name] : table)
        if (e == value) return name;
    return {};
}

template <typename E, std::size_t N>
std::optional<E> value_of(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view name) {
    for (const auto& [e, n] : table)
        if (n == name) return e;
    return std::nullopt;
}
} // namespace

std::string_view to_string(Side s) { return name_of(k_sides, s); }
std::string_view to_string(Change c) { return name_of(k_changes, c); }
std::string_view to_string(PlaceKind k) { return name_of(k_kinds, k); }
std::string_view to_string(ClaimStatus s) { return s == ClaimStatus::Claimed ? "claimed" : "assessed"; }

std::optional<Side> side_from_string(std::string_view s) {
    if (s.empty()) return std::nullopt;
    return value_of(k_sides, s);
}
std::optional<Change> change_from_string(std::string_view s) { return value_of(k_changes, s); }
std::optional<PlaceKind> place_kind_from_string(std::string_view s) { return value_of(k_kinds, s); }

} // namespace claimtrack::core
