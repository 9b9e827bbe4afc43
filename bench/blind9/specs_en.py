"""blind9 English texts 001-012 (every sentence written for this set)."""
from gen_gold import T, P, C, A, D, O

OBL = lambda s, en, uk, ob, country="UA": P(s, en, uk, "oblast", oblast=ob, country=country)

T("001", "2025-01-15", "en", "Northbridge Wire", "https://news.northbridge-wire.example.com/europe/2025/01/15/kharkiv-village-claim", """
Russia says it took Kharkiv village, Ukrainian spokesman says troops still hold it
KYIV, Jan 15 (Northbridge Wire) - Russia's defence ministry said on Wednesday that units of its "West" group had taken Pishchane, a village about 20 km south-east of Kupyansk in Ukraine's Kharkiv region, a claim that a Ukrainian military spokesman rejected within hours as a wish rather than a fact.
"Our positions in Pishchane are where they were yesterday, and the two assault groups that tried to enter it from the east were destroyed," Oleh Haidamaka, a spokesman for the Khortytsia group of forces, told the wire by phone.
The ministry also said its troops had reached the eastern outskirts of Kupiansk-Vuzlovyi, a railway town on the left bank of the Oskil river, and were clearing houses there. Haidamaka did not comment on that statement.
Ukraine's General Staff said 17 Russian attacks had been repelled near Zahryzove and Kolisnykivka over the previous day.
Russian troops seized Kupyansk in the first days of the invasion and were driven out in September 2022, when a Ukrainian counter-offensive swept through most of the Kharkiv region.
(Reporting by Iryna Dovzhenko in Kyiv; additional reporting by Mark Tessler in Kharkiv; editing by Ann Rowe)
""", places=[
    P("KYIV", "Kyiv", "Київ", "city", 703448, variants=["Kyiv"]),
    P("Pishchane", "Pishchane", "Піщане", "settlement", 697524),
    P("Kupyansk", "Kupiansk", "Куп'янськ", "city", 703656),
    P("Ukraine", "Ukraine", "Україна", "country"),
    OBL("Kharkiv region", "Kharkiv Oblast", "Харківська область", "Kharkiv"),
    P("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", "Куп'янськ-Вузловий", "settlement", 703652),
    P("Oskil", "Oskil", "Оскіл", "river"),
    P("Zahryzove", "Zahryzove", "Загризове", "settlement", 687877),
    P("Kolisnykivka", "Kolisnykivka", "Колісниківка", "settlement", 705448),
    P("Kharkiv", "Kharkiv", "Харків", "city", 706483),
], claims=[
    C("Pishchane", "captured", "RU", "Russian defence ministry", "2025-01-15", "had taken Pishchane", verb="taken"),
    C("Pishchane", "contested", "UA", "Oleh Haidamaka, Khortytsia group spokesman", "2025-01-15", "Our positions in Pishchane"),
    C("Kupiansk-Vuzlovyi", "advanced_near", "RU", "Russian defence ministry", "2025-01-15", "reached the eastern outskirts of Kupiansk-Vuzlovyi"),
    C("Kupiansk", "captured", "RU", "the article", "2025-01-15", "seized Kupyansk in the first days", background=True, event_date="2022-02"),
    C("Kupiansk", "liberated", "UA", "the article", "2025-01-15", "seized Kupyansk in the first days", background=True, event_date="2022-09"),
], offsets=[O("about 20 km south-east of Kupyansk", "Pishchane", "Kupyansk")],
   distances=[D("about 20 km south-east of Kupyansk", "offset", 20, 20, "about", "Kupyansk", "Pishchane")])

