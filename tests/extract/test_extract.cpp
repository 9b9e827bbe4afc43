#include <catch2/catch.hpp>

#include "claimtrack/extract/extractor.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

// Every sentence below was written for these tests.

namespace ct = claimtrack;
using ct::core::Change;
using ct::core::Side;

namespace {

struct Known {
    std::string surface;
    ct::core::PlaceKind kind = ct::core::PlaceKind::Settlement;
    std::string country = "UA";
};

const ct::extract::Extractor& extractor() {
    static const ct::extract::Extractor ex(CLAIMTRACK_GEODATA_DIR);
    return ex;
}

/// Runs the extractor over `text`, with every occurrence of the known names as mentions.
ct::core::Extraction run(const std::string& text, const std::vector<Known>& known,
                         const std::string& published = "2024-05-15", const std::string& language = "") {
    ct::core::Document doc;
    doc.text = text;
    doc.language = language;
    doc.published = ct::core::Date::parse(published);
    std::vector<ct::core::Mention> mentions;
    std::int64_t id = 1;
    for (const Known& k : known) {
        ct::core::Place p;
        p.id = id++;
        p.name = k.surface;
        p.kind = k.kind;
        p.country = k.country;
        p.lonlat = {30.0 + static_cast<double>(id), 48.0};
        for (std::size_t pos = text.find(k.surface); pos != std::string::npos; pos = text.find(k.surface, pos + 1)) {
            ct::core::Mention m;
            m.span = {pos, pos + k.surface.size()};
            m.surface = k.surface;
            m.place = p;
            mentions.push_back(m);
        }
    }
    return extractor().extract(doc, mentions);
}

const ct::core::Claim* claim_for(const ct::core::Extraction& x, const std::string& place) {
    for (const auto& c : x.claims)
        if ((c.place && c.place->name == place) || (c.region && !c.place && c.region->name == place)) return &c;
    return nullptr;
}

} // namespace

TEST_CASE("extract: area figures", "[extract][areas]") {
    SECTION("qualifier and sq km") {
        const auto x = run("Ukrainian troops have retaken about 450 sq km in the south, the general said.", {});
        REQUIRE(x.areas.size() == 1);
        CHECK(x.areas[0].km2 == Approx(450));
        CHECK(x.areas[0].qualifier == "about");
        CHECK(x.areas[0].by_side == Side::UA);
        CHECK(x.areas[0].territorial);
    }
    SECTION("more than, thousands separator") {
        const auto x = run("Russian forces seized more than 1,250 square kilometres this spring.", {});
        REQUIRE(x.areas.size() == 1);
        CHECK(x.areas[0].km2 == Approx(1250));
        CHECK(x.areas[0].qualifier == "over");
        CHECK(x.areas[0].by_side == Side::RU);
    }
    SECTION("square miles are converted") {
        const auto x = run("The army said it had freed nearly 200 square miles of land.", {});
        REQUIRE(x.areas.size() == 1);
        CHECK(x.areas[0].km2 == Approx(517.9976));
        CHECK(x.areas[0].unit == "mi2");
        CHECK(x.areas[0].qualifier == "nearly");
    }
    SECTION("a conversion in brackets is the same figure") {
        const auto x = run("The troops took 1,100 square kilometers (425 square miles) in a month.", {});
        REQUIRE(x.areas.size() == 1);
        CHECK(x.areas[0].km2 == Approx(1100));
    }
    SECTION("ranges and words") {
        const auto x = run("They regained between ten and fifteen square kilometres near the river.", {});
        REQUIRE(x.areas.size() == 1);
        CHECK(x.areas[0].km2 == Approx(10));
        REQUIRE(x.areas[0].km2_max);
        CHECK(*x.areas[0].km2_max == Approx(15));
        CHECK(x.areas[0].qualifier == "range");
    }
    SECTION("hectares of farmland are not territorial") {
        const auto x = run("Shelling burned 3,000 hectares of farmland last month.", {});
        REQUIRE(x.areas.size() == 1);
        CHECK(x.areas[0].km2 == Approx(30));
        CHECK_FALSE(x.areas[0].territorial);
    }
    SECTION("an area still to be taken is not a gain") {
        const auto x = run("Moscow would need to capture another 6,000 square kilometres to reach the border.", {});
        REQUIRE(x.areas.size() == 1);
        CHECK_FALSE(x.areas[0].territorial);
    }
    SECTION("a daily rate is not an area") {
        const auto x = run("The advance averaged 12.5 square kilometres per day.", {});
        REQUIRE(x.areas.size() == 1);
        CHECK(x.areas[0].unit == "km2/day");
        CHECK_FALSE(x.areas[0].territorial);
    }
    SECTION("a figure repeated in a quote counts once") {
        const auto x = run("Kyiv said it had freed about 80 sq km. \xE2\x80\x9CWe have freed about 80 sq km,\xE2\x80\x9D "
                           "the spokesman said.",
                           {});
        CHECK(x.areas.size() == 1);
    }
}

TEST_CASE("extract: distance figures", "[extract][distances]") {
    SECTION("advance depth in words, open range") {
        const auto x = run("Our units advanced from three to several dozen kilometres, the officer said.", {});
        REQUIRE(x.distances.size() == 1);
        CHECK(x.distances[0].type == "advance");
        CHECK(*x.distances[0].min_km == Approx(3));
        CHECK_FALSE(x.distances[0].max_km);
        CHECK(x.distances[0].qualifier == "range");
    }
    SECTION("offset with direction and anchor") {
        const auto x = run("Zarichne lies 12 km south-east of Bakhmut.", {{"Zarichne"}, {"Bakhmut"}});
        REQUIRE(x.distances.size() == 1);
        CHECK(x.distances[0].type == "offset");
        CHECK(x.distances[0].direction == "south-east");
        CHECK(x.distances[0].anchor == "Bakhmut");
        CHECK(*x.distances[0].min_km == Approx(12));
    }
    SECTION("miles are converted") {
        const auto x = run("The village is about 5 miles from the border.", {});
        REQUIRE(x.distances.size() == 1);
        CHECK(*x.distances[0].min_km == Approx(8.04672));
        CHECK(x.distances[0].qualifier == "about");
    }
}

