#include <catch2/catch.hpp>

// Russian and Ukrainian constructions of the claim lexicon, the side of agentless statements and area
// figures. Every sentence below was written for these tests; the village names are hand-made mentions
// (the gazetteer's inflected matching is tested elsewhere).
#include "claimtrack/extract/extractor.hpp"

#include "lexicon.hpp"
#include "sentence_fixture.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace ct = claimtrack;
using ct::core::Change;
using ct::core::Side;

using namespace claimtrack::test;

TEST_CASE("extract ru/uk: short passive participles in every gender and number, verb first", "[extract][cyrillic]") {
    // Feminine, neuter and plural short forms; the participle before or after its subject.
    check_claim(run("Взята Новоселовка, следующей целью станет соседнее село.", {{"Новоселовка"}}, "ru"),
                "Новоселовка", Change::Captured, Side::RU);
    check_claim(run("По словам военкора, взято Уманское.", {{"Уманское"}}, "ru"), "Уманское", Change::Captured,
                Side::RU);
    const auto plural = run("Взяты сёла Степовое и Луговское.", {{"Степовое"}, {"Луговское"}}, "ru");
    check_claim(plural, "Степовое", Change::Captured, Side::RU);
    check_claim(plural, "Луговское", Change::Captured, Side::RU);
    check_claim(run("Село Ровное занято после двухдневного штурма.", {{"Ровное"}}, "ru"), "Ровное", Change::Captured,
                Side::RU);
    // A withdrawal participle with its source preposition.
    check_claim(run("Украинские подразделения отведены из Бердичей на новые рубежи.", {{"Бердичей"}}, "ru"),
                "Бердичей", Change::Withdrew, Side::UA);
    check_claim(run("Войска противника выведены из Крынок, сообщили в Минобороны России.", {{"Крынок"}}, "ru"),
                "Крынок", Change::Withdrew, Side::UA);
}

TEST_CASE("extract ru/uk: aspect partners, nominals and holding", "[extract][cyrillic]") {
    SECTION("an imperfective gain or push is an advance") {
        check_claim(run("Российские войска наступают на Покровск с юга.", {{"Покровск"}}, "ru"), "Покровск",
                    Change::Advanced, Side::RU);
        check_claim(run("Российские подразделения продолжают наступать на Курахово.", {{"Курахово"}}, "ru"), "Курахово",
                    Change::Advanced, Side::RU);
        check_claim(run("Окупанти наступають на Торецьк із трьох боків.", {{"Торецьк"}}, "uk"), "Торецьк",
                    Change::Advanced, Side::RU);
    }
    SECTION("leaving, imperfective and nominal") {
        check_claim(run("Украинские военные покидают Угледар небольшими группами.", {{"Угледар"}}, "ru"), "Угледар",
                    Change::Withdrew, Side::UA);
        check_claim(run("Командование подтвердило оставление Кременной украинскими подразделениями.", {{"Кременной"}}, "ru"),
                    "Кременной", Change::Withdrew, Side::UA);
        check_claim(run("Українські сили вийшли з Кринок, повідомив речник.", {{"Кринок"}}, "uk"), "Кринок",
                    Change::Withdrew, Side::UA);
        check_claim(run("Генштаб підтвердив вихід з Вугледара.", {{"Вугледара"}}, "uk"), "Вугледара",
                    Change::Withdrew, Side::UA);
    }
    SECTION("a nominal with a genitive object: the taker did not hold the place") {
        check_claim(run("Падение Бахмута подтвердили в Минобороны РФ.", {{"Бахмута"}}, "ru"), "Бахмута",
                    Change::Captured, Side::RU);
        check_claim(run("Военкоры сообщили о взятии Работина.", {{"Работина"}}, "ru"), "Работина", Change::Captured,
                    Side::RU);
        check_claim(run("Глава региона объявил о переходе Степового под контроль России.", {{"Степового"}}, "ru"),
                    "Степового", Change::Captured, Side::RU);
    }
    SECTION("holding one's own place contests it; holding the other's is a capture") {
        check_claim(run("ВСУ продолжают удерживать Часов Яр, заявил спикер группировки.", {{"Часов Яр"}}, "ru"),
                    "Часов Яр", Change::Contested, Side::UA);
        // (Holding it since long before the report is a state, no claim: test_status_classes.cpp.)
        check_claim(run("Российские войска удерживают Мелитополь.", {{"Мелитополь"}}, "ru"),
                    "Мелитополь", Change::Captured, Side::RU);
        check_claim(run("Наші захисники утримують Кринки попри постійні штурми.", {{"Кринки"}}, "uk"), "Кринки",
                    Change::Contested, Side::UA);
    }
    SECTION("entering and partial control (uk)") {
        check_claim(run("Підрозділи ЗСУ зайшли до Роботиного зранку.", {{"Роботиного"}}, "uk"), "Роботиного",
                    Change::Advanced, Side::UA);
        check_claim(run("Російські штурмовики увійшли до Очеретиного з півночі.", {{"Очеретиного"}}, "uk"),
                    "Очеретиного", Change::Advanced, Side::RU);
        check_claim(run("Росіяни контролюють більшу частину Часового Яру.", {{"Часового Яру"}}, "uk"),
                    "Часового Яру", Change::Advanced, Side::RU);
    }
    SECTION("the defenders of a Ukrainian text are Ukraine's") {
        check_claim(run("Учора захисники зайняли село Старомлинівка.", {{"Старомлинівка"}}, "uk"), "Старомлинівка",
                    Change::Liberated, Side::UA);
    }
}

