"""Hand-written gold specs for the English texts 001-012 (see build_gold.py)."""
from build_gold import P, C, A, D, O

SPECS = {}

SPECS["001"] = dict(
    places=[
        P("Kharkiv", "city", 706483, "Харків", "Kharkiv", variants=["KHARKIV"], note="headline, then dateline"),
        P("Kupiansk", "city", 703656, "Куп'янськ", "Kupiansk"),
        P("Izium", "city", 707292, "Ізюм", "Izium"),
        P("Balakliia", "city", 712926, "Балаклія", "Balakliia", note="namesake in Poltava oblast; Kharkiv region and Oskil settle it"),
        P("Kharkiv region", "oblast", None, "Харківська область", "Kharkiv Oblast", oblast="Kharkiv", country="UA"),
        P("Oskil", "river", None, "Оскіл", "Oskil", country="UA"),
        P("Shevchenkove", "settlement", 694137, "Шевченкове", "Shevchenkove",
          note="ten namesakes in Kharkiv oblast; 'a district centre on the road to Kupiansk' settles the urban settlement"),
        P("Kyiv", "city", 703448, "Київ", "Kyiv"),
    ],
    claims=[
        C("Kupiansk", "liberated", "UA", "the article", "2022-09-11",
          "Ukrainian soldiers raised the national flag outside the town hall of Kupiansk on Saturday, cutting the railway junction that had supplied Russian units around Izium, some 60 km to the south.",
          event_date="2022-09-10", verb="raised the national flag"),
        C("Balakliia", "withdrawn", "RU", "Russian defence ministry", "2022-09-10",
          "Russia's defence ministry said in its Saturday briefing that troops near Balakliia and Izium were being \"regrouped\" to reinforce the Donetsk front, its first acknowledgement of a pullback in the Kharkiv region.",
          verb="regrouped"),
        C("Izium", "withdrawn", "RU", "Russian defence ministry", "2022-09-10",
          "Russia's defence ministry said in its Saturday briefing that troops near Balakliia and Izium were being \"regrouped\" to reinforce the Donetsk front, its first acknowledgement of a pullback in the Kharkiv region.",
          verb="regrouped"),
        C("Kharkiv region", "withdrawn", "RU", "Russian defence ministry", "2022-09-10",
          "Russia's defence ministry said in its Saturday briefing that troops near Balakliia and Izium were being \"regrouped\" to reinforce the Donetsk front, its first acknowledgement of a pullback in the Kharkiv region.",
          verb="pullback"),
        C("Balakliia", "liberated", "UA", "the article", "2022-09-11",
          "Residents of Balakliia, which Ukrainian units retook on Thursday, described columns of trucks heading east towards the Oskil river.",
          event_date="2022-09-08", verb="retook"),
        C("Shevchenkove", "liberated", "UA", "the regional governor", "2022-09-11",
          "Shevchenkove, a district centre on the road to Kupiansk, was cleared on Friday, according to the regional governor.",
          event_date="2022-09-09", verb="was cleared"),
        C("Izium", "advanced_near", "UA", "Ukrainian officials", "2022-09-11",
          "Ukrainian officials said units had entered Izium itself but that clearing was still under way and that mines were slowing them down.",
          verb="entered"),
    ],
    areas=[A("about 2,000 square kilometres", 2000, qualifier="about", by_side="UA", region="Kharkiv region")],
    distances=[D("some 60 km to the south", "offset", 60, qualifier="about", frm="Kupiansk", place="Izium")],
)