TEST_CASE("extract: change classes and sides", "[extract][claims]") {
    SECTION("a capture") {
        const auto x = run("Russian troops captured the village of Zorianka, the governor said on Tuesday.", {{"Zorianka"}});
        const auto* c = claim_for(x, "Zorianka");
        REQUIRE(c);
        CHECK(c->change == Change::Captured);
        CHECK(c->by_side == Side::RU);
        CHECK(c->verb == "captured");
    }
    SECTION("Moscow's 'liberated' of a Ukrainian village is a capture") {
        const auto x = run("Russia's defence ministry said its forces had liberated Kamianka.", {{"Kamianka"}});
        const auto* c = claim_for(x, "Kamianka");
        REQUIRE(c);
        CHECK(c->change == Change::Captured);
        CHECK(c->by_side == Side::RU);
        CHECK(c->claimant_side == Side::RU);
    }
    SECTION("Ukraine retaking its own village is a liberation") {
        const auto x = run("Ukrainian forces recaptured Hlyboke overnight, a spokesman said.", {{"Hlyboke"}});
        const auto* c = claim_for(x, "Hlyboke");
        REQUIRE(c);
        CHECK(c->change == Change::Liberated);
        CHECK(c->by_side == Side::UA);
    }
    SECTION("Russia retaking a Kursk village is a liberation") {
        const auto x = run("Russian troops retook the village of Pogrebki, the ministry said.", {{"Pogrebki", {}, "RU"}});
        const auto* c = claim_for(x, "Pogrebki");
        REQUIRE(c);
        CHECK(c->change == Change::Liberated);
        CHECK(c->by_side == Side::RU);
    }
    SECTION("passive with an agent, and its date") {
        const auto x = run("Pishchane was captured by Russian forces on 3 May.", {{"Pishchane"}});
        const auto* c = claim_for(x, "Pishchane");
        REQUIRE(c);
        CHECK(c->by_side == Side::RU);
        CHECK(c->change == Change::Captured);
        REQUIRE(c->event_from);
        CHECK(c->event_from->iso() == "2024-05-03");
        CHECK(c->time_precision == "day");
    }
    SECTION("a withdrawal") {
        const auto x = run("Ukraine's army said it had withdrawn from the town of Krynky.", {{"Krynky"}});
        const auto* c = claim_for(x, "Krynky");
        REQUIRE(c);
        CHECK(c->change == Change::Withdrew);
        CHECK(c->by_side == Side::UA);
    }
    SECTION("a withdrawal at region level") {
        const auto x = run("The ministry admitted that Russian troops were pulled back in the Sumy region.",
                           {{"Sumy region", ct::core::PlaceKind::Admin1}});
        const auto* c = claim_for(x, "Sumy region");
        REQUIRE(c);
        CHECK_FALSE(c->place);
        CHECK(c->change == Change::Withdrew);
        CHECK(c->by_side == Side::RU);
    }
    SECTION("an advance near a town") {
        const auto x = run("Russian units advanced near Tykhe this week.", {{"Tykhe"}});
        const auto* c = claim_for(x, "Tykhe");
        REQUIRE(c);
        CHECK(c->change == Change::Advanced);
        CHECK(c->by_side == Side::RU);
    }
    SECTION("a capture of a town's outskirts is an advance") {
        const auto x = run("Russian troops captured a street on the outskirts of Kurylivka.", {{"Kurylivka"}});
        const auto* c = claim_for(x, "Kurylivka");
        REQUIRE(c);
        CHECK(c->change == Change::Advanced);
    }
    SECTION("a denial with fighting going on") {
        const auto x = run("Kyiv denied the report and said fighting was still going on in Lyman, which is "
                           "ongoing.",
                           {{"Lyman"}});
        const auto* c = claim_for(x, "Lyman");
        REQUIRE(c);
        CHECK(c->change == Change::Contested);
        CHECK(c->by_side == Side::UA);
    }
    SECTION("a repelled attack") {
        const auto x = run("Ukrainian defenders repelled an assault on Staromaiorske.", {{"Staromaiorske"}});
        const auto* c = claim_for(x, "Staromaiorske");
        REQUIRE(c);
        CHECK(c->change == Change::Repelled);
        CHECK(c->by_side == Side::UA);
    }
    SECTION("a negated capture is recorded negated, not as a gain") {
        const auto x = run("Russian forces did not capture Orikhiv, the governor said.", {{"Orikhiv"}});
        const auto* c = claim_for(x, "Orikhiv");
        REQUIRE(c);
        CHECK(c->negated);
        CHECK(c->change == Change::Captured);
        CHECK(c->by_side == Side::RU);
    }
    SECTION("the enemy is read from the speaker's side") {
        const auto x = run("Colonel Petro Bondar of Ukraine's southern command spoke on Monday. \xE2\x80\x9CThe enemy has "
                           "occupied Zelene,\xE2\x80\x9D he said.",
                           {{"Zelene"}});
        const auto* c = claim_for(x, "Zelene");
        REQUIRE(c);
        CHECK(c->by_side == Side::RU);
        CHECK(c->change == Change::Captured);
    }
    SECTION("an adjective 'recently-liberated' names no agent") {
        const auto x = run("A farmer from recently-liberated Ivanivka told the BBC about the shelling.", {{"Ivanivka"}});
        const auto* c = claim_for(x, "Ivanivka");
        REQUIRE(c);
        CHECK(c->change == Change::Liberated);
        CHECK(c->by_side == Side::UA);
    }
    SECTION("raising a flag is a liberation") {
        const auto x = run("Soldiers of a Ukrainian brigade raised the national flag over Kozatske.", {{"Kozatske"}});
        const auto* c = claim_for(x, "Kozatske");
        REQUIRE(c);
        CHECK(c->change == Change::Liberated);
    }
}

TEST_CASE("extract: things that are not claims", "[extract][claims]") {
    SECTION("plans and attempts") {
        CHECK(run("Russia plans to capture Siversk before winter.", {{"Siversk"}}).claims.empty());
        CHECK(run("The troops were trying to encircle Toretsk.", {{"Toretsk"}}).claims.empty());
    }
    SECTION("losses are not territory") {
        CHECK(run("Both armies have taken heavy losses around Vuhledar.", {{"Vuhledar"}}).claims.empty());
    }
    SECTION("an offset anchor is not the place claimed") {
        const auto x = run("Ukrainian forces liberated Novosilka, 20 km west of Velyka Novosilka.",
                           {{"Novosilka"}, {"Velyka Novosilka"}});
        CHECK(claim_for(x, "Novosilka"));
        CHECK_FALSE(claim_for(x, "Velyka Novosilka"));
    }
}