TEST_CASE("extract ru/uk: an agentless liberation speaks for its source", "[extract][cyrillic]") {
    SECTION("the source in the next sentence") {
        const auto x = run("Освобождены сёла Новоселовка и Уманское. Об этом сообщили в Минобороны России.",
                           {{"Новоселовка"}, {"Уманское"}}, "ru");
        check_claim(x, "Новоселовка", Change::Captured, Side::RU);
        check_claim(x, "Уманское", Change::Captured, Side::RU);
        // The same wording from the Ukrainian side is a liberation.
        const auto y = run("Освобождены сёла Новоселовка и Уманское. Об этом сообщил Генштаб ВСУ.",
                           {{"Новоселовка"}, {"Уманское"}}, "ru");
        check_claim(y, "Уманское", Change::Liberated, Side::UA);
    }
    SECTION("the source in a sentence before, or in a heading") {
        check_claim(run("Министр обороны РФ выступил с докладом. Освобождение Уманского завершено.", {{"Уманского"}},
                        "ru"),
                    "Уманского", Change::Captured, Side::RU);
        check_claim(run("Сводка Минобороны России за сутки\nПолностью освобождено село Каменка.", {{"Каменка"}}, "ru"),
                    "Каменка", Change::Captured, Side::RU);
    }
    SECTION("the source in a quote attribution (uk)") {
        check_claim(run("«Звільнено населений пункт Уманське», — заявили в міністерстві оборони РФ.", {{"Уманське"}},
                        "uk"),
                    "Уманське", Change::Captured, Side::RU);
        check_claim(run("Звільнено Роботине, повідомив Генштаб ЗСУ.", {{"Роботине"}}, "uk"), "Роботине",
                    Change::Liberated, Side::UA);
    }
    SECTION("Russia's own village retaken per a Russian source is liberated") {
        check_claim(run("Минобороны РФ сообщило итоги дня. Освобождено село Плехово.", {{"Плехово", "RU"}}, "ru"),
                    "Плехово", Change::Liberated, Side::RU);
    }
}

TEST_CASE("extract ru/uk: denials are the speaker's contest", "[extract][cyrillic]") {
    check_claim(run("В Генштабе ВСУ опровергли захват Уманского.", {{"Уманского"}}, "ru"), "Уманского",
                Change::Contested, Side::UA);
    check_claim(run("Информация о взятии Часова Яра не соответствует действительности, заявили в ВСУ.",
                    {{"Часова Яра"}}, "ru"),
                "Часова Яра", Change::Contested, Side::UA);
    check_claim(run("Інформація про захоплення Часового Яру не відповідає дійсності, — повідомили в Генштабі ЗСУ.",
                    {{"Часового Яру"}}, "uk"),
                "Часового Яру", Change::Contested, Side::UA);
    // The speaker is the one named after the comma, not the subject of "не соответствует действительности".
    const auto x = run("Информация о взятии Часова Яра не соответствует действительности, заявили в ВСУ.",
                       {{"Часова Яра"}}, "ru");
    REQUIRE(claim_for(x, "Часова Яра"));
    CHECK(claim_for(x, "Часова Яра")->claimant.find("ВСУ") != std::string::npos);
    const auto y = run("Повідомлення про падіння Вовчанська не відповідають дійсності, заявили у Генштабі ЗСУ.",
                       {{"Вовчанська"}}, "uk");
    REQUIRE(claim_for(y, "Вовчанська"));
    CHECK(claim_for(y, "Вовчанська")->claimant.find("Генштаб") != std::string::npos);
    CHECK(claim_for(y, "Вовчанська")->change == Change::Contested);
}