T("002", "2024-08-27", "en", "Meridian Conflict Monitor", "https://meridian-monitor.example.org/assessments/2024-08-27", """
Russian Offensive Campaign Update, August 27, 2024 (excerpt: Pokrovsk direction)
Russian forces continued offensive operations on the Pokrovsk direction on August 26 and 27 and recently advanced in the southern part of Novohrodivka, which lies roughly 15 km south-east of Pokrovsk. Geolocated footage published on August 26 indicates that Russian troops raised a flag over a school in southern Novohrodivka, although we assess that the town is still contested.
Several Russian milbloggers claimed that Russian forces seized Mykhailivka, just east of Selydove, and entered the eastern outskirts of Selydove itself, but we have not observed confirmation of either claim.
A Ukrainian brigade spokesperson stated that Ukrainian forces remain in Mykhailivka and that fighting continues for the village.
The Russian Ministry of Defense claimed on August 27 that Russian forces had captured Zhelanne Pershe, a settlement that lies well behind the areas where we have observed geolocated Russian positions, and the claim is likely premature.
Russian forces are likely attempting to envelop Selydove from the north and south rather than attack the town head on.
""", places=[
    P("Pokrovsk", "Pokrovsk", "Покровськ", "city", 704422),
    P("Novohrodivka", "Novohrodivka", "Новогродівка", "city", 699557),
    P("Mykhailivka", "Mykhailivka", "Михайлівка", "settlement", 701212),
    P("Selydove", "Selydove", "Селидове", "city", 694677),
    P("Zhelanne Pershe", "Zhelanne Pershe", "Желанне Перше", "settlement", q=("Zhelanne Pershe", "Donetsk")),
], claims=[
    C("Novohrodivka", "advanced_near", "RU", "Meridian Conflict Monitor (geolocated footage)", "2024-08-27", "recently advanced in the southern part of Novohrodivka",
      other=[("Meridian Conflict Monitor", "2024-08-27", "raised a flag over a school")]),
    C("Mykhailivka", "captured", "RU", "Russian milbloggers", "2024-08-27", "seized Mykhailivka, just east of Selydove", uncertain=True, verb="seized"),
    C("Selydove", "advanced_near", "RU", "Russian milbloggers", "2024-08-27", "seized Mykhailivka, just east of Selydove", uncertain=True),
    C("Mykhailivka", "contested", "UA", "Ukrainian brigade spokesperson", "2024-08-27", "Ukrainian forces remain in Mykhailivka"),
    C("Zhelanne Pershe", "captured", "RU", "Russian Ministry of Defense", "2024-08-27", "had captured Zhelanne Pershe", uncertain=True, verb="captured"),
], offsets=[O("roughly 15 km south-east of Pokrovsk", "Novohrodivka", "Pokrovsk"), O("just east of Selydove", "Mykhailivka", "Selydove")],
   distances=[D("roughly 15 km south-east of Pokrovsk", "offset", 15, 15, "about", "Pokrovsk", "Novohrodivka")])

T("003", "2023-11-11", "en", "The Dnipro Ledger", "https://dnipro-ledger.example.net/features/kherson-one-year-on", """
A year after Ukrainian forces liberated Kherson, the city still sleeps to the sound of artillery
One year ago today, columns of Ukrainian soldiers drove into the central square of Kherson to be met by residents waving flags they had hidden for eight months. Russia had announced two days earlier that it was pulling its troops back to the left bank of the Dnipro, and by the morning of November 11, 2022, the last of them had crossed the river.
The city had fallen on March 2, 2022, the first regional capital Russia took after the invasion began. Snihurivka, a town on the road to Mykolaiv, was retaken by Ukrainian troops a day before Kherson, Ukraine's defence ministry said at the time.
Today the Russian guns across the river are a few kilometres away. Shelling on Thursday damaged a hospital in the Korabel district and a school in Bilozerka, west of the city, officials said.
Deminers have so far cleared about 9,400 hectares of farmland in the Kherson region, the regional administration says, while roughly 80,000 hectares remain to be checked.
Ksenia, 63, who sells flowers near the river station, says the anniversary feels strange. "We were free for a year, but we are not safe," she said.
""", places=[
    P("Kherson", "Kherson", "Херсон", "city", 706448),
    P("Dnipro", "Dnipro", "Дніпро", "river"),
    P("Snihurivka", "Snihurivka", "Снігурівка", "city", 693379),
    P("Mykolaiv", "Mykolaiv", "Миколаїв", "city", q=("Mykolaiv", "Mykolaiv", "Mykolayiv urban raion")),
    P("Korabel district", "Korabel", "Корабел", "other"),
    P("Bilozerka", "Bilozerka", "Білозерка", "settlement", 712508),
    OBL("Kherson region", "Kherson Oblast", "Херсонська область", "Kherson"),
], claims=[
    C("Kherson", "liberated", "UA", "the article", "2023-11-11", "One year ago today, columns of Ukrainian soldiers", background=True, event_date="2022-11-11"),
    C("Kherson", "withdrawn", "RU", "Russia", "2022-11-09", "it was pulling its troops back", background=True, event_date="2022-11-11"),
    C("Kherson", "captured", "RU", "the article", "2023-11-11", "The city had fallen on March 2, 2022", background=True, event_date="2022-03-02"),
    C("Snihurivka", "liberated", "UA", "Ukraine's defence ministry", "2022-11-10", "was retaken by Ukrainian troops a day before Kherson", background=True, event_date="2022-11-10", verb="retaken"),
], other_areas=[
    A("about 9,400 hectares", 9400, "ha", "about", claimant="Kherson regional administration", region="Kherson region", note="farmland demined"),
    A("roughly 80,000 hectares", 80000, "ha", "about", claimant="Kherson regional administration", region="Kherson region", note="land still to be checked for mines"),
], offsets=[O("west of the city", "Bilozerka", "Kherson")])