TEST_CASE("extract: lists, coordination and pronoun claimants", "[extract][claims]") {
    const std::string text = "Olena Kravets, a spokeswoman for Ukraine's eastern command, spoke on Monday. "
                             "Villages freed included Ozerne, Sadove and Lozova, she said.";
    const auto x = run(text, {{"Ozerne"}, {"Sadove"}, {"Lozova"}});
    REQUIRE(x.claims.size() == 3);
    for (const auto& c : x.claims) {
        CHECK(c.change == Change::Liberated);
        CHECK(c.by_side == Side::UA);
        CHECK(c.claimant == "Olena Kravets");
        CHECK(c.claimant_side == Side::UA);
        CHECK(c.evidence.rfind("Villages freed", 0) == 0);
    }
}

TEST_CASE("extract: places named in a later sentence", "[extract][claims]") {
    const std::string text = "Russian forces captured three small villages in the north, local media reported. "
                             "The governor said nothing was lost. "
                             "The villages in question are Oleksiivka, Hatyshche and Ternova, the sources said.";
    const auto x = run(text, {{"Oleksiivka"}, {"Hatyshche"}, {"Ternova"}});
    REQUIRE(x.claims.size() == 3);
    for (const auto& c : x.claims) {
        CHECK(c.change == Change::Captured);
        CHECK(c.by_side == Side::RU);
    }
}

TEST_CASE("extract: claimants, assessments and hedges", "[extract][claimant]") {
    SECTION("inverted attribution") {
        const auto x = run("Our troops entered Myrne, said Ihor Danko, the head of the district.", {{"Myrne"}});
        const auto* c = claim_for(x, "Myrne");
        REQUIRE(c);
        CHECK(c->claimant == "Ihor Danko");
        CHECK(c->change == Change::Advanced);
    }
    SECTION("according to") {
        const auto x = run("According to the Russian Defence Ministry, its units took Hostre.", {{"Hostre"}});
        const auto* c = claim_for(x, "Hostre");
        REQUIRE(c);
        CHECK(c->claimant_side == Side::RU);
        CHECK(c->by_side == Side::RU);
    }
    SECTION("an observer's assessment") {
        const auto x = run("Geolocated footage indicates that Russian forces advanced in southern Dovhe.", {{"Dovhe"}});
        const auto* c = claim_for(x, "Dovhe");
        REQUIRE(c);
        CHECK(c->status == ct::core::ClaimStatus::Assessed);
        CHECK(c->claimant == "geolocated footage");
        CHECK(c->change == Change::Advanced);
    }
    SECTION("hedges lower the confidence") {
        const auto plain = run("Russian troops seized Marivka.", {{"Marivka"}});
        const auto hedged = run("Russian troops reportedly seized Marivka.", {{"Marivka"}});
        REQUIRE(claim_for(plain, "Marivka"));
        REQUIRE(claim_for(hedged, "Marivka"));
        CHECK(claim_for(hedged, "Marivka")->confidence < claim_for(plain, "Marivka")->confidence);
    }
    SECTION("background history is flagged") {
        const auto x = run("Ukrainian troops recaptured Kupiansk last year.", {{"Kupiansk"}});
        const auto* c = claim_for(x, "Kupiansk");
        REQUIRE(c);
        CHECK(c->background);
    }
    SECTION("a government used as an actor is not a place") {
        const auto x = run("Kyiv said its forces had retaken Synkivka.", {{"Kyiv"}, {"Synkivka"}});
        for (const auto& m : x.mentions) CHECK(m.surface != "Kyiv");
        CHECK(claim_for(x, "Synkivka"));
    }
}

TEST_CASE("extract: dates", "[extract][dates]") {
    SECTION("a weekday is the latest such day not after publication") {
        // 2024-05-15 is a Wednesday.
        const auto x = run("Ukraine's army said on Monday that it had retaken Robotyne.", {{"Robotyne"}});
        const auto* c = claim_for(x, "Robotyne");
        REQUIRE(c);
        REQUIRE(c->stated_on);
        CHECK(c->stated_on->iso() == "2024-05-13");
        CHECK_FALSE(c->event_from);
    }
    SECTION("the publication day's own weekday is the publication date") {
        const auto x = run("Russia said Wednesday that it had captured Ocheretyne.", {{"Ocheretyne"}});
        REQUIRE(claim_for(x, "Ocheretyne"));
        CHECK(claim_for(x, "Ocheretyne")->stated_on->iso() == "2024-05-15");
    }
    SECTION("a period ends at the statement date") {
        const auto x = run("Ukrainian forces liberated Andriivka in the last two weeks, the general said.", {{"Andriivka"}});
        const auto* c = claim_for(x, "Andriivka");
        REQUIRE(c);
        REQUIRE(c->event_from);
        CHECK(c->event_from->iso() == "2024-05-01");
        CHECK(c->event_to->iso() == "2024-05-15");
        CHECK(c->time_precision == "week");
    }
    SECTION("no publication date: nothing invented") {
        const auto x = run("Russian troops captured Nevelske on Friday.", {{"Nevelske"}}, "unknown");
        const auto* c = claim_for(x, "Nevelske");
        REQUIRE(c);
        CHECK_FALSE(c->stated_on);
        CHECK_FALSE(c->event_from);
    }
}

TEST_CASE("extract: a bad lexicon row names the file and line", "[extract][lexicon]") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "claimtrack_test_lexicon";
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy(fs::path(CLAIMTRACK_GEODATA_DIR) / "lexicon", dir / "lexicon");
    {
        std::ofstream bad(dir / "lexicon" / "claim_verbs.tsv", std::ios::app);
        bad << "overran\tconquest\t-\n";
    }
    try {
        ct::extract::Extractor ex(dir);
        FAIL("no exception");
    } catch (const ct::extract::ExtractError& e) {
        const std::string what = e.what();
        CHECK(what.find("claim_verbs.tsv") != std::string::npos);
        CHECK(what.find("on line") != std::string::npos);
        CHECK(what.find("conquest") != std::string::npos);
    }
    fs::remove(dir / "lexicon" / "units.tsv");
    REQUIRE_THROWS_AS(ct::extract::Extractor(dir), ct::extract::ExtractError);
    fs::remove_all(dir);
}

