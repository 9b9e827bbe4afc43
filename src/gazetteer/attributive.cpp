// A capitalised adjective that agrees with the lower-case noun after it: «Зелене світло», «Нова хвиля»,
// «Світле майбутнє», «передали Зеленому коридору», «Светлое будущее», «Новая волна». Many Ukrainian
// villages bear adjectival names (Зелене, Нове, Світле, Берегове), and a sentence's first word is
// capitalised whatever it is: an adjective followed by a noun of its own gender and case modifies that
// noun and names no place. A village named so is followed by a verb, an adverb or punctuation
// («Зелене звільнили», «Мирне знову обстріляли»), or stands after a preposition or a verb of taking
// (a settlement's slot), where this rule does not apply.

#include "parser.hpp"

namespace claimtrack::gazetteer::parsing {

namespace {

bool ends(std::string_view w, std::string_view e) {
    return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
}

template <std::size_t N>
bool ends_any(std::string_view w, const std::string_view (&list)[N]) {
    return std::any_of(std::begin(list), std::end(list), [&](std::string_view e) { return ends(w, e); });
}

/// The last Cyrillic letter before the ending `e` of `w` is a consonant ("світло": т before "ло").
bool consonant_before(std::string_view w, std::string_view e) {
    if (w.size() < e.size() + 2) return false;
    const std::string_view letter = w.substr(w.size() - e.size() - 2, 2);
    static constexpr std::string_view k_vowels[] = {"а", "е", "є", "и", "і", "ї", "о", "у", "ю", "я", "ы", "э", "ё", "ь", "й"};
    return std::none_of(std::begin(k_vowels), std::end(k_vowels), [&](std::string_view v) { return letter == v; });
}

/// Endings of verbs and adverbs a lower-case word after a village name often has, which a noun of the
/// same shape rarely has: reflexive verbs (-ся, -сь), past tenses (було, була, були, перешла),
/// comparatives (западнее, ближче), short participles (звільнена, взято), present tenses (має, стає; -ть), adverbs (-но, -ко, -ово: повторно, далеко, частково; часто, просто).
bool verb_or_adverb(std::string_view n) {
    // Nouns of these shapes: diminutives in -чко (містечко), two-syllable nouns in -ово (слово), свято.
    static constexpr std::string_view k_nouns[] = {"свято", "свята", "слово", "слова"};
    if (std::find(std::begin(k_nouns), std::end(k_nouns), n) != std::end(k_nouns) || ends(n, "чко")) return false;
    static constexpr std::string_view k_endings[] = {"ся", "сь", "ли", "но", "ко", "ово", "ево", "же", "ше", "ть"};
    if (ends_any(n, k_endings)) return true;
    if (ends(n, "є") && !consonant_before(n, "є")) return true; // має, стає, існує; not майбутнє
    // Past tenses: every -ла (була, перешла), and -ло but for the nouns світло, село, число.
    if (ends(n, "ла") || (ends(n, "ло") && !ends(n, "тло") && !ends(n, "ело") && !ends(n, "сло"))) return true;
    // Comparatives (западнее, ближе, західніше): "ше", "же" above; -ее but for nouns (будущее).
    if (ends(n, "ее") && !ends(n, "щее")) return true;
    // Short participles: звільнена, розташована, расположена, взята, взято.
    static constexpr std::string_view k_participles[] = {"ена", "ана", "яна", "ита", "ята", "ута", "ято", "ито", "уто"};
    if (ends_any(n, k_participles)) return true;
    static constexpr std::string_view k_function_words[] = {
        "після", "поряд", "поруч", "майже", "тільки", "лише", "зовсім", "знову", "досі", "тому", "також", "теж",
        "после", "почти", "только", "снова", "тоже", "также", "очень", "сейчас", "зараз", "сьогодні", "сегодня",
        "вночі", "уночі", "ночью", "вранці", "утром", "ввечері", "вечером", "вчора", "вчера", "поки", "пока",
        "часто", "просто", "чисто", "густо", "якщо", "хоча", "хотя",
    };
    return std::find(std::begin(k_function_words), std::end(k_function_words), n) != std::end(k_function_words);
}

/// The gender and case of an adjective (lower case), by its ending, and whether the noun `n` has an
/// ending of that gender and case. Ukrainian and Russian. `opens` : the adjective opens its sentence,
/// where a word in -ська, -цька is no genitive of a town in -ськ (that follows a preposition there).
bool agrees(std::string_view adj, std::string_view n, bool opens) {
    // Neuter nominative: Зелене, Світле (a consonant before -е: not the locative «Покровську» or a noun in
    // -ье); Светлое, Зелёное. Nouns: світло, село, укріплення, життя, поле; ru будущее, укрепление.
    const bool neuter = ends(adj, "ое") || ends(adj, "ее") || (ends(adj, "е") && consonant_before(adj, "е"));
    // Not other adjectives and participles in -е («оточене», «розташоване»): uk nouns in -е are few.
    if (neuter)
        return ends(n, "о") || ends(n, "я") || ends(n, "є") || ends(n, "ле") || ends(n, "ре") || ends(n, "це") ||
               ends(n, "щее") || ends(n, "ие") || ends(n, "ье");
    // Feminine nominative: Нова, Вільна, Велика (uk); Новая, Синяя (ru). Nouns: хвиля, допомога, сила.
    // Not -ська/-цька: also the genitive of a town in -ськ («Після Покровська оборона …»).
    const bool feminine = ends(adj, "ая") || ends(adj, "яя") ||
                          (ends(adj, "а") && (opens || (!ends(adj, "ська") && !ends(adj, "цька"))) &&
                           (ends(adj, "на") || ends(adj, "ва") || ends(adj, "ла") || ends(adj, "ра") || ends(adj, "та") ||
                            ends(adj, "ка") || ends(adj, "ха") || ends(adj, "жа") || ends(adj, "ча") || ends(adj, "ша")));
    // Feminine nouns of the third declension: ніч, міць, сіль (uk); ночь, сталь (ru).
    if (feminine) return ends(n, "а") || ends(n, "я") || ends(n, "ч") || ends(n, "ць") || ends(n, "ль") || ends(n, "чь");
    // Masculine nominative: Новий, Зелений (uk); Новый, Красный, Большой (ru). Nouns in a consonant.
    if (ends(adj, "ий") || ends(adj, "ій") || ends(adj, "ый") || ends(adj, "ой")) {
        static constexpr std::string_view k_vowel_endings[] = {"а", "е", "є", "и", "і", "ї", "о", "у", "ю", "я", "ы", "э",
                                                                "ь", "й", "в", "л", "ен", "ан", "ят", "ит"};
        return !ends_any(n, k_vowel_endings);
    }
    // Instrumental: Новим, Новым (masculine, neuter); Новою, Новой (feminine). Nouns: командувачем, ударом;
    // силою, атакою, атакой.
    if (ends(adj, "им") || ends(adj, "ым")) return ends(n, "ом") || ends(n, "ем") || ends(n, "єм");
    if (ends(adj, "ою")) return ends(n, "ою") || ends(n, "ею") || ends(n, "єю");
    // Dative or locative, masculine and neuter: Зеленому, Новому. Nouns: коридору, фонду, місту, полю, селу.
    if (ends(adj, "ому") || ends(adj, "ему") || ends(adj, "ьому")) return ends(n, "у") || ends(n, "ю") || ends(n, "і");
    // Genitive, masculine and neuter: Зеленого, Нового. Nouns: коридору, фонду, міста, поля, року.
    if (ends(adj, "ого") || ends(adj, "его") || ends(adj, "ього"))
        return ends(n, "а") || ends(n, "я") || ends(n, "у") || ends(n, "ю");
    // Feminine genitive (uk): Нової, Зеленої. Nouns: хвилі, допомоги, сили.
    if (ends(adj, "ої") || ends(adj, "ьої")) return ends(n, "и") || ends(n, "і") || ends(n, "ї");
    return false;
}

} // namespace

bool Parser::attributive_adjective(const Spot& s) const {
    if (s.first != s.last || !m_tokens[s.first].cyrillic) return false;
    const std::size_t n = next_adjacent(s.first);
    if (n == std::string::npos || !m_tokens[n].cyrillic) return false;
    // «Нова Пошта», «Светлое Будущее»: a capitalised noun after it makes a longer name, which the
    // gazetteer lacks (else the pair would have been spotted whole).
    if (m_tokens[n].capitalised && (m_headline[n] || !m_index.match_cyrillic(span_text(s.first, n)).empty())) return false;
    // After a preposition or a verb of taking, or in a list headed by one, a settlement stands.
    if (const std::size_t p = prev_adjacent(s.first);
        p != std::string::npos && m_tokens[p].cyrillic && is(p, detail::CyrillicWords::PlaceCue)) // «У Кураховому …»
        return false;
    if (in_place_slot(s.first)) return false;
    // Words that stand after place names as such: «Мирне село», «Берегове району».
    if (is(n, detail::CyrillicWords::PlaceCue | detail::CyrillicWords::RegionNoun)) return false;
    const std::string noun = detail::lower_cyrillic(m_tokens[n].text);
    constexpr std::size_t k_min_noun_bytes = 8; // four Cyrillic letters; three for «ніч», «міць»
    const bool third_declension = ends(noun, "ч") || ends(noun, "ць") || ends(noun, "ль") || ends(noun, "чь");
    if (noun.size() < (third_declension ? k_min_noun_bytes - 2 : k_min_noun_bytes) || verb_or_adverb(noun)) return false;
    return agrees(detail::lower_cyrillic(m_tokens[s.first].text), noun, sentence_start(s.first));
}

} // namespace claimtrack::gazetteer::parsing
