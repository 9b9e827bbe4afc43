#include <catch2/catch.hpp>

// Whose report a bulletin's sentence is (bench/blind8/MISSES.md, session h11c10): a word for a claimant named
// before ("the ministry", «ведомство», «відомство») standing as the subject of a reporting verb; a verbal noun
// that is the object of a party's own report («сообщило о взятии X», "announced the capture of X") is that
// party's act; a verbal noun fronted as the topic of a negated verb of saying («О выходе из X прямо не
// говорится», the verb-final order of Russian and Ukrainian; English puts the negated verb first, "did not
// mention the withdrawal", still read as a denial: open) states nothing. Each is tried on sentences of at least three shapes in every language it applies
// to. Every sentence was written for these tests.
#include "sentence_fixture.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace claimtrack::test;

namespace {
using Cases = std::vector<std::pair<std::string, std::string>>;
} // namespace

TEST_CASE("extract: the ministry named again by a common noun is the claimant named before",
          "[extract][claimant]") {
    // A Russian ministry named first; the next sentence's "ведомство" reports a gain of Russia's own villages.
    for (const auto& [text, lang] : Cases{
             {"Минобороны России сообщило о взятии Zarichne. Накануне ведомство сообщало о взятии Ozerne и Kamianka.",
              "ru"},
             {"Министерство обороны России объявило о взятии Zarichne. Вчера ведомство сообщило об освобождении "
              "Ozerne и Kamianka.",
              "ru"},
             {"Российское Минобороны доложило о взятии Zarichne. Ранее ведомство отчиталось о взятии Ozerne и Kamianka.",
              "ru"},
             {"Міноборони РФ повідомило про захоплення Zarichne. Напередодні відомство повідомляло про взяття Ozerne "
              "і Kamianka.",
              "uk"},
             {"Міноборони Росії заявило про взяття Zarichne. Учора відомство заявило про звільнення Ozerne і Kamianka.",
              "uk"},
             {"Russia's defence ministry said it had captured Zarichne. Earlier the ministry announced the capture of "
              "Ozerne and Kamianka.",
              "en"},
             {"Russia's defence ministry reported the capture of Zarichne. On Monday the ministry announced the capture "
              "of Ozerne and Kamianka.",
              "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Ozerne", "RU"}, {"Kamianka", "RU"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
        CHECK(has_claim(x, "Ozerne", Change::Liberated, Side::RU));
        CHECK(has_claim(x, "Kamianka", Change::Liberated, Side::RU));
        CHECK_FALSE(has_claim(x, "Ozerne", Change::Captured, Side::UA));
        CHECK_FALSE(has_claim(x, "Kamianka", Change::Captured, Side::UA));
    }
}

TEST_CASE("extract: a verbal noun that is the object of a party's report is that party's act", "[extract][claimant]") {
    // Of the party's own country's place: a recapture by the party.
    for (const auto& [text, lang] : Cases{
             {"Минобороны России сообщило о взятии Ozerne.", "ru"},
             {"Министерство обороны России объявило о взятии Ozerne.", "ru"},
             {"В Минобороны России сообщили о взятии Ozerne, бои продолжаются восточнее.", "ru"},
             {"Міноборони РФ повідомило про взяття Ozerne.", "uk"},
             {"Міноборони Росії заявило про захоплення Ozerne.", "uk"},
             {"Russia's defence ministry announced the capture of Ozerne.", "en"},
             {"The Russian defence ministry reported the capture of Ozerne on Monday.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Ozerne", "RU"}}, lang);
        CHECK(has_claim(x, "Ozerne", Change::Liberated, Side::RU));
        CHECK_FALSE(has_claim(x, "Ozerne", Change::Captured, Side::UA));
    }
    // Of the other country's place the party's capture, as before.
    for (const auto& [text, lang] : Cases{
             {"Минобороны России сообщило о взятии Zarichne.", "ru"},
             {"Міноборони РФ повідомило про взяття Zarichne.", "uk"},
             {"Russia's defence ministry announced the capture of Zarichne.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
    }
}

TEST_CASE("extract: a change fronted as the topic of a negated verb of saying is not stated", "[extract][claimant]") {
    for (const auto& [text, lang] : Cases{
             {"О выходе из Zarichne прямо не говорится.", "ru"},
             {"О взятии Zarichne в сводке не упоминается.", "ru"},
             {"Об отходе из Zarichne официально не сообщается.", "ru"},
             {"Про вихід із Zarichne прямо не йдеться.", "uk"},
             {"Про захоплення Zarichne у зведенні не згадується.", "uk"},
             {"Про відхід із Zarichne поки не повідомляється.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(claim_for(x, "Zarichne") == nullptr);
    }
    // Stated ones still count: the verb of saying is not negated, or the noun is not its topic.
    for (const auto& [text, lang] : Cases{
             {"О выходе из Zarichne сообщил Генштаб ВСУ.", "ru"},
             {"Про вихід із Zarichne повідомив Генштаб ЗСУ.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Withdrew, Side::UA));
    }
}

TEST_CASE("extract: a side's control of a place of the other country is its capture", "[extract][claimant]") {
    // Russian villages held by Ukraine's forces: Ukraine's capture, whoever reports it.
    for (const auto& [text, lang] : Cases{
             {"Ozerne находится под контролем ВСУ.", "ru"},
             {"Село Ozerne остаётся под контролем украинских войск, сообщил Генштаб ВСУ.", "ru"},
             {"Ozerne и Kamianka находятся под контролем ВСУ, сообщил командир бригады.", "ru"},
             {"Ozerne перебуває під контролем Сил оборони.", "uk"},
             {"Серед сіл, що перебувають під контролем ЗСУ, — Ozerne та Kamianka.", "uk"},
             {"Ozerne залишається під контролем українських військ, повідомив Генштаб ЗСУ.", "uk"},
             {"Ozerne has been under Ukrainian control since last week.", "en"},
             {"The General Staff said Ozerne and Kamianka remain under Ukrainian control.", "en"},
             {"Ozerne, a village of 300 people, is under Ukrainian control, officials said.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Ozerne", "RU"}, {"Kamianka", "RU"}}, lang);
        CHECK(has_claim(x, "Ozerne", Change::Captured, Side::UA));
        CHECK_FALSE(has_claim(x, "Ozerne", Change::Contested, Side::UA));
    }
    // Of its own country's place the same words are a contest of a claimed loss.
    for (const auto& [text, lang] : Cases{
             {"Zarichne находится под контролем ВСУ.", "ru"},
             {"Zarichne перебуває під контролем Сил оборони.", "uk"},
             {"The General Staff said Zarichne remains under Ukrainian control.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Contested, Side::UA));
        CHECK_FALSE(has_claim(x, "Zarichne", Change::Captured, Side::UA));
    }
    // Control of a part of the place is an advance into it, whoever's country it is.
    for (const auto& [text, lang] : Cases{
             {"Большая часть Ozerne находится под контролем ВСУ.", "ru"},
             {"Більша частина Ozerne перебуває під контролем ЗСУ.", "uk"},
             {"Most of Ozerne is under Ukrainian control.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Ozerne", "RU"}}, lang);
        CHECK_FALSE(has_claim(x, "Ozerne", Change::Captured, Side::UA));
    }
    // The situation at a place "under control" says nothing of who holds it.
    for (const auto& [text, lang] : Cases{
             {"Ситуация в Ozerne остаётся под контролем, заявили в Генштабе ВСУ.", "ru"},
             {"Ситуація в Ozerne під контролем, заявили в Генштабі ЗСУ.", "uk"},
             {"The situation in Ozerne remains under control, the General Staff said.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Ozerne", "RU"}}, lang);
        CHECK_FALSE(has_claim(x, "Ozerne", Change::Captured, Side::UA));
    }
}

TEST_CASE("extract: a report set off by commas between a place and its verb leaves the place the subject",
          "[extract][claimant]") {
    for (const auto& [text, lang] : Cases{
             {"Zarichne, по данным Минобороны России, освобождено.", "ru"},
             {"Zarichne, по словам представителя Минобороны России, было освобождено.", "ru"},
             {"Zarichne, как сообщило Минобороны России, взято.", "ru"},
             {"Zarichne, за даними Міноборони РФ, було захоплено.", "uk"},
             {"Zarichne, за словами речника Міноборони РФ, захоплено.", "uk"},
             {"Zarichne, як повідомило Міноборони РФ, було захоплено.", "uk"},
             {"Zarichne, according to the Russian defence ministry, was captured.", "en"},
             {"Zarichne, Russia's defence ministry said, has been captured.", "en"},
             {"Zarichne, according to a Russian military blogger, has fallen.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
    }
    // A holder named after the control noun, the report between.
    for (const auto& [text, lang] : Cases{
             {"Zarichne, по словам командира бригады, остаётся под контролем ВСУ.", "ru"},
             {"Zarichne, за словами речника, залишається під контролем ЗСУ.", "uk"},
             {"Zarichne, according to the brigade's commander, remains under Ukrainian control.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Contested, Side::UA));
    }
}

TEST_CASE("extract: a compelled withdrawal happened, a predicted one did not", "[extract][claimant]") {
    for (const auto& [text, lang] : Cases{
             {"Украинские подразделения были вынуждены отойти из Zarichne.", "ru"},
             {"Украинским войскам пришлось оставить Zarichne.", "ru"},
             {"Гарнизон вынужден был отступить из Zarichne, сообщил Генштаб ВСУ.", "ru"},
             {"Українські підрозділи були змушені відійти з Zarichne.", "uk"},
             {"Українським військам довелося залишити Zarichne.", "uk"},
             {"Гарнізон змушений був відступити з Zarichne, повідомив Генштаб ЗСУ.", "uk"},
             {"Ukrainian units had to pull out of Zarichne.", "en"},
             {"Ukrainian troops were forced to abandon Zarichne.", "en"},
             {"The garrison has been forced to leave Zarichne, the General Staff said.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Withdrew, Side::UA));
    }
    for (const auto& [text, lang] : Cases{
             {"Украинские войска могут быть вынуждены отойти из Zarichne.", "ru"},
             {"Українські війська можуть бути змушені відійти з Zarichne.", "uk"},
             {"Ukrainian troops may have to pull out of Zarichne.", "en"},
             {"Ukrainian troops could soon be forced to leave Zarichne, analysts warn.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(claim_for(x, "Zarichne") == nullptr);
    }
}

TEST_CASE("extract: a participle that is the attribute of a place describes that place only", "[extract][claimant]") {
    for (const auto& [text, lang] : Cases{
             {"В освобождённой Zarichne остаются около ста жителей, их вывозят в Ozerne.", "ru"},
             {"Жителей освобождённого Zarichne вывозят в Ozerne.", "ru"},
             {"В освобождённом Zarichne открылся пункт помощи, грузы везут из Ozerne.", "ru"},
             {"У звільненому Zarichne відкрили пункт допомоги, вантажі везуть із Ozerne.", "uk"},
             {"Мешканців звільненого Zarichne вивозять до Ozerne.", "uk"},
             {"До звільненої Zarichne щодня їдуть волонтери з Ozerne.", "uk"},
             {"In liberated Zarichne, aid arrives from Ozerne every day.", "en"},
             {"Volunteers from Ozerne drive into the recaptured Zarichne every morning.", "en"},
             {"Life in the newly liberated Zarichne is slowly returning, buses run to Ozerne again.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Ozerne"}}, lang);
        CHECK(claim_for(x, "Ozerne") == nullptr);
    }
    // A predicate, not an attribute: every place it names.
    for (const auto& [text, lang] : Cases{
             {"Были освобождены Zarichne и Ozerne.", "ru"},
             {"Звільнені Zarichne та Ozerne.", "uk"},
             {"Також звільнені Zarichne та Ozerne.", "uk"},
             {"Также освобождённые Zarichne и Ozerne перешли под контроль ВСУ.", "ru"},
             {"Ukrainian troops liberated Zarichne and Ozerne.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Ozerne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Liberated, Side::UA));
        CHECK(has_claim(x, "Ozerne", Change::Liberated, Side::UA));
    }
}

TEST_CASE("extract: a possessive pronoun before a verbal noun names the place named before", "[extract][claimant]") {
    for (const auto& [text, lang] : Cases{
             {"Zarichne стоит на водохранилище. Минобороны России объявило о его взятии.", "ru"},
             {"Бои за Zarichne шли три месяца. Минобороны России сообщило о его «освобождении».", "ru"},
             {"Zarichne стоит на водохранилище. Российские войска его заняли в январе.", "ru"},
             {"Zarichne стоїть на водосховищі. Міноборони РФ оголосило про його захоплення.", "uk"},
             {"Бої за Zarichne тривали три місяці. Міноборони РФ повідомило про його «звільнення».", "uk"},
             {"Zarichne стоїть на водосховищі. Російські війська його захопили в січні.", "uk"},
             {"Zarichne lies on a reservoir. Russia's defence ministry announced its capture on Monday.", "en"},
             {"Fighting for Zarichne lasted three months. Russia's defence ministry reported its capture.", "en"},
             {"Zarichne lies on a reservoir. Russian officials said their troops had completed its capture.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
    }
    // A possessive of something else names no place.
    for (const auto& [text, lang] : Cases{
             {"Russian troops shelled Zarichne. Its defenders held on.", "en"},
             {"Российские войска обстреляли Zarichne. Его жители укрылись в подвалах.", "ru"},
             {"Російські війська обстріляли Zarichne. Його мешканці сховалися в підвалах.", "uk"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}}, lang);
        CHECK_FALSE(has_claim(x, "Zarichne", Change::Captured, Side::RU));
    }
}

TEST_CASE("extract: a sequence adverb after a comma opens a clause of its own", "[extract][claimant]") {
    for (const auto& [text, lang] : Cases{
             {"В мае российские войска заняли Zarichne, затем начались бои на улицах Ozerne.", "ru"},
             {"Российские войска заняли Zarichne, а затем обстреляли окраины Ozerne.", "ru"},
             {"Российские войска заняли Zarichne, потом ударили по Ozerne.", "ru"},
             {"У травні російські війська зайняли Zarichne, потім почалися бої на вулицях Ozerne.", "uk"},
             {"Російські війська зайняли Zarichne, а згодом обстріляли околиці Ozerne.", "uk"},
             {"Російські війська зайняли Zarichne, потім вдарили по Ozerne.", "uk"},
             {"In May Russian troops took Zarichne, then the shelling of Ozerne began.", "en"},
             {"Russian troops took Zarichne, and then shelled the outskirts of Ozerne.", "en"},
             {"Russian troops took Zarichne, later they struck Ozerne with drones.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Ozerne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
        CHECK_FALSE(has_claim(x, "Ozerne", Change::Captured, Side::RU));
    }
    // A place right after the adverb is a gapped conjunct of the same verb.
    for (const auto& [text, lang] : Cases{
             {"Российские войска заняли Zarichne, затем Ozerne.", "ru"},
             {"Російські війська зайняли Zarichne, потім Ozerne.", "uk"},
             {"Russian troops took Zarichne, then Ozerne.", "en"},
         }) {
        INFO(text);
        const auto x = run(text, {{"Zarichne"}, {"Ozerne"}}, lang);
        CHECK(has_claim(x, "Zarichne", Change::Captured, Side::RU));
        CHECK(has_claim(x, "Ozerne", Change::Captured, Side::RU));
    }
}