TEST_CASE("extract: a party's own vocabulary without an agent", "[extract][claims]") {
    SECTION("Moscow's passive 'liberated' of a Ukrainian village") {
        const auto x = run("Russia's defence ministry said Kamianka had been liberated.", {{"Kamianka"}});
        const auto* c = claim_for(x, "Kamianka");
        REQUIRE(c);
        CHECK(c->by_side == Side::RU);
        CHECK(c->change == Change::Captured);
    }
    SECTION("a town that fell") {
        const auto x = run("Avdiivka fell after months of fighting, the reporter wrote.", {{"Avdiivka"}});
        const auto* c = claim_for(x, "Avdiivka");
        REQUIRE(c);
        CHECK(c->by_side == Side::RU);
        CHECK(c->change == Change::Captured);
    }
    SECTION("verbs whose object is not territory") {
        CHECK(run("The two sides reached an agreement in Kherson.", {{"Kherson"}}).claims.empty());
        CHECK(run("Wounded soldiers were taken to hospital in Dnipro.", {{"Dnipro"}}).claims.empty());
    }
}

// Russian and Ukrainian: every sentence below was written for these tests; the village names are
// common names used as hand-made mentions (the gazetteer's inflected matching is tested elsewhere).

namespace {

Known ru_place(const std::string& surface) { return {surface, ct::core::PlaceKind::Settlement, "RU"}; }

std::size_t count_claims(const ct::core::Extraction& x, Change change, Side side) {
    return static_cast<std::size_t>(std::count_if(x.claims.begin(), x.claims.end(), [&](const ct::core::Claim& c) {
        return c.change == change && c.by_side == side;
    }));
}

} // namespace

TEST_CASE("extract ru/uk: the defence ministry's formulas", "[extract][claims][cyrillic]") {
    SECTION("a list of several 'liberated' villages is one capture claim each") {
        const auto x = run("Подразделения группировки войск «Запад» освободили населённые пункты Зелёное, Каменка "
                           "и Луговое Харьковской области, сообщили в Минобороны России.",
                           {{"Зелёное"}, {"Каменка"}, {"Луговое"}});
        CHECK(count_claims(x, Change::Captured, Side::RU) == 3);
        const auto* c = claim_for(x, "Луговое");
        REQUIRE(c);
        CHECK(c->claimant.find("Минобороны") != std::string::npos);
        CHECK(c->claimant_side == Side::RU);
        CHECK(c->verb == "освободили");
    }
    SECTION("a passive participle in a quotation") {
        const auto x = run("«В результате наступления полностью освобождён посёлок Заречный», — отметили в "
                           "Минобороны РФ.",
                           {{"Заречный"}});
        const auto* c = claim_for(x, "Заречный");
        REQUIRE(c);
        CHECK(c->change == Change::Captured);
        CHECK(c->by_side == Side::RU);
    }
    SECTION("Russia retaking its own village is liberated") {
        const auto x = run("Российские войска освободили село Речное Курской области.", {ru_place("Речное")});
        const auto* c = claim_for(x, "Речное");
        REQUIRE(c);
        CHECK(c->change == Change::Liberated);
        CHECK(c->by_side == Side::RU);
    }
    SECTION("under control, with the agent inside the verb phrase") {
        const auto x = run("Под контроль российских военных перешло также село Каменка.", {{"Каменка"}});
        const auto* c = claim_for(x, "Каменка");
        REQUIRE(c);
        CHECK(c->by_side == Side::RU);
        CHECK(c->change == Change::Captured);
    }
    SECTION("a coordinated verb keeps its subject, not a genitive actor") {
        const auto x = run("Группировка «Запад» продвинулась за линию обороны ВСУ и освободила Каменку.", {{"Каменку"}});
        const auto* c = claim_for(x, "Каменку");
        REQUIRE(c);
        CHECK(c->by_side == Side::RU);
    }
    SECTION("the enemy is read from a Russian speaker's side") {
        const auto x = run("Противник отступил из Каменки, сообщили в Минобороны России.", {{"Каменки"}});
        const auto* c = claim_for(x, "Каменки");
        REQUIRE(c);
        CHECK(c->change == Change::Withdrew);
        CHECK(c->by_side == Side::UA);
    }
}

