#include <catch2/catch.hpp>

#include "claimtrack/extract/extractor.hpp"

#include <algorithm>
#include <string>
#include <vector>

// English claim constructions (frames_en.cpp and the English lexicon). Every sentence below was
// written for these tests; each class is tried in several shapes.

namespace ct = claimtrack;
using ct::core::Change;
using ct::core::Side;

namespace {

struct Name {
    std::string surface;
    std::string country = "UA";
    ct::core::PlaceKind kind = ct::core::PlaceKind::Settlement;
};

const ct::extract::Extractor& extractor() {
    static const ct::extract::Extractor ex(CLAIMTRACK_GEODATA_DIR);
    return ex;
}

/// Runs the extractor over `text`, with every occurrence of the names as mentions.
ct::core::Extraction run(const std::string& text, const std::vector<Name>& names) {
    ct::core::Document doc;
    doc.text = text;
    doc.language = "en";
    doc.published = ct::core::Date::parse("2024-06-14");
    std::vector<ct::core::Mention> mentions;
    std::int64_t id = 1;
    for (const Name& n : names) {
        ct::core::Place p;
        p.id = id++;
        p.name = n.surface;
        p.kind = n.kind;
        p.country = n.country;
        p.lonlat = {30.0 + static_cast<double>(id), 48.0};
        for (std::size_t pos = text.find(n.surface); pos != std::string::npos; pos = text.find(n.surface, pos + 1)) {
            ct::core::Mention m;
            m.span = {pos, pos + n.surface.size()};
            m.surface = n.surface;
            m.place = p;
            mentions.push_back(m);
        }
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const ct::core::Mention& a, const ct::core::Mention& b) { return a.span.start < b.span.start; });
    return extractor().extract(doc, mentions);
}

/// The claims a map would show for `place` (negated ones are kept apart).
std::vector<const ct::core::Claim*> shown(const ct::core::Extraction& x, const std::string& place) {
    std::vector<const ct::core::Claim*> out;
    for (const auto& c : x.claims)
        if (c.place && c.place->name == place && !c.negated) out.push_back(&c);
    return out;
}

bool has(const ct::core::Extraction& x, const std::string& place, Change change, Side side) {
    const auto all = shown(x, place);
    return std::any_of(all.begin(), all.end(), [&](const ct::core::Claim* c) {
        return c->change == change && c->by_side == side;
    });
}

bool gains(const ct::core::Extraction& x, const std::string& place) {
    const auto all = shown(x, place);
    return std::any_of(all.begin(), all.end(), [](const ct::core::Claim* c) {
        return c->change == Change::Captured || c->change == Change::Liberated;
    });
}

} // namespace

TEST_CASE("en: approach and partial control are advances", "[extract][en][advance]") {
    CHECK(has(run("Russian assault groups dug in on the eastern edge of Zarichne.", {{"Zarichne"}}), "Zarichne",
              Change::Advanced, Side::RU));
    CHECK(has(run("Ukrainian marines crossed the river near Krynky overnight.", {{"Krynky"}}), "Krynky",
              Change::Advanced, Side::UA));
    CHECK(has(run("Russian troops are already on the outskirts of Lyptsi, an official said.", {{"Lyptsi"}}), "Lyptsi",
              Change::Advanced, Side::RU));
    CHECK(has(run("Russian units broke through Ukrainian defensive lines near Ocheretyne.", {{"Ocheretyne"}}),
              "Ocheretyne", Change::Advanced, Side::RU));
    const auto positions = run("Russian forces reached positions north of Robotyne.", {{"Robotyne"}});
    CHECK(has(positions, "Robotyne", Change::Advanced, Side::RU));
    CHECK_FALSE(gains(positions, "Robotyne"));
    CHECK(has(run("Russian forces got closer to Kupiansk this week.", {{"Kupiansk"}}), "Kupiansk", Change::Advanced,
              Side::RU));
}

