"""Gold specifications for bench/blind6 (see make_gold.py and README.md for the conventions)."""

DOCS = {}


def P(surface, en, uk, kind, gid=None, v=(), **kw):
    return dict(surface=surface, en=en, uk=uk, kind=kind, gid=gid, variants=list(v), **kw)


def C(place, change, side, claimant, on, ev, **kw):
    return dict(place=place, change=change, side=side, claimant=claimant, on=on, ev=ev, **kw)


def A(surface, value, unit="km2", qualifier="exact", **kw):
    return dict(surface=surface, value=value, unit=unit, qualifier=qualifier, **kw)


def D(surface, type, min_km, max_km, qualifier="about", **kw):
    return dict(surface=surface, type=type, min_km=min_km, max_km=max_km, qualifier=qualifier, **kw)


def doc(stem, places, claims=(), areas=(), other_areas=(), distances=(), note=None):
    DOCS[stem] = dict(places=list(places), claims=list(claims), areas=list(areas),
                      other_areas=list(other_areas), distances=list(distances), note=note)


UA_MOD = "Ministry of Defence of Ukraine"
RU_MOD = "Russian Ministry of Defence"

# ---------------------------------------------------------------- English
doc("001", [
    P("KHARKIV", "Kharkiv", "Харків", "city", 706483, ["Kharkiv"], note="dateline"),
    P("Ukraine", "Ukraine", "Україна", "country"),
    P("Kupiansk", "Kupiansk", "Куп'янськ", "city", 703656),
    P("Izium", "Izium", "Ізюм", "city", 707292),
    P("Balakliia", "Balakliia", "Балаклія", "city", 712926,
      coord_note="two Balakliia in GeoNames; the text puts it about 70 km south-east of Kharkiv (712926, Kharkiv oblast), not the Poltava village"),
    P("Oskil", "Oskil", "Оскіл", "river"),
], [
    C("Kupiansk", "liberated", "UA", "Ukrainian regional officials", "2022-09-11", "retook the railway hub of Kupiansk", verb="retook",
      note="an officer says the eastern districts across the Oskil are still under fire; kept as one liberation claim"),
    C("Izium", "liberated", "UA", "Ukrainian regional officials", "2022-09-11", "retook the railway hub of Kupiansk", verb="raised the national flag over"),
    C("Balakliia", "withdrawn", "RU", RU_MOD, "2022-09-10", "decided to regroup its forces stationed around Balakliia", verb="regroup"),
    C("Izium", "withdrawn", "RU", RU_MOD, "2022-09-10", "decided to regroup its forces stationed around Balakliia", verb="regroup"),
    C("Balakliia", "liberated", "UA", "Ukrainian commanders", "2022-09-08", "confirmed its recapture on Thursday", verb="recapture"),
], areas=[
    A("about 3,000 square kilometres", 3000, qualifier="about", by_side="UA", claimant="President Zelenskiy", period="since the start of the month"),
], distances=[
    D("about 70 km south-east of Kharkiv", "offset", 70, 70, place="Balakliia", reference="Kharkiv", direction="SE"),
])

doc("002", [
    P("Storozheve", "Storozheve", "Сторожеве", "settlement", 9797145),
    P("Makarivka", "Makarivka", "Макарівка", "settlement", 9114394,
      coord_note="eight Makarivka in GeoNames; the list puts it in Donetsk oblast, where there is one (Volnovakha raion)"),
    P("Neskuchne", "Neskuchne", "Нескучне", "settlement", 700285),
    P("Blahodatne", "Blahodatne", "Благодатне", "settlement", 707992,
      coord_note="35 Blahodatne; five in Donetsk oblast; the one in the Storozheve–Neskuchne cluster south of Velyka Novosilka is 707992",
      uncertain=True),
    P("Donetsk oblast", "Donetsk Oblast", "Донецька область", "oblast", oblast="Donetsk"),
    P("Lobkove", "Lobkove", "Лобкове", "settlement", 702891),
    P("Levadne", "Levadne", "Левадне", "settlement", 698643,
      coord_note="two Levadne in Zaporizhzhia oblast (both Polohy raion); the list neighbour Novodarivka is 2 km from 698643, the other is 60 km away",
      uncertain=True),
    P("Novodarivka", "Novodarivka", "Новодарівка", "settlement", 699637),
    P("Zaporizhzhia oblast", "Zaporizhzhia Oblast", "Запорізька область", "oblast", oblast="Zaporizhzhia"),
    P("Velyka Novosilka", "Velyka Novosilka", "Велика Новосілка", "settlement", 690237),
    P("Urozhaine", "Urozhaine", "Урожайне", "settlement", 9114393,
      coord_note="six Urozhaine; the one next to Storozheve and Makarivka (Donetsk oblast) is 9114393", uncertain=True),
    P("Klishchiivka", "Klishchiivka", "Кліщіївка", "settlement", 13512497),
    P("Bakhmut", "Bakhmut", "Бахмут", "city", 713174),
    P("Kherson", "Kherson", "Херсон", "city", 706448),
], [
    *[C(n, "liberated", "UA", "Deputy Defence Minister of Ukraine (ministry bulletin)", "2023-06-12",
        "liberated seven settlements in the south", verb="liberated") for n in
      ("Storozheve", "Makarivka", "Neskuchne", "Blahodatne", "Lobkove", "Levadne", "Novodarivka")],
    C("Urozhaine", "advanced_near", "UA", UA_MOD, "2023-06-12", "consolidating on the achieved lines near Urozhaine", verb="consolidating on the achieved lines near"),
    C("Klishchiivka", "advanced_near", "UA", UA_MOD, "2023-06-12", "advanced 250 metres north of Klishchiivka", verb="advanced ... north of"),
], areas=[
    A("about 90 square kilometres", 90, qualifier="about", by_side="UA", claimant=UA_MOD, period="past week"),
], other_areas=[
    A("120 hectares of farmland", 120, unit="ha", qualifier="exact", note="demined farmland, not control"),
], distances=[
    D("up to 6.5 km", "advance", None, 6.5, qualifier="up_to", by_side="UA"),
    D("250 metres", "advance", 0.25, 0.25, qualifier="exact", by_side="UA", place="Klishchiivka"),
], note="'continue offensive actions south of Velyka Novosilka' names a reference place only; the Novodarivka attacks were repelled (no claim)")

doc("003", [
    P("Bakhmut", "Bakhmut", "Бахмут", "city", 713174),
    P("Krasna Hora", "Krasna Hora", "Красна Гора", "settlement", 704463),
    P("Siversk", "Siversk", "Сіверськ", "city", 694403),
    P("Paraskoviivka", "Paraskoviivka", "Парасковіївка", "settlement", oblast="Donetsk", raion="Bakhmut",
      coord_note="the village north of Bakhmut is not in the gazetteer; its only Donetsk-oblast namesake (697995) lies 90 km south-west"),
], [
    C("Krasna Hora", "captured", "RU", "founder of the Wagner private military company", "2023-02-12",
      "his fighters had taken full control of Krasna Hora", verb="taken full control of"),
    C("Krasna Hora", "contested", "UA", "Oleh Vasylchenko, spokesman of Ukraine's eastern military command", "2023-02-13",
      "Krasna Hora is not under their control", verb="is not under their control"),
], distances=[
    D("roughly 8 km north of the centre of Bakhmut", "offset", 8, 8, place="Krasna Hora", reference="Bakhmut", direction="N"),
], note="Paraskoviivka: repelled attacks (no claim); Kyiv in the headline is a metonym")

doc("004", [
    P("Sudzha", "Sudzha", "Суджа", "city", 486816),
    P("Kursk Oblast", "Kursk Oblast", "Курська область", "oblast", country="RU", oblast="Kursk"),
    P("Martynovka", "Martynovka", "Мартинівка", "settlement", 990000004),
    P("Korenevo", "Korenevo", "Коренево", "settlement", 544906),
    P("Novohrodivka", "Novohrodivka", "Новогродівка", "city", 699557),
    P("Donetsk Oblast", "Donetsk Oblast", "Донецька область", "oblast", oblast="Donetsk"),
    P("Pokrovsk", "Pokrovsk", "Покровськ", "city", 704422),
    P("Prohres", "Prohres", "Прогрес", "settlement", 9112887),
    P("Sukhyi Yar", "Sukhyi Yar", "Сухий Яр", "settlement", 9112173),
], [
    C("Sudzha", "captured", "UA", "Commander-in-chief of Ukraine's armed forces", "2024-08-15",
      "Ukrainian troops had taken the town completely under control", verb="taken ... completely under control"),
    C("Novohrodivka", "advanced_near", "RU", "a Ukrainian brigade", None, "Russian units had reached the eastern part of the town",
      verb="reached the eastern part of", claimed_on_inferred="2024-08-15/16"),
    C("Prohres", "captured", "RU", RU_MOD, None, "announced the capture of the settlement", verb="capture",
      claimed_on_inferred="2024-08-15/16"),
    C("Sukhyi Yar", "advanced_near", "RU", "Russian channels", None, "gained a foothold on the northern outskirts",
      verb="gained a foothold on the northern outskirts", claimed_on_inferred="2024-08-15/16"),
    C("Kursk Oblast", "advanced_near", "UA", "Commander-in-chief of Ukraine's armed forces", None,
      "Ukraine's commander said his forces controlled 1,150 square kilometres", verb="controlled", place_kind="oblast",
      note="region-level, partial control", claimed_on_inferred="2024-08-15/16"),
], areas=[
    A("1,150 square kilometres", 1150, by_side="UA", claimant="Commander-in-chief of Ukraine's armed forces", region="Kursk Oblast"),
], distances=[
    D("about 8 km north-east of Sudzha", "offset", 8, 8, place="Martynovka", reference="Sudzha", direction="NE"),
    D("some 15 km south-east of Pokrovsk", "offset", 15, 15, place="Novohrodivka", reference="Pokrovsk", direction="SE"),
], note="Martynovka: units seen near it, explicitly unclaimed; Korenevo: repelled attacks (no claim)")