T("004", "2023-10-14", "en", "Kyiv Frontline Digest", "https://frontline-digest.example.com.ua/en/general-staff-2023-10-14", """
General Staff operational update as of 18:00, October 14
Over the past day there were 54 combat clashes along the front line. The enemy launched two missile strikes and 31 air strikes and fired 47 times from multiple rocket launchers at the positions of our troops and at populated areas.
On the Kupiansk direction, our defenders repelled nine attacks near Synkivka and Petropavlivka in the Kharkiv region.
On the Avdiivka direction, the enemy, supported by aviation, continued trying to encircle Avdiivka; our troops repelled more than 20 attacks near Avdiivka, Sieverne and Stepove.
On the Melitopol direction, the Defence Forces are continuing their offensive operation, have had partial success west of Verbove in the Zaporizhzhia region and are consolidating the positions they reached.
On the Bakhmut direction, our units are holding the captured positions south of Bakhmut and inflicting losses on the enemy near Klishchiivka and Andriivka, which they took last month.
On the Kherson direction, the enemy shelled Kherson, Antonivka and Beryslav.
""", places=[
    P("Synkivka", "Synkivka", "Синьківка", "settlement", 693778),
    P("Petropavlivka", "Petropavlivka", "Петропавлівка", "settlement", q=("Petropavlivka", "Kharkiv", "Kupianska Miskrada")),
    OBL("Kharkiv region", "Kharkiv Oblast", "Харківська область", "Kharkiv"),
    P("Avdiivka", "Avdiivka", "Авдіївка", "city", 713122),
    P("Sieverne", "Sieverne", "Сіверне", "settlement", 9113129),
    P("Stepove", "Stepove", "Степове", "settlement", q=("Stepove", "Donetsk", "Pokrovsk")),
    P("Verbove", "Verbove", "Вербове", "settlement", 689965),
    OBL("Zaporizhzhia region", "Zaporizhzhia Oblast", "Запорізька область", "Zaporizhzhia"),
    P("Bakhmut", "Bakhmut", "Бахмут", "city", 713174),
    P("Klishchiivka", "Klishchiivka", "Кліщіївка", "settlement", 13512497),
    P("Andriivka", "Andriivka", "Андріївка", "settlement", 9114136),
    P("Kherson", "Kherson", "Херсон", "city", 706448),
    P("Antonivka", "Antonivka", "Антонівка", "settlement", q=("Antonivka", "Kherson", "Khersonskyi")),
    P("Beryslav", "Beryslav", "Берислав", "city", 712260),
], claims=[
    C("Verbove", "advanced_near", "UA", "General Staff of the Armed Forces of Ukraine", "2023-10-14", "have had partial success west of Verbove"),
    C("Bakhmut", "advanced_near", "UA", "General Staff of the Armed Forces of Ukraine", "2023-10-14", "holding the captured positions south of Bakhmut", uncertain=True, note="gains south of the city, read as a partial gain near it"),
    C("Klishchiivka", "liberated", "UA", "General Staff of the Armed Forces of Ukraine", "2023-10-14", "which they took last month", event_date="2023-09", verb="took"),
    C("Andriivka", "liberated", "UA", "General Staff of the Armed Forces of Ukraine", "2023-10-14", "which they took last month", event_date="2023-09", verb="took"),
], note="Repelled attacks (Synkivka, Petropavlivka, Avdiivka, Sieverne, Stepove) and shelling give no claim.")