SPECS["002"] = dict(
    places=[
        P("Selidovo", "city", 694677, "Селидове", "Selydove", variants=["Selydove"], ru="Селидово"),
        P("Vishnevoye", "settlement", 689489, "Вишневе", "Vyshneve", variants=["Vyshneve"], ru="Вишнёвое",
          note="two Vyshneve in Donetsk oblast; the one in Pokrovsk raion (with Selydove and Hirnyk)"),
        P("Gornyak", "settlement", 708395, "Гірник", "Hirnyk", variants=["Hirnyk"], ru="Горняк",
          note="three Hirnyk; the Pokrovsk-raion town next to Selydove"),
        P("Donetsk People's Republic", "region", None, "Донецька область", "Donetsk Oblast", oblast="Donetsk", country="UA",
          note="Russian name of the occupied Donetsk oblast"),
        P("Kupyansk-Uzlovoy", "settlement", 703652, "Куп'янськ-Вузловий", "Kupiansk-Vuzlovyi", ru="Купянск-Узловой"),
        P("Sinkovka", "settlement", 693778, "Синьківка", "Synkivka", ru="Синьковка"),
        P("Kharkov region", "oblast", None, "Харківська область", "Kharkiv Oblast", oblast="Kharkiv", country="UA"),
        P("Ugledar", "city", 690823, "Вугледар", "Vuhledar", variants=["Vuhledar"], ru="Угледар"),
        P("Bogoyavlenka", "settlement", 709872, "Богоявленка", "Bohoiavlenka", variants=["Bohoiavlenka"], ru="Богоявленка"),
        P("Bryansk", "oblast", None, "Брянська область", "Bryansk Oblast", oblast="Bryansk", country="RU"),
        P("Kursk", "oblast", None, "Курська область", "Kursk Oblast", oblast="Kursk", country="RU"),
        P("Belgorod", "oblast", None, "Бєлгородська область", "Belgorod Oblast", oblast="Belgorod", country="RU"),
        P("Pokrovsk", "city", 704422, "Покровськ", "Pokrovsk"),
        P("Kurakhove", "city", 695357, "Курахове", "Kurakhove"),
    ],
    claims=[
        C(p, "captured", "RU", "Russian defence ministry", "2024-10-30",
          "Units of the Tsentr group of forces, acting decisively, have completed the liberation of the town of Selidovo and of the settlements of Vishnevoye and Gornyak in the Donetsk People's Republic, the ministry said in its daily summary on Wednesday.",
          verb="completed the liberation")
        for p in ("Selidovo", "Vishnevoye", "Gornyak")
    ] + [
        C("Bogoyavlenka", "captured", "RU", "Russian defence ministry", "2024-10-30",
          "Units of the Vostok group continued their offensive north of Ugledar and took control of Bogoyavlenka, the statement said.",
          verb="took control of"),
    ],
    distances=[D("18 km south-east of Pokrovsk", "offset", 18, frm="Pokrovsk", place="Selidovo")],
    offsets=[O("north of Ugledar", "Bogoyavlenka", "Ugledar")],
)

SPECS["003"] = dict(
    places=[
        P("Mokri Yaly", "river", None, "Мокрі Яли", "Mokri Yaly", country="UA"),
        P("Donetsk Oblast", "oblast", None, "Донецька область", "Donetsk Oblast", oblast="Donetsk", country="UA"),
        P("Velyka Novosilka", "settlement", 690237, "Велика Новосілка", "Velyka Novosilka"),
        P("Blahodatne", "settlement", 707992, "Благодатне", "Blahodatne",
          note="five Blahodatne in Donetsk oblast; the one on the Mokri Yaly south of Velyka Novosilka"),
        P("Neskuchne", "settlement", 700285, "Нескучне", "Neskuchne"),
        P("Makarivka", "settlement", 9114394, "Макарівка", "Makarivka", note="the Volnovakha-raion village on the Mokri Yaly"),
        P("Storozheve", "settlement", 9797145, "Сторожеве", "Storozheve"),
        P("Zaporizhzhia Oblast", "oblast", None, "Запорізька область", "Zaporizhzhia Oblast", oblast="Zaporizhzhia", country="UA"),
        P("Lobkove", "settlement", 702891, "Лобкове", "Lobkove"),
        P("Orikhiv", "city", 698428, "Оріхів", "Orikhiv"),
        P("Pyatykhatky", "settlement", 695966, "П'ятихатки", "Piatykhatky",
          note="many namesakes; the Zaporizhzhia village next to Lobkove"),
    ],
    claims=[
        C("Storozheve", "liberated", "UA", "the assessment (geolocated footage)", "2023-06-13",
          "Geolocated footage posted on June 12 indicates that Ukrainian troops raised a flag over a building in central Storozheve, about 6 km south-west of Velyka Novosilka.",
          event_date="2023-06-12", verb="raised a flag",
          other=["Ukraine's deputy defence minister said on June 12 that Blahodatne, Neskuchne, Makarivka and Storozheve had been liberated, a total of about 90 square kilometres."]),
    ] + [
        C(p, "liberated", "UA", "Ukraine's deputy defence minister", "2023-06-12",
          "Ukraine's deputy defence minister said on June 12 that Blahodatne, Neskuchne, Makarivka and Storozheve had been liberated, a total of about 90 square kilometres.",
          verb="had been liberated")
        for p in ("Blahodatne", "Neskuchne", "Makarivka")
    ] + [
        C(p, "withdrawn", "RU", "Russian sources", "2023-06-13",
          "Russian sources acknowledged a withdrawal from Blahodatne and Neskuchne to \"more advantageous lines\" further south but insisted that Makarivka remained contested.",
          verb="withdrawal")
        for p in ("Blahodatne", "Neskuchne")
    ] + [
        C("Makarivka", "contested", "RU", "Russian sources", "2023-06-13",
          "Russian sources acknowledged a withdrawal from Blahodatne and Neskuchne to \"more advantageous lines\" further south but insisted that Makarivka remained contested.",
          verb="remained contested"),
        C("Lobkove", "advanced_near", "UA", "the assessment (geolocated footage)", "2023-06-13",
          "In western Zaporizhzhia Oblast, Ukrainian forces advanced near Lobkove, west of Orikhiv, according to footage from June 12.",
          verb="advanced near"),
        C("Lobkove", "liberated", "UA", "Ukrainian General Staff", "2023-06-13",
          "The Ukrainian General Staff reported that Lobkove had been retaken.", verb="retaken"),
        C("Pyatykhatky", "advanced_near", "RU", "Russian milbloggers", "2023-06-13",
          "Several Russian milbloggers claimed that Russian forces had counterattacked and regained positions in Pyatykhatky, but we have not observed confirmation of this claim.",
          uncertain=True, verb="regained positions in"),
    ],
    areas=[A("about 90 square kilometres", 90, qualifier="about", by_side="UA", region="western Donetsk Oblast")],
    distances=[
        D("about 6 km south-west of Velyka Novosilka", "offset", 6, qualifier="about", frm="Velyka Novosilka", place="Storozheve"),
        D("roughly 15 km from the current contact line", "other", 15, qualifier="about"),
    ],
    offsets=[O("west of Orikhiv", "Lobkove", "Orikhiv")],
)