TEST_CASE("extract ru/uk: area figures", "[extract][cyrillic][areas]") {
    SECTION("number words in their cases, with a qualifier") {
        const auto x = run("ВСУ освободили около трёх тысяч квадратных километров на юге.", {}, "ru");
        REQUIRE(x.areas.size() == 1);
        CHECK(x.areas[0].km2 == Approx(3000));
        CHECK(x.areas[0].qualifier == "about");
        CHECK(x.areas[0].territorial);
        const auto y = run("Сили оборони звільнили майже тисячу квадратних кілометрів.", {}, "uk");
        REQUIRE(y.areas.size() == 1);
        CHECK(y.areas[0].km2 == Approx(1000));
        CHECK(y.areas[0].qualifier == "nearly");
    }
    SECTION("a decimal comma and a qualifier before a preposition") {
        const auto x = run("Площадь плацдарма сократилась почти на 40 кв. км и составляет 288,8 кв. км.", {}, "ru");
        REQUIRE(x.areas.size() == 2);
        CHECK(x.areas[0].km2 == Approx(40));
        CHECK(x.areas[0].qualifier == "nearly");
        CHECK(x.areas[1].km2 == Approx(288.8));
        const auto y = run("Росіяни захопили 12,5 км² за тиждень.", {}, "uk");
        REQUIRE(y.areas.size() == 1);
        CHECK(y.areas[0].km2 == Approx(12.5));
    }
    SECTION("mined land, farmland and land still to take are not territory") {
        const auto x = run("Заминировано более 170 тысяч квадратных километров территории.", {}, "ru");
        REQUIRE(x.areas.size() == 1);
        CHECK_FALSE(x.areas[0].territorial);
        const auto y = run("Обстрілом знищено посіви на 300 гектарах сільськогосподарських угідь.", {}, "uk");
        REQUIRE(y.areas.size() == 1);
        CHECK_FALSE(y.areas[0].territorial);
        const auto z = run("Ворогу потрібно захопити ще 5 тис. кв. км, щоб вийти до адмінкордону.", {}, "uk");
        REQUIRE(z.areas.size() == 1);
        CHECK_FALSE(z.areas[0].territorial);
    }
}

TEST_CASE("extract lexicon: paradigms expand a stem into its forms", "[extract][lexicon]") {
    const auto dir = std::filesystem::temp_directory_path() / "claimtrack-paradigm-test";
    std::filesystem::create_directories(dir);
    // A copy of the real lexicon with one paradigm name misspelt: loading names the file, line and paradigm.
    for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(CLAIMTRACK_GEODATA_DIR) / "lexicon"))
        std::filesystem::copy_file(e.path(), dir / e.path().filename(), std::filesystem::copy_options::overwrite_existing);
    {
        std::ofstream out(dir / "claim_verbs.ru.tsv", std::ios::app);
        out << "освободи<ru_pats>\tgain\tregain\n";
    }
    try {
        (void)ct::extract::Lexicon::load(dir);
        FAIL("an unknown paradigm was accepted");
    } catch (const ct::extract::ExtractError& e) {
        const std::string what = e.what();
        CHECK(what.find("claim_verbs.ru.tsv") != std::string::npos);
        CHECK(what.find("ru_pats") != std::string::npos);
    }
    std::filesystem::remove_all(dir);
    // The real lexicon: a stem with a paradigm matches each of its forms.
    const auto lex = ct::extract::Lexicon::load(std::filesystem::path(CLAIMTRACK_GEODATA_DIR) / "lexicon");
    for (const std::string form : {"взят", "взята", "взято", "взяты", "падение", "падения", "удерживают", "удерживать"}) {
        INFO(form);
        auto tokens = ct::extract::tokenize(form, 0, form);
        lex.words.label(tokens);
        ct::extract::PhraseHit h;
        CHECK(lex.verbs.match_at(tokens, 0, h));
    }
}