T("005", "2023-09-02", "en", "Steppe Correspondent", "https://steppe-correspondent.example.org/interviews/robotyne-assault", """
"We counted every tree line": a sergeant on the fight for Robotyne
ZAPORIZHZHIA REGION, Ukraine - Sergeant Taras, 29, a squad leader in an assault brigade, asked that his surname not be printed. We met him in a village near Orikhiv, a week after his unit came back from the fields to the south.
He said his company had spent most of August crawling forward through minefields and that they had entered Robotyne from the north-west in the third week of the month, when the Russians were still holding the southern streets and the cemetery.
By the 28th, he said, the village was fully theirs. "We raised the flag on what was left of the shop, and the next morning the drones were back," he added.
Ukraine's deputy defence minister announced the liberation of Robotyne on August 28, and on Friday the military said troops had broken through the first Russian line between Robotyne and Verbove.
Taras is less sure about what comes next. Novoprokopivka, about 4 km further south, is where the Russians have dug in, he said, and Tokmak is "a long way off for people on foot".
Russian officials continue to say that Robotyne has not been lost and that fighting goes on around it.
""", places=[
    OBL("ZAPORIZHZHIA REGION", "Zaporizhzhia Oblast", "Запорізька область", "Zaporizhzhia"),
    P("Ukraine", "Ukraine", "Україна", "country"),
    P("Orikhiv", "Orikhiv", "Оріхів", "city", 698428),
    P("Robotyne", "Robotyne", "Роботине", "settlement", 695586),
    P("Verbove", "Verbove", "Вербове", "settlement", 689965),
    P("Novoprokopivka", "Novoprokopivka", "Новопрокопівка", "settlement", 689873),
    P("Tokmak", "Tokmak", "Токмак", "city", 691469),
], claims=[
    C("Robotyne", "advanced_near", "UA", "Sergeant Taras (interview)", "2023-09-02", "they had entered Robotyne from the north-west", event_date="2023-08"),
    C("Robotyne", "liberated", "UA", "Sergeant Taras (interview); Ukraine's deputy defence minister", "2023-09-02", "the village was fully theirs", event_date="2023-08-28",
      other=[("Ukraine's deputy defence minister", "2023-08-28", "announced the liberation of Robotyne on August 28")]),
    C("Robotyne", "contested", "RU", "Russian officials", "2023-09-02", "Robotyne has not been lost"),
], offsets=[O("about 4 km further south", "Novoprokopivka", "Robotyne")],
   distances=[D("about 4 km further south", "offset", 4, 4, "about", "Robotyne", "Novoprokopivka")],
   note="The break-through 'between Robotyne and Verbove' gives no claim on Verbove (convention 13, between-phrase).")

T("006", "2024-08-13", "en", "Caspian Press Agency", "https://caspianpress.example.com/world/2024/08/13/kursk-incursion", """
Ukraine says it holds 1,000 sq km of Russia's Kursk region; Moscow says advance halted
KYIV/MOSCOW, Aug 13 (Caspian Press) - Ukraine's top commander said on Monday his troops controlled about 1,000 square kilometres of Russia's Kursk region, a week after they crossed the border in the biggest foreign incursion into Russia since World War Two.
Oleksandr Syrskyi told President Volodymyr Zelenskiy in a televised meeting that fighting was going on along the whole front line of the operation and that his forces had advanced 1.5 km in some areas over the previous day.
Ukrainian soldiers filmed themselves in the centre of Sudzha, a town of about 5,000 people 10 km from the border, and local officials on the Russian side said the town was largely outside Moscow's control.
Russia's defence ministry said its forces had thwarted attempts by Ukrainian mobile groups to break into Martynovka and Malaya Loknya and had pushed them back from Tolstyy Lug.
The acting governor of the region said on Monday that Ukrainian troops held 28 villages and that 121,000 people had been evacuated.
""", places=[
    OBL("Kursk region", "Kursk Oblast", "Курська область", "Kursk", country="RU"),
    P("KYIV", "Kyiv", "Київ", "city", 703448),
    P("MOSCOW", "Moscow", "Москва", "city", country="RU", note="dateline; no gazetteer row for Moscow in the set's files"),
    P("Russia", "Russia", "Росія", "country", country="RU"),
    P("Sudzha", "Sudzha", "Суджа", "city", 486816),
    P("Martynovka", "Martynovka", "Мартинівка", "settlement", 990000004),
    P("Malaya Loknya", "Malaya Loknya", "Мала Локня", "settlement", 990000003),
    P("Tolstyy Lug", "Tolstyy Lug", "Товстий Луг", "settlement", 990000007),
], claims=[
    C("Kursk Oblast", "captured", "UA", "Oleksandr Syrskyi", "2024-08-12", "his troops controlled about 1,000 square kilometres", note="region-level"),
    C("Sudzha", "advanced_near", "UA", "Ukrainian soldiers (video); local officials", "2024-08-13", "filmed themselves in the centre of Sudzha",
      other=[("local officials on the Russian side", "2024-08-13", "the town was largely outside Moscow's control")]),
], areas=[A("about 1,000 square kilometres", 1000, "km2", "about", "UA", "Oleksandr Syrskyi", "Kursk region")],
   distances=[D("1.5 km", "advance", 1.5), D("10 km from the border", "offset", 10)],
   note="Repelled break-in attempts (Martynovka, Malaya Loknya, Tolstyy Lug) give no claim. MOSCOW is a dateline place without a gazetteer row here.")