TEST_CASE("en: the encircler advances, the encircled gets nothing", "[extract][en][advance]") {
    const auto passive = run("Ukrainian troops in Avdiivka are almost encircled, the analysts said.", {{"Avdiivka"}});
    CHECK(has(passive, "Avdiivka", Change::Advanced, Side::RU));
    CHECK_FALSE(has(passive, "Avdiivka", Change::Advanced, Side::UA));
    const auto nominal = run("The partial encirclement of Ukrainian units near Marinka is holding, analysts said.", {{"Marinka"}});
    CHECK(has(nominal, "Marinka", Change::Advanced, Side::RU));
    CHECK_FALSE(has(nominal, "Marinka", Change::Advanced, Side::UA));
    CHECK(has(run("Russian forces are tightening the encirclement of Vuhledar.", {{"Vuhledar"}}), "Vuhledar", Change::Advanced,
              Side::RU));
}

TEST_CASE("en: lists give one claim per place", "[extract][en][lists]") {
    const auto inverted = run("Among the recaptured villages are Zolote and Hirske.", {{"Zolote"}, {"Hirske"}});
    CHECK(has(inverted, "Zolote", Change::Liberated, Side::UA));
    CHECK(has(inverted, "Hirske", Change::Liberated, Side::UA));
    const auto copula = run("The liberated villages were Klishchiivka and Andriivka, the brigade said.",
                            {{"Klishchiivka"}, {"Andriivka"}});
    CHECK(has(copula, "Klishchiivka", Change::Liberated, Side::UA));
    CHECK(has(copula, "Andriivka", Change::Liberated, Side::UA));
    const auto next = run("Russian forces have seized several hamlets along the highway. They are Zalizne, Vodiane "
                          "and Levadne.",
                          {{"Zalizne"}, {"Vodiane"}, {"Levadne"}});
    for (const char* p : {"Zalizne", "Vodiane", "Levadne"}) CHECK(has(next, p, Change::Captured, Side::RU));
    const auto settlements = run("Ukrainian forces liberated the settlements of Zolote, Hirske, Vodiane and Levadne.",
                                 {{"Zolote"}, {"Hirske"}, {"Vodiane"}, {"Levadne"}});
    for (const char* p : {"Zolote", "Hirske", "Vodiane", "Levadne"})
        CHECK(has(settlements, p, Change::Liberated, Side::UA));
}

TEST_CASE("en: a rebuttal is the rebutter's contest, never a shown capture", "[extract][en][denial]") {
    SECTION("denied that ...: the capture is only negated") {
        const auto x = run("Kyiv denied that Russian forces had captured Vesele.", {{"Vesele"}});
        CHECK(has(x, "Vesele", Change::Contested, Side::UA));
        CHECK_FALSE(gains(x, "Vesele"));
        CHECK(std::any_of(x.claims.begin(), x.claims.end(), [](const ct::core::Claim& c) {
            return c.negated && c.change == Change::Captured && c.by_side == Side::RU;
        }));
    }
    SECTION("a report branded a fake") {
        const auto x = run("Ukraine's army branded the Russian report of Hlyboke's capture a fake.", {{"Hlyboke"}});
        CHECK(has(x, "Hlyboke", Change::Contested, Side::UA));
        CHECK_FALSE(gains(x, "Hlyboke"));
        CHECK_FALSE(has(x, "Hlyboke", Change::Advanced, Side::UA));
    }
    SECTION("claims called false, the speaker after them") {
        const auto x = run("Russian claims to have captured Hlyboke are false, the Ukrainian army said.", {{"Hlyboke"}});
        CHECK(has(x, "Hlyboke", Change::Contested, Side::UA));
        CHECK_FALSE(gains(x, "Hlyboke"));
    }
    SECTION("the other side's own statement, rejected in an apposition, stays its claim") {
        const auto x = run("Moscow said it had seized Hlyboke, a claim Kyiv rejected.", {{"Hlyboke"}});
        CHECK(has(x, "Hlyboke", Change::Captured, Side::RU));
        CHECK(has(x, "Hlyboke", Change::Contested, Side::UA));
    }
}