TEST_CASE("extract ru/uk: labelled-false reports, purposes and locating phrases", "[extract][cyrillic]") {
    SECTION("a report called false or incorrect is contested by the speaker") {
        check_claim(run("Речник угруповання заявив, що говорити про захоплення Кринок некоректно.", {{"Кринок"}}, "uk"),
                    "Кринок", Change::Contested, Side::UA);
        check_claim(run("В ВСУ назвали фейком сообщения о захвате Работина.", {{"Работина"}}, "ru"), "Работина",
                    Change::Contested, Side::UA);
        check_claim(run("Повідомлення про взяття Часового Яру є фейком, наголосили в Генштабі ЗСУ.", {{"Часового Яру"}},
                        "uk"),
                    "Часового Яру", Change::Contested, Side::UA);
    }
    SECTION("a capture that would allow a push elsewhere claims nothing there") {
        const auto x = run("У Кремлі вважають, що захоплення Кураховим дозволить відкинути ЗСУ від Донецька.",
                           {{"Донецька"}}, "uk");
        CHECK_FALSE(claim_for(x, "Донецька"));
        const auto y = run("Взятие Торецка позволит отодвинуть ВСУ от Горловки.", {{"Горловки"}}, "ru");
        CHECK_FALSE(claim_for(y, "Горловки"));
    }
    SECTION("a place after 'к северу от' only locates the claimed one") {
        const auto x = run("Российские войска освободили Плехово к югу от Суджи.", {{"Плехово", "RU"}, {"Суджи", "RU"}},
                           "ru");
        CHECK(claim_for(x, "Плехово"));
        CHECK_FALSE(claim_for(x, "Суджи"));
        const auto y = run("Сили оборони звільнили Нескучне на південь від Великої Новосілки.",
                           {{"Нескучне"}, {"Великої Новосілки"}}, "uk");
        CHECK(claim_for(y, "Нескучне"));
        CHECK_FALSE(claim_for(y, "Великої Новосілки"));
    }
    SECTION("a reminder repeating a claim is the same claim") {
        const auto x = run("Українські сили вийшли з Кринок. Нагадаємо, раніше командувач заявив, що українські "
                           "війська вийшли з Кринок.",
                           {{"Кринок"}}, "uk");
        const auto n = std::count_if(x.claims.begin(), x.claims.end(), [](const ct::core::Claim& c) {
            return c.place && c.place->name == "Кринок" && c.change == Change::Withdrew;
        });
        CHECK(n == 1);
        REQUIRE(claim_for(x, "Кринок"));
        CHECK_FALSE(claim_for(x, "Кринок")->background);
    }
}

TEST_CASE("extract ru/uk: lists named after the claim and gapped coordination", "[extract][cyrillic]") {
    SECTION("'Это A, B и C' names the places of a counted claim before it") {
        const auto x = run("Российские войска заняли три села под Покровском. Это Новоселовка, Уманское и Каменка.",
                           {{"Новоселовка"}, {"Уманское"}, {"Каменка"}}, "ru");
        check_claim(x, "Новоселовка", Change::Captured, Side::RU);
        check_claim(x, "Каменка", Change::Captured, Side::RU);
        const auto y = run("Сили оборони звільнили два населені пункти. Це Нескучне та Сторожеве.",
                           {{"Нескучне"}, {"Сторожеве"}}, "uk");
        check_claim(y, "Нескучне", Change::Liberated, Side::UA);
        check_claim(y, "Сторожеве", Change::Liberated, Side::UA);
        const auto z = run("За неделю ВСУ покинули несколько сел. Речь идет о Каменке и Луговом.",
                           {{"Каменке"}, {"Луговом"}}, "ru");
        check_claim(z, "Каменке", Change::Withdrew, Side::UA);
        check_claim(z, "Луговом", Change::Withdrew, Side::UA);
    }
    SECTION("gapping: a date after a dash shares the verb before it") {
        const auto x = run("Каменка была освобождена 5 мая, Луговое — 7 мая, сообщили в Минобороны России.",
                           {{"Каменка"}, {"Луговое"}}, "ru");
        check_claim(x, "Каменка", Change::Captured, Side::RU);
        check_claim(x, "Луговое", Change::Captured, Side::RU);
        const auto y = run("Нескучне звільнили 11 червня, Сторожеве — наступного дня.", {{"Нескучне"}, {"Сторожеве"}},
                           "uk");
        check_claim(y, "Сторожеве", Change::Liberated, Side::UA);
        const auto z = run("Первыми были взяты Степовое и Луговское, затем Каменка — через неделю.",
                           {{"Степовое"}, {"Луговское"}, {"Каменка"}}, "ru");
        check_claim(z, "Каменка", Change::Captured, Side::RU);
    }
}