doc("005", [
    P("Avdiivka", "Avdiivka", "Авдіївка", "city", 713122),
    P("Lastochkyne", "Lastochkyne", "Ласточкине", "settlement", 9113130,
      coord_note="GeoNames names the row Krynychne with Lastochkyne as an alternate name; it lies west of Avdiivka"),
    P("Pokrovsk", "Pokrovsk", "Покровськ", "city", 704422),
    P("Robotyne", "Robotyne", "Роботине", "settlement", 695586),
    P("Zaporizhzhia Oblast", "Zaporizhzhia Oblast", "Запорізька область", "oblast", oblast="Zaporizhzhia"),
    P("Krasnohorivka", "Krasnohorivka", "Красногорівка", "city", 704393),
    P("Novomykhailivka", "Novomykhailivka", "Новомихайлівка", "settlement", 699458, uncertain=True,
      coord_note="three Novomykhailivka in Donetsk oblast; 699458 (Pokrovsk raion) is the one 17 km from the co-listed Krasnohorivka"),
    P("Donetsk", "Donetsk", "Донецьк", "city", 709717),
    P("Europe", "Europe", "Європа", "region"),
], [
    C("Avdiivka", "withdrawn", "UA", "Ukrainian commander-in-chief", "2024-02-17", "Ukrainian forces withdrew from Avdiivka overnight",
      event_date_text="overnight on 16-17 February", verb="withdrew from"),
    C("Avdiivka", "captured", "RU", RU_MOD, "2024-02-17", "The Russian defence ministry claimed on 17 February", verb="taken full control of"),
    C("Lastochkyne", "advanced_near", "RU", "Meridian Conflict Review (assessment)", "2024-02-18", "likely advanced west of Avdiivka towards Lastochkyne",
      verb="advanced ... towards", uncertain=True),
    C("Robotyne", "advanced_near", "RU", "Russian sources (unconfirmed)", None, "The Russian claims of advances near Robotyne",
      verb="advances near", uncertain=True),
    C("Robotyne", "contested", "UA", "a Ukrainian spokesperson", "2024-02-17", "Russian attacks there had failed and that the village remained in Ukrainian hands",
      verb="remained in Ukrainian hands"),
], distances=[
    D("some 45 km east of Pokrovsk", "offset", 45, 45, place="Avdiivka", reference="Pokrovsk", direction="E"),
], note="Krasnohorivka and Novomykhailivka: unsuccessful attacks (no claim); Donetsk 'held by Russia since 2014' is long-standing status (no claim)")

doc("006", [
    P("Kharkiv region", "Kharkiv Oblast", "Харківська область", "oblast", oblast="Kharkiv"),
    P("Vovchansk", "Vovchansk", "Вовчанськ", "city", 689304),
    P("Strilecha", "Strilecha", "Стрілеча", "settlement", 692451),
    P("Pylna", "Pylna", "Пильна", "settlement", 807173),
    P("Borysivka", "Borysivka", "Борисівка", "settlement", 6724778,
      coord_note="eight Borysivka in GeoNames; the one in Kharkiv oblast, next to Pylna (3 km)"),
    P("Ohirtseve", "Ohirtseve", "Огірцеве", "settlement", 698704),
    P("Pletenivka", "Pletenivka", "Плетенівка", "settlement", 6724777),
    P("Lyptsi", "Lyptsi", "Липці", "settlement", 702989),
    P("Kharkiv", "Kharkiv", "Харків", "city", 706483),
], [
    C("Vovchansk", "advanced_near", "RU", "Kharkiv regional military administration", "2024-05-12",
      "Russian units entered the outskirts of Vovchansk on Saturday", event="2024-05-11", verb="entered the outskirts of"),
    C("Vovchansk", "contested", "UA", "Tamara Lysenko, head of the town's military administration", "2024-05-12",
      "our defenders hold the centre", verb="hold the centre"),
    *[C(n, "captured", "RU", RU_MOD, "2024-05-11", "its troops had \"liberated\" five villages", verb="liberated")
      for n in ("Strilecha", "Pylna", "Borysivka", "Ohirtseve", "Pletenivka")],
    C("Strilecha", "contested", "UA", "spokesman of Ukraine's General Staff", None, "fighting was going on in the areas of Strilecha and Pylna",
      verb="fighting was going on", claimed_on_inferred="2024-05-11/12"),
    C("Pylna", "contested", "UA", "spokesman of Ukraine's General Staff", None, "fighting was going on in the areas of Strilecha and Pylna",
      verb="fighting was going on", claimed_on_inferred="2024-05-11/12"),
], distances=[
    D("about 5 km from the Russian border", "offset", 5, 5, place="Vovchansk", reference="Russian border"),
    D("about 60 km north-east of Kharkiv", "offset", 60, 60, place="Vovchansk", reference="Kharkiv", direction="NE"),
], note="Lyptsi: repelled attack (no claim)")

doc("007", [
    P("Russia", "Russia", "Росія", "country", country="RU"),
    P("Sudzha", "Sudzha", "Суджа", "city", 486816),
    P("Malaya Loknya", "Malaya Loknya", "Мала Локня", "settlement", 990000003),
    P("Kursk region", "Kursk Oblast", "Курська область", "oblast", country="RU", oblast="Kursk"),
], [
    C("Sudzha", "captured", "UA", "Borderland Quarterly (background)", None, "Within ten days they had taken Sudzha",
      background=True, event_date_text="within ten days of 6 August 2024", verb="taken"),
    C("Kursk Oblast", "advanced_near", "UA", "Ukrainian commanders (background)", None, "Ukrainian commanders were speaking of more than 1,000",
      background=True, verb="under their control", place_kind="oblast", note="region-level, partial control"),
    C("Malaya Loknya", "liberated", "RU", RU_MOD, "2025-03-09", "its forces had recaptured Malaya Loknya", verb="recaptured"),
    C("Sudzha", "liberated", "RU", RU_MOD, "2025-03-13", "the ministry announced that Sudzha itself had been", verb="liberated"),
    C("Kursk Oblast", "withdrawn", "UA", "Chief of Ukraine's general staff", None, "units in the Kursk region were being moved to more favourable lines",
      verb="moved to more favourable lines", place_kind="oblast", uncertain=True, note="region-level; no settlement named",
      claimed_on_inferred="2025-03-13/14"),
], areas=[
    A("more than 1,000 square kilometres", 1000, qualifier="over", by_side="UA", claimant="Ukrainian commanders", background=True,
      region="Kursk Oblast"),
], distances=[
    D("about 15 km north of Sudzha", "offset", 15, 15, place="Malaya Loknya", reference="Sudzha", direction="N"),
], note="'Moscow's defence ministry' is a metonym; the neighbouring settlements are not named")

doc("008", [
    P("Dnipro", "Dnipro", "Дніпро", "river"),
    P("Kherson", "Kherson", "Херсон", "city", 706448),
    P("Krynky", "Krynky", "Кринки", "settlement", 703861),
    P("Oleshky", "Oleshky", "Олешки", "city", 691037,
      coord_note="four Oleshky; the Kherson-oblast town (691037), named beside Hola Prystan"),
    P("Hola Prystan", "Hola Prystan", "Гола Пристань", "city", 708632),
], [
    C("Krynky", "advanced_near", "UA", "Ukrainian marine company commander Sokil", "2023-11-20", "Our positions are in Krynky and around it",
      verb="our positions are in", note="a foothold across the river; one claim for the same side and coarse change",
      other_evidence=[
          {"claimant": "Ukrainian Navy", "claimed_on": None, "claimed_on_inferred": "2023-11-13/17",
           "evidence": "Q: Ukraine's navy said last week that units had gained a foothold on the left bank."},
          {"claimant": "Ukrainian marine company commander Sokil", "claimed_on": "2023-11-20",
           "evidence": "We are in Krynky today, we were there yesterday.",
           "note": "rebuts the Russian claim that the bridgehead was wiped out"}]),
    C("Kherson", "liberated", "UA", "Riverside Post (background)", None, "retaken in November 2022", background=True,
      event_date="2022-11", verb="retaken"),
], distances=[
    D("about 35 km upstream of Kherson", "offset", 35, 35, place="Krynky", reference="Kherson", direction="E"),
], note="Oleshky and Hola Prystan are asked about as goals (no claim); 'the bridgehead has been wiped out' names no place")