TEST_CASE("en: holders and ongoing fighting contest the place", "[extract][en][contest]") {
    CHECK(has(run("Ukrainian troops are still holding Vesele, the Russian ministry admitted.", {{"Vesele"}}), "Vesele",
              Change::Contested, Side::UA));
    const auto held_out = run("Russian forces seized Vodiane, which had held out for months, the ministry said.",
                              {{"Vodiane"}});
    CHECK(has(held_out, "Vodiane", Change::Captured, Side::RU));
    CHECK(has(held_out, "Vodiane", Change::Contested, Side::UA));
    CHECK(has(run("Ukraine's General Staff said fighting goes on in Polohy.", {{"Polohy"}}), "Polohy",
              Change::Contested, Side::UA));
    CHECK(has(run("Ukraine's army said fierce fighting was raging in Toretsk.", {{"Toretsk"}}), "Toretsk",
              Change::Contested, Side::UA));
}

TEST_CASE("en: reference places get nothing from the claim about another place", "[extract][en][reference]") {
    const auto paren = run("Russian troops captured Zalizne (south of Huliaipole), the ministry said.",
                           {{"Zalizne"}, {"Huliaipole"}});
    CHECK(has(paren, "Zalizne", Change::Captured, Side::RU));
    CHECK(shown(paren, "Huliaipole").empty());
    const auto border = run("Russian forces seized Vodiane, across the border from Tetkino.",
                            {{"Vodiane"}, {"Tetkino", "RU"}});
    CHECK(has(border, "Vodiane", Change::Captured, Side::RU));
    CHECK(shown(border, "Tetkino").empty());
    const auto road = run("Russian troops are on the approaches to Lyptsi, on one of the main roads to Kharkiv.",
                          {{"Lyptsi"}, {"Kharkiv"}});
    CHECK(has(road, "Lyptsi", Change::Advanced, Side::RU));
    CHECK(shown(road, "Kharkiv").empty());
    SECTION("a bearing's own relative clause keeps its claim whole") {
        const auto x = run("Vodiane lies east of Polohy, which Russian forces took last week.", {{"Vodiane"}, {"Polohy"}});
        CHECK(has(x, "Polohy", Change::Captured, Side::RU));
        CHECK(shown(x, "Vodiane").empty());
    }
}

TEST_CASE("en: control phrases", "[extract][en][control]") {
    CHECK(gains(run("The Russian ministry announced total control over Levadne.", {{"Levadne"}}), "Levadne"));
    CHECK(has(run("Levadne is under the control of Russian forces, the governor said.", {{"Levadne"}}), "Levadne",
              Change::Captured, Side::RU));
    CHECK(has(run("Levadne is now held by Russian forces.", {{"Levadne"}}), "Levadne", Change::Captured, Side::RU));
    // A past status in a narrative is no "held by" claim.
    CHECK(shown(run("Levadne was held by Ukrainian forces after the summer offensive.", {{"Levadne"}}), "Levadne").empty());
}

TEST_CASE("en: gerund clauses and withdrawal orders", "[extract][en][frames]") {
    CHECK(has(run("After seizing Polohy in March, Russian units turned north.", {{"Polohy"}}), "Polohy",
              Change::Captured, Side::RU));
    CHECK(has(run("Russian units turned north after seizing Polohy.", {{"Polohy"}}), "Polohy", Change::Captured,
              Side::RU));
    CHECK(has(run("Since recapturing Vesele, Ukrainian marines have held the river bank.", {{"Vesele"}}), "Vesele",
              Change::Liberated, Side::UA));
    const auto order = run("Ukrainian units in Polohy got the order to fall back to a new line.", {{"Polohy"}});
    CHECK(has(order, "Polohy", Change::Withdrew, Side::UA));
}

