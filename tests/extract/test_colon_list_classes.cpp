#include <catch2/catch.hpp>

// A change sentence that ends in a colon, then its places one a line ("1) A;", "2. B;", "- C"): every line
// of the list gets the frame's claim, and the list ends at the first sentence with a verb
// (bench/blind8/MISSES.md, class 1, session h11c9). Every sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
}

TEST_CASE("extract: the lines of a list after a colon take the change before it", "[extract][list][colon]") {
    for (const auto& [text, lang] : Cases{
             {"The General Staff said Ukrainian forces had liberated the following villages:\n\n1) Lyptsi;\n2) Hlyboke;\n3) Kozacha.\n\nFighting goes on.", "en"},
             {"Ukrainian troops recaptured these settlements overnight:\n- Lyptsi\n- Hlyboke\n- Kozacha\n", "en"},
             {"Ukraine's army said it had retaken:\n1. Lyptsi,\n2. Hlyboke,\n3. Kozacha.", "en"},
             {"Генштаб ЗСУ повідомив, що під контроль Сил оборони повернулися:\n\n1) Lyptsi;\n2) Hlyboke;\n3) Kozacha.\n\nБої тривають.", "uk"},
             {"Українські військові звільнили такі села:\n- Lyptsi\n- Hlyboke\n- Kozacha\n", "uk"},
             {"За добу Сили оборони деокупували:\n1. Lyptsi;\n2. Hlyboke;\n3. Kozacha.", "uk"},
             {"Генштаб ВСУ сообщил, что под контроль украинских войск вернулись:\n\n1) Lyptsi;\n2) Hlyboke;\n3) Kozacha.\n\nБои продолжаются.", "ru"},
             {"Украинские военные освободили следующие сёла:\n- Lyptsi\n- Hlyboke\n- Kozacha\n", "ru"},
             {"За сутки ВСУ отбили:\n1. Lyptsi;\n2. Hlyboke;\n3. Kozacha.", "ru"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}, {"Kozacha"}}, lang);
        check_claim(x, "Lyptsi", Change::Liberated, Side::UA);
        check_claim(x, "Hlyboke", Change::Liberated, Side::UA);
        check_claim(x, "Kozacha", Change::Liberated, Side::UA);
    }
}

TEST_CASE("extract: a colon's list ends at a sentence with a verb", "[extract][list][colon]") {
    for (const auto& [text, lang] : Cases{
             {"Ukrainian troops recaptured:\n1) Lyptsi;\n2) Hlyboke.\nShelling was reported in Kozacha.", "en"},
             {"Українські військові звільнили:\n1) Lyptsi;\n2) Hlyboke.\nОбстріляли Kozacha.", "uk"},
             {"Украинские военные освободили:\n1) Lyptsi;\n2) Hlyboke.\nОбстрелу подверглась Kozacha.", "ru"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}, {"Kozacha"}}, lang);
        check_claim(x, "Lyptsi", Change::Liberated, Side::UA);
        check_claim(x, "Hlyboke", Change::Liberated, Side::UA);
        CHECK(!claim_for(x, "Kozacha"));
    }
}

TEST_CASE("extract: a colon after a sentence with no change gives its list no claim", "[extract][list][colon]") {
    for (const auto& [text, lang] : Cases{
             {"Drones struck several villages overnight:\n1) Lyptsi;\n2) Hlyboke.", "en"},
             {"Вночі дрони атакували кілька сіл:\n1) Lyptsi;\n2) Hlyboke.", "uk"},
             {"Ночью дроны атаковали несколько сёл:\n1) Lyptsi;\n2) Hlyboke.", "ru"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang);
        CHECK(x.claims.empty());
    }
}

TEST_CASE("extract: a demonstrative before a colon points to the list below, not to the places before", "[extract][list][colon]") {
    for (const auto& [text, lang] : Cases{
             {"Drones hit Kozacha and Zoria overnight.\nRussian troops captured these settlements, the ministry said:\n- Lyptsi\n- Hlyboke\n", "en"},
             {"Вночі дрони атакували Kozacha та Zoria.\nРосійські війська захопили ці села:\n- Lyptsi\n- Hlyboke\n", "uk"},
             {"Ночью дроны атаковали Kozacha и Zoria.\nРоссийские войска заняли эти сёла:\n- Lyptsi\n- Hlyboke\n", "ru"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}, {"Kozacha"}, {"Zoria"}}, lang);
        check_claim(x, "Lyptsi", Change::Captured, Side::RU);
        check_claim(x, "Hlyboke", Change::Captured, Side::RU);
        CHECK(!claim_for(x, "Kozacha"));
        CHECK(!claim_for(x, "Zoria"));
    }
}