doc("009", [
    P("Ukraine", "Ukraine", "Україна", "country"),
    P("Kyiv", "Kyiv Oblast", "Київська область", "oblast", oblast="Kyiv", note="'the Kyiv and Poltava regions': shared plural head"),
    P("Poltava regions", "Poltava Oblast", "Полтавська область", "oblast", oblast="Poltava"),
    P("Velyka Novosilka", "Velyka Novosilka", "Велика Новосілка", "settlement", 690237, ["Velikaya Novosyolka"]),
    P("Donetsk region", "Donetsk Oblast", "Донецька область", "oblast", oblast="Donetsk"),
    P("Zaporizhzhia", "Zaporizhzhia", "Запоріжжя", "city", 687700),
    P("Shcherbynivka", "Shcherbynivka", "Щербинівка", "settlement", 694290),
    P("Toretsk", "Toretsk", "Торецьк", "city", 709354),
], [
    C("Velyka Novosilka", "captured", "RU", RU_MOD, "2025-01-26", "its troops have taken control of Velyka Novosilka", verb="taken control of"),
    C("Velyka Novosilka", "withdrawn", "UA", "a military blogger close to the army", None,
      "Ukrainian units had pulled back from the northern part of Velyka Novosilka", verb="pulled back from the northern part of",
      uncertain=True, claimed_on_inferred="2025-01-26"),
    C("Velyka Novosilka", "contested", "UA", "Ukraine's operational command on the southern front", "2025-01-26",
      "the battle for the town continues", verb="battle ... continues"),
    C("Shcherbynivka", "advanced_near", "RU", "Finnish monitoring group (analysts)", "2025-01-26", "Russian forces have advanced about 2 km",
      verb="advanced ... near"),
], distances=[
    D("about 2 km", "advance", 2, 2, by_side="RU", place="Shcherbynivka"),
], note="'on the western side of Toretsk' only locates Shcherbynivka (no claim on Toretsk)")

doc("010", [
    P("Odesa", "Odesa", "Одеса", "city", 698740),
    P("Chornomorsk", "Chornomorsk", "Чорноморськ", "city", 707688),
    P("Mykolaiv region", "Mykolaiv Oblast", "Миколаївська область", "oblast", oblast="Mykolaiv"),
    P("Melitopol", "Melitopol", "Мелітополь", "city", 701404),
    P("Kupiansk", "Kupiansk", "Куп'янськ", "city", 703656),
    P("Lyman", "Lyman", "Лиман", "city", 704204, uncertain=True,
      coord_note="several Lyman; the General Staff front-line town in Donetsk oblast (704204) is meant; the text does not say so"),
], [], other_areas=[
    A("more than 2,000 hectares of wheat", 2000, unit="ha", qualifier="over", note="burned crops"),
], note="nothing is claimed: a missile strike, long-standing occupation of Melitopol (status), repelled attacks near Kupiansk and Lyman")

doc("011", [
    P("KRYVYI RIH", "Kryvyi Rih", "Кривий Ріг", "city", 703845, ["Kryvyi Rih"], note="dateline"),
    P("Ukraine", "Ukraine", "Україна", "country"),
    P("Kherson region", "Kherson Oblast", "Херсонська область", "oblast", oblast="Kherson",
      note="the headline's 'Kherson push' also means the region"),
    P("Novovoskresenske", "Novovoskresenske", "Нововоскресенське", "settlement", 699030),
    P("Novohryhorivka", "Novohryhorivka", "Новогригорівка", "settlement", 699578, uncertain=True,
      coord_note="two Novohryhorivka in Kherson oblast; 699578 (Beryslav raion) is 9 km from the co-listed Novovoskresenske, the other is on the Azov coast"),
    P("Petropavlivka", "Petropavlivka", "Петропавлівка", "settlement", 697431, uncertain=True,
      coord_note="four Petropavlivka in Kherson oblast; 697431 (Beryslav raion) is 5 km from the co-listed Novovoskresenske"),
    P("Arkhanhelske", "Arkhanhelske", "Архангельське", "settlement", 713208),
    P("Myroliubivka", "Myroliubivka", "Миролюбівка", "settlement", 707441,
      coord_note="two Myroliubivka in Kherson oblast; 'in Beryslav district' settles 707441"),
    P("Beryslav district", "Beryslav Raion", "Бериславський район", "region", oblast="Kherson", raion="Beryslav"),
    P("Mykhailivka", "Mykhailivka", "Михайлівка", "settlement", oblast="Kherson", uncertain=True,
      coord_note="four Mykhailivka in Kherson oblast (701226, 701231, 701239, 7046677); the text does not say which"),
    P("Dnipro", "Dnipro", "Дніпро", "river"),
    P("Dudchany", "Dudchany", "Дудчани", "settlement", 709465),
    P("Velyka Oleksandrivka", "Velyka Oleksandrivka", "Велика Олександрівка", "settlement", 690288),
    P("Beryslav", "Beryslav", "Берислав", "city", 712260),
], [
    *[C(n, "liberated", "UA", "President Zelenskiy", "2022-10-04", "named on Tuesday night several villages", verb="liberated")
      for n in ("Novovoskresenske", "Novohryhorivka", "Petropavlivka")],
    *[C(n, "liberated", "UA", "Ukrainian officials", "2022-10-03", "troops had retaken Arkhanhelske", verb="retaken")
      for n in ("Arkhanhelske", "Myroliubivka", "Mykhailivka")],
    C("Dudchany", "advanced_near", "UA", "Ukrainian officials", "2022-10-03", "were moving south along the Dnipro towards Dudchany",
      verb="moving ... towards",
      other_evidence=[{"claimant": "Russian-installed deputy head of the Kherson region", "claimed_on": None,
                       "evidence": "The Russian-installed deputy head of the region acknowledged that Ukrainian units had broken through near Dudchany and said Russian forces were holding a new line further south."}]),
    C("Velyka Oleksandrivka", "liberated", "UA", "Southern Star Agency", None, "which Ukraine retook at the weekend", verb="retook",
      event_date_text="the weekend of 1-2 October 2022"),
    C("Velyka Oleksandrivka", "withdrawn", "RU", "residents of Velyka Oleksandrivka", None, "Russian troops had left on foot and by boat",
      verb="left"),
], distances=[
    D("up to 20 km", "advance", None, 20, qualifier="up_to", by_side="UA"),
], note="'Moscow has annexed the Kherson region' is a political act, not a territorial claim; 'a new line further south' names no place")

doc("012", [
    P("MOSCOW", "Moscow", "Москва", "city", country="RU", note="dateline; not in the gazetteer extract"),
    P("Belgorod region", "Belgorod Oblast", "Бєлгородська область", "oblast", country="RU", oblast="Belgorod"),
    P("Ukraine", "Ukraine", "Україна", "country"),
    P("Grayvoron district", "Grayvoronsky District", "Грайворонський район", "region", country="RU", oblast="Belgorod"),
    P("Kozinka", "Kozinka", "Козинка", "settlement", 990000016),
    P("Gora-Podol", "Gora-Podol", "Гора-Подол", "settlement", 990000019),
    P("Grayvoron", "Grayvoron", "Грайворон", "city", 559034),
    P("Kharkiv", "Kharkiv Oblast", "Харківська область", "oblast", oblast="Kharkiv", note="'Ukraine's Kharkiv and Sumy regions'"),
    P("Sumy regions", "Sumy Oblast", "Сумська область", "oblast", oblast="Sumy"),
], [
    C("Grayvoronsky District", "liberated", "RU", "Governor of Belgorod region", None, "the attackers had been driven out of the district",
      verb="driven out of", place_kind="region", claimed_on_inferred="2023-05-23"),
    C("Kozinka", "captured", "UA", "two groups of Russian citizens fighting on Ukraine's side", "2023-05-22", "had taken control of Kozinka",
      verb="taken control of", uncertain=True, note="side: Russian volunteer units attacking from Ukraine, counted with UA"),
    C("Grayvoron", "advanced_near", "UA", "two groups of Russian citizens fighting on Ukraine's side", "2023-05-22",
      "had reached the outskirts of Grayvoron itself on Monday", verb="reached the outskirts of", uncertain=True),
], distances=[
    D("about 5 km south-west of Grayvoron town", "offset", 5, 5, place="Kozinka", reference="Grayvoron", direction="SW"),
], note="the governor's 'residents could start returning to Kozinka and Gora-Podol' is not a claim on the villages; 'Kyiv denied' is a metonym")

# ---------------------------------------------------------------- Russian
doc("013", [
    P("Новгородское", "Niu-York", "Нью-Йорк", "settlement", 699751, ["Нью-Йорк"], name_ru="Новгородское",
      note="Russian official name Новгородское; the text gives the Ukrainian name in brackets"),
    P("Донецкой Народной Республики", "Donetsk Oblast", "Донецька область", "oblast", oblast="Donetsk",
      note="Russian name of the occupied Donetsk oblast"),
    P("Галицыновка", "Halytsynivka", "Галицинівка", "settlement", 709024, name_ru="Галицыновка"),
    P("Гродовка", "Hrodivka", "Гродівка", "settlement", 708047, name_ru="Гродовка",
      coord_note="GeoNames also lists Hrodivka as an alternate name of Myrnohrad (710035); the settlement Hrodivka is 708047"),
    P("Новогродовка", "Novohrodivka", "Новогродівка", "city", 699557, name_ru="Новогродовка"),
    P("Курской области", "Kursk Oblast", "Курська область", "oblast", country="RU", oblast="Kursk"),
    P("Мартыновка", "Martynovka", "Мартинівка", "settlement", 990000004, name_ru="Мартыновка",
      coord_note="many Martynovka/Martynivka; 'in Kursk oblast' and the neighbour Malaya Loknya point to the Sudzhansky-district village"),
    P("Малая Локня", "Malaya Loknya", "Мала Локня", "settlement", 990000003, name_ru="Малая Локня"),
], [
    C("Niu-York", "captured", "RU", RU_MOD, "2024-08-21", "освободили населённый пункт Новгородское", verb="освободили"),
], note="strikes 'in the areas of' Halytsynivka, Hrodivka, Novohrodivka and the repelled attempts towards Martynovka and "
        "Malaya Loknya give no claim; 'Российской Федерации' is part of the ministry's name")