TEST_CASE("extract ru/uk: General Staff reports and change classes", "[extract][claims][cyrillic]") {
    SECTION("a General Staff-style report") {
        const auto x = run("За даними Генштабу ЗСУ, українські військові звільнили село Степове.", {{"Степове"}});
        const auto* c = claim_for(x, "Степове");
        REQUIRE(c);
        CHECK(c->change == Change::Liberated);
        CHECK(c->by_side == Side::UA);
        CHECK(c->claimant.find("Генштаб") != std::string::npos);
        CHECK(c->claimant_side == Side::UA);
    }
    SECTION("an impersonal passive with an instrumental agent") {
        const auto x = run("Село Лугове звільнено українськими військовими.", {{"Лугове"}});
        const auto* c = claim_for(x, "Лугове");
        REQUIRE(c);
        CHECK(c->by_side == Side::UA);
        CHECK(c->change == Change::Liberated);
    }
    SECTION("a withdrawal") {
        const auto x = run("Російські війська відійшли з Лісового, повідомив речник угруповання.", {{"Лісового"}});
        const auto* c = claim_for(x, "Лісового");
        REQUIRE(c);
        CHECK(c->change == Change::Withdrew);
        CHECK(c->by_side == Side::RU);
    }
    SECTION("a denial is a contesting claim") {
        const auto x = run("Сили оборони не відійшли з Лісового, заявив речник.", {{"Лісового"}});
        // The speaker's contest is a claim of its own; the denied withdrawal is kept negated.
        const auto c = std::find_if(x.claims.begin(), x.claims.end(),
                                    [](const ct::core::Claim& n) { return !n.negated; });
        REQUIRE(c != x.claims.end());
        CHECK(c->change == Change::Contested);
        CHECK(std::any_of(x.claims.begin(), x.claims.end(), [](const ct::core::Claim& n) {
            return n.negated && n.change == Change::Withdrew;
        }));
    }
    SECTION("not fully captured is an advance") {
        const auto x = run("Військовий оглядач написав, що підрозділи РФ поки не повністю захопили Лугове.", {{"Лугове"}});
        const auto* c = claim_for(x, "Лугове");
        REQUIRE(c);
        CHECK(c->change == Change::Advanced);
        CHECK(c->by_side == Side::RU);
    }
    SECTION("an advance near a village, fighting, a repelled attack") {
        const auto a = run("Окупанти просунулися біля Лісового.", {{"Лісового"}});
        REQUIRE(claim_for(a, "Лісового"));
        CHECK(claim_for(a, "Лісового")->change == Change::Advanced);
        CHECK(claim_for(a, "Лісового")->by_side == Side::RU);
        const auto b = run("У районі Степового тривають бої.", {{"Степового"}});
        REQUIRE(claim_for(b, "Степового"));
        CHECK(claim_for(b, "Степового")->change == Change::Contested);
        const auto r = run("Российские подразделения отразили атаку на Каменку.", {{"Каменку"}});
        REQUIRE(claim_for(r, "Каменку"));
        CHECK(claim_for(r, "Каменку")->change == Change::Repelled);
    }
    SECTION("a relative clause names the village before it") {
        const auto x = run("Лугове — село, яке росіяни окупували у березні 2022 року.", {{"Лугове"}});
        const auto* c = claim_for(x, "Лугове");
        REQUIRE(c);
        CHECK(c->change == Change::Captured);
        CHECK(c->by_side == Side::RU);
        CHECK(c->background);
    }
    SECTION("a town adjective before 'oblast' is not a settlement") {
        const auto x = run("Українські військові звільнили населений пункт у Донецькій області.", {{"Донецькій"}});
        CHECK(x.claims.empty());
        CHECK(x.mentions.empty());
    }
    SECTION("a demonstrative refers to the last village named") {
        const auto x = run("Бої точилися за Степове. Сили оборони звільнили цей населений пункт.", {{"Степове"}});
        const auto* c = claim_for(x, "Степове");
        REQUIRE(c);
        CHECK(c->change == Change::Liberated);
    }
}

TEST_CASE("extract: 'the town' refers to the last settlement named", "[extract][claims]") {
    const auto x = run("Russian troops entered Kreminna on Monday. Ukrainian forces later retook the town.",
                       {{"Kreminna"}});
    REQUIRE(count_claims(x, Change::Liberated, Side::UA) == 1);
}

TEST_CASE("extract ru/uk: relative dates", "[extract][dates][cyrillic]") {
    // Published on Wednesday 2024-05-15.
    SECTION("a weekday is the most recent one on or before publication") {
        const auto x = run("В понедельник Минобороны России заявило, что российские войска освободили Каменку.",
                           {{"Каменку"}});
        const auto* c = claim_for(x, "Каменку");
        REQUIRE(c);
        REQUIRE(c->stated_on);
        CHECK(c->stated_on->iso() == "2024-05-13");
        const auto u = run("У середу Генштаб повідомив, що ЗСУ звільнили Степове.", {{"Степове"}});
        REQUIRE(claim_for(u, "Степове"));
        REQUIRE(claim_for(u, "Степове")->stated_on);
        CHECK(claim_for(u, "Степове")->stated_on->iso() == "2024-05-15");
    }
    SECTION("a genitive month name with a day") {
        const auto x = run("12 мая российские войска заняли Каменку.", {{"Каменку"}});
        REQUIRE(claim_for(x, "Каменку"));
        REQUIRE(claim_for(x, "Каменку")->event_from);
        CHECK(claim_for(x, "Каменку")->event_from->iso() == "2024-05-12");
        const auto u = run("ЗСУ звільнили Степове 3 травня.", {{"Степове"}});
        REQUIRE(claim_for(u, "Степове"));
        REQUIRE(claim_for(u, "Степове")->event_from);
        CHECK(claim_for(u, "Степове")->event_from->iso() == "2024-05-03");
    }
    SECTION("yesterday and last week") {
        const auto x = run("Вчора окупанти захопили Лугове.", {{"Лугове"}});
        REQUIRE(claim_for(x, "Лугове"));
        REQUIRE(claim_for(x, "Лугове")->event_from);
        CHECK(claim_for(x, "Лугове")->event_from->iso() == "2024-05-14");
        const auto w = run("Минулого тижня окупанти захопили Лугове.", {{"Лугове"}});
        REQUIRE(claim_for(w, "Лугове"));
        REQUIRE(claim_for(w, "Лугове")->event_from);
        CHECK(claim_for(w, "Лугове")->event_from->iso() == "2024-05-08");
        CHECK(claim_for(w, "Лугове")->time_precision == "week");
    }
}

TEST_CASE("extract: lexicon phrases expand {a|b} alternatives", "[extract][lexicon]") {
    const auto a = run("Российские войска заняли Каменку.", {{"Каменку"}});
    const auto b = run("Российская армия заняла Каменку.", {{"Каменку"}});
    REQUIRE(claim_for(a, "Каменку"));
    REQUIRE(claim_for(b, "Каменку"));
    CHECK(claim_for(b, "Каменку")->by_side == Side::RU);
}

namespace {
std::vector<const ct::core::Claim*> claims_for(const ct::core::Extraction& x, const std::string& place) {
    std::vector<const ct::core::Claim*> out;
    for (const auto& c : x.claims)
        if (c.place && c.place->name == place) out.push_back(&c);
    return out;
}
const ct::core::Claim* find_claim(const ct::core::Extraction& x, const std::string& place, Change change, Side side,
                                  bool negated = false) {
    for (const auto* c : claims_for(x, place))
        if (c->change == change && c->by_side == side && c->negated == negated) return c;
    return nullptr;
}
} // namespace