SPECS["004"] = dict(
    note="Incident log of shelling and strikes: no territorial claim.",
    places=[
        P("Dvorichna", "settlement", 709399, "Дворічна", "Dvorichna"),
        P("Kupiansk raion", "region", None, "Куп'янський район", "Kupiansk Raion", oblast="Kharkiv", country="UA"),
        P("Kharkiv oblast", "oblast", None, "Харківська область", "Kharkiv Oblast", oblast="Kharkiv", country="UA"),
        P("Kupiansk", "city", 703656, "Куп'янськ", "Kupiansk"),
        P("Vovchansk", "city", 689304, "Вовчанськ", "Vovchansk"),
        P("Nikopol", "city", 700051, "Нікополь", "Nikopol", note="namesake village in Kharkiv oblast; Dnipropetrovsk oblast settles it"),
        P("Dnipropetrovsk oblast", "oblast", None, "Дніпропетровська область", "Dnipropetrovsk Oblast", oblast="Dnipropetrovsk", country="UA"),
        P("Enerhodar", "city", 709276, "Енергодар", "Enerhodar"),
        P("Kakhovka reservoir", "other", None, "Каховське водосховище", "Kakhovka Reservoir", country="UA"),
        P("Beryslav", "city", 712260, "Берислав", "Beryslav"),
        P("Kherson oblast", "oblast", None, "Херсонська область", "Kherson Oblast", oblast="Kherson", country="UA"),
        P("Kostiantynivka", "city", 705104, "Костянтинівка", "Kostiantynivka",
          note="about twenty namesakes, two in Donetsk oblast; '22 km west of Bakhmut' settles the city"),
        P("Donetsk oblast", "oblast", None, "Донецька область", "Donetsk Oblast", oblast="Donetsk", country="UA"),
        P("Bakhmut", "city", 713174, "Бахмут", "Bakhmut"),
        P("Marhanets", "city", 701855, "Марганець", "Marhanets"),
    ],
    claims=[],
    distances=[D("about 22 km west of Bakhmut", "offset", 22, qualifier="about", frm="Bakhmut", place="Kostiantynivka")],
)