doc("014", [
    P("Артёмовск", "Bakhmut", "Бахмут", "city", 713174, ["Артёмовска", "Бахмута", "Бахмут"], name_ru="Артёмовск",
      note="Russian name of Bakhmut"),
    P("Клещеевки", "Klishchiivka", "Кліщіївка", "settlement", 13512497, name_ru="Клещеевка"),
    P("Ивановское", "Ivanivske", "Іванівське", "settlement", oblast="Donetsk", raion="Bakhmut", name_ru="Ивановское",
      coord_note="Ivanivske west of Bakhmut is not in the gazetteer (no Donetsk-oblast row)"),
    P("Часов Яр", "Chasiv Yar", "Часів Яр", "city", 710915, name_ru="Часов Яр"),
], [
    C("Bakhmut", "captured", "RU", "Telegram channel «Штурмовой дневник»", "2023-05-20", "Штурмовые отряды сегодня днём завершили взятие Артёмовска",
      verb="завершили взятие"),
    C("Bakhmut", "contested", "UA", "Deputy Defence Minister of Ukraine (as quoted by the channel)", "2023-05-20", "бои за Бахмут продолжаются",
      verb="бои ... продолжаются"),
    C("Klishchiivka", "advanced_near", "UA", "Telegram channel «Штурмовой дневник»", "2023-05-20", "Противник продвинулся у Клещеевки",
      verb="продвинулся у"),
], distances=[
    D("около 10 км", "offset", 10, 10, place="Chasiv Yar", reference="Bakhmut", direction="W",
      note="measured from the western edge of Bakhmut; the rows' centres are 12 km apart"),
    D("на 1–2 км", "advance", 1, 2, qualifier="range", by_side="UA"),
], note="'пытается зайти в тыл ... через Ивановское' is an attempt (no claim); Chasiv Yar is a stated goal (no claim)")

doc("015", [
    P("МОСКВА", "Moscow", "Москва", "city", country="RU", note="dateline; not in the gazetteer extract"),
    P("Суджу", "Sudzha", "Суджа", "city", 486816, ["Суджи", "Суджа"], name_ru="Суджа"),
    P("Курской области", "Kursk Oblast", "Курська область", "oblast", country="RU", oblast="Kursk"),
    P("Гончаровка", "Goncharovka", "Гончарівка", "settlement", 990000002, name_ru="Гончаровка"),
    P("Заолешенка", "Zaoleshenka", "Заолешенка", "settlement", 990000008, name_ru="Заолешенка"),
    P("Сумской области", "Sumy Oblast", "Сумська область", "oblast", oblast="Sumy"),
    P("Басовка", "Basivka", "Басівка", "settlement", 712763, ["Басовки"], name_ru="Басовка",
      coord_note="two Basivka in Sumy oblast; 'about 13 km west of Sudzha' settles 712763 (Sumy raion)"),
], [
    C("Sudzha", "liberated", "RU", RU_MOD, "2025-03-13", "Российские войска освободили город Суджу", verb="освободили"),
    C("Goncharovka", "liberated", "RU", RU_MOD, "2025-03-13", "Российские войска освободили город Суджу", verb="освободили"),
    C("Zaoleshenka", "liberated", "RU", RU_MOD, "2025-03-13", "Российские войска освободили город Суджу", verb="освободили"),
    C("Basivka", "captured", "RU", RU_MOD, "2025-03-13", "российские штурмовые группы заняли село Басовка", verb="заняли"),
    C("Basivka", "contested", "UA", "State Border Guard Service of Ukraine", None, "сообщения о захвате Басовки не соответствуют действительности",
      verb="не соответствуют действительности", claimed_on_inferred="2025-03-13"),
    C("Sudzha", "captured", "UA", "Вестник-Информ (background)", None, "Суджа перешла под контроль ВСУ", background=True,
      event_date="2024-08", verb="перешла под контроль"),
], distances=[
    D("примерно в 13 км к западу от Суджи", "offset", 13, 13, place="Basivka", reference="Sudzha", direction="W"),
])

doc("016", [
    P("Красного Лимана", "Lyman", "Лиман", "city", 704204, ["Красный Лиман", "Лиман"], name_ru="Красный Лиман",
      coord_note="several Lyman; the railway hub in the north of Donetsk oblast, 45 km south-east of Izium (704204)"),
    P("Ямполь", "Yampil", "Ямпіль", "settlement", 688505, name_ru="Ямполь",
      coord_note="several Yampil; the Donetsk-oblast one (688505), co-listed with Drobysheve", uncertain=True),
    P("Дробышево", "Drobysheve", "Дробишеве", "settlement", 709614, name_ru="Дробышево"),
    P("Новоселовка", "Novoselivka", "Новоселівка", "settlement", 699185, name_ru="Новоселовка", uncertain=True,
      coord_note="a dozen Novoselivka in Donetsk oblast; 699185 is 4 km from the co-listed Drobysheve"),
    P("Донецкой области", "Donetsk Oblast", "Донецька область", "oblast", oblast="Donetsk"),
    P("Изюма", "Izium", "Ізюм", "city", 707292, name_ru="Изюм"),
], [
    C("Lyman", "withdrawn", "RU", RU_MOD, "2022-10-01", "союзные войска отведены из населённого пункта Красный Лиман", verb="отведены из"),
    C("Lyman", "advanced_near", "UA", "spokesman of the eastern grouping of the Ukrainian armed forces", "2022-10-01",
      "украинские войска вошли в Лиман и окружили", verb="вошли в ... окружили", note="entry and encirclement"),
    *[C(n, "liberated", "UA", "spokesman of the eastern grouping of the Ukrainian armed forces", "2022-10-01",
        "под контроль ВСУ перешли сёла", verb="перешли под контроль ВСУ") for n in ("Yampil", "Drobysheve", "Novoselivka")],
    C("Lyman", "captured", "RU", "Северный ветер (background)", None, "Российские войска заняли город в конце мая", background=True,
      event_date="2022-05", verb="заняли"),
], distances=[
    D("примерно в 45 км к юго-востоку от Изюма", "offset", 45, 45, place="Lyman", reference="Izium", direction="SE"),
])

doc("017", [
    P("Донецкой области", "Donetsk Oblast", "Донецька область", "oblast", oblast="Donetsk"),
    P("Курахово", "Kurakhove", "Курахове", "city", 695357, name_ru="Курахово"),
    P("Селидово", "Selydove", "Селидове", "city", 694677, name_ru="Селидово"),
    P("Угледара", "Vuhledar", "Вугледар", "city", 690823, name_ru="Угледар"),
], [
    C("Kurakhove", "advanced_near", "RU", "military analyst Igor Samoylenko", "2024-11-08", "Российские войска продвинулись в восточной части города",
      verb="продвинулись в восточной части"),
    C("Kurakhove", "contested", "UA", "military analyst Igor Samoylenko", "2024-11-08", "ВСУ удерживают центр",
      verb="удерживают центр ... бои идут", uncertain=True, note="a neutral analyst's account of the defenders still holding"),
    C("Selydove", "captured", "RU", RU_MOD, "2024-10-29", "ещё 29 октября объявило о взятии Селидово", verb="взятии"),
    C("Selydove", "withdrawn", "UA", "military analyst Igor Samoylenko", "2024-11-08", "украинские подразделения оттуда ушли", verb="ушли"),
    C("Vuhledar", "captured", "RU", "military analyst Igor Samoylenko (background)", None, "после захвата Угледара в начале октября",
      background=True, event_date="2024-10", verb="захвата"),
], areas=[
    A("около 500 квадратных километров", 500, qualifier="about", by_side="RU", claimant="military analyst Igor Samoylenko", period="October 2024"),
])

doc("018", [
    P("Урожайное", "Urozhaine", "Урожайне", "settlement", 9114393, name_ru="Урожайное",
      coord_note="six Urozhaine; one in Donetsk oblast (9114393)"),
    P("Донецкая область", "Donetsk Oblast", "Донецька область", "oblast", oblast="Donetsk"),
    P("Работино", "Robotyne", "Роботине", "settlement", 695586, ["Работина"], name_ru="Работино"),
    P("Запорожская область", "Zaporizhzhia Oblast", "Запорізька область", "oblast", oblast="Zaporizhzhia"),
    P("Вербовое", "Verbove", "Вербове", "settlement", 689965, name_ru="Вербовое", uncertain=True,
      coord_note="two Verbove in Zaporizhzhia oblast; 689965 (Polohy raion) is the front-line one 12 km from Robotyne; the text does not say"),
    P("Клещеевка", "Klishchiivka", "Кліщіївка", "settlement", 13512497, ["Клещеевки"], name_ru="Клещеевка"),
    P("Андреевка", "Andriivka", "Андріївка", "settlement", 9114136, name_ru="Андреевка",
      coord_note="ten Andriivka in Donetsk oblast; 'south of Bakhmut' settles 9114136 (Bakhmut raion)"),
    P("Бахмута", "Bakhmut", "Бахмут", "city", 713174, ["Бахмут"]),
], [
    C("Urozhaine", "liberated", "UA", "General Staff of the Armed Forces of Ukraine", "2023-08-16", "Генеральный штаб ВСУ сообщил, что село полностью освобождено",
      verb="освобождено"),
    C("Robotyne", "liberated", "UA", "Deputy Defence Minister of Ukraine", "2023-08-28", "заместитель министра обороны Украины объявила об освобождении",
      verb="освобождении"),
    C("Robotyne", "advanced_near", "UA", "Russian war correspondents", None, "ВСУ закрепились в северной части Работина",
      verb="закрепились в северной части", claimed_on_inferred="2023-08-28/09-20"),
    C("Verbove", "advanced_near", "UA", "Russian war correspondents", "2023-09-06", "сообщили о прорыве ВСУ к западным окраинам села",
      verb="прорыве ... к западным окраинам"),
    C("Klishchiivka", "liberated", "UA", "Ukrainian side", "2023-09-17", "украинская сторона объявила об освобождении села", verb="освобождении"),
    C("Klishchiivka", "contested", "RU", RU_MOD, "2023-09-17", "назвало это заявление ложным", verb="назвало ... ложным"),
    C("Andriivka", "liberated", "UA", "Armed Forces of Ukraine", "2023-09-15", "ВСУ объявили о взятии села к югу от Бахмута", verb="взятии"),
], note="Bakhmut 'remains under Russian control since May' is status (no claim); 'Украины' is part of an office title")