TEST_CASE("extract: history in a relative clause stays with that clause", "[extract][claims][dates]") {
    SECTION("'that' after the place") {
        const auto x = run("Moscow said on Tuesday that its units had seized Lisove, a hamlet in the Kharkiv region that "
                           "Ukrainian troops recaptured in September last year.",
                           {{"Lisove"}, {"Kharkiv region", ct::core::PlaceKind::Admin1}});
        const auto* c = find_claim(x, "Lisove", Change::Captured, Side::RU);
        REQUIRE(c);
        CHECK_FALSE(c->background);
        CHECK_FALSE(c->event_from);
        CHECK(c->stated_on == ct::core::Date::parse("2024-05-14"));
    }
    SECTION("', which' after the place") {
        const auto x = run("Ukrainian forces liberated Zarichne, which Russian troops had occupied previously, the "
                           "brigade said.",
                           {{"Zarichne"}});
        const auto* c = find_claim(x, "Zarichne", Change::Liberated, Side::UA);
        REQUIRE(c);
        CHECK_FALSE(c->background);
    }
    SECTION("history in the main clause is still background") {
        const auto x = run("Ukrainian forces recaptured Zarichne last year.", {{"Zarichne"}});
        REQUIRE(claim_for(x, "Zarichne"));
        CHECK(claim_for(x, "Zarichne")->background);
    }
}

TEST_CASE("extract: denials contest the other side's claim", "[extract][claims][denial]") {
    SECTION("'denied the report' refers to the claim before it") {
        const auto x = run("The Russian defence ministry said its troops had captured Hlyboke. Ukraine's eastern command "
                           "denied the report.",
                           {{"Hlyboke"}});
        CHECK(find_claim(x, "Hlyboke", Change::Captured, Side::RU));
        const auto* contested = find_claim(x, "Hlyboke", Change::Contested, Side::UA);
        REQUIRE(contested);
        CHECK(contested->claimant_side == Side::UA);
        CHECK(find_claim(x, "Hlyboke", Change::Captured, Side::RU, true)); // the denied capture, negated
    }
    SECTION("'denied that Russian forces had captured X'") {
        const auto x = run("Kyiv denied that Russian forces had captured Vesele.", {{"Vesele"}});
        CHECK(find_claim(x, "Vesele", Change::Contested, Side::UA));
        CHECK(find_claim(x, "Vesele", Change::Captured, Side::RU, true));
        CHECK_FALSE(find_claim(x, "Vesele", Change::Liberated, Side::UA));
        CHECK_FALSE(find_claim(x, "Vesele", Change::Captured, Side::RU, false));
    }
    SECTION("'denied Russian claims to have captured X'") {
        const auto x = run("Ukraine's general staff denied Russian claims to have captured Vesele.", {{"Vesele"}});
        CHECK(find_claim(x, "Vesele", Change::Contested, Side::UA));
        CHECK_FALSE(find_claim(x, "Vesele", Change::Liberated, Side::UA));
    }
    SECTION("'denied the town had fallen'") {
        const auto x = run("Russian troops shelled Vesele overnight. Kyiv denied the town had fallen.", {{"Vesele"}});
        CHECK(find_claim(x, "Vesele", Change::Contested, Side::UA));
    }
    SECTION("no evidence: an assessor's contesting claim") {
        const auto x = run("Independent analysts said they had found no evidence that Russian troops had entered Vesele.",
                           {{"Vesele"}});
        auto all = claims_for(x, "Vesele");
        // The denied entry is kept negated, apart from the contesting claim.
        CHECK(std::count_if(all.begin(), all.end(), [](const ct::core::Claim* c) { return c->negated; }) == 1);
        std::erase_if(all, [](const ct::core::Claim* c) { return c->negated; });
        REQUIRE(all.size() == 1);
        CHECK(all[0]->change == Change::Contested);
        CHECK(all[0]->status == ct::core::ClaimStatus::Assessed);
        CHECK(all[0]->claimant.find("analysts") != std::string::npos);
    }
    SECTION("a Russian report not confirmed by the General Staff") {
        const auto x = run("Российские войска заняли Веселое, сообщили в Министерстве обороны России. В Генштабе ВСУ эти "
                           "сведения не подтвердили.",
                           {{"Веселое"}});
        CHECK(find_claim(x, "Веселое", Change::Captured, Side::RU));
        CHECK(find_claim(x, "Веселое", Change::Contested, Side::UA));
    }
}

TEST_CASE("extract: 'the town' skips places named only as a bearing", "[extract][claims]") {
    const auto x = run("Moscow said its forces had seized Kamianka, a village south of Orikhiv, and were moving towards "
                       "Mala Tokmachka. A Ukrainian officer said fighting continued on the village's edge.",
                       {{"Kamianka"}, {"Orikhiv"}, {"Mala Tokmachka"}});
    CHECK(find_claim(x, "Kamianka", Change::Captured, Side::RU));
    CHECK(find_claim(x, "Kamianka", Change::Contested, Side::UA));
    CHECK(claims_for(x, "Orikhiv").empty());
    CHECK_FALSE(find_claim(x, "Mala Tokmachka", Change::Contested, Side::UA));
}

TEST_CASE("extract: claimant sides from the organisation and the article", "[extract][claimant]") {
    SECTION("an organisation without a nationality: the sentence's forces") {
        const auto x = run("Ukrainian troops retook Zarichne on Friday, the army's eastern command said.", {{"Zarichne"}});
        REQUIRE(claim_for(x, "Zarichne"));
        CHECK(claim_for(x, "Zarichne")->claimant_side == Side::UA);
    }
    SECTION("a spokesperson keeps the side of the organisation introduced before") {
        const auto x = run("Ukrainian troops advanced near Zarichne, the army's eastern command said. Spokesman Ivan "
                           "Marchuk told reporters that Hlyboke had been freed. Hlyboke was cleared of mines, he said.",
                           {{"Zarichne"}, {"Hlyboke"}});
        const auto* c = claim_for(x, "Hlyboke");
        REQUIRE(c);
        CHECK(c->claimant.find("Ivan Marchuk") != std::string::npos);
        CHECK(c->claimant_side == Side::UA);
    }
    SECTION("'its spokesman' and 'the ministry' refer to the organisation before") {
        const auto x = run("Russia's defence ministry said its units had seized Hlyboke. The ministry said its troops "
                           "had also taken Vesele.",
                           {{"Hlyboke"}, {"Vesele"}});
        const auto* c = claim_for(x, "Vesele");
        REQUIRE(c);
        CHECK(c->claimant == "Russia's defence ministry");
        CHECK(c->claimant_side == Side::RU);
    }
    SECTION("'по данным ведомства'") {
        const auto x = run("Войска заняли Веселое, сообщили в Министерстве обороны России. По данным ведомства, "
                           "российские войска также продвинулись в районе Глубокого.",
                           {{"Веселое"}, {"Глубокого"}});
        const auto* c = claim_for(x, "Глубокого");
        REQUIRE(c);
        CHECK(c->claimant_side == Side::RU);
        CHECK(c->claimant.find("ведомства") == std::string::npos);
    }
}