SPECS["005"] = dict(
    places=[
        P("Chasiv Yar", "city", 710915, "Часів Яр", "Chasiv Yar", variants=["Chasov Yar"]),
        P("Bakhmut", "city", 713174, "Бахмут", "Bakhmut", variants=["Artemovsk"]),
        P("Kanal district", "other", None, "мікрорайон Канал", "Kanal", oblast="Donetsk", country="UA",
          note="microdistrict of Chasiv Yar"),
        P("Ivanivske", "settlement", 704285, "Іванівське", "Ivanivske",
          note="namesakes in five oblasts; the Bakhmut-raion village on the road from Bakhmut"),
        P("Kostiantynivka", "city", 705104, "Костянтинівка", "Kostiantynivka"),
        P("Dnipro", "city", 709930, "Дніпро", "Dnipro"),
        P("Kramatorsk", "city", 704508, "Краматорськ", "Kramatorsk"),
    ],
    claims=[
        C("Chasiv Yar", "advanced_near", "RU", "Serhii, drone operator of a brigade defending Chasiv Yar", "2024-05-02",
          "On the eastern side they have reached the outskirts, the Kanal district, and small groups are sitting in the ruined houses there.",
          verb="reached the outskirts"),
        C("Chasiv Yar", "contested", "UA", "Serhii, drone operator of a brigade defending Chasiv Yar", "2024-05-02",
          "The town is ours and they are not across it.", verb="is ours"),
        C("Ivanivske", "captured", "RU", "Serhii, drone operator of a brigade defending Chasiv Yar", "2024-05-02",
          "Ivanivske was lost in February, I will not pretend otherwise.", event_date="2024-02", background=True, verb="was lost"),
        C("Bakhmut", "captured", "RU", "Serhii, drone operator of a brigade defending Chasiv Yar", "2024-05-02",
          "When Artemovsk, as they call it, fell last May, everyone expected them to be here in weeks.",
          event_date="2023-05", background=True, verb="fell"),
    ],
    distances=[
        D("about 12 km west of Bakhmut", "offset", 12, qualifier="about", frm="Bakhmut", place="Chasiv Yar"),
        D("about 12 km south-west", "offset", 12, qualifier="about", frm="Chasiv Yar", place="Kostiantynivka"),
    ],
)

SPECS["006"] = dict(
    places=[
        P("Russia", "country", None, "Росія", "Russia", country="RU"),
        P("Kursk region", "oblast", None, "Курська область", "Kursk Oblast", variants=["Kursk"], oblast="Kursk", country="RU",
          note="'Kursk update' in the headline names the region through its city"),
        P("Korenevo", "settlement", 544906, "Коренево", "Korenevo", ru="Коренёво"),
        P("Sudzha", "city", 486816, "Суджа", "Sudzha"),
        P("Novgorodskoye", "settlement", 699751, "Нью-Йорк", "Niu-York", variants=["Niu-York"], ru="Новгородское",
          note="renamed from Novhorodske in 2021; GeoNames row 'Nyu-York'"),
        P("Pokrovsk", "city", 704422, "Покровськ", "Pokrovsk"),
        P("Novohrodivka", "city", 699557, "Новогродівка", "Novohrodivka"),
    ],
    claims=[
        C("Kursk region", "captured", "UA", "Oleksandr Syrskyi, Ukraine's commander-in-chief", "2024-08-20",
          "Ukraine's commander-in-chief Oleksandr Syrskyi says his forces now control 1,263 square kilometres and 93 settlements in Russia's Kursk region, two weeks after the cross-border operation began.",
          verb="control"),
        C("Sudzha", "captured", "UA", "the article", "2024-08-20",
          "Sudzha, a town of about 5,000 people, has been under Ukrainian control since last week.",
          event_date="2024-08-15", verb="under Ukrainian control", note="a change dated to last week, not a long-standing status"),
        C("Novgorodskoye", "captured", "RU", "Russian defence ministry", "2024-08-20",
          "On the Pokrovsk axis, the Russian defence ministry claims to have taken Novgorodskoye.", verb="taken"),
        C("Novohrodivka", "advanced_near", "RU", "analysts at a Finnish open-source group", "2024-08-20",
          "Analysts at a Finnish open-source group say geolocated footage shows Russian forces on the eastern edge of Novohrodivka, about 15 km south-east of Pokrovsk.",
          verb="on the eastern edge of"),
    ],
    areas=[A("1,263 square kilometres", 1263, by_side="UA", region="Kursk region")],
    distances=[
        D("1-3 km", "advance", 1, 3, qualifier="range"),
        D("about 15 km south-east of Pokrovsk", "offset", 15, qualifier="about", frm="Pokrovsk", place="Novohrodivka"),
    ],
)

