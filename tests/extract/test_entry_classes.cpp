#include <catch2/catch.hpp>

// Event logs and chronicles (bench/blind6/MISSES.md, class 1, session h11c7): a paragraph that opens with
// its place before a dash ("X, Donetsk Oblast — ...", "11 листопада, X — ...") is an entry about X; "the
// village", «села», «міста» in it name X, never the place of the entry before; an entry whose head names no
// known place gives its anaphors nothing. A bare part of a place ("on the northern outskirts") in the
// entry's first sentence is a part of X. And a place after an anaphor's bearing ("the village south of Y")
// only locates the anaphor's place. (A document's first paragraph "X, Oblast - ..." is its dateline, so the
// entries here follow a title.) Every sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
const Known first{"Hlyboke", "UA", 900};
const Known second{"Lyptsi", "UA", 1200};
const Known city{"Vovchansk", "UA", 17000, "PPLA3"};
} // namespace

TEST_CASE("extract: an anaphor in an event log's entry names the entry's head, not the entry before",
          "[extract][entries]") {
    for (const auto& [text, lang] : Cases{
             {"Hlyboke, Kharkiv Oblast — Russian troops entered the village on Monday.\n\n"
              "Lyptsi, Kharkiv Oblast — Ukraine's General Staff said the village had been liberated.", "en"},
             {"Hlyboke, Kharkiv Oblast - The Russian defence ministry announced the capture of the village.\n\n"
              "Lyptsi, Kharkiv Oblast - A Ukrainian brigade said it had retaken the village after two days.", "en"},
             {"12 May, Hlyboke — Russian units reached the village.\n\n"
              "13 May, Lyptsi — Ukrainian units liberated the village, the brigade said.", "en"},
             {"Hlyboke, Харьковская область — российские войска вошли в село.\n\n"
              "Lyptsi, Харьковская область — 14 мая украинская сторона объявила об освобождении села.", "ru"},
             {"Hlyboke — 12 мая российские подразделения зашли в село.\n\n"
              "Lyptsi — Генштаб ВСУ сообщил, что село освобождено.", "ru"},
             {"12 мая, Hlyboke — российские штурмовики вошли в село.\n\n"
              "13 мая, Lyptsi — ВСУ объявили об освобождении села.", "ru"},
             {"Hlyboke, Харківська область — російські війська зайшли в село.\n\n"
              "Lyptsi, Харківська область — 14 травня ЗСУ оголосили про звільнення села.", "uk"},
             {"Hlyboke — 12 травня російські підрозділи зайшли до села.\n\n"
              "Lyptsi — Генштаб ЗСУ повідомив, що село звільнено.", "uk"},
             {"12 травня, Hlyboke — російські штурмовики зайшли в село.\n\n"
              "13 травня, Lyptsi — українські військові звільнили село.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {first, second}, lang);
        CHECK(has_claim(x, "Lyptsi", Change::Liberated, Side::UA));
        CHECK(!has_claim(x, "Hlyboke", Change::Liberated, Side::UA));
    }
}

TEST_CASE("extract: an entry whose head names no known place gives its anaphors nothing", "[extract][entries]") {
    for (const auto& [text, lang] : Cases{
             {"Hlyboke, Kharkiv Oblast — Fighting continues near the village.\n\n"
              "Zarichne, Kharkiv Oblast — The Russian defence ministry announced the capture of the settlement.", "en"},
             {"Hlyboke, Харьковская область — бои продолжаются у села.\n\n"
              "Заречное, Харьковская область — Минобороны РФ объявило о взятии села.", "ru"},
             {"Hlyboke, Харківська область — бої тривають біля села.\n\n"
              "Зарічне, Харківська область — Міноборони РФ заявило про захоплення села.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {first}, lang);
        CHECK(!has_claim(x, "Hlyboke", Change::Captured, Side::RU));
    }
}

TEST_CASE("extract: a bare part of a place in an entry's first sentence is a part of its head", "[extract][entries]") {
    for (const auto& [text, lang] : Cases{
             {"Event log.\n\nVovchansk, Kharkiv Oblast - Russian channels said assault troops had gained a foothold on the northern outskirts.", "en"},
             {"Event log.\n\nVovchansk, Kharkiv Oblast - A Ukrainian brigade said Russian units had entered the eastern districts.", "en"},
             {"Хроника событий.\n\nVovchansk — российские военкоры сообщили, что штурмовики закрепились в северной части.", "ru"},
             {"Хроника событий.\n\nVovchansk — российские подразделения продвинулись на восточной окраине.", "ru"},
             {"Хроніка подій.\n\nVovchansk — російські підрозділи закріпилися на північній околиці.", "uk"},
             {"Хроніка подій.\n\nVovchansk — ворог просунувся у східній частині.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {city}, lang);
        check_claim(x, "Vovchansk", Change::Advanced, Side::RU);
    }
    // Counter-examples: a part with its owner named after it ("of the region", «области») is no part of the head,
    // and an ordinary paragraph opening with a name and a dash in its prose takes nothing from it.
    for (const auto& [text, lang] : Cases{
             {"Event log.\n\nVovchansk, Kharkiv Oblast - Russian units advanced in the northern part of the region.", "en"},
             {"Хроника событий.\n\nVovchansk — российские подразделения продвинулись в северной части области.", "ru"},
             {"Хроніка подій.\n\nVovchansk — російські підрозділи просунулися в північній частині області.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {city}, lang);
        CHECK(!claim_for(x, "Vovchansk"));
    }
}

TEST_CASE("extract: a place after an anaphor's bearing only locates the anaphor's place", "[extract][entries]") {
    for (const auto& [text, lang] : Cases{
             {"Event log.\n\nLyptsi, Kharkiv Oblast — Ukrainian forces announced the capture of the village south of Vovchansk.", "en"},
             {"Russian troops attacked Lyptsi on Monday. On Tuesday Ukrainian forces liberated the village north of Vovchansk.", "en"},
             {"Event log.\n\nLyptsi, Kharkiv Oblast — the army liberated the village west of Vovchansk, the brigade said.", "en"},
             {"Хроника событий.\n\nLyptsi, Харьковская область — ВСУ объявили о взятии села к югу от Vovchansk.", "ru"},
             {"Российские войска атаковали Lyptsi. Во вторник ВСУ освободили село к северу от Vovchansk.", "ru"},
             {"Хроника событий.\n\nLyptsi — украинские военные освободили село на юго-запад от Vovchansk.", "ru"},
             {"Хроніка подій.\n\nLyptsi, Харківська область — ЗСУ оголосили про звільнення села на південь від Vovchansk.", "uk"},
             {"Російські війська атакували Lyptsi. У вівторок ЗСУ звільнили село на північ від Vovchansk.", "uk"},
             {"Хроніка подій.\n\nLyptsi — українські військові звільнили село на північний захід від Vovchansk.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {second, city}, lang);
        CHECK(claim_for(x, "Lyptsi"));
        CHECK(!claim_for(x, "Vovchansk"));
    }
}