doc("019", [
    P("Шебекине", "Shebekino", "Шебекине", "city", 495112, ["Шебекина", "Шебекино"], name_ru="Шебекино"),
    P("Белгородской области", "Belgorod Oblast", "Бєлгородська область", "oblast", country="RU", oblast="Belgorod"),
    P("Новой Таволжанки", "Novaya Tavolzhanka", "Нова Таволжанка", "settlement", 519473, ["Новая Таволжанка"], name_ru="Новая Таволжанка"),
    P("Белгороде", "Belgorod", "Бєлгород", "city", 578072, ["Белгорода"], name_ru="Белгород"),
    P("Воронеже", "Voronezh", "Воронеж", "city", country="RU", oblast="Voronezh", name_ru="Воронеж", note="not in the gazetteer extract"),
    P("Украиной", "Ukraine", "Україна", "country"),
    P("Волчанска", "Vovchansk", "Вовчанськ", "city", 689304, name_ru="Волчанск"),
], [], distances=[
    D("примерно в 7 км от границы", "offset", 7, 7, place="Shebekino", reference="border with Ukraine"),
    D("в 30 км к юго-востоку от Белгорода", "offset", 30, 30, place="Shebekino", reference="Belgorod", direction="SE"),
    D("в 9 км к юго-западу от Шебекина", "offset", 9, 9, place="Novaya Tavolzhanka", reference="Shebekino", direction="SW"),
], note="nothing is claimed: evacuation, shelling and repelled sabotage groups")

doc("020", [
    P("Харьковской области", "Kharkiv Oblast", "Харківська область", "oblast", oblast="Kharkiv"),
    P("Красное", "Krasne", "Красне", "settlement", 704228, name_ru="Красное", uncertain=True,
      coord_note="four Krasne in Kharkiv oblast; 704228 (Kharkiv raion) is 1.5 km from the co-listed Morokhovets"),
    P("Морохорец", "Morokhovets", "Морохівець", "settlement", 700774, name_ru="Морохорец"),
    P("Олейники", "Oliinyky", "Олійники", "settlement", oblast="Kharkiv", raion="Kharkiv", name_ru="Олейники",
      coord_note="the border village near Lyptsi is not in the gazetteer; the only Kharkiv-oblast Oliinyky (8698958) is 100 km west",
     ),
    P("Пильную", "Pylna", "Пильна", "settlement", 807173, name_ru="Пильная"),
    P("Борисовку", "Borysivka", "Борисівка", "settlement", 6724778, name_ru="Борисовка",
      coord_note="eight Borysivka; the Kharkiv-oblast one next to Pylna"),
    P("Липцам", "Lyptsi", "Липці", "settlement", 702989, ["Липцов"], name_ru="Липцы"),
    P("Волчанску", "Vovchansk", "Вовчанськ", "city", 689304, ["Волчанска"], name_ru="Волчанск"),
    P("Огурцово", "Ohirtseve", "Огірцеве", "settlement", 698704, name_ru="Огурцово"),
], [
    *[C(n, "captured", "RU", "Telegram channel «Фронтовая сводка Z»", "2024-05-10", "Наши подразделения освободили Красное", verb="освободили")
      for n in ("Krasne", "Morokhovets", "Oliinyky", "Pylna", "Borysivka")],
    C("Lyptsi", "advanced_near", "RU", "Telegram channel «Фронтовая сводка Z»", "2024-05-10", "Штурмовики вышли к окраинам Липцов", verb="вышли к окраинам"),
    C("Ohirtseve", "advanced_near", "RU", "Telegram channel «Фронтовая сводка Z»", "2024-05-10", "передовые группы зашли в Огурцово", verb="зашли в"),
    C("Vovchansk", "advanced_near", "RU", "Telegram channel «Фронтовая сводка Z»", "2024-05-10", "закрепились на северо-восточной окраине Волчанска",
      verb="закрепились на ... окраине"),
    *[C(n, "contested", "UA", "Armed Forces of Ukraine (as reported by the channel)", None, "ВСУ, по своему обыкновению, заявляют",
        verb="остаются под их контролем", claimed_on_inferred="2024-05-10") for n in ("Morokhovets", "Oliinyky")],
], note="'Противник отходит к Липцам и Волчанску' is movement towards places, not a loss of a named place")

doc("021", [
    P("Херсоном", "Kherson", "Херсон", "city", 706448, ["Херсон", "Херсона"], name_ru="Херсон"),
    P("МОСКВА", "Moscow", "Москва", "city", country="RU", note="dateline; not in the gazetteer extract"),
    P("Новая Каховка", "Nova Kakhovka", "Нова Каховка", "city", 699839, name_ru="Новая Каховка"),
    P("Мелитополь", "Melitopol", "Мелітополь", "city", 701404, name_ru="Мелитополь"),
    P("Николаева", "Mykolaiv", "Миколаїв", "city", 700569, name_ru="Николаев"),
    P("Украины", "Ukraine", "Україна", "country"),
], [
    C("Kherson", "captured", "RU", "spokesman of the Russian Ministry of Defence", "2022-03-02",
      "Российские войска установили полный контроль над областным центром Херсон", verb="установили полный контроль",
      other_evidence=[{"claimant": "Mayor of Kherson", "claimed_on": "2022-03-03",
                       "evidence": "Мэр Херсона в четверг подтвердил, что российские военные вошли в город и находятся у здания горсовета."}]),
    C("Nova Kakhovka", "captured", "RU", RU_MOD, "2022-03-02", "ранее под контроль были взяты Новая Каховка", verb="взяты под контроль"),
    C("Melitopol", "captured", "RU", RU_MOD, "2022-03-02", "ранее под контроль были взяты Новая Каховка", verb="взяты под контроль",
      event_date="2022-02-26"),
], note="the Kakhovka hydroelectric station is a facility, not a place; Russian columns at the outskirts of Mykolaiv were repelled (no claim); "
        "'Николаевской областной администрации' is an institution name")

doc("022", [
    P("Соледара", "Soledar", "Соледар", "city", 706757, ["Соледар"], name_ru="Соледар"),
    P("Бахмута", "Bakhmut", "Бахмут", "city", 713174, ["Бахмуте"], name_ru="Бахмут"),
    P("Красной Горы", "Krasna Hora", "Красна Гора", "settlement", 704463, name_ru="Красная Гора"),
], [
    C("Soledar", "captured", "RU", RU_MOD, "2023-01-13", "Министерство обороны России вечером 13 января заявило", verb="освобождения",
      other_evidence=[{"claimant": "founder of the Wagner PMC", "claimed_on": "2023-01-11",
                       "evidence": "Ещё 11 января о взятии города заявлял основатель ЧВК «Вагнер»."}]),
    C("Soledar", "contested", "UA", "Andriy Honchar, press officer of the eastern grouping of the Ukrainian forces", "2023-01-14",
      "Соледар не взят", verb="не взят ... бои продолжаются"),
], distances=[
    D("примерно в 12 км к северо-востоку от Бахмута", "offset", 12, 12, place="Soledar", reference="Bakhmut", direction="NE"),
], note="attacks repelled near Soledar and Krasna Hora (no claim); 'Ситуация в Бахмуте остаётся тяжёлой' is no claim")