TEST_CASE("extract: second generalisation round (ISW, wire, governors, war correspondents)", "[extract][claims]") {
    SECTION("a source preposition governs only its own list") {
        const auto x = run("Противник отошёл из Шумов, бои идут на окраинах Нелеповки.", {{"Шумов"}, {"Нелеповки"}}, "2024-07-05", "ru");
        CHECK(find_claim(x, "Шумов", Change::Withdrew, Side::UA));
        // (The fighting on its outskirts is a frame of its own, no withdrawal from it.)
        for (const auto* c : claims_for(x, "Нелеповки")) CHECK(c->change != Change::Withdrew);
    }
    SECTION("'X, west of Y, as well as Z': Y is a bearing") {
        const auto x = run("The ministry claimed that its troops seized Vodiane, west of Vuhledar, as well as Prechystivka.",
                           {{"Vodiane"}, {"Vuhledar"}, {"Prechystivka"}});
        CHECK(find_claim(x, "Vodiane", Change::Captured, Side::RU));
        CHECK(find_claim(x, "Prechystivka", Change::Captured, Side::RU));
        CHECK(claims_for(x, "Vuhledar").empty());
    }
    SECTION("regained (lost) positions in eastern X / near X: an advance") {
        const auto x = run("Ukrainian forces recently regained positions in eastern Kruhliakivka and regained lost "
                           "positions near Starytsia.",
                           {{"Kruhliakivka"}, {"Starytsia"}});
        CHECK(find_claim(x, "Kruhliakivka", Change::Advanced, Side::UA));
        CHECK(find_claim(x, "Starytsia", Change::Advanced, Side::UA));
    }
    SECTION("a relative clause's agent is not shared by the coordinated verb") {
        const auto x = run("Ukraine's army said it had recaptured Andriivka, a village south of Bakhmut that Russian troops "
                           "occupied in the first year of the war, and was advancing near Klishchiivka.",
                           {{"Andriivka"}, {"Bakhmut"}, {"Klishchiivka"}});
        CHECK(find_claim(x, "Klishchiivka", Change::Advanced, Side::UA));
        CHECK_FALSE(find_claim(x, "Klishchiivka", Change::Advanced, Side::RU));
    }
    SECTION("'the settlement' names the whole place, not the part named before") {
        const auto x = run("Footage shows Russian servicemen raising a flag in northern Kurakhivka, indicating that "
                           "Russian forces seized the settlement.",
                           {{"Kurakhivka"}});
        CHECK(find_claim(x, "Kurakhivka", Change::Captured, Side::RU));
    }
    SECTION("'our' troops of an unnamed correspondent or governor") {
        const auto ru = run("Наши штурмовики зашли в Торецк с юго-востока.", {{"Торецк"}}, "2024-07-05", "ru");
        CHECK(find_claim(ru, "Торецк", Change::Advanced, Side::RU));
        const auto uk = run("Наші воїни відбили атаки поблизу Вовчанська.", {{"Вовчанська"}}, "2024-06-01", "uk");
        CHECK(find_claim(uk, "Вовчанська", Change::Repelled, Side::UA));
    }
    SECTION("a failed attempt and a repelling verb") {
        const auto uk = run("Ворожі групи намагалися зайти в Новеньке та Басівку, проте наші захисники їх відкинули.",
                            {{"Новеньке"}, {"Басівку"}}, "2025-03-20", "uk");
        CHECK(find_claim(uk, "Новеньке", Change::Repelled, Side::UA));
        CHECK(find_claim(uk, "Басівку", Change::Repelled, Side::UA));
        const auto ru = run("ВСУ пытались контратаковать у Водяного, но были отброшены.", {{"Водяного"}}, "2024-09-08", "ru");
        CHECK(find_claim(ru, "Водяного", Change::Repelled, Side::RU));
    }
    SECTION("a denial after the claim: 'не відповідає дійсності'") {
        const auto x = run("Інформація про нібито захоплення Журавки ворогом не відповідає дійсності.", {{"Журавки"}}, "2025-03-20", "uk");
        CHECK_FALSE(find_claim(x, "Журавки", Change::Captured, Side::RU, false));
    }
    SECTION("a country's possessive before a region is no agent") {
        const auto x = run("Russia's defence ministry said its forces had captured Bohoiavlenka in eastern Ukraine's "
                           "Donetsk region, part of a slow advance towards Kurakhove.",
                           {{"Bohoiavlenka"}, {"Donetsk", ct::core::PlaceKind::Admin1}, {"Kurakhove"}});
        CHECK(find_claim(x, "Bohoiavlenka", Change::Captured, Side::RU));
        CHECK_FALSE(find_claim(x, "Kurakhove", Change::Advanced, Side::UA));
    }
}

TEST_CASE("extract: a place named only to locate another is no claim of its own", "[extract][claims]") {
    SECTION("X near Y") {
        const auto x = run("Ukrainian forces liberated Mostove near Hlyboke, the brigade said.", {{"Mostove"}, {"Hlyboke"}});
        REQUIRE(claim_for(x, "Mostove"));
        CHECK(claim_for(x, "Mostove")->change == Change::Liberated);
        CHECK_FALSE(claim_for(x, "Hlyboke"));
    }
    SECTION("the village near Y, X") {
        const auto x = run("Russian troops captured the village near Hlyboke, Mostove, the ministry said.",
                           {{"Mostove"}, {"Hlyboke"}});
        REQUIRE(claim_for(x, "Mostove"));
        CHECK(claim_for(x, "Mostove")->change == Change::Captured);
        CHECK_FALSE(claim_for(x, "Hlyboke"));
    }
    SECTION("сусіднє біля Y селище X; захватили X под Y") {
        const auto a = run("Наші бійці звільнили сусіднє біля Глибокого селище Мостове.", {{"Мостове"}, {"Глибокого"}});
        REQUIRE(claim_for(a, "Мостове"));
        CHECK(claim_for(a, "Мостове")->change == Change::Liberated);
        CHECK_FALSE(claim_for(a, "Глибокого"));
        const auto b = run("Российские войска заняли Мостовое под Глубоким.", {{"Мостовое"}, {"Глубоким"}});
        REQUIRE(claim_for(b, "Мостовое"));
        CHECK_FALSE(claim_for(b, "Глубоким"));
    }
    SECTION("an advance near a place stays a claim about it") {
        const auto x = run("Russian troops advanced near Hlyboke and took Mostove.", {{"Mostove"}, {"Hlyboke"}});
        REQUIRE(claim_for(x, "Hlyboke"));
        CHECK(claim_for(x, "Hlyboke")->change == Change::Advanced);
        REQUIRE(claim_for(x, "Mostove"));
    }
}