T("007", "2025-02-08", "en", "Eastern Front Live", "https://eastern-front-live.example.com/live/2025-02-08", """
Live: Russia claims Toretsk, Ukraine says fighting continues
09:12 Russia's defence ministry says its "South" group has "completed the liberation" of Dzerzhinsk, the Soviet-era name Moscow still uses for Toretsk in Donetsk region. The ministry posted a short video of soldiers with a flag on a slag heap.
09:40 A spokesman for Ukraine's Khortytsia group of forces, Viktor Trehubov-Lysenko, says Toretsk "is not lost". "Our units hold positions in the north-west of the town and the fighting inside it goes on," he told our correspondent.
10:25 Analysts at an open-source mapping group say the Russian claim runs ahead of the footage: the videos they have geolocated place Russian troops in the centre and south of Toretsk, but not in its northern districts.
11:03 Further north, the Russian ministry says its troops have advanced in the Novyi microdistrict of Chasiv Yar, which Russian media call Chasov Yar. Ukrainian officials have not commented.
12:30 In Kramatorsk, about 40 km north-west of Toretsk, a drone hit a bus stop this morning; two people were wounded, the city's military administration says.
13:15 Evacuation buses left Kostiantynivka for Dnipro with 58 people on board, including nine children.
""", places=[
    P("Dzerzhinsk", "Toretsk", "Торецьк", "city", 709354, variants=["Toretsk"], ru="Дзержинск"),
    OBL("Donetsk region", "Donetsk Oblast", "Донецька область", "Donetsk"),
    P("Chasiv Yar", "Chasiv Yar", "Часів Яр", "city", 710915, variants=["Chasov Yar"]),
    P("Kramatorsk", "Kramatorsk", "Краматорськ", "city", 704508),
    P("Kostiantynivka", "Kostiantynivka", "Костянтинівка", "city", 705104),
    P("Dnipro", "Dnipro", "Дніпро", "city", 709930),
], claims=[
    C("Toretsk", "captured", "RU", "Russian defence ministry", "2025-02-08", "has \"completed the liberation\" of Dzerzhinsk", verb="completed the liberation"),
    C("Toretsk", "contested", "UA", "Viktor Trehubov-Lysenko, Khortytsia group spokesman", "2025-02-08", "Toretsk \"is not lost\"",
      other=[("Viktor Trehubov-Lysenko, Khortytsia group spokesman", "2025-02-08", "Our units hold positions in the north-west of the town")]),
    C("Toretsk", "advanced_near", "RU", "open-source mapping group", "2025-02-08", "place Russian troops in the centre and south of Toretsk"),
    C("Chasiv Yar", "advanced_near", "RU", "Russian defence ministry", "2025-02-08", "advanced in the Novyi microdistrict of Chasiv Yar"),
], offsets=[O("about 40 km north-west of Toretsk", "Kramatorsk", "Toretsk")],
   distances=[D("about 40 km north-west of Toretsk", "offset", 40, 40, "about", "Toretsk", "Kramatorsk")])