SPECS["007"] = dict(
    places=[
        P("Kherson", "city", 706448, "Херсон", "Kherson"),
        P("Dnipro", "river", None, "Дніпро", "Dnipro", country="UA"),
        P("Snihurivka", "city", 693379, "Снігурівка", "Snihurivka", note="namesakes in four oblasts; 'in neighbouring Mykolaiv region' settles it"),
        P("Mykolaiv region", "oblast", None, "Миколаївська область", "Mykolaiv Oblast", oblast="Mykolaiv", country="UA"),
        P("Krynky", "settlement", 703861, "Кринки", "Krynky"),
        P("Antonivka", "settlement", 713304, "Антонівка", "Antonivka",
          note="three Antonivka in Kherson oblast; the suburb by the road bridge (Khersonskyi raion)"),
        P("Oleshky", "city", 691037, "Олешки", "Oleshky"),
        P("Hola Prystan", "city", 708632, "Гола Пристань", "Hola Prystan"),
    ],
    claims=[
        C("Kherson", "captured", "RU", "the article", "2023-11-18",
          "Russian troops entered Kherson on March 2, 2022, the only regional capital they took after the invasion.",
          event_date="2022-03-02", background=True, verb="entered; took"),
        C("Kherson", "liberated", "UA", "the article", "2023-11-18",
          "Eight months later, on November 11, 2022, Ukrainian soldiers drove into the main square after Russian forces withdrew across the river, a day after Snihurivka, in neighbouring Mykolaiv region, was retaken.",
          event_date="2022-11-11", background=True, verb="drove into the main square"),
        C("Kherson", "withdrawn", "RU", "the article", "2023-11-18",
          "Eight months later, on November 11, 2022, Ukrainian soldiers drove into the main square after Russian forces withdrew across the river, a day after Snihurivka, in neighbouring Mykolaiv region, was retaken.",
          event_date="2022-11-11", background=True, verb="withdrew across the river"),
        C("Snihurivka", "liberated", "UA", "the article", "2023-11-18",
          "Eight months later, on November 11, 2022, Ukrainian soldiers drove into the main square after Russian forces withdrew across the river, a day after Snihurivka, in neighbouring Mykolaiv region, was retaken.",
          event_date="2022-11-10", background=True, verb="was retaken"),
        C("Krynky", "advanced_near", "UA", "spokesman of Ukraine's navy", "2023-11-17",
          "Ukraine's navy said on Friday that marines had established several footholds on the left bank, and a spokesman confirmed that they were fighting inside Krynky, some 35 km east of Kherson.",
          verb="fighting inside"),
    ],
    other_areas=[A("about 6,000 hectares", 6000, unit="ha", qualifier="about", note="farmland cleared of mines")],
    distances=[D("some 35 km east of Kherson", "offset", 35, qualifier="about", frm="Kherson", place="Krynky")],
)