TEST_CASE("en: intent, orders and ongoing action are not done changes", "[extract][en][intent]") {
    CHECK_FALSE(gains(run("\"Take Polohy, then move on to Huliaipole,\" the commander told his men.",
                          {{"Polohy"}, {"Huliaipole"}}),
                      "Polohy"));
    CHECK(shown(run("Russian forces want to capture Polohy before winter.", {{"Polohy"}}), "Polohy").empty());
    CHECK(shown(run("Ukrainian forces stopped the Russian advance toward Polohy.", {{"Polohy"}}), "Polohy").empty());
    const auto kept = run("He said Russian units kept on liberating Huliaipole block by block.", {{"Huliaipole"}});
    CHECK(has(kept, "Huliaipole", Change::Advanced, Side::RU));
    CHECK_FALSE(gains(kept, "Huliaipole"));
    const auto were = run("Russian forces were steadily taking Polohy.", {{"Polohy"}});
    CHECK(has(were, "Polohy", Change::Advanced, Side::RU));
    CHECK_FALSE(gains(were, "Polohy"));
}

TEST_CASE("en: casualties near a place are no loss of it", "[extract][en][casualties]") {
    CHECK(shown(run("Near Huliaipole the defenders lost two tanks and 40 men in a day.", {{"Huliaipole"}}), "Huliaipole")
              .empty());
    CHECK(shown(run("Russian forces lost more than 300 soldiers near Krynky last week.", {{"Krynky"}}), "Krynky").empty());
    CHECK(has(run("Ukrainian troops lost Polohy, the governor said.", {{"Polohy"}}), "Polohy", Change::Withdrew,
              Side::UA));
}

TEST_CASE("en: plural anaphors take the places of the last claims", "[extract][en][anaphora]") {
    const auto x = run("Ukrainian officials said Russian troops had entered Zalizne and Vodiane. On Tuesday the Russian "
                       "ministry said both villages had been captured.",
                       {{"Zalizne"}, {"Vodiane"}});
    CHECK(has(x, "Zalizne", Change::Captured, Side::RU));
    CHECK(has(x, "Vodiane", Change::Captured, Side::RU));
    const auto two = run("Russian forces pushed into Levadne and Zolote. Kyiv says the two villages are still held by "
                         "its troops.",
                         {{"Levadne"}, {"Zolote"}});
    CHECK(has(two, "Levadne", Change::Advanced, Side::RU));
    CHECK(has(two, "Levadne", Change::Contested, Side::UA));
    CHECK(has(two, "Zolote", Change::Contested, Side::UA));
}

TEST_CASE("en: 'the village' is the topic of the last claims, not the last name", "[extract][en][anaphora]") {
    const auto x = run("Russian forces say they have entered Vodiane. Shelling hit Pokrovsk overnight. Kyiv said its "
                       "troops had pushed the enemy out of the village.",
                       {{"Vodiane"}, {"Pokrovsk"}});
    CHECK(has(x, "Vodiane", Change::Liberated, Side::UA));
    CHECK(shown(x, "Pokrovsk").empty());
    const auto y = run("Ukrainian marines retook Krynky on Monday. Drones struck Kherson later that day. The Russian "
                       "ministry denied that the village had fallen.",
                       {{"Krynky"}, {"Kherson"}});
    CHECK(has(y, "Krynky", Change::Contested, Side::RU));
    CHECK(shown(y, "Kherson").empty());
    const auto z = run("Russian troops seized Zolote, the ministry said. Officials in Sloviansk said Ukrainian units "
                       "were still holding the village.",
                       {{"Zolote"}, {"Sloviansk"}});
    CHECK(has(z, "Zolote", Change::Contested, Side::UA));
    CHECK(shown(z, "Sloviansk").empty());
}

TEST_CASE("en: a country as agent, a date inside a nominal", "[extract][en][frames]") {
    CHECK(has(run("Polohy was seized by Russia in March.", {{"Polohy"}, {"Russia", "RU", ct::core::PlaceKind::Country}}), "Polohy", Change::Captured,
              Side::RU));
    CHECK(has(run("The liberation on 12 June of Vovchansk was announced by Kyiv.", {{"Vovchansk"}}), "Vovchansk",
              Change::Liberated, Side::UA));
    CHECK(has(run("Officials confirmed the capture in May of Ocheretyne by Russian troops.", {{"Ocheretyne"}}),
              "Ocheretyne", Change::Captured, Side::RU));
}