TEST_CASE("extract ru/uk: a speaker named by surname gives the side of an agentless statement",
          "[extract][cyrillic]") {
    check_claim(run("Герасимов заявив, що звільнено Уманське.", {{"Уманське"}}, "uk"), "Уманське", Change::Captured,
                Side::RU);
    check_claim(run("Шойгу доложил, что полностью освобождена Новоселовка.", {{"Новоселовка"}}, "ru"), "Новоселовка",
                Change::Captured, Side::RU);
    check_claim(run("Сырский сообщил, что освобождено село Нескучное.", {{"Нескучное"}}, "ru"), "Нескучное",
                Change::Liberated, Side::UA);
    // Plural nationality nouns are actors too.
    check_claim(run("Россияне закрепились в Уманском после трёх дней боёв.", {{"Уманском"}}, "ru"), "Уманском",
                Change::Advanced, Side::RU);
}

TEST_CASE("extract ru/uk: a counted object and the places it names", "[extract][cyrillic]") {
    // A named place coordinated with the counted noun is an object; a place of a landmark phrase is not.
    const auto x = run("Минобороны сообщило о взятии под контроль двух посёлков и города Уманское.", {{"Уманское"}},
                       "ru");
    check_claim(x, "Уманское", Change::Captured, Side::RU);
    const auto y = run("Российские войска заняли два села под Покровском.", {{"Покровском"}}, "ru");
    CHECK_FALSE(claim_for(y, "Покровском"));
    const auto z = run("Окупанти захопили три села на Покровському напрямку. Йдеться про Лисівку та Михайлівку.",
                       {{"Лисівку"}, {"Михайлівку"}}, "uk");
    check_claim(z, "Лисівку", Change::Captured, Side::RU);
    check_claim(z, "Михайлівку", Change::Captured, Side::RU);
    if (const auto* c = claim_for(z, "Лисівку")) CHECK(c->verb == "захопили");
}

TEST_CASE("extract ru/uk: a denial belongs to its speaker, not to the agent of the denied act", "[extract][cyrillic]") {
    check_claim(run("Повідомлення про захоплення Кринок ворогом не відповідають дійсності, заявили в Генштабі ЗСУ.",
                    {{"Кринок"}}, "uk"),
                "Кринок", Change::Contested, Side::UA);
    check_claim(run("Российские провоенные блогеры отрицают освобождение Работина украинскими силами.", {{"Работина"}},
                    "ru"),
                "Работина", Change::Contested, Side::RU);
    check_claim(run("Спикер ВСУ заявил, что Часов Яр под нашим контролем.", {{"Часов Яр"}}, "ru"), "Часов Яр",
                Change::Contested, Side::UA);
    check_claim(run("Речник ЗСУ наголосив, що Кринки залишаються під контролем Сил оборони.", {{"Кринки"}}, "uk"),
                "Кринки", Change::Contested, Side::UA);
    // "якобы" keeps the reported capture, with less confidence than a firm one.
    const auto hedged = run("Российские блогеры пишут, что якобы взята Новоселовка.", {{"Новоселовка"}}, "ru");
    const auto firm = run("Российские блогеры пишут, что взята Новоселовка.", {{"Новоселовка"}}, "ru");
    const auto* h = claim_for(hedged, "Новоселовка");
    const auto* f = claim_for(firm, "Новоселовка");
    REQUIRE(h);
    REQUIRE(f);
    CHECK(h->confidence < f->confidence);
}

TEST_CASE("extract ru/uk: the subject carries across coordination and into the next sentence", "[extract][cyrillic]") {
    // A coordinated second verb after a long appositive subject.
    const auto x = run("Российские войска, наступающие с юга при поддержке авиации и артиллерии, заняли Уманское и "
                       "закрепились в Новоселовке.",
                       {{"Уманское"}, {"Новоселовке"}}, "ru");
    check_claim(x, "Уманское", Change::Captured, Side::RU);
    check_claim(x, "Новоселовке", Change::Advanced, Side::RU);
    // A pronoun subject of the next sentence.
    const auto y = run("Українські десантники звільнили Нескучне. Вони також зайшли до Сторожевого.",
                       {{"Нескучне"}, {"Сторожевого"}}, "uk");
    check_claim(y, "Сторожевого", Change::Advanced, Side::UA);
    // A transitive withdrawal: the subject withdraws its own units.
    check_claim(run("Российское командование вывело подразделения из Херсона на левый берег.", {{"Херсона"}}, "ru"),
                "Херсона", Change::Withdrew, Side::RU);
    check_claim(run("Командування ЗСУ вивело підрозділи з Авдіївки.", {{"Авдіївки"}}, "uk"), "Авдіївки",
                Change::Withdrew, Side::UA);
}