doc("023", [
    P("Курской области", "Kursk Oblast", "Курська область", "oblast", country="RU", oblast="Kursk"),
    P("Суджа", "Sudzha", "Суджа", "city", 486816, name_ru="Суджа"),
    P("Коренево", "Korenevo", "Коренево", "settlement", 544906, name_ru="Коренево"),
    P("Глушковском районе", "Glushkovsky District", "Глушковський район", "region", country="RU", oblast="Kursk"),
    P("Сейм", "Seym", "Сейм", "river", country="RU"),
    P("Глушково", "Glushkovo", "Глушково", "settlement", 560995, name_ru="Глушково"),
], [
    C("Kursk Oblast", "advanced_near", "UA", "Commander-in-chief of the Armed Forces of Ukraine", "2024-08-20",
      "украинские войска контролируют 1263 кв. км территории Курской области", verb="контролируют", place_kind="oblast",
      note="region-level, partial control",
      other_evidence=[{"claimant": "acting governor of Kursk oblast", "claimed_on": "2024-08-12",
                       "evidence": "Исполняющий обязанности губернатора ещё 12 августа говорил о 28 населённых пунктах под контролем противника и о вклинении на глубину 12 км по фронту шириной 40 км."}]),
    C("Sudzha", "captured", "UA", "Нейтральная полоса", None, "перешла под контроль ВСУ 15 августа", event_date="2024-08-15",
      verb="перешла под контроль"),
    C("Korenevo", "advanced_near", "UA", "Russian war correspondents", None, "российские военкоры сообщают о боях на подступах к Коренево",
      verb="боях на подступах к", uncertain=True, claimed_on_inferred="2024-08-17/20"),
], areas=[
    A("1263 кв. км", 1263, by_side="UA", claimant="Commander-in-chief of the Armed Forces of Ukraine", region="Kursk Oblast"),
], other_areas=[
    A("около 60 тыс. гектаров", 60000, unit="ha", qualifier="about", note="unharvested crops"),
], distances=[
    D("от 1 до 2 км", "advance", 1, 2, qualifier="range", by_side="UA"),
    D("на глубину 12 км", "advance", 12, 12, qualifier="exact", by_side="UA", claimant="acting governor of Kursk oblast"),
    D("по фронту шириной 40 км", "other", 40, 40, qualifier="exact", note="width of the incursion"),
], note="bridges destroyed and Glushkovo without power: no claim")

doc("024", [
    P("Змеиный", "Zmiinyi Island", "острів Зміїний", "other", 686930, name_ru="Змеиный", note="island"),
    P("Чёрном море", "Black Sea", "Чорне море", "other", oblast=None),
    P("Одессы", "Odesa", "Одеса", "city", 698740, name_ru="Одесса"),
    P("Вилково", "Vylkove", "Вилкове", "city", 688750, name_ru="Вилково"),
    P("Дуная", "Danube", "Дунай", "river"),
], [
    C("Zmiinyi Island", "withdrawn", "RU", "Operational Command South (Ukraine)", "2022-06-30", "Российские войска покинули остров Змеиный",
      verb="покинули", place_kind="other",
      other_evidence=[{"claimant": RU_MOD, "claimed_on": "2022-06-30",
                       "evidence": "Министерство обороны России представило уход с острова как «шаг доброй воли», который должен показать, что Москва не препятствует вывозу зерна из украинских портов."}]),
    C("Zmiinyi Island", "captured", "RU", "Одесский курьер (background)", None, "Российские военные захватили остров в первый день вторжения",
      background=True, event_date="2022-02-24", verb="захватили", place_kind="other"),
], other_areas=[
    A("около 0,2 квадратного километра", 0.2, unit="km2", qualifier="about", note="size of the island, not a change of control"),
], distances=[
    D("примерно в 35 км от побережья", "offset", 35, 35, place="Zmiinyi Island", reference="coast"),
    D("в 140 км от Одессы", "offset", 140, 140, place="Zmiinyi Island", reference="Odesa"),
], note="'Россия ушла' (headline) and 'Москва не препятствует' are metonyms; Ukraine has not landed on the island (no claim)")

# ---------------------------------------------------------------- Ukrainian
UA_GS = "General Staff of the Armed Forces of Ukraine"

doc("025", [
    P("Синьківки", "Synkivka", "Синьківка", "settlement", 693778),
    P("Харківської області", "Kharkiv Oblast", "Харківська область", "oblast", oblast="Kharkiv"),
    P("Бахмута", "Bakhmut", "Бахмут", "city", 713174),
    P("Кліщіївки", "Klishchiivka", "Кліщіївка", "settlement", 13512497),
    P("Старомайорське", "Staromaiorske", "Старомайорське", "settlement", 692812),
    P("Донецької області", "Donetsk Oblast", "Донецька область", "oblast", oblast="Donetsk"),
    P("Урожайного", "Urozhaine", "Урожайне", "settlement", 9114393,
      coord_note="six Urozhaine; the Donetsk-oblast one next to Staromaiorske"),
    P("Херсон", "Kherson", "Херсон", "city", 706448),
    P("Антонівку", "Antonivka", "Антонівка", "settlement", 713304, uncertain=True,
      coord_note="three Antonivka in Kherson oblast; 'right-bank settlements ... Kherson, Antonivka' points to 713304 next to Kherson"),
    P("Дніпровське", "Dniprovske", "Дніпровське", "settlement", 9869402),
], [
    C("Klishchiivka", "advanced_near", "UA", UA_GS, "2023-07-27", "мають успіх південніше Кліщіївки", verb="мають успіх південніше"),
    C("Staromaiorske", "liberated", "UA", UA_GS, "2023-07-27", "звільнено населений пункт Старомайорське", verb="звільнено"),
    C("Urozhaine", "advanced_near", "UA", UA_GS, "2023-07-27", "Підрозділи просунулися на 1–1,5 км у напрямку Урожайного",
      verb="просунулися ... у напрямку"),
], areas=[
    A("понад 200 квадратних кілометрів", 200, qualifier="over", by_side="UA", claimant=UA_MOD, period="since the start of the southern offensive"),
], distances=[
    D("на 1–1,5 км", "advance", 1, 1.5, qualifier="range", by_side="UA"),
], note="'продовжують наступальну операцію на південних флангах Бахмута' is an ongoing operation without a gain (no claim); "
        "Synkivka: repelled attacks; Kherson, Antonivka, Dniprovske: shelling; '-ському напрямку' axis names are not places")

doc("026", [
    P("Андріївки", "Andriivka", "Андріївка", "settlement", 713416,
      coord_note="three Andriivka in Sumy oblast; 'Сумського району' settles 713416"),
    P("Сумщини", "Sumy Oblast", "Сумська область", "oblast", oblast="Sumy"),
    P("Сумського району", "Sumy Raion", "Сумський район", "region", oblast="Sumy", raion="Sumskyi"),
    P("Юнаківки", "Yunakivka", "Юнаківка", "settlement", 688077),
    P("Кіндратівку", "Kindrativka", "Кіндратівка", "settlement", 705166),
    P("Костянтинівку", "Kostiantynivka", "Костянтинівка", "settlement", 705096,
      coord_note="many Kostiantynivka; one in Sumy oblast, 28 km north of Sumy"),
    P("Олексіївку", "Oleksiivka", "Олексіївка", "settlement", 713548,
      coord_note="three Oleksiivka in Sumy oblast; '20–30 km north of Sumy' settles 713548"),
    P("Сум", "Sumy", "Суми", "city", 692194, ["Сумах"]),
    P("Хотінської громади", "Khotin hromada", "Хотінська громада", "region", oblast="Sumy", raion="Sumskyi"),
], [
    C("Andriivka", "advanced_near", "RU", "Head of the Sumy regional military administration", "2025-06-04",
      "невеликі штурмові групи зайшли до Андріївки Сумського району", verb="зайшли до"),
    C("Yunakivka", "captured", "RU", "Russian public channels (as rebutted)", None, "Інформація російських пабліків про захоплення Юнаківки",
      verb="захоплення", uncertain=True, claimed_on_inferred="2025-06-03/04"),
    C("Yunakivka", "contested", "UA", "Head of the Sumy regional military administration", "2025-06-04",
      "Інформація російських пабліків про захоплення Юнаківки", verb="не відповідає дійсності"),
    *[C(n, "captured", "RU", RU_MOD, None, "його підрозділи «звільнили» Кіндратівку", verb="звільнили",
        claimed_on_inferred="before 2025-06-04") for n in ("Kindrativka", "Kostiantynivka", "Oleksiivka")],
], distances=[
    D("за 20–30 км на північ від Сум", "offset", 20, 30, qualifier="range", places=["Kindrativka", "Kostiantynivka", "Oleksiivka"],
      reference="Sumy", direction="N"),
], note="'Сумської ОВА' in the headline and 'Хотінської громади' evacuation: no claim")

doc("027", [
    P("Дніпра", "Dnipro", "Дніпро", "river"),
    P("Херсона", "Kherson", "Херсон", "city", 706448, ["Херсон"]),
    P("Снігурівка", "Snihurivka", "Снігурівка", "city", 693379),
    P("Миколаївська область", "Mykolaiv Oblast", "Миколаївська область", "oblast", oblast="Mykolaiv"),
    P("Миколаєва", "Mykolaiv", "Миколаїв", "city", 700569),
    P("України", "Ukraine", "Україна", "country"),
    P("Чорнобаївка", "Chornobaivka", "Чорнобаївка", "settlement", 710715,
      coord_note="two Chornobaivka; 'Херсонська область' settles 710715"),
    P("Херсонська область", "Kherson Oblast", "Херсонська область", "oblast", oblast="Kherson"),
    P("Бериславський район", "Beryslav Raion", "Бериславський район", "region", oblast="Kherson", raion="Beryslav"),
], [
    C("Kherson", "withdrawn", "RU", "Russian defence minister", "2022-11-09", "наказав відвести війська з правого берега Дніпра",
      verb="наказав відвести",
      other_evidence=[{"claimant": RU_MOD, "claimed_on": "2022-11-11",
                       "evidence": "Міноборони РФ того ж дня заявило про завершення відведення військ на лівий берег."}]),
    C("Snihurivka", "liberated", "UA", "Південний літопис (chronicle)", None, "над міською радою підняли український прапор",
      event_date="2022-11-10", verb="підняли український прапор"),
    C("Kherson", "liberated", "UA", "Defence Intelligence of Ukraine (HUR)", "2022-11-11", "повідомило, що Херсон повертається під контроль України",
      event_date="2022-11-11", verb="повертається під контроль",
      other_evidence=[{"claimant": "Південний літопис (chronicle)", "claimed_on": None,
                       "evidence": "11 листопада, Херсон — перші підрозділи ЗСУ зайшли до міста."}]),
    C("Chornobaivka", "liberated", "UA", "Південний літопис (chronicle)", None, "місцеві мешканці зустрічали українських військових з прапорами",
      event_date="2022-11-11", uncertain=True, verb="зустрічали українських військових"),
    C("Beryslav Raion", "liberated", "UA", "Southern Operational Command of Ukraine", "2022-11-12", "звільнено ще 12 населених пунктів району",
      place_kind="region", verb="звільнено"),
    C("Kherson", "captured", "RU", "Південний літопис (background)", None, "який окупанти захопили після 24 лютого", background=True,
      event_date="2022-03-02", verb="захопили"),
], distances=[
    D("за 60 км на схід від Миколаєва", "offset", 60, 60, place="Snihurivka", reference="Mykolaiv", direction="E"),
], note="'було окуповане з березня' (Snihurivka) is status (no claim)")