SPECS["008"] = dict(
    places=[
        P("KYIV", "city", 703448, "Київ", "Kyiv", note="dateline"),
        P("Kupiansk", "city", 703656, "Куп'янськ", "Kupiansk", variants=["Kupyansk"]),
        P("Vovchansk", "city", 689304, "Вовчанськ", "Vovchansk", variants=["Volchansk"]),
        P("Kharkiv region", "oblast", None, "Харківська область", "Kharkiv Oblast", oblast="Kharkiv", country="UA"),
        P("Krasnoarmeysk", "city", 704422, "Покровськ", "Pokrovsk", variants=["Pokrovsk"], ru="Красноармейск"),
        P("Oskil", "river", None, "Оскіл", "Oskil", country="UA"),
    ],
    claims=[
        C(p, "captured", "RU", "Valery Gerasimov, Russia's chief of general staff", "2025-11-20",
          "Valery Gerasimov told President Vladimir Putin at a command post on Thursday that Kupyansk had been \"liberated\" and that Volchansk, on the border about 80 km north-west of Kupiansk, was fully under Russian control.",
          verb=v)
        for p, v in (("Kupiansk", "liberated"), ("Vovchansk", "fully under Russian control"))
    ] + [
        C("Kupiansk", "contested", "UA", "Joint Forces Task Force", "2025-11-21",
          "The statements about Kupiansk are not true. Our units control the town, and the Russian groups that infiltrated its northern part are being destroyed",
          verb="not true; control the town"),
        C("Kupiansk", "advanced_near", "RU", "Joint Forces Task Force (acknowledging infiltration)", "2025-11-21",
          "The statements about Kupiansk are not true. Our units control the town, and the Russian groups that infiltrated its northern part are being destroyed",
          uncertain=True, verb="infiltrated its northern part"),
        C("Vovchansk", "contested", "UA", "Ukrainian General Staff", "2025-11-21",
          "The General Staff said fighting continued in Vovchansk, where Ukrainian troops hold positions in the south of the town.",
          verb="fighting continued"),
        C("Krasnoarmeysk", "advanced_near", "RU", "Valery Gerasimov, Russia's chief of general staff", "2025-11-20",
          "He said troops also controlled more than 75% of Krasnoarmeysk, the Russian name for Pokrovsk.",
          verb="controlled more than 75% of",
          other=["On Pokrovsk, Ukraine's 7th Corps acknowledged that Russian infantry had penetrated the city centre in small groups but said there was no encirclement."]),
        C("Kupiansk", "liberated", "UA", "the article", "2025-11-21",
          "Kupiansk, a rail junction on the Oskil river, was retaken by Ukraine in September 2022 after seven months of occupation.",
          event_date="2022-09", background=True, verb="was retaken"),
    ],
    areas=[A("more than 75%", 75, unit="percent", qualifier="over", by_side="RU", region="Pokrovsk (city)")],
    distances=[D("about 80 km north-west of Kupiansk", "offset", 80, qualifier="about", frm="Kupiansk", place="Vovchansk")],
)

SPECS["009"] = dict(
    places=[
        P("Dnipropetrovsk region", "oblast", None, "Дніпропетровська область", "Dnipropetrovsk Oblast", oblast="Dnipropetrovsk", country="UA"),
        P("Mezhova", "settlement", 701305, "Межова", "Mezhova"),
        P("Pokrovske", "settlement", 696720, "Покровське", "Pokrovske",
          note="three Pokrovske in Dnipropetrovsk oblast; the town of about 9,000 in Synelnykove raion near Mezhova"),
        P("Donetsk People's Republic", "region", None, "Донецька область", "Donetsk Oblast", oblast="Donetsk", country="UA"),
        P("Synelnykove district", "region", None, "Синельниківський район", "Synelnykove Raion", oblast="Dnipropetrovsk", country="UA"),
        P("Dnipro", "city", 709930, "Дніпро", "Dnipro"),
        P("Pavlohrad", "city", 697889, "Павлоград", "Pavlohrad"),
    ],
    claims=[
        C("Dnipropetrovsk region", "advanced_near", "RU", "Russian defence ministry", "2025-06-08",
          "its tank units had reached the western border of the Donetsk People's Republic and \"continue to advance into Dnipropetrovsk region\"",
          verb="continue to advance into"),
        C("Dnipropetrovsk region", "contested", "UA", "Khortytsia operational command", "2025-06-09",
          "Ukraine's Khortytsia operational command replied on Monday that no Russian unit had crossed into the region and that fighting was taking place on the Donetsk side of the boundary.",
          verb="no Russian unit had crossed into the region"),
    ],
    other_areas=[A("Around 40,000 hectares", 40000, unit="ha", qualifier="about", note="winter wheat to be harvested")],
    distances=[D("within 20 km of the front", "other", 20, qualifier="under")],
)