TEST_CASE("extract: area figures that are not territory, in all three languages", "[extract][areas]") {
    const auto territorial = [](const std::string& text, const std::string& language) {
        const auto x = run(text, {}, language);
        REQUIRE(x.areas.size() == 1);
        return x.areas[0].territorial;
    };
    CHECK_FALSE(territorial("Russia has yet to capture some 5,000 square kilometres of the region.", "en"));
    CHECK_FALSE(territorial("Moscow still has about 3,000 sq km left to capture in Donetsk oblast.", "en"));
    CHECK_FALSE(territorial("России предстоит занять ещё около 6 тысяч квадратных километров области.", "ru"));
    CHECK_FALSE(territorial("Сапёры обследовали 250 гектаров сельскохозяйственных угодий.", "ru"));
    CHECK_FALSE(territorial("Окупантам треба захопити ще понад 5 тис. кв. км Донеччини.", "uk"));
    CHECK(territorial("Российские войска заняли почти тысячу квадратных километров за месяц.", "ru"));
    CHECK(territorial("Сили оборони повернули під контроль понад 400 кв. км.", "uk"));
}

TEST_CASE("extract ru/uk: a denial in a later clause contests the sentence's own claim", "[extract][cyrillic]") {
    const auto x = run("Пропагандисти РФ заявили про захоплення Торецька, однак у ЗСУ це спростували.", {{"Торецька"}},
                       "uk");
    check_claim(x, "Торецька", Change::Captured, Side::RU);
    const auto contested = std::count_if(x.claims.begin(), x.claims.end(), [](const ct::core::Claim& c) {
        return c.change == Change::Contested && c.by_side == Side::UA;
    });
    CHECK(contested == 1);
    const auto y = run("Российские военкоры сообщили о взятии Торецка, но в ВСУ это опровергли.", {{"Торецка"}}, "ru");
    CHECK(std::any_of(y.claims.begin(), y.claims.end(), [](const ct::core::Claim& c) {
        return c.change == Change::Contested && c.by_side == Side::UA;
    }));
    // A later clause with a place of its own is its own claim, not a denial of the first.
    const auto z = run("Росіяни захопили Торецьк, але Сили оборони звільнили Нескучне.", {{"Торецьк"}, {"Нескучне"}},
                       "uk");
    CHECK(std::none_of(z.claims.begin(), z.claims.end(),
                       [](const ct::core::Claim& c) { return c.change == Change::Contested; }));
    // A reporting verb named by its Ukrainian form ("доповів") gives the speaker's side.
    check_claim(run("Начальник Генштабу ЗС РФ доповів про звільнення Торецька.", {{"Торецька"}}, "uk"), "Торецька",
                Change::Captured, Side::RU);
}

TEST_CASE("extract ru/uk: control nominals and participles", "[extract][cyrillic]") {
    check_claim(run("Украинское командование признало потерю контроля над Уманским.", {{"Уманским"}}, "ru"), "Уманским",
                Change::Withdrew, Side::UA);
    check_claim(run("Взятый под контроль посёлок Уманское зачищают штурмовые группы.", {{"Уманское"}}, "ru"),
                "Уманское", Change::Captured, Side::RU);
    check_claim(run("Росіяни контролюють Кринки з минулого тижня.", {{"Кринки"}}, "uk"), "Кринки", Change::Captured,
                Side::RU);
    check_claim(run("Генштаб визнав втрату контролю над Кринками.", {{"Кринками"}}, "uk"), "Кринками",
                Change::Withdrew, Side::UA);
}

TEST_CASE("extract ru/uk: partial control, reaching the edge and encircling are advances", "[extract][cyrillic]") {
    check_claim(run("Город Суджа под частичным контролем украинских формирований.", {{"Суджа", "RU"}}, "ru"), "Суджа",
                Change::Advanced, Side::UA);
    check_claim(run("Российские подразделения вышли к окраинам Покровска.", {{"Покровска"}}, "ru"), "Покровска",
                Change::Advanced, Side::RU);
    check_claim(run("Окупанти досягли околиць Торецька.", {{"Торецька"}}, "uk"), "Торецька", Change::Advanced,
                Side::RU);
    check_claim(run("Российские войска взяли в кольцо Курахово.", {{"Курахово"}}, "ru"), "Курахово",
                Change::Advanced, Side::RU);
    check_claim(run("Сили оборони оточили Кринки з трьох боків.", {{"Кринки"}}, "uk"), "Кринки", Change::Advanced,
                Side::UA);
}