TEST_CASE("en: a hyphen-joined line gives each of its places the advance", "[extract][en][lists]") {
    const auto x = run("Russian units reached the Borova-Pishchane-Kolisnykivka line on Friday.",
                       {{"Borova"}, {"Pishchane"}, {"Kolisnykivka"}});
    for (const char* p : {"Borova", "Pishchane", "Kolisnykivka"}) CHECK(has(x, p, Change::Advanced, Side::RU));
    const auto road = run("Russian troops dug in along the Siversk-Zvanivka road.", {{"Siversk"}, {"Zvanivka"}});
    CHECK(has(road, "Siversk", Change::Advanced, Side::RU));
    CHECK(has(road, "Zvanivka", Change::Advanced, Side::RU));
    const auto cut = run("Ukrainian forces cut the Tokmak-Vasylivka highway and entered Robotyne.",
                         {{"Tokmak"}, {"Vasylivka"}, {"Robotyne"}});
    CHECK(has(cut, "Robotyne", Change::Advanced, Side::UA));
    CHECK_FALSE(gains(cut, "Tokmak"));
}

TEST_CASE("en: withdrawal orders are withdrawals", "[extract][en][frames]") {
    CHECK(has(run("Ukrainian units holding Avdiivka were told to pull back to new lines.", {{"Avdiivka"}}), "Avdiivka",
              Change::Withdrew, Side::UA));
    CHECK(has(run("The Ukrainian garrison got the order to leave Vuhledar on Tuesday.", {{"Vuhledar"}}), "Vuhledar",
              Change::Withdrew, Side::UA));
    CHECK(has(run("Russian troops were ordered to abandon Kherson, Shoigu said.", {{"Kherson"}}), "Kherson",
              Change::Withdrew, Side::RU));
}

TEST_CASE("en: flight and urban fighting", "[extract][en][contest]") {
    CHECK(has(run("The Russian army fled Trostianets, leaving tanks behind.", {{"Trostianets"}}), "Trostianets",
              Change::Withdrew, Side::RU));
    // Civilians are no side: their flight is no change of the front, nor is its negation.
    CHECK(shown(run("Ukrainian troops guard the road to Sloviansk, home to many civilians who have not fled the fighting.",
                    {{"Sloviansk"}}),
                "Sloviansk")
              .empty());
    CHECK(has(run("In Vovchansk, officials reported heavy street fighting.", {{"Vovchansk"}}), "Vovchansk",
              Change::Contested, Side::UA));
    CHECK(has(run("Kyiv's forces were still engaging Russian troops inside Kurakhove, a spokesman said.", {{"Kurakhove"}}),
              "Kurakhove", Change::Contested, Side::UA));
    CHECK(shown(run("Ukraine's incursion into Kursk had hindered Russian advances in eastern Ukraine.",
                    {{"Kursk", "RU"}, {"Ukraine", "UA", ct::core::PlaceKind::Country}}),
                "Kursk")
              .empty());
}

TEST_CASE("en: an attack that gained nothing is no claim", "[extract][en][intent]") {
    CHECK(shown(run("Russian forces stormed Polohy without success on Monday.", {{"Polohy"}}), "Polohy").empty());
    CHECK(shown(run("Russian troops unsuccessfully stormed Polohy.", {{"Polohy"}}), "Polohy").empty());
    CHECK(shown(run("Russian forces attacked Polohy twelve times but gained no ground.", {{"Polohy"}}), "Polohy").empty());
    CHECK(shown(run("The army launched an operation aimed at retaking Polohy.", {{"Polohy"}}), "Polohy").empty());
}