T("008", "2024-07-20", "en", "Civilian Harm Register", "https://civilian-harm-register.example.org/log/2024-07", """
Incident log for the Kharkiv region and the Kherson region, 15-19 July 2024 (selected entries)
On 15 July 2024, Russian forces shelled Vovchansk, Kharkiv oblast, with artillery and guided aerial bombs. No civilian casualties were recorded.
On 15 July 2024, a drone struck a private house in Lyptsi, Kharkivskyi raion. One man was injured.
On 16 July 2024, Russian forces shelled Kherson city; a tram depot and two apartment blocks were damaged.
On 17 July 2024, Ukrainian forces were reported to have left their last positions in Krynky, on the left bank of the Dnipro in Kherson oblast, after eight months; a Ukrainian navy spokesperson said the troops had been pulled back to the islands nearby.
On 18 July 2024, a guided bomb hit a warehouse in Zolochiv, Bohodukhivskyi raion, about 7 km from the Russian border.
On 19 July 2024, Russian forces shelled Bilozerka and Antonivka, Khersonskyi raion; one woman was killed in Antonivka.
Entries are compiled from regional administration posts and local media and are updated when new information becomes available.
""", places=[
    P("Kharkiv region", "Kharkiv Oblast", "Харківська область", "oblast", oblast="Kharkiv", variants=["Kharkiv oblast"]),
    P("Kherson region", "Kherson Oblast", "Херсонська область", "oblast", oblast="Kherson", variants=["Kherson oblast"]),
    P("Vovchansk", "Vovchansk", "Вовчанськ", "city", 689304),
    P("Lyptsi", "Lyptsi", "Липці", "settlement", 702989),
    P("Kharkivskyi raion", "Kharkivskyi Raion", "Харківський район", "region", oblast="Kharkiv"),
    P("Kherson city", "Kherson", "Херсон", "city", 706448),
    P("Krynky", "Krynky", "Кринки", "settlement", 703861),
    P("Dnipro", "Dnipro", "Дніпро", "river"),
    P("Zolochiv", "Zolochiv", "Золочів", "city", q=("Zolochiv", "Kharkiv")),
    P("Bohodukhivskyi raion", "Bohodukhivskyi Raion", "Богодухівський район", "region", oblast="Kharkiv"),
    P("Bilozerka", "Bilozerka", "Білозерка", "settlement", 712508),
    P("Antonivka", "Antonivka", "Антонівка", "settlement", 713304),
    P("Khersonskyi raion", "Khersonskyi Raion", "Херсонський район", "region", oblast="Kherson"),
], claims=[
    C("Krynky", "withdrawn", "UA", "Ukrainian navy spokesperson (as reported)", "2024-07-17", "left their last positions in Krynky", event_date="2024-07-17",
      other=[("Ukrainian navy spokesperson", "2024-07-17", "pulled back to the islands nearby")]),
], distances=[D("about 7 km from the Russian border", "offset", 7, 7, "about")],
   note="Shelling and strike entries give no claim.")

T("009", "2025-05-24", "en", "Sumy Evening Courier", "https://sumy-courier.example.com.ua/en/news/2025/05/24/evacuation-border-villages", """
More families leave border villages as shelling of Sumy region intensifies
SUMY - Another 214 residents, among them 37 children, left villages in the north of the Sumy region this week, the regional military administration said on Saturday, as Russian drones and glide bombs hit communities along the border almost every hour.
Most of the people taken out came from around Bilopillia and Krasnopillia, towns less than 10 km from the Russian border, where the administration made evacuation compulsory for families with children in April.
Volunteers from a church group in Sumy drive a minibus to Yunakivka and Khotin twice a week, bringing bread, medicine and drinking water to older people who refuse to go.
"Some of them have buried their neighbours and still say they will die in their own houses," said Nadiia, a volunteer who has made the trip more than 60 times.
Those who leave are housed first at a transit centre in the city and later in dormitories in the Poltava region and the Kyiv region. Each adult receives a one-off payment of 2,000 hryvnias.
In Velyka Pysarivka, further south, the community's only bakery closed on Friday after a drone hit its roof.
""", places=[
    OBL("Sumy region", "Sumy Oblast", "Сумська область", "Sumy"),
    P("SUMY", "Sumy", "Суми", "city", 692194, variants=["Sumy"]),
    P("Bilopillia", "Bilopillia", "Білопілля", "city", 712559),
    P("Krasnopillia", "Krasnopillia", "Краснопілля", "settlement", 704343),
    P("Yunakivka", "Yunakivka", "Юнаківка", "settlement", 688077),
    P("Khotin", "Khotin", "Хотінь", "settlement", 706253),
    OBL("Poltava region", "Poltava Oblast", "Полтавська область", "Poltava"),
    OBL("Kyiv region", "Kyiv Oblast", "Київська область", "Kyiv"),
    P("Velyka Pysarivka", "Velyka Pysarivka", "Велика Писарівка", "settlement", 690230),
], distances=[D("less than 10 km from the Russian border", "offset", 0, 10, "under")],
   offsets=[O("further south", "Velyka Pysarivka", "Sumy")],
   note="No territorial claim: evacuation and humanitarian news.")