doc("028", [
    P("Торецька", "Toretsk", "Торецьк", "city", 709354, ["Дзержинська", "Торецьк"], name_ru="Дзержинск",
      note="Russian authorities' name Дзержинськ"),
    P("Нью-Йорк", "Niu-York", "Нью-Йорк", "settlement", 699751),
    P("Щербинівку", "Shcherbynivka", "Щербинівка", "settlement", 694290),
], [
    C("Toretsk", "captured", "RU", RU_MOD, "2025-02-08", "Міністерство оборони Росії 8 лютого заявило", verb="звільнення"),
    C("Toretsk", "contested", "UA", "Viktor Tarasenko, spokesman of the grouping defending the town", None, "Бої за Торецьк тривають",
      verb="бої тривають; назвав заяву неправдою", claimed_on_inferred="2025-02-08/09",
      other_evidence=[{"claimant": "Viktor Tarasenko", "claimed_on": None,
                       "evidence": "Речник угруповання військ, яке обороняє місто, Віктор Тарасенко назвав цю заяву неправдою."}]),
    C("Toretsk", "advanced_near", "RU", "monitoring project «Лінія» (analysts)", None, "росіяни контролюють більшу частину міської забудови",
      verb="контролюють більшу частину", claimed_on_inferred="2025-02-09"),
    C("Niu-York", "captured", "RU", "Донецький кур'єр (background)", None, "окупанти захопили ще минулого літа", background=True,
      event_date_text="summer 2024", verb="захопили"),
], distances=[
    D("за 7 км на південь від Торецька", "offset", 7, 7, place="Niu-York", reference="Toretsk", direction="S"),
], note="'намагаються охопити Торецьк з флангів, зокрема через Щербинівку' is an attempt (no claim)")

doc("029", [
    P("Андріївка", "Andriivka", "Андріївка", "settlement", 9114136, ["Андріївку", "Андріївці", "Андріївки"],
      coord_note="ten Andriivka in Donetsk oblast; '10 km south of Bakhmut' settles 9114136 (Bakhmut raion)"),
    P("Бахмута", "Bakhmut", "Бахмут", "city", 713174, ["Бахмут"]),
    P("Кліщіївка", "Klishchiivka", "Кліщіївка", "settlement", 13512497),
    P("Курдюмівки", "Kurdiumivka", "Курдюмівка", "settlement", 703633),
], [
    C("Andriivka", "liberated", "UA", "Ukrainian assault brigade", "2023-09-15", "Штурмова бригада в п'ятницю повідомила, що звільнила Андріївку",
      verb="звільнила"),
    C("Andriivka", "contested", "RU", RU_MOD, None, "Там заявили, що бої за Андріївку тривають", verb="втрату села не визнали; бої тривають",
      claimed_on_inferred="2023-09-15/16"),
    C("Kurdiumivka", "advanced_near", "UA", "spokesman of the Ukrainian grouping", None, "українські підрозділи, за словами речника угруповання, просунулися до залізниці",
      verb="просунулися до залізниці біля", claimed_on_inferred="2023-09-15/16"),
    C("Bakhmut", "captured", "RU", "Тиждень на сході (background)", None, "Бахмут росіяни захопили в травні", background=True,
      event_date="2023-05", verb="захопили"),
], distances=[
    D("за 10 км на південь від Бахмута", "offset", 10, 10, place="Andriivka", reference="Bakhmut", direction="S"),
], note="'Кліщіївка досі залишається ареною запеклих боїв' names no side (no claim)")

doc("030", [
    P("Куп'янську-Вузловому", "Kupiansk-Vuzlovyi", "Куп'янськ-Вузловий", "settlement", 703652, ["Куп'янська-Вузлового"]),
    P("Кругляківці", "Kruhliakivka", "Кругляківка", "settlement", 812661),
    P("Куп'янська", "Kupiansk", "Куп'янськ", "city", 703656),
    P("Синьківки", "Synkivka", "Синьківка", "settlement", 693778),
    P("Іванівки", "Ivanivka", "Іванівка", "settlement", oblast="Kharkiv", uncertain=True,
      coord_note="at least five Ivanivka in the Kupiansk area (Kharkiv oblast); the text does not say which"),
    P("Куп'янської громади", "Kupiansk hromada", "Куп'янська громада", "region", oblast="Kharkiv"),
], [], other_areas=[
    A("близько 15 тисяч гектарів", 15000, unit="ha", qualifier="about", note="unsown farmland"),
    A("400 гектарів", 400, unit="ha", qualifier="exact", note="demined farmland"),
], distances=[
    D("за 20 км на південь від Куп'янська", "offset", 20, 20, place="Kruhliakivka", reference="Kupiansk", direction="S"),
], note="nothing is claimed: power repairs, an air strike, repelled attacks, evacuation")

doc("031", [
    P("Новогродівці", "Novohrodivka", "Новогродівка", "city", 699557),
    P("Селидовому", "Selydove", "Селидове", "city", 694677),
    P("Цукуриного", "Tsukuryne", "Цукурине", "settlement", 691077),
    P("Українськ", "Ukrainsk", "Українськ", "city", 690771),
    P("Гірник", "Hirnyk", "Гірник", "city", 708395),
    P("Вугледара", "Vuhledar", "Вугледар", "city", 690823),
    P("Харківщині", "Kharkiv Oblast", "Харківська область", "oblast", oblast="Kharkiv"),
    P("Вовчанську", "Vovchansk", "Вовчанськ", "city", 689304),
    P("Синьківки", "Synkivka", "Синьківка", "settlement", 693778),
    P("Курщині", "Kursk Oblast", "Курська область", "oblast", country="RU", oblast="Kursk"),
], [
    *[C(n, "advanced_near", "RU", "Telegram channel «Мапа фронту»", "2024-09-30", "Ворог просунувся в Новогродівці та Селидовому",
        verb="просунувся в / поблизу") for n in ("Novohrodivka", "Selydove", "Tsukuryne")],
    *[C(n, "captured", "RU", "Telegram channel «Мапа фронту»", "2024-09-30", "Окуповано Українськ та Гірник", verb="окуповано")
      for n in ("Ukrainsk", "Hirnyk")],
    C("Vuhledar", "advanced_near", "RU", "Telegram channel «Мапа фронту»", "2024-09-30", "противник вийшов на околиці Вугледара",
      verb="вийшов на околиці"),
    C("Vovchansk", "advanced_near", "RU", "Telegram channel «Мапа фронту»", "2024-09-30", "росіяни просунулися у Вовчанську",
      verb="просунулися у"),
    C("Synkivka", "advanced_near", "UA", "Telegram channel «Мапа фронту»", "2024-09-30", "наші захисники відновили позиції поблизу Синьківки",
      verb="відновили позиції поблизу"),
    C("Kursk Oblast", "advanced_near", "UA", "Telegram channel «Мапа фронту»", "2024-09-30", "на Курщині утримують понад 800 км²",
      verb="утримують", place_kind="oblast", note="region-level, partial control"),
], areas=[
    A("468 км²", 468, by_side="RU", claimant="Telegram channel «Мапа фронту»", period="September 2024"),
    A("понад 800 км²", 800, qualifier="over", by_side="UA", claimant="Telegram channel «Мапа фронту»", region="Kursk Oblast"),
], note="'Покровському та Курахівському напрямках', 'Вугледарському напрямку' are axis names, not places")