TEST_CASE("en: a place located by a bearing phrase after another gets nothing", "[extract][en][reference]") {
    const auto x = run("The army said that Zarichne, also located south of the city of Lyman, had been retaken.",
                       {{"Zarichne"}, {"Lyman"}});
    CHECK(has(x, "Zarichne", Change::Liberated, Side::UA));
    CHECK(shown(x, "Lyman").empty());
    const auto y = run("Russian units seized Urozhaine, located west of the town of Velyka Novosilka.",
                       {{"Urozhaine"}, {"Velyka Novosilka"}});
    CHECK(has(y, "Urozhaine", Change::Captured, Side::RU));
    CHECK(shown(y, "Velyka Novosilka").empty());
    const auto z = run("Ukrainian forces recaptured Pishchane (north of the village of Stelmakhivka) on Monday.",
                       {{"Pishchane"}, {"Stelmakhivka"}});
    CHECK(has(z, "Pishchane", Change::Liberated, Side::UA));
    CHECK(shown(z, "Stelmakhivka").empty());
}

TEST_CASE("en: the side after an expelling verb's 'of' is the one driven out", "[extract][en][frames]") {
    CHECK(has(run("\"Klishchiivka was cleared of Russians,\" the commander said.", {{"Klishchiivka"}}), "Klishchiivka",
              Change::Liberated, Side::UA));
    CHECK(has(run("Robotyne has been cleared of Ukrainian troops, the Russian ministry said.", {{"Robotyne"}}),
              "Robotyne", Change::Captured, Side::RU));
    CHECK(has(run("Ukrainian marines pushed the Russians out of Krynky.", {{"Krynky"}}), "Krynky", Change::Liberated,
              Side::UA));
}

TEST_CASE("en: gains of nothing, distances and facilities are no claims on a place", "[extract][en][reference]") {
    const auto none = run("Russian troops made no new gains in the Pokrovsk direction, analysts said.", {{"Pokrovsk"}});
    CHECK(shown(none, "Pokrovsk").empty());
    CHECK(shown(run("Ukrainian units gained no ground near Robotyne.", {{"Robotyne"}}), "Robotyne").empty());
    const auto within = run("It also said it had captured Zelene, a settlement within 8 km of Pokrovsk.",
                            {{"Zelene"}, {"Pokrovsk"}});
    CHECK(gains(within, "Zelene"));
    CHECK(shown(within, "Pokrovsk").empty());
    const auto south = run("The ministry said the villages of Sloboda and Lukashivka to the south of Chernihiv had been "
                           "retaken.",
                           {{"Sloboda"}, {"Lukashivka"}, {"Chernihiv"}});
    CHECK(has(south, "Lukashivka", Change::Liberated, Side::UA));
    CHECK(shown(south, "Chernihiv").empty());
    CHECK(shown(run("Ukrainian servicemen left the besieged Mariupol's Azovstal steel plant on buses.", {{"Mariupol"}}),
                "Mariupol")
              .empty());
    CHECK(shown(run("A soldier holds a flag in this screen grab taken from a video near Kurakhove.", {{"Kurakhove"}}),
                "Kurakhove")
              .empty());
}

TEST_CASE("en: 'it' as the subject of a passive change is the place", "[extract][en][anaphora]") {
    const auto x = run("Ukrainian troops retreated from Popasna, the governor said, confirming reports that it had been "
                       "taken.",
                       {{"Popasna"}});
    CHECK(has(x, "Popasna", Change::Withdrew, Side::UA));
    CHECK(has(x, "Popasna", Change::Captured, Side::RU));
    CHECK_FALSE(has(x, "Popasna", Change::Liberated, Side::UA));
    const auto y = run("Russian forces shelled Siversk for weeks. On Friday it fell, the ministry said.", {{"Siversk"}});
    CHECK(has(y, "Siversk", Change::Captured, Side::RU));
    // An organisation's "it" is no place: "it had taken" is active.
    CHECK(shown(run("Russian forces entered Zolote. The ministry said it had taken control.", {{"Zolote"}}), "Zolote")
              .size() == 1);
}