T("010", "2025-06-03", "en", "Telegram channel 'Northern Line Notes' (translated by Frontline Translations)", "https://t.example.me/northern_line_notes/4821", """
Northern Line Notes, evening summary for June 3. Translated from Russian.
Short summary for the Sumy direction, as of 19:00:
1. Yunakivka: after a week of fighting our guys have cleared the village completely, including the farm on its western edge. The MoD has not announced it yet, but footage is on the way.
2. Andriivka (the one next to Yunakivka, not the ones in Donbas): assault groups entered from the east and are fixing themselves in the first houses. The enemy keeps hitting them with drones.
3. Kostiantynivka in Sumy region: I am hearing that it was taken yesterday, but I have no confirmation from the guys on the ground, so treat this as a rumour.
4. Oleksiivka: the Ukrainians counterattacked twice from the direction of Sumy, both times without success.
5. Overall the front here has moved about 2-3 km towards Sumy in a week. The city is now about 20 km away from our forward positions.
Ukrainian sources, for their part, insist that Yunakivka is still contested, and one of their brigades posted a video from the centre of the village on Monday.
""", places=[
    P("Sumy", "Sumy", "Суми", "city", 692194),
    P("Yunakivka", "Yunakivka", "Юнаківка", "settlement", 688077),
    P("Andriivka", "Andriivka", "Андріївка", "settlement", 713416, note="the Sumy-oblast namesake next to Yunakivka, settled by the text"),
    P("Donbas", "Donbas", "Донбас", "region"),
    P("Kostiantynivka", "Kostiantynivka", "Костянтинівка", "settlement", 705096, note="Sumy oblast, settled by 'in Sumy region'"),
    OBL("Sumy region", "Sumy Oblast", "Сумська область", "Sumy"),
    P("Oleksiivka", "Oleksiivka", "Олексіївка", "settlement", 713548),
], claims=[
    C("Yunakivka", "captured", "RU", "Telegram channel Northern Line Notes (milblogger)", "2025-06-03", "have cleared the village completely", verb="cleared"),
    C("Andriivka", "advanced_near", "RU", "Telegram channel Northern Line Notes (milblogger)", "2025-06-03", "assault groups entered from the east"),
    C("Kostiantynivka", "captured", "RU", "Telegram channel Northern Line Notes (milblogger)", "2025-06-03", "it was taken yesterday", uncertain=True, event_date="2025-06-02", verb="taken"),
    C("Yunakivka", "contested", "UA", "Ukrainian sources (as reported by the channel)", "2025-06-03", "Yunakivka is still contested"),
], distances=[D("about 2-3 km", "advance", 2, 3, "range"), D("about 20 km away", "offset", 20, 20, "about")],
   note="Oleksiivka: failed Ukrainian counterattacks give no claim.")

T("011", "2023-10-01", "en", "Continental Review", "https://continental-review.example.com/europe/lyman-a-year-later", """
Lyman, a year on: the railway town that changed hands twice
A year after Ukrainian forces liberated Lyman, the railway junction in the north of Donetsk region is a town of broken platforms and about 6,000 residents, a quarter of its pre-war population.
Russian troops took Lyman in late May 2022, after weeks of fighting in the forests along the Siverskyi Donets. Four months later the Ukrainian army, moving south-east after its breakthrough in the Kharkiv region, cut the roads around the town from Drobysheve and Zarichne. On October 1, 2022, Russia's defence ministry said its troops had been withdrawn from Lyman "to more advantageous lines", and the same day Ukrainian soldiers posted a video from the town's entrance sign.
By then Kyiv's forces had, by President Zelenskiy's count, recovered more than 6,000 square kilometres in the Kharkiv offensive alone.
The front has since settled some 15 km to the east, in the pine forests between Kreminna and Torske, where the Russian army has been attacking for weeks without making progress. The mayor's office says shells still reach Lyman several times a week.
A new footbridge over the river in Sviatohirsk, 20 km to the west, opened in August.
""", places=[
    P("Lyman", "Lyman", "Лиман", "city", 704204),
    OBL("Donetsk region", "Donetsk Oblast", "Донецька область", "Donetsk"),
    P("Siverskyi Donets", "Siverskyi Donets", "Сіверський Донець", "river"),
    OBL("Kharkiv region", "Kharkiv Oblast", "Харківська область", "Kharkiv"),
    P("Drobysheve", "Drobysheve", "Дробишеве", "settlement", 709614),
    P("Zarichne", "Zarichne", "Зарічне", "settlement", 705808),
    P("Kreminna", "Kreminna", "Кремінна", "city", 704138),
    P("Torske", "Torske", "Торське", "settlement", 691358),
    P("Sviatohirsk", "Sviatohirsk", "Святогірськ", "city", 692016),
], claims=[
    C("Lyman", "liberated", "UA", "the article", "2023-10-01", "A year after Ukrainian forces liberated Lyman", background=True, event_date="2022-10-01",
      other=[("Ukrainian soldiers (video)", "2022-10-01", "Ukrainian soldiers posted a video from the town's entrance sign")]),
    C("Lyman", "captured", "RU", "the article", "2023-10-01", "Russian troops took Lyman in late May 2022", background=True, event_date="2022-05", verb="took"),
    C("Lyman", "withdrawn", "RU", "Russia's defence ministry", "2022-10-01", "had been withdrawn from Lyman", background=True, event_date="2022-10-01"),
    C("Kharkiv Oblast", "liberated", "UA", "President Zelenskiy", "2022-09", "recovered more than 6,000 square kilometres", background=True, event_date="2022-09", note="region-level"),
], areas=[A("more than 6,000 square kilometres", 6000, "km2", "over", "UA", "President Zelenskiy", "Kharkiv region", period="2022-09")],
   distances=[dict(D("some 15 km to the east", "offset", 15, 15, "about"), unchecked=True, note="distance of the front from Lyman; no endpoint place"), D("20 km to the west", "offset", 20, 20, "exact", "Lyman", "Sviatohirsk")],
   offsets=[O("20 km to the west", "Sviatohirsk", "Lyman")],
   note="'Kharkiv offensive' is an operation name, not a place. Attacks between Kreminna and Torske without progress give no claim.")