SPECS["010"] = dict(
    places=[
        P("KYIV", "city", 703448, "Київ", "Kyiv", note="dateline"),
        P("Bakhmut", "city", 713174, "Бахмут", "Bakhmut", variants=["Artemovsk"]),
        P("Berkhivka", "settlement", 9114138, "Берхівка", "Berkhivka"),
        P("Klishchiivka", "settlement", 13512497, "Кліщіївка", "Klishchiivka"),
        P("Hiroshima", "city", None, None, "Hiroshima", country="JP"),
    ],
    claims=[
        C("Bakhmut", "captured", "RU", "Yevgeny Prigozhin, head of the Wagner group", "2023-05-20",
          "The head of Russia's Wagner mercenary group said on Saturday that his fighters had taken full control of Bakhmut after ten months of fighting, a claim Ukraine's military rejected.",
          verb="taken full control of",
          other=["The Russian defence ministry later congratulated the assault detachments on the \"liberation\" of the town."]),
        C("Bakhmut", "contested", "UA", "Col. Serhiy Cherevatyi, spokesman for Ukraine's eastern forces", "2023-05-21",
          "Colonel Serhiy Cherevatyi, spokesman for Ukraine's eastern forces, said fighting was continuing in the south-western part of Bakhmut, where Ukrainian troops held several buildings in the area around the \"Litak\" monument.",
          verb="fighting was continuing", other=["The situation is critical, but we are still there"]),
    ] + [
        C(p, "advanced_near", "UA", "Hanna Maliar, deputy defence minister", "2023-05-21",
          "Deputy Defence Minister Hanna Maliar said Ukrainian units had advanced on both flanks over the past week, pushing Russian forces back from the heights near Berkhivka to the north and near Klishchiivka to the south, about 7 km south-west of the town.",
          verb="pushing Russian forces back from the heights near")
        for p in ("Berkhivka", "Klishchiivka")
    ],
    distances=[D("about 7 km south-west of the town", "offset", 7, qualifier="about", frm="Bakhmut", place="Klishchiivka")],
    offsets=[O("Berkhivka to the north", "Berkhivka", "Bakhmut")],
)

SPECS["011"] = dict(
    places=[
        P("Kursk region", "oblast", None, "Курська область", "Kursk Oblast", oblast="Kursk", country="RU"),
        P("Ukraine", "country", None, "Україна", "Ukraine", country="UA"),
        P("Novenke", "settlement", 805767, "Новеньке", "Novenke"),
        P("Basivka", "settlement", 712763, "Басівка", "Basivka", note="two Basivka in Sumy oblast; the border village in Sumskyi raion"),
        P("Sumy region", "oblast", None, "Сумська область", "Sumy Oblast", oblast="Sumy", country="UA"),
        P("Veselivka", "settlement", 689699, "Веселівка", "Veselivka"),
        P("Russia", "country", None, "Росія", "Russia", country="RU"),
        P("Sudzha", "city", 486816, "Суджа", "Sudzha"),
        P("Yunakivka", "settlement", 688077, "Юнаківка", "Yunakivka"),
        P("Sumy", "city", 692194, "Суми", "Sumy"),
        P("Zhuravka", "settlement", 687008, "Журавка", "Zhuravka",
          note="three Zhuravka in Sumy oblast; the border village beside Basivka and Novenke (Sumskyi raion)", uncertain=True),
    ],
    claims=[
        C("Kursk region", "liberated", "RU", "the article", "2025-05-25",
          "Two months after Russian forces pushed Ukrainian troops out of most of the Kursk region, the fighting has crossed back into Ukraine.",
          event_date="2025-03", background=True, verb="pushed Ukrainian troops out of most of"),
        C("Novenke", "captured", "RU", "Russian defence ministry", None,
          "Russia's defence ministry said this week that its troops had \"liberated\" Novenke and Basivka, two villages in the Sumy region that lie within 3 km of the border, and on Saturday it added Veselivka.",
          verb="liberated", note="statement date: the week ending 2025-05-24"),
        C("Basivka", "captured", "RU", "Russian defence ministry", None,
          "Russia's defence ministry said this week that its troops had \"liberated\" Novenke and Basivka, two villages in the Sumy region that lie within 3 km of the border, and on Saturday it added Veselivka.",
          verb="liberated", note="statement date: the week ending 2025-05-24"),
        C("Veselivka", "captured", "RU", "Russian defence ministry", "2025-05-24",
          "Russia's defence ministry said this week that its troops had \"liberated\" Novenke and Basivka, two villages in the Sumy region that lie within 3 km of the border, and on Saturday it added Veselivka.",
          verb="added"),
        C("Basivka", "contested", "UA", "State Border Guard Service of Ukraine", "2025-05-25",
          "Ukraine's State Border Guard Service said fighting continued around Basivka and called the claim about Veselivka premature.",
          verb="fighting continued"),
        C("Veselivka", "contested", "UA", "State Border Guard Service of Ukraine", "2025-05-25",
          "Ukraine's State Border Guard Service said fighting continued around Basivka and called the claim about Veselivka premature.",
          verb="called the claim premature"),
        C("Sudzha", "captured", "UA", "the article", "2025-05-25",
          "In August 2024 Ukrainian brigades crossed into Russia from this part of the Sumy region and took the small town of Sudzha within a week.",
          event_date="2024-08", background=True, verb="took"),
        C("Sudzha", "liberated", "RU", "the article", "2025-05-25",
          "Russia took Sudzha back on March 13, 2025, and Ukraine's commander-in-chief later confirmed that his troops had pulled back \"to more favourable lines\".",
          event_date="2025-03-13", background=True, verb="took back"),
        C("Sudzha", "withdrawn", "UA", "Ukraine's commander-in-chief", "2025-05-25",
          "Russia took Sudzha back on March 13, 2025, and Ukraine's commander-in-chief later confirmed that his troops had pulled back \"to more favourable lines\".",
          event_date="2025-03", background=True, verb="pulled back"),
        C("Zhuravka", "advanced_near", "RU", "Russian channels", "2025-05-25",
          "Zhuravka, which Russian channels say was entered by a reconnaissance group on Thursday, has not been mentioned by either military.",
          event_date="2025-05-22", uncertain=True, verb="was entered"),
    ],
    distances=[
        D("within 3 km of the border", "other", 3, qualifier="under"),
        D("about 8 km south-west of Basivka", "offset", 8, qualifier="about", frm="Basivka", place="Yunakivka"),
        D("30 km away", "other", 30),
    ],
)