doc("032", [
    P("Ірпінь", "Irpin", "Ірпінь", "city", 707565),
    P("Буча", "Bucha", "Буча", "city", 711350, ["Бучі"]),
    P("Гостомель", "Hostomel", "Гостомель", "settlement", 708251),
    P("Київська область", "Kyiv Oblast", "Київська область", "oblast", oblast="Kyiv"),
    P("Чернігівщини", "Chernihiv Oblast", "Чернігівська область", "oblast", oblast="Chernihiv"),
    P("Сумщини", "Sumy Oblast", "Сумська область", "oblast", oblast="Sumy"),
    P("Києва", "Kyiv", "Київ", "city", 703448, ["Києві", "Київ"]),
    P("Чернігова", "Chernihiv", "Чернігів", "city", 710735, ["Чернігів"]),
    P("Кременчук", "Kremenchuk", "Кременчук", "city", 704147),
], [
    *[C(n, "liberated", "UA", "Deputy Defence Minister of Ukraine", "2022-04-02", "Ірпінь, Буча, Гостомель і вся Київська область звільнені",
        verb="звільнені") for n in ("Irpin", "Bucha", "Hostomel")],
    C("Kyiv Oblast", "liberated", "UA", "Deputy Defence Minister of Ukraine", "2022-04-02", "Ірпінь, Буча, Гостомель і вся Київська область звільнені",
      verb="звільнені", place_kind="oblast"),
    *[C(n, "withdrawn", "RU", UA_GS, "2022-04-02", "Війська РФ відходять з Чернігівщини та Сумщини", verb="відходять з",
        place_kind="oblast", uncertain=True, note="withdrawal in progress") for n in ("Chernihiv Oblast", "Sumy Oblast")],
], distances=[
    D("за 25 км на північний захід від Києва", "offset", 25, 25, place="Bucha", reference="Kyiv", direction="NW"),
], note="'блокаду Чернігова знято' lifts a siege of a city that was never taken (no claim); 'окупанти ще займають окремі населені пункти' "
        "on the north of Sumy oblast is status; 'Чернігівської ОВА' is an institution; 'столиці' is not a name")

doc("033", [
    P("П'ятихаток", "Piatykhatky", "П'ятихатки", "settlement", 695966, ["П'ятихатками", "П'ятихатки"],
      coord_note="nine Piatykhatky; 'Василівського району' (Zaporizhzhia oblast) settles 695966"),
    P("Запорізької області", "Zaporizhzhia Oblast", "Запорізька область", "oblast", oblast="Zaporizhzhia"),
    P("Василівського району", "Vasylivka Raion", "Василівський район", "region", oblast="Zaporizhzhia", raion="Vasylivka"),
    P("Лобкового", "Lobkove", "Лобкове", "settlement", 702891),
], [
    C("Piatykhatky", "captured", "RU", "an official of the Russian-installed administration of Zaporizhzhia oblast", "2023-06-21",
      "російські війська нібито «повернули контроль» над П'ятихатками", verb="повернули контроль", uncertain=True,
      note="hedged by the outlet ('нібито')"),
    C("Piatykhatky", "contested", "UA", "Oleksandr Kravets, spokesman of the Tavria defence forces", "2023-06-22",
      "П'ятихатки під контролем наших підрозділів", verb="назвав фейком; під контролем наших підрозділів"),
    C("Piatykhatky", "liberated", "UA", "Deputy Defence Minister of Ukraine", "2023-06-18", "Про звільнення П'ятихаток 18 червня повідомила",
      verb="звільнення"),
    C("Lobkove", "liberated", "UA", "Запорізька правда онлайн (background)", None, "яке ЗСУ звільнили на початку місяця", background=True,
      event_date="2023-06", verb="звільнили"),
], areas=[
    A("100 квадратних кілометрів", 100, qualifier="over", by_side="UA", claimant="Oleksandr Kravets", period="since the start of the counteroffensive"),
], distances=[
    D("за кілька кілометрів від Лобкового", "offset", None, None, qualifier="several", place="Piatykhatky", reference="Lobkove",
      note="rows are 2.6 km apart"),
    D("на 7 км", "advance", 7, 7, qualifier="exact", by_side="UA"),
], note="'призначених Росією' is a country as agent (not a place)")

doc("034", [
    P("Курщина", "Kursk Oblast", "Курська область", "oblast", v=["Курської області"], country="RU", oblast="Kursk"),
    P("Суджу", "Sudzha", "Суджа", "city", 486816, ["Суджі"]),
    P("Гончарівку", "Goncharovka", "Гончарівка", "settlement", 990000002, name_ru="Гончаровка"),
    P("Коренева", "Korenevo", "Коренево", "settlement", 544906),
    P("Снагостю", "Snagost", "Снагость", "settlement", country="RU", oblast="Kursk", name_ru="Снагость",
      coord_note="not in the gazetteer extract"),
    P("Сумщини", "Sumy Oblast", "Сумська область", "oblast", oblast="Sumy"),
], [
    C("Kursk Oblast", "advanced_near", "UA", "Commander-in-chief of the Armed Forces of Ukraine", "2024-08-27",
      "Сили оборони контролюють 1294 км² території Курської області", verb="контролюють", place_kind="oblast",
      note="region-level, partial control"),
    C("Sudzha", "captured", "UA", "Прикордоння", None, "Суджу ЗСУ взяли під повний контроль ще 15 серпня", event_date="2024-08-15",
      verb="взяли під повний контроль"),
    C("Goncharovka", "captured", "UA", "Прикордоння", None, "українські військові зайняли раніше", verb="зайняли"),
    C("Snagost", "liberated", "RU", "Russian military bloggers", None, "армія РФ повернула контроль над Снагостю", verb="повернула контроль",
      claimed_on_inferred="2024-08-26/27"),
], areas=[
    A("1294 км²", 1294, by_side="UA", claimant="Commander-in-chief of the Armed Forces of Ukraine", region="Kursk Oblast"),
], distances=[
    D("на 0,5–2 км", "advance", 0.5, 2, qualifier="range", by_side="UA"),
], note="'Біля Коренева тривають бої' names no side and no change (no claim)")

doc("035", [
    P("Лисичанська", "Lysychansk", "Лисичанськ", "city", 702972, ["Лисичанську", "Лисичанськ"]),
    P("України", "Ukraine", "Україна", "country"),
    P("Луганської області", "Luhansk Oblast", "Луганська область", "oblast", v=["Луганщини"], oblast="Luhansk"),
    P("Сіверського Дінця", "Siverskyi Donets", "Сіверський Донець", "river"),
    P("Сєвєродонецька", "Sievierodonetsk", "Сєвєродонецьк", "city", 691999),
    P("Білогорівка", "Bilohorivka", "Білогорівка", "settlement", 712588,
      coord_note="four Bilohorivka; 'сіл Луганщини' settles the Luhansk-oblast one (712588)"),
], [
    C("Lysychansk", "withdrawn", "UA", UA_GS, "2022-07-03", "змушені були відійти із займаних позицій у Лисичанську", verb="відійти"),
    C("Lysychansk", "captured", "RU", "Russian defence minister", "2022-07-03", "міністр оборони РФ доповів про «звільнення» Лисичанська",
      verb="звільнення"),
    C("Luhansk Oblast", "captured", "RU", "Russian defence minister", "2022-07-03", "міністр оборони РФ доповів про «звільнення» Лисичанська",
      verb="звільнення", place_kind="oblast"),
    C("Sievierodonetsk", "withdrawn", "UA", "Луганська хвиля (background)", None, "який українські підрозділи залишили 24 червня",
      background=True, event_date="2022-06-24", verb="залишили"),
], distances=[
    D("за 6 км від Сєвєродонецька", "offset", 6, 6, qualifier="exact", place="Lysychansk", reference="Sievierodonetsk"),
], note="Bilohorivka 'still under Ukrainian control' is status (no claim); 'Сили оборони України' and 'Луганської ОВА' are institution names")

doc("036", [
    P("Кучерового Яру", "Kucheriv Yar", "Кучерів Яр", "settlement", 9111883, ["Кучерів Яр"]),
    P("Золотого Колодязя", "Zolotyi Kolodiaz", "Золотий Колодязь", "settlement", 686865, ["Золотому Колодязі"]),
    P("Добропіллю", "Dobropillia", "Добропілля", "city", 709900, ["Добропілля"],
      coord_note="six Dobropillia; the town (709900), 15 km west of Kucheriv Yar"),
], [
    C("Kucheriv Yar", "advanced_near", "RU", "staff officer of a Ukrainian corps, call sign Tur", "2025-08-15",
      "Малі групи противника просочилися між нашими позиціями", verb="просочилися ... поблизу"),
    C("Zolotyi Kolodiaz", "advanced_near", "RU", "staff officer of a Ukrainian corps, call sign Tur", "2025-08-15",
      "Малі групи противника просочилися між нашими позиціями", verb="просочилися ... поблизу"),
    C("Kucheriv Yar", "liberated", "UA", "staff officer of a Ukrainian corps, call sign Tur", "2025-08-15", "Кучерів Яр повністю зачищено",
      event_date="2025-08-14", verb="зачищено; підняли прапор"),
    C("Zolotyi Kolodiaz", "captured", "RU", "Russian side (as rebutted in the interview)", None, "Росіяни заявляли про взяття Золотого Колодязя",
      verb="взяття", uncertain=True),
    C("Zolotyi Kolodiaz", "contested", "UA", "staff officer of a Ukrainian corps, call sign Tur", "2025-08-15",
      "Це неправда, село контролюють наші підрозділи", verb="неправда; контролюють",
      other_evidence=[{"claimant": "staff officer call sign Tur", "claimed_on": "2025-08-15",
                       "evidence": "У Золотому Колодязі ще тривають пошукові дії, там залишаються окремі ворожі групи."}]),
], distances=[
    D("до 10 км у глибину", "advance", None, 10, qualifier="up_to", by_side="RU"),
    D("за 15 км на схід від Добропілля", "offset", 15, 15, place="Kucheriv Yar", reference="Dobropillia", direction="E"),
], note="'Добропільському напрямку' is an axis name")