T("012", "2025-07-09", "en", "Border Wire Service", "https://borderwire.example.net/2025/07/09/dnipropetrovsk-claim-denied", """
Ukraine denies Russian claim of first village taken in Dnipropetrovsk region
DNIPRO, July 9 (BWS) - Ukraine's military on Wednesday denied a Russian claim that Moscow's troops had captured Dachne, which would be the first settlement in the Dnipropetrovsk region that Russia says it has taken since the start of the full-scale invasion.
Russia's defence ministry said units of its "Centre" group had "liberated the settlement of Dachne" after pushing across the regional border from Donetsk region. The village lies about 22 km north of Velyka Novosilka, which Ukrainian troops left in January to avoid being encircled.
"There are no Russian units in Dachne. Our troops hold the village and the approaches to it," said Dmytro Lykhovyi-Shaposhnyk, a spokesman for the operational-strategic group responsible for the area, adding that Russian sabotage groups had been spotted on the fields west of Komar.
Independent analysts said they had seen no footage that would confirm the Russian claim, but noted that Russian forces had been advancing along the Vovcha river near Novopavlivka for several weeks.
Dnipropetrovsk regional officials announced the evacuation of children from three more villages in the Mezhova community.
""", places=[
    P("DNIPRO", "Dnipro", "Дніпро", "city", 709930),
    P("Dachne", "Dachne", "Дачне", "settlement", 9112867, note="the Synelnykove-raion namesake near the Donetsk border, settled by the offset from Velyka Novosilka"),
    OBL("Dnipropetrovsk region", "Dnipropetrovsk Oblast", "Дніпропетровська область", "Dnipropetrovsk"),
    OBL("Donetsk region", "Donetsk Oblast", "Донецька область", "Donetsk"),
    P("Velyka Novosilka", "Velyka Novosilka", "Велика Новосілка", "settlement", 690237),
    P("Komar", "Komar", "Комар", "settlement", 705271),
    P("Vovcha", "Vovcha", "Вовча", "river"),
    P("Novopavlivka", "Novopavlivka", "Новопавлівка", "settlement", 699373),
    P("Mezhova", "Mezhova", "Межова", "settlement", 701305, note="'the Mezhova community' (hromada named after the town)"),
], claims=[
    C("Dachne", "captured", "RU", "Russia's defence ministry", "2025-07-09", "\"liberated the settlement of Dachne\"", verb="liberated"),
    C("Dachne", "contested", "UA", "Dmytro Lykhovyi-Shaposhnyk, OSG spokesman; Ukraine's military", "2025-07-09", "There are no Russian units in Dachne",
      other=[("Ukraine's military", "2025-07-09", "Ukraine's military on Wednesday denied a Russian claim")]),
    C("Velyka Novosilka", "withdrawn", "UA", "the article", "2025-07-09", "which Ukrainian troops left in January", background=True, event_date="2025-01"),
    C("Novopavlivka", "advanced_near", "RU", "independent analysts", "2025-07-09", "advancing along the Vovcha river near Novopavlivka", uncertain=True),
], offsets=[O("about 22 km north of Velyka Novosilka", "Dachne", "Velyka Novosilka")],
   distances=[D("about 22 km north of Velyka Novosilka", "offset", 22, 22, "about", "Velyka Novosilka", "Dachne")],
   note="The Russian claim's evidence sentence for Dachne is the ministry's; the first sentence reports it too.")