SPECS["012"] = dict(
    places=[
        P("Krasnoarmeysk", "city", 704422, "Покровськ", "Pokrovsk", variants=["Pokrovsk"], ru="Красноармейск"),
        P("Dimitrov", "city", 710035, "Мирноград", "Myrnohrad", variants=["Myrnohrad"], ru="Димитров"),
        P("Rodynske", "settlement", 695581, "Родинське", "Rodynske", note="namesake in Zaporizhzhia oblast; the railway town north of Pokrovsk"),
        P("Toretsk", "city", 709354, "Торецьк", "Toretsk", variants=["Dzerzhynsk"]),
        P("Avdiivka", "city", 713122, "Авдіївка", "Avdiivka"),
    ],
    claims=[
        C("Krasnoarmeysk", "captured", "RU", "Russian defence ministry", "2025-12-01",
          "The Russian defence ministry claimed on December 1 that Russian forces had completed the capture of Krasnoarmeysk (Pokrovsk) and had surrounded Dimitrov, the Soviet-era name that Moscow still uses for Myrnohrad.",
          uncertain=True, verb="completed the capture of", note="not confirmed by the analysts"),
        C("Krasnoarmeysk", "advanced_near", "RU", "Eastgate Policy Institute (geolocated footage)", "2025-12-02",
          "Geolocated footage published since mid-November indicates that Russian infantry operate in central and southern Pokrovsk, but we have not observed confirmation that Russian forces control the whole city.",
          verb="operate in central and southern"),
        C("Krasnoarmeysk", "contested", "UA", "Ukrainian 7th Rapid Response Corps", "2025-12-02",
          "Ukrainian units continue to hold positions in the northern part of Pokrovsk and along the railway line towards Rodynske, according to the Ukrainian 7th Rapid Response Corps.",
          verb="continue to hold positions in the northern part"),
        C("Dimitrov", "advanced_near", "RU", "Eastgate Policy Institute (footage)", "2025-12-02",
          "Footage from November 28 shows Russian troops in the eastern outskirts of Myrnohrad, some 7 km east of Pokrovsk.",
          event_date="2025-11-28", verb="in the eastern outskirts of"),
        C("Toretsk", "captured", "RU", "the article", "2025-12-02",
          "Further east, Russian forces took Toretsk, the former Dzerzhynsk, in February 2025 after an eight-month battle, and Ukrainian forces had withdrawn from Avdiivka a year earlier.",
          event_date="2025-02", background=True, verb="took"),
        C("Avdiivka", "withdrawn", "UA", "the article", "2025-12-02",
          "Further east, Russian forces took Toretsk, the former Dzerzhynsk, in February 2025 after an eight-month battle, and Ukrainian forces had withdrawn from Avdiivka a year earlier.",
          event_date="2024-02", background=True, verb="had withdrawn from"),
    ],
    areas=[
        A("roughly 505 square kilometres", 505, qualifier="about", by_side="RU", region="whole front"),
        A("about 17 sq km a day", 17, unit="km2/day", qualifier="about", by_side="RU", region="whole front"),
    ],
    distances=[D("some 7 km east of Pokrovsk", "offset", 7, qualifier="about", frm="Pokrovsk", place="Dimitrov")],
)
