#include <catch2/catch.hpp>

// Construction classes of the blind3 misses (bench/blind3/MISSES.md): each mechanism tried on sentences of
// at least three shapes in every language it applies to. Every sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
}

TEST_CASE("extract: a bearing set off after a settlement only locates it, whatever words precede the bearing",
          "[extract][reference]") {
    for (const auto& [text, lang] : Cases{
             {"Russian troops took full control of Lyptsi, the hilltop town west of Hlyboke, the ministry said.", "en"},
             {"Russian units drove Ukrainian forces out of Lyptsi, on the approaches to Hlyboke.", "en"},
             {"The ministry said its forces captured Lyptsi (north-east of Hlyboke) on Monday.", "en"},
             {"Минобороны России сообщило, что взят посёлок Lyptsi, расположенный примерно в семи километрах к югу от Hlyboke.", "ru"},
             {"Российские войска заняли Lyptsi, на подступах к Hlyboke.", "ru"},
             {"Российские войска освободили Lyptsi (к северу от Hlyboke), сообщили в ведомстве.", "ru"},
             {"Міноборони РФ заявило про захоплення села Lyptsi, розташованого за п'ять кілометрів на схід від Hlyboke.", "uk"},
             {"Росіяни окупували Lyptsi, на підступах до Hlyboke.", "uk"},
             {"Сили оборони звільнили Lyptsi (на південь від Hlyboke), повідомили в бригаді.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang);
        CHECK(claim_for(x, "Lyptsi"));
        CHECK(!claim_for(x, "Hlyboke"));
    }
    // A verb after the comma makes the second place its own.
    for (const auto& [text, lang] : Cases{
             {"Russian forces captured Lyptsi, and fighting continues near Hlyboke.", "en"},
             {"Российские войска заняли Lyptsi, а также продвинулись к югу от Hlyboke.", "ru"},
             {"Росіяни захопили Lyptsi, а також просунулися на південь від Hlyboke.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Lyptsi"}, {"Hlyboke"}}, lang);
        CHECK(claim_for(x, "Lyptsi"));
        CHECK(claim_for(x, "Hlyboke"));
    }
}