TEST_CASE("extract: places named later go to every frame waiting for them", "[extract][claims]") {
    const auto x = run("Russian forces captured four border villages, a news site reported. The governor said the "
                       "settlements near the border are a grey zone and that hostilities are ongoing there. The "
                       "villages in question are Mostove and Hlyboke, sources said.",
                       {{"Mostove"}, {"Hlyboke"}});
    int captured = 0, contested = 0;
    for (const auto& c : x.claims) {
        if (c.change == Change::Captured && c.by_side == Side::RU) ++captured;
        if (c.change == Change::Contested) ++contested;
    }
    CHECK(captured == 2);
    CHECK(contested == 2);
}

TEST_CASE("extract: third generalisation round (UK MoD, MoD lists, passives, reminders)", "[extract][claims]") {
    SECTION("fighting is still going on in X") {
        const auto x = run("Fighting was still going on in Mostove, the army said.", {{"Mostove"}});
        REQUIRE(claim_for(x, "Mostove"));
        CHECK(claim_for(x, "Mostove")->change == Change::Contested);
    }
    SECTION("the settlements of A, B and C") {
        const auto x = run("Russia's defence ministry said its forces had liberated the settlements of Mostove, Hlyboke and Kamianka.",
                           {{"Mostove"}, {"Hlyboke"}, {"Kamianka"}});
        for (const char* p : {"Mostove", "Hlyboke", "Kamianka"}) {
            REQUIRE(claim_for(x, p));
            CHECK(claim_for(x, p)->change == Change::Captured);
        }
    }
    SECTION("a Russian group of forces") {
        const auto x = run("Units of the Centre group of forces took Mostove.", {{"Mostove"}});
        REQUIRE(claim_for(x, "Mostove"));
        CHECK(claim_for(x, "Mostove")->by_side == Side::RU);
    }
    SECTION("the UK Ministry of Defence assesses") {
        const auto x = run("The UK Ministry of Defence said Russian forces have highly likely taken control of Mostove.",
                           {{"Mostove"}});
        REQUIRE(claim_for(x, "Mostove"));
        CHECK(claim_for(x, "Mostove")->status == ct::core::ClaimStatus::Assessed);
    }
    SECTION("a passive repelled attack in Russian") {
        const auto x = run("Отражены две контратаки в районе Мостового.", {{"Мостового"}});
        REQUIRE(claim_for(x, "Мостового"));
        CHECK(claim_for(x, "Мостового")->change == Change::Repelled);
    }
    SECTION("a reminder is history") {
        const auto x = run("Нагадаємо, що росіяни захопили Мостове ще у січні.", {{"Мостове"}});
        REQUIRE(claim_for(x, "Мостове"));
        CHECK(claim_for(x, "Мостове")->background);
    }
}

TEST_CASE("extract: an attempt, then 'attacks repelled' or 'fighting goes on'", "[extract][claims][cyrillic]") {
    const auto x = run("Ворог намагався просунутися поблизу Мостового та Глибокого, усі атаки відбито.",
                       {{"Мостового"}, {"Глибокого"}}, "2024-05-15", "uk");
    for (const char* p : {"Мостового", "Глибокого"}) {
        REQUIRE(claim_for(x, p));
        CHECK(claim_for(x, p)->change == Change::Repelled);
        CHECK(claim_for(x, p)->by_side == Side::UA);
    }
    const auto y = run("Ворог намагався просунутися в районі Мостового, бої тривають.", {{"Мостового"}}, "2024-05-15", "uk");
    REQUIRE(claim_for(y, "Мостового"));
    CHECK(claim_for(y, "Мостового")->change == Change::Contested);
    CHECK(claim_for(y, "Мостового")->by_side == Side::UA);
}

TEST_CASE("extract: part of a place, and a denial of a report about a place", "[extract][claims]") {
    const auto x = run("Russian troops had broken into the eastern part of Mostove, bloggers claimed.", {{"Mostove"}});
    REQUIRE(claim_for(x, "Mostove"));
    CHECK(claim_for(x, "Mostove")->change == Change::Advanced);
    CHECK(run("Ukrainian soldiers took part in the fighting.", {}).claims.empty());
}

TEST_CASE("extract: a coordinated verb after an adverb shares the first verb's side", "[extract][claims]") {
    const auto x = run("Our defenders have driven the enemy out of Mostove and fully cleared the village.", {{"Mostove"}});
    for (const auto& c : x.claims) CHECK(c.by_side == Side::UA);
}

TEST_CASE("extract uk: a brigade's own post, and 'units' for the side named before", "[extract][claims][cyrillic]") {
    const auto x = run("Штурмовики нашої бригади звільнили Мостове. Підрозділи також просунулися поблизу Глибокого.",
                       {{"Мостове"}, {"Глибокого"}}, "2024-05-15", "uk");
    REQUIRE(claim_for(x, "Глибокого"));
    CHECK(claim_for(x, "Глибокого")->change == Change::Advanced);
    CHECK(claim_for(x, "Глибокого")->by_side == Side::UA);
}

TEST_CASE("extract: a quoted verb before a count of villages names no place yet", "[extract][claims]") {
    const auto x = run("The ministry said its forces had \"liberated\" three more villages west of Mostove.", {{"Mostove"}});
    CHECK_FALSE(claim_for(x, "Mostove"));
}
