"""Specs of the English texts 001-012 (bodies and gold, written for blind10)."""
from gen import P, C, A, D, O

TEXTS = []

TEXTS.append(dict(n="001", pub="2022-09-12", lang="en", source="Northline Wire (invented)",
url="https://northline-wire.example.com/europe/2022/09/12/ukraine-north-east-izium",
body="""
Ukraine says Russian lines in the north-east have collapsed as its troops return to Izium

KHARKIV, Sept 12 (Northline Wire) - The pace surprised even officials in the capital. Six days ago Ukrainian brigades were probing Russian positions on the steppe south-east of Kharkiv; on Monday President Volodymyr Zelenskiy said his forces had taken back more than 6,000 square kilometres since the start of the month, in the east and in the south.

Russia seized Izium in early April after weeks of bombardment and turned the city into the main supply base for its drive towards Sloviansk. Balakliia, about 70 km south-east of Kharkiv, had been held by Russian troops since the first days of March.

On Thursday the General Staff confirmed that Balakliia was back under Ukrainian control, and on Friday it said its units had liberated Shevchenkove, a small district centre on the road to the Oskil river. On Saturday soldiers filmed themselves outside the town hall of Kupiansk, the rail junction that fed Russian units along much of the front, and a military spokesman said the city had been freed.

Moscow described the same days differently. The Russian defence ministry said on Saturday that its troops in the Balakliia and Izium areas were being "regrouped" to reinforce the Donetsk direction, a move it called planned. By Sunday Ukrainian units were in Izium itself; a regional official said the national flag flew over the city council building.

"We are not stopping," said Taras Lyman, a spokesman for the eastern grouping, adding that the next aim was to cut the roads that supply Lyman in the Donetsk region. Police spokeswoman Olena Shevchenko said investigators had begun to record detentions and graves in the retaken towns.

Western officials cautioned that Russian forces still held the east bank of the Oskil opposite Kupiansk and that the front could harden again before winter.
""",
places=[P("KHARKIV", 706483, var=["Kharkiv"], uk="Харків", en="Kharkiv", kind="city"),
        P("Izium", 707292, uk="Ізюм", en="Izium"),
        P("Sloviansk", 693468, uk="Слов'янськ", en="Sloviansk"),
        P("Balakliia", 712926, uk="Балаклія", en="Balakliia", note="the Kharkiv oblast town (a village of the name is in Poltava oblast); settled by the offset from Kharkiv"),
        P("Shevchenkove", 694137, uk="Шевченкове", en="Shevchenkove", note="the district-centre settlement in Kupiansk raion"),
        P("Oskil", var=["the Oskil"], kind="river", uk="Оскіл", en="Oskil", oblast="Kharkiv"),
        P("Kupiansk", 703656, uk="Куп'янськ", en="Kupiansk"),
        P("Lyman", 704204, uk="Лиман", en="Lyman", note="first occurrence is a person's surname (Taras Lyman); the town is named in 'supply Lyman in the Donetsk region'"),
        P("Donetsk region", kind="oblast", oblast="Donetsk", uk="Донецька область", en="Donetsk Oblast")],
claims=[C("Izium", "captured", "RU", "the article", "Russia seized Izium in early April", bg=True, date="2022-04", verb="seized"),
        C("Balakliia", "liberated", "UA", "Ukrainian General Staff", "Balakliia was back under Ukrainian control", on="2022-09-08"),
        C("Shevchenkove", "liberated", "UA", "Ukrainian General Staff", "had liberated Shevchenkove", on="2022-09-09", verb="liberated"),
        C("Kupiansk", "liberated", "UA", "Ukrainian military spokesman", "the city had been freed", on="2022-09-10", verb="freed"),
        C("Balakliia", "withdrawn", "RU", "Russian defence ministry", "were being \"regrouped\"", on="2022-09-10", verb="regrouped"),
        C("Izium", "withdrawn", "RU", "Russian defence ministry", "were being \"regrouped\"", on="2022-09-10", verb="regrouped"),
        C("Izium", "liberated", "UA", "regional official", "By Sunday Ukrainian units were in Izium itself", on="2022-09-11", date="2022-09-11")],
areas=[A("more than 6,000 square kilometres", 6000, qualifier="over", region="east and south of Ukraine", side="UA", claimant="Zelenskiy")],
distances=[D("about 70 km south-east of Kharkiv", "offset", 70, place="Balakliia", frm="KHARKIV", qualifier="about")]))

TEXTS.append(dict(n="002", pub="2022-11-11", lang="en", source="Riverside Daily live (invented)",
url="https://riverside-daily.example.net/live/2022-11-11-kherson",
body="""
Kherson live: Russian troops leave the right bank, Ukrainian soldiers greeted in the city

Our live coverage of the war in Ukraine continues. All times are Kyiv time. Yesterday's blog is here.

08:05 Russia's defence ministry says it has completed the pull-out of its troops from Kherson and the surrounding right bank of the Dnipro, and that no equipment or weapons were left behind. It says about 30,000 servicemen crossed the river.

08:40 A reminder of the background: Russian forces entered Kherson on 2 March, the only regional capital they took in the first weeks of the invasion. Moscow announced the withdrawal order two days ago.

09:20 Ukraine's military intelligence says "Kherson is returning under Ukrainian control" and urges any Russian soldiers still in the city to surrender.

10:15 The governor of the Mykolaiv region says Snihurivka was liberated overnight. It is the last town in his region that Russia still held.

11:30 A member of the regional council says Kyselivka, about 20 km north-west of Kherson, has been freed, and posts a photo of soldiers beside the village sign. Residents of Chornobaivka, home of the much-struck airfield on the city's northern edge, say the shelling has stopped for the first time in months.

12:45 Bilozerka, west of Kherson, is back under Ukrainian control, the district head says. Deminers are already working on the main road.

13:40 Video from Svobody Square shows crowds waving flags and hugging soldiers.

14:10 A Russian-installed official says the occupation administration of the region has moved to Henichesk, near the isthmus to Crimea.

15:25 Ukraine's southern command says Oleshky and Hola Prystan, on the left bank, remain under Russian control, and warns people on the right bank that the far shore will be used to shell them.

16:10 The General Staff says Ukrainian units have entered Kherson and are checking buildings for mines. "The city is ours," a soldier tells our reporter by phone.
""",
places=[P("Kyiv", 703448, uk="Київ", en="Kyiv", kind="city", note="'Kyiv time'; listed as a place mention"),
        P("Kherson", 706448, uk="Херсон", en="Kherson", kind="city"),
        P("Dnipro", kind="river", uk="Дніпро", en="Dnipro river", oblast="Kherson"),
        P("Mykolaiv region", kind="oblast", oblast="Mykolaiv", uk="Миколаївська область", en="Mykolaiv Oblast"),
        P("Snihurivka", 693379, uk="Снігурівка", en="Snihurivka", note="the Mykolaiv-oblast town (namesakes in Zaporizhzhia, Kyiv oblasts)"),
        P("Kyselivka", 705783, uk="Киселівка", en="Kyselivka"),
        P("Chornobaivka", 710715, uk="Чорнобаївка", en="Chornobaivka", note="the Kherson one (namesake in Kharkiv oblast)"),
        P("Bilozerka", 712508, uk="Білозерка", en="Bilozerka"),
        P("Henichesk", 708878, uk="Генічеськ", en="Henichesk"),
        P("Crimea", kind="region", oblast="Crimea", uk="Крим", en="Crimea"),
        P("Oleshky", 691037, uk="Олешки", en="Oleshky"),
        P("Hola Prystan", 708632, uk="Гола Пристань", en="Hola Prystan")],
claims=[C("Kherson", "withdrawn", "RU", "Russian defence ministry", "it has completed the pull-out of its troops from Kherson", verb="pull-out"),
        C("Kherson", "captured", "RU", "the article", "Russian forces entered Kherson on 2 March", bg=True, date="2022-03-02", verb="entered"),
        C("Kherson", "liberated", "UA", "Ukrainian military intelligence", "\"Kherson is returning under Ukrainian control\""),
        C("Kherson", "advanced_near", "UA", "Ukrainian General Staff", "Ukrainian units have entered Kherson", verb="entered"),
        C("Snihurivka", "liberated", "UA", "governor of the Mykolaiv region", "Snihurivka was liberated overnight", date="2022-11-11"),
        C("Kyselivka", "liberated", "UA", "regional council member", "has been freed, and posts a photo", verb="freed"),
        C("Bilozerka", "liberated", "UA", "district head", "Bilozerka, west of Kherson, is back under Ukrainian control")],
distances=[D("about 20 km north-west of Kherson", "offset", 20, place="Kyselivka", frm="Kherson", qualifier="about")],
offsets=[O("Bilozerka, west of Kherson", "Bilozerka", "Kherson")]))

TEXTS.append(dict(n="003", pub="2023-05-21", lang="en", source="The Borderland Review (invented)",
url="https://borderland-review.example.org/2023/05/21/bakhmut-claims",
body="""
Russia claims Bakhmut; Kyiv says its soldiers still hold a corner of the ruined city

Few places have been fought over for as long. Russian forces first reached the eastern outskirts of Bakhmut last summer, after the fall of Lysychansk, and for most of the winter the salt-mining town of Soledar to its north-east served as the anvil: Russia took Soledar in January, and from then on the roads into Bakhmut came under fire one by one.

On Saturday the founder of the Wagner mercenary group, standing in front of a shattered apartment block with a flag, declared that his fighters had "completely taken" the city. Hours later the Russian defence ministry congratulated its troops on "the liberation of Artemovsk", the Soviet-era name Moscow still uses, and said Wagner assault units had done it with the help of airborne forces on the flanks.

Ukraine rejected both statements. Deputy Defence Minister Hanna Maliar said on Sunday that Ukrainian troops kept control of "industrial and infrastructure facilities" in the south-west of Bakhmut, around the aircraft monument, and that fighting was continuing. On the flanks, she said, units were advancing in the suburbs, and in the south they had pushed forward near Klishchiivka, a village on the heights that overlook the road to Kostiantynivka.

Analysts were cautious. One research group said Russian forces had likely captured nearly all of the city but had not yet secured the few blocks in the south-west, and that Ukrainian gains on the flanks were real but small.

Chasiv Yar, about 12 km west of Bakhmut, is now the first town on the road for anyone leaving the city, and volunteers there say almost no civilians remain in it. In Kramatorsk, where the regional administration sits, officials again urged residents of the district's front-line villages to leave.

Neither side published losses. Both said the other had lost tens of thousands.
""",
places=[P("Bakhmut", 713174, var=["Artemovsk"], uk="Бахмут", en="Bakhmut", kind="city", ru="Артемовск"),
        P("Lysychansk", 702972, uk="Лисичанськ", en="Lysychansk", kind="city"),
        P("Soledar", 706757, uk="Соледар", en="Soledar"),
        P("Klishchiivka", 13512497, uk="Кліщіївка", en="Klishchiivka"),
        P("Kostiantynivka", 705104, uk="Костянтинівка", en="Kostiantynivka"),
        P("Chasiv Yar", 710915, uk="Часів Яр", en="Chasiv Yar"),
        P("Kramatorsk", 704508, uk="Краматорськ", en="Kramatorsk")],
claims=[C("Bakhmut", "advanced_near", "RU", "the article", "Russian forces first reached the eastern outskirts of Bakhmut last summer", bg=True, date="2022-summer", verb="reached the eastern outskirts"),
        C("Lysychansk", "captured", "RU", "the article", "after the fall of Lysychansk", bg=True, date="2022", verb="fall", unc=True, note="'fall' without actor; Russia took it in July 2022"),
        C("Soledar", "captured", "RU", "the article", "Russia took Soledar in January", bg=True, date="2023-01", verb="took"),
        C("Bakhmut", "captured", "RU", "founder of the Wagner group", "his fighters had \"completely taken\" the city", on="2023-05-20", verb="completely taken",
          other=[("Russian defence ministry", "congratulated its troops on \"the liberation of Artemovsk\"")]),
        C("Bakhmut", "contested", "UA", "Deputy Defence Minister Hanna Maliar", "Ukrainian troops kept control of \"industrial and infrastructure facilities\""),
        C("Klishchiivka", "advanced_near", "UA", "Deputy Defence Minister Hanna Maliar", "they had pushed forward near Klishchiivka", verb="pushed forward near")],
distances=[D("about 12 km west of Bakhmut", "offset", 12, place="Chasiv Yar", frm="Bakhmut", qualifier="about")]))

TEXTS.append(dict(n="004", pub="2023-08-28", lang="en", source="Meridian Post (invented)",
url="https://meridian-post.example.com/world/2023/08/28/robotyne-zaporizhzhia",
body="""
Ukraine says Robotyne is liberated as the southern offensive grinds through the first Russian line

ZAPORIZHZHIA, Aug 28 - For almost three months the counteroffensive in the south was measured in tree lines rather than towns. On Monday Deputy Defence Minister Hanna Maliar said Robotyne, a village of a few hundred pre-war residents about 15 km south of Orikhiv, had been liberated, and that troops were advancing south-east of it towards Novoprokopivka.

Soldiers had posted a video from the village on Friday, raising a flag over a ruined building, but the military waited until mines were cleared from its centre before making the announcement. Russia's defence ministry made no comment on Robotyne itself and said only that attacks near Robotyne and Verbove had been repelled with heavy losses.

A Russian-installed official in the occupied part of the region disputed the Ukrainian account. "Fighting in Robotyne continues, our units hold the southern part," he wrote on Telegram, and said the Ukrainian flag video had been shot on the edge of the village.

Military analysts said the gain mattered more than its size. One Washington-based group assessed that Ukrainian troops had likely reached the outskirts of Novoprokopivka and had broken through the main line of anti-tank ditches and dragon's teeth west of Verbove, the village some 12 km east of Robotyne. It warned that further lines lay between the breach and Tokmak, the rail town that has been the southern offensive's stated goal since June, and that Melitopol was further still.

For the people of Orikhiv little has changed: the town is still struck by glide bombs almost every day, and the regional administration said on Sunday that 42 residents had been taken out of it during the week. Farmers north of the town have asked for help to clear about 1,800 hectares of fields of mines before the autumn sowing.
""",
places=[P("ZAPORIZHZHIA", 687700, uk="Запоріжжя", en="Zaporizhzhia", kind="city"),
        P("Robotyne", 695586, uk="Роботине", en="Robotyne"),
        P("Orikhiv", 698428, uk="Оріхів", en="Orikhiv"),
        P("Novoprokopivka", 689873, uk="Новопрокопівка", en="Novoprokopivka"),
        P("Verbove", 689965, uk="Вербове", en="Verbove", note="Polohy-raion Verbove, 12 km east of Robotyne (many namesakes)"),
        P("Tokmak", 691469, uk="Токмак", en="Tokmak"),
        P("Melitopol", 701404, uk="Мелітополь", en="Melitopol")],
claims=[C("Robotyne", "liberated", "UA", "Deputy Defence Minister Hanna Maliar", "had been liberated, and that troops were advancing", verb="liberated"),
        C("Novoprokopivka", "advanced_near", "UA", "Washington-based analysts", "had likely reached the outskirts of Novoprokopivka", unc=True, verb="reached the outskirts"),
        C("Verbove", "advanced_near", "UA", "Washington-based analysts", "had likely reached the outskirts of Novoprokopivka", unc=True, verb="broken through the main line ... west of Verbove"),
        C("Robotyne", "contested", "RU", "Russian-installed official", "\"Fighting in Robotyne continues, our units hold the southern part,\"")],
other_areas=[A("about 1,800 hectares", 1800, unit="ha", qualifier="about", region="fields north of Orikhiv (demining)")],
distances=[D("about 15 km south of Orikhiv", "offset", 15, place="Robotyne", frm="Orikhiv", qualifier="about"),
           D("some 12 km east of Robotyne", "offset", 12, place="Verbove", frm="Robotyne", qualifier="about")]))

TEXTS.append(dict(n="005", pub="2024-08-15", lang="en", source="Eastgate Chronicle (invented)",
url="https://eastgate-chronicle.example.co.uk/2024/08/15/kursk-sudzha",
body="""
Ukraine's army chief says Sudzha is taken; Moscow speaks of "repelled attempts"

It is nine days since Ukrainian columns crossed the border from the Sumy region into Russia's Kursk region, the first ground incursion into Russia by a foreign army since the Second World War. For most of that time Kyiv said almost nothing about it. That changed on Thursday.

Commander-in-Chief Oleksandr Syrskyi told President Zelenskiy in a video call that Ukrainian forces now held 1,150 square kilometres of the Kursk region and 82 settlements, and that the town of Sudzha, home to the last working gas-metering station for Russian gas bound for Europe, had been fully cleared of Russian troops. He said units had advanced from 1 to 3.5 km in some areas over the past day.

The Russian defence ministry did not mention Sudzha. It said its troops had repelled attempts to break through towards Martynovka, Malaya Loknya and Korenevo. A Russian military blogger close to the army wrote that Ukrainian assault groups had nonetheless entered Malaya Loknya, about 15 km north of Sudzha, and were fighting for the school.

Martynovka, a village 8 km north-east of Sudzha, shares its name with several villages in Ukraine, one of them in the Sumy region's Okhtyrka district; it was the Russian village the ministry meant.

In Kursk, the regional governor announced the evacuation of the Glushkovo district, west of the breach, citing shelling and the threat of a new Ukrainian crossing. He said more than 120,000 people had left their homes in the region since 6 August. On the Ukrainian side, the authorities of the Sumy region ordered families with children to leave 28 communities within 20 km of the border.

Independent analysts said the incursion had drawn Russian units from Ukraine's Donetsk front only in small numbers, and that the advance had slowed in the past three days as Russian reserves dug in short of Korenevo.
""",
places=[P("Sumy region", kind="oblast", oblast="Sumy", uk="Сумська область", en="Sumy Oblast"),
        P("Russia", kind="country", country="RU", uk="Росія", en="Russia"),
        P("Kursk region", kind="oblast", oblast="Kursk", country="RU", uk="Курська область", en="Kursk Oblast"),
        P("Sudzha", 486816, uk="Суджа", en="Sudzha", kind="settlement"),
        P("Martynovka", 990000004, uk="Мартинівка", en="Martynovka", note="the Kursk village 8 km NE of Sudzha, not the Sumy-oblast namesake the text mentions"),
        P("Malaya Loknya", 990000003, uk="Мала Локня", en="Malaya Loknya"),
        P("Korenevo", 544906, uk="Коренево", en="Korenevo"),
        P("Kursk", 538560, uk="Курськ", en="Kursk", kind="city"),
        P("Glushkovo district", kind="region", oblast="Kursk", country="RU", uk="Глушковський район", en="Glushkovo district")],
claims=[C("Kursk region", "captured", "UA", "Commander-in-Chief Oleksandr Syrskyi", "Ukrainian forces now held 1,150 square kilometres of the Kursk region", verb="held", note="region-level; not scored"),
        C("Sudzha", "captured", "UA", "Commander-in-Chief Oleksandr Syrskyi", "had been fully cleared of Russian troops", verb="fully cleared"),
        C("Malaya Loknya", "advanced_near", "UA", "Russian military blogger", "had nonetheless entered Malaya Loknya", verb="entered", unc=True)],
areas=[A("1,150 square kilometres", 1150, region="Kursk region", side="UA", claimant="Oleksandr Syrskyi")],
distances=[D("from 1 to 3.5 km", "advance", 1, 3.5, qualifier="range"),
           D("about 15 km north of Sudzha", "offset", 15, place="Malaya Loknya", frm="Sudzha", qualifier="about"),
           D("8 km north-east of Sudzha", "offset", 8, place="Martynovka", frm="Sudzha"),
           D("within 20 km of the border", "other", 20, qualifier="up_to")],
note="Kursk in 'In Kursk, the regional governor' is the city (the governor's seat)."))

TEXTS.append(dict(n="006", pub="2024-02-18", lang="en", source="Atlas Evening News (invented)",
url="https://atlas-evening.example.com/2024/02/18/avdiivka-withdrawal",
body="""
Ukraine pulls its troops out of Avdiivka after four months of encirclement attempts

Avdiivka, a town of coke ovens and nine-storey blocks about 14 km north of Donetsk, was on the front line for almost ten years. Ukrainian forces retook it from Russian-backed separatists in the summer of 2014 and held it through every later round of fighting, building a belt of bunkers around the industrial zone.

In October Russia began its largest offensive since Bakhmut, striking from both the north and the south to cut the town off. By January Russian units had taken Stepove and Sieverne, villages to the north-west and west, and in early February they broke into the northern districts through a pipe under the railway.

Late on Saturday the commander of the Tavria grouping, Brigadier General Oleksandr Tarnavskyi, said he had ordered the withdrawal of units from Avdiivka to prepared positions to avoid encirclement. "The situation in the town was critical," he wrote. Several hours later Russia's defence minister reported to the Kremlin that Avdiivka had been "fully liberated", and the ministry said on Sunday that its troops were clearing the coke plant.

Analysts said the retreat, though costly, had been more orderly than feared, but that Russian units would probably push on towards Lastochkyne and Orlivka, where the new Ukrainian line runs. An independent map project showed on Sunday that Russian forces had likely reached the eastern outskirts of Lastochkyne, though it said the picture was unclear.

Soldiers who came out told of leaving through fields at night under drones. Several said that wounded men had been left behind at a position in the south of the town, an account the command said it was checking.

The Tonenke-Orlivka line, named for the two villages at its ends, is now the front west of the ruined town. Beyond it, the road leads through Berdychi to the Pokrovsk district, the logistics base for the whole region.
""",
places=[P("Avdiivka", 713122, uk="Авдіївка", en="Avdiivka", kind="city", note="the Donetsk town (villages of the name in Chernihiv oblast)"),
        P("Donetsk", 709717, uk="Донецьк", en="Donetsk", kind="city"),
        P("Bakhmut", 713174, uk="Бахмут", en="Bakhmut", kind="city", note="mentioned only as a battle name"),
        P("Stepove", 9113132, uk="Степове", en="Stepove", note="the Pokrovsk-raion Stepove north-west of Avdiivka"),
        P("Sieverne", 9113129, uk="Сіверне", en="Sieverne", note="gazetteer row name Pivnichne"),
        P("Lastochkyne", 9113130, uk="Ласточкине", en="Lastochkyne", note="gazetteer row name Krynychne"),
        P("Orlivka", 698375, uk="Орлівка", en="Orlivka", note="the Orlivka west of Avdiivka (another Orlivka in the same raion)"),
        P("Tonenke", 691412, uk="Тоненьке", en="Tonenke"),
        P("Berdychi", 9113133, uk="Бердичі", en="Berdychi"),
        P("Pokrovsk district", kind="region", oblast="Donetsk", uk="Покровський район", en="Pokrovsk Raion")],
claims=[C("Avdiivka", "liberated", "UA", "the article", "Ukrainian forces retook it from Russian-backed separatists in the summer of 2014", bg=True, date="2014-summer", verb="retook"),
        C("Stepove", "captured", "RU", "the article", "By January Russian units had taken Stepove and Sieverne", bg=True, date="2024-01", verb="taken"),
        C("Sieverne", "captured", "RU", "the article", "By January Russian units had taken Stepove and Sieverne", bg=True, date="2024-01", verb="taken"),
        C("Avdiivka", "advanced_near", "RU", "the article", "they broke into the northern districts", bg=True, date="2024-02", verb="broke into"),
        C("Avdiivka", "withdrawn", "UA", "Brigadier General Oleksandr Tarnavskyi", "he had ordered the withdrawal of units from Avdiivka", on="2024-02-17", verb="withdrawal"),
        C("Avdiivka", "captured", "RU", "Russian defence minister", "Avdiivka had been \"fully liberated\"", on="2024-02-17", verb="fully liberated"),
        C("Lastochkyne", "advanced_near", "RU", "independent map project", "had likely reached the eastern outskirts of Lastochkyne", unc=True, verb="reached the eastern outskirts")],
distances=[D("about 14 km north of Donetsk", "offset", 14, place="Avdiivka", frm="Donetsk", qualifier="about")],
offsets=[O("Stepove and Sieverne, villages to the north-west and west", "Stepove", "Avdiivka")]))

TEXTS.append(dict(n="007", pub="2024-10-14", lang="en", source="Kharkiv Regional Digest (invented)",
url="https://kharkiv-digest.example.org/en/2024/10/14/governor-morning-update",
body="""
Morning update from the regional governor: shelling, evacuations and a forest fire

The head of the Kharkiv regional military administration posted his usual morning summary on Monday. We publish it in full, translated, with the place names as they appear on the regional map.

Over the past day the enemy shelled 19 settlements of the region. In Kupiansk a private house and a shop on Sobornosti Street were hit by guided bombs; a woman aged 67 was injured. In Kupiansk-Vuzlovyi, south-east of the city, the railway depot was struck by drones for the third time this week.

In the Izium district, Russian artillery hit the outskirts of Borova. This is the Borova on the Oskil reservoir, about 37 km south of Kupiansk, not the village of the same name near Chuhuiv. Two tractor drivers were wounded while working in the fields.

In Balakliia a drone damaged the roof of a kindergarten at night; nobody was inside. In Vovchansk, where no civilians are left, firefighters could not reach a burning warehouse because of the shelling.

Evacuation continues. Since the start of the month 1,640 people, 212 of them children, have been taken out of the Kupiansk and Borova communities. The mandatory evacuation of families with children from Kurylivka and Petropavlivka, east of Kupiansk, goes on; volunteers of the "Kupiansk Rescue" group will take people with limited mobility.

A forest fire near Izium has spread to about 35 hectares; rescuers say it began where a drone fell. Deminers of the State Emergency Service cleared another 240 hectares of farmland this week, mostly around Balakliia and Shevchenkove; more than 2,400 hectares of fields in the district are still marked as dangerous.

The General Staff reported that Ukrainian units repelled 14 attacks near Kupiansk and Petropavlivka. I ask residents of the front-line communities once more: do not postpone your departure. Buses from Kupiansk to Kharkiv leave every morning at 8:00 from the school on Vokzalna Street.
""",
places=[P("Kharkiv", 706483, uk="Харків", en="Kharkiv", kind="city", note="first named in 'Kharkiv regional military administration'; the city itself in the last paragraph"),
        P("Kupiansk", 703656, uk="Куп'янськ", en="Kupiansk"),
        P("Kupiansk-Vuzlovyi", 703652, uk="Куп'янськ-Вузловий", en="Kupiansk-Vuzlovyi"),
        P("Izium district", kind="region", oblast="Kharkiv", uk="Ізюмський район", en="Izium Raion"),
        P("Borova", 711623, uk="Борова", en="Borova", note="the Izium-raion Borova 37 km S of Kupiansk; the text itself names the Chuhuiv namesake only by description"),
        P("Oskil reservoir", kind="other", oblast="Kharkiv", uk="Оскільське водосховище", en="Oskil reservoir"),
        P("Chuhuiv", 710374, uk="Чугуїв", en="Chuhuiv"),
        P("Balakliia", 712926, uk="Балаклія", en="Balakliia"),
        P("Vovchansk", 689304, uk="Вовчанськ", en="Vovchansk"),
        P("Kurylivka", 703610, uk="Курилівка", en="Kurylivka"),
        P("Petropavlivka", 697421, uk="Петропавлівка", en="Petropavlivka", note="the Kupiansk-raion one"),
        P("Izium", 707292, uk="Ізюм", en="Izium"),
        P("Shevchenkove", 694137, uk="Шевченкове", en="Shevchenkove")],
claims=[],
other_areas=[A("about 35 hectares", 35, unit="ha", qualifier="about", region="forest near Izium (fire)"),
             A("another 240 hectares of farmland", 240, unit="ha", region="farmland around Balakliia and Shevchenkove (demined)"),
             A("more than 2,400 hectares", 2400, unit="ha", qualifier="over", region="fields still to be demined")],
distances=[D("about 37 km south of Kupiansk", "offset", 37, place="Borova", frm="Kupiansk", qualifier="about")],
offsets=[O("Kupiansk-Vuzlovyi, south-east of the city", "Kupiansk-Vuzlovyi", "Kupiansk"),
         O("Kurylivka and Petropavlivka, east of Kupiansk", "Kurylivka", "Kupiansk")],
note="No territorial claim: shelling, evacuation, fire, demining, repelled attacks only."))

TEXTS.append(dict(n="008", pub="2025-06-10", lang="en", source="Continental Ledger (invented)",
url="https://continental-ledger.example.com/2025/06/10/dnipropetrovsk-border-claim",
body="""
Moscow says its troops have crossed into the Dnipropetrovsk region; Kyiv says the claim is false

For three years the Dnipropetrovsk region, with its steel towns and wheat fields, stayed behind the front, hit by missiles but never entered by Russian ground troops. Its eastern edge, where it meets the Donetsk region, was farmland dotted with hamlets of a few dozen people.

On Sunday the Russian defence ministry said tank units of its Centre group had reached the western administrative border of what Moscow calls the Donetsk People's Republic and were "developing the offensive" into the neighbouring region. On Monday it went further and said its troops had taken Dachne, a hamlet on the regional border about 9 km north-east of Komar, which Russia captured in January.

This is the Dnipropetrovsk Dachne in the Synelnykove district; a village with the same name just west of Kurakhove, in the Donetsk region, changed hands last winter, and there is a second Dachne in the Synelnykove district itself, far from the front.

Ukraine's Khortytsia grouping rejected the claim. "There are no Russian troops in Dachne. Our units hold their positions, the fighting is on the approaches," its spokesman said, calling the ministry's statement an information operation meant to frighten the region.

Analysts were split. An open-source mapping group said geolocated footage showed that Russian troops had likely pushed south-west of Komar towards Maliivka, but found no image from Dachne itself. Another monitoring project said Russian infantry may have entered the eastern part of the hamlet before being driven out, and called its own assessment unconfirmed.

The regional authorities announced the evacuation of children from eleven villages of the Velykomykhailivka community, about 90 km to the west, as a precaution. "There is no panic," the district head said. Farmers there still hope to harvest some 40,000 hectares of grain this summer.
""",
places=[P("Dnipropetrovsk region", kind="oblast", oblast="Dnipropetrovsk", uk="Дніпропетровська область", en="Dnipropetrovsk Oblast"),
        P("Donetsk region", kind="oblast", oblast="Donetsk", uk="Донецька область", en="Donetsk Oblast"),
        P("Komar", 705271, uk="Комар", en="Komar"),
        P("Synelnykove district", kind="region", oblast="Dnipropetrovsk", uk="Синельниківський район", en="Synelnykove Raion"),
        P("Kurakhove", 695357, uk="Курахове", en="Kurakhove"),
        P("Maliivka", 687336, uk="Маліївка", en="Maliivka"),
        P("Velykomykhailivka", 10870923, uk="Великомихайлівка", en="Velykomykhailivka", note="named through its community"),
        P("Dachne", 9112867, uk="Дачне", en="Dachne", note="the Dnipropetrovsk border hamlet 9 km NE of Komar; the Donetsk namesake west of Kurakhove and a second Synelnykove-district Dachne are only described, not named separately")],
claims=[C("Komar", "captured", "RU", "the article", "which Russia captured in January", bg=True, date="2025-01", verb="captured"),
        C("Dachne", "captured", "RU", "Russian defence ministry", "it went further and said its troops had taken Dachne", verb="taken", on="2025-06-09"),
        C("Dachne", "contested", "UA", "Khortytsia grouping spokesman", "\"There are no Russian troops in Dachne."),
        C("Maliivka", "advanced_near", "RU", "open-source mapping group", "had likely pushed south-west of Komar towards Maliivka", unc=True, verb="pushed towards",
          note="'towards' a named village with geolocated footage: taken as a hedged advance near Maliivka"),
        C("Dachne", "advanced_near", "RU", "monitoring project", "may have entered the eastern part of the hamlet", unc=True, verb="entered the eastern part")],
other_areas=[A("some 40,000 hectares", 40000, unit="ha", qualifier="about", region="grain fields of the Velykomykhailivka community")],
distances=[D("about 9 km north-east of Komar", "offset", 9, place="Dachne", frm="Komar", qualifier="about"),
           D("about 90 km to the west", "offset", 90, place="Velykomykhailivka", frm="Dachne", qualifier="about")],
offsets=[O("south-west of Komar towards Maliivka", "Maliivka", "Komar")],
note="Dnipropetrovsk region appears as 'Dnipropetrovsk region' and 'the neighbouring region' (no claim on the region: the ministry claims a direction of attack)."))

TEXTS.append(dict(n="009", pub="2025-09-05", lang="en", source="Frontline Monitor (invented)",
url="https://frontline-monitor.example.net/analysis/2025/09/05/kupiansk-channel-map",
body="""
Kupiansk: a Russian war channel's "map of the day" and what Ukraine says about it

Kupiansk has changed hands before. Russian troops took the city without a fight in the first days of the invasion, and Ukrainian troops returned in September 2022 during the Kharkiv counteroffensive. Since last autumn Russian units have been trying to reach it again from the north, through the forests along the Oskil.

On Thursday one of the most-read Russian war channels, which calls itself "Severny Veter", posted a numbered summary that state media reposted within the hour:

1. Kindrashivka is fully under our control, the enemy has been pushed back across the ravine.
2. In Radkivka our assault groups are fighting for the farm buildings on the southern edge.
3. In Kupiansk itself our units have entered the northern districts along the gas pipe and are holding positions near the central square.
4. Kupiansk-Vuzlovyi is under fire from our artillery, the enemy is moving reserves there.
5. Near Holubivka the enemy counterattacked; the attack was repelled.

A week earlier Russia's chief of the General Staff told a briefing that "more than half" of Kupiansk was already under Russian control.

Ukraine's Joint Forces Task Force called those claims fantasy. "Kupiansk is controlled by the Defence Forces. Small groups that slipped in through the pipe are being found and destroyed," its spokesman said on Thursday evening, adding that the Russians had not gained a foothold in Radkivka. He acknowledged that Kindrashivka, about 7 km north of the city, had been lost in the summer.

An American think tank assessed that Russian infiltration groups were probably operating in the north of the city but did not control any district, and described the channel's claim about the square as unconfirmed.

The city's military administration said about 1,900 residents remained in the whole community, down from 27,000 before the war. Humanitarian deliveries now stop at the bridge on the south-eastern edge.
""",
places=[P("Kupiansk", 703656, uk="Куп'янськ", en="Kupiansk"),
        P("Kharkiv", kind="oblast", oblast="Kharkiv", uk="Харківська область", en="Kharkiv Oblast", note="'the Kharkiv counteroffensive' names the region's operation; kept as the oblast (convention 3)"),
        P("Oskil", kind="river", oblast="Kharkiv", uk="Оскіл", en="Oskil"),
        P("Kindrashivka", 705175, uk="Кіндрашівка", en="Kindrashivka"),
        P("Radkivka", 813242, uk="Радьківка", en="Radkivka", note="the Kupiansk-raion Radkivka (namesake in Sumy oblast)"),
        P("Kupiansk-Vuzlovyi", 703652, uk="Куп'янськ-Вузловий", en="Kupiansk-Vuzlovyi"),
        P("Holubivka", 708531, uk="Голубівка", en="Holubivka", note="the one 5 km north of Kupiansk")],
claims=[C("Kupiansk", "captured", "RU", "the article", "Russian troops took the city without a fight", bg=True, date="2022-02", verb="took"),
        C("Kupiansk", "liberated", "UA", "the article", "Ukrainian troops returned in September 2022", bg=True, date="2022-09", verb="returned"),
        C("Kindrashivka", "captured", "RU", "Russian war channel \"Severny Veter\"", "1. Kindrashivka is fully under our control", on="2025-09-04"),
        C("Radkivka", "advanced_near", "RU", "Russian war channel \"Severny Veter\"", "2. In Radkivka our assault groups are fighting for the farm buildings", on="2025-09-04", verb="fighting for"),
        C("Kupiansk", "advanced_near", "RU", "Russian war channel \"Severny Veter\"", "3. In Kupiansk itself our units have entered the northern districts", on="2025-09-04", verb="entered the northern districts",
          other=[("Russian chief of the General Staff", "\"more than half\" of Kupiansk was already under Russian control")]),
        C("Kupiansk", "contested", "UA", "Joint Forces Task Force spokesman", "\"Kupiansk is controlled by the Defence Forces.", on="2025-09-04"),
        C("Radkivka", "contested", "UA", "Joint Forces Task Force spokesman", "the Russians had not gained a foothold in Radkivka", on="2025-09-04"),
        C("Kindrashivka", "withdrawn", "UA", "Joint Forces Task Force spokesman", "had been lost in the summer", on="2025-09-04", date="2025-summer", verb="lost", unc=True)],
distances=[D("about 7 km north of the city", "offset", 7, place="Kindrashivka", frm="Kupiansk", qualifier="about")]))

TEXTS.append(dict(n="010", pub="2024-10-31", lang="en", source="Eastgate Chronicle (invented)",
url="https://eastgate-chronicle.example.co.uk/2024/10/31/daily-digest",
body="""
Daily digest, 31 October: 160 clashes in a day, and Moscow claims Selydove

Every evening Ukraine's General Staff publishes a count of the day's fighting, axis by axis. It lists the villages near which attacks took place, not who holds them, so it is a guide to where the pressure is rather than a map. Tonight's report, in summary:

- Pokrovsk axis: 41 Russian attacks near Myrnohrad, Lysivka, Zhovte, Selydove and Novohrodivka; 29 repelled, fighting continues in the others.
- Kurakhove axis: 27 attacks near Kurakhove, Hirnyk, Ukrainsk and Tsukuryne.
- Vremivka axis: 6 attacks near Bohoiavlenka.
- Kupiansk axis: 9 attacks near Kupiansk and Kindrashivka; all repelled.

The report does not mention Selydove's status. Russia's defence ministry, however, said on Wednesday that troops of its Centre group had "liberated" the town, which had about 21,000 residents before the war, and on Monday it had announced the capture of Bohoiavlenka, a village north of Vuhledar, the hilltop town Ukraine gave up at the start of the month.

Ukraine's Khortytsia grouping said the battle for Selydove was not over. "The enemy is in the town, but fighting in Selydove continues and our units hold the western part," its spokesman told a national broadcaster on Thursday.

An open-source mapping project said Russian forces had likely captured most of Selydove and had entered Hirnyk, about 10 km north-east of Kurakhove, from the south. It added that it had not confirmed the claim about Bohoiavlenka.

The same project estimated that Russian forces had gained about 480 square kilometres in October, the highest monthly figure since the first weeks of 2022. Most of it lay south of Pokrovsk, where villages that had been in the rear since 2014 are now on the front line.

Selydove's military administration said 600 residents remained and that evacuation of them was no longer possible by road.
""",
places=[P("Myrnohrad", 710035, uk="Мирноград", en="Myrnohrad", kind="city"),
        P("Lysivka", 702947, uk="Лисівка", en="Lysivka"),
        P("Zhovte", 687205, uk="Жовте", en="Zhovte"),
        P("Selydove", 694677, uk="Селидове", en="Selydove", kind="city"),
        P("Novohrodivka", 699557, uk="Новогродівка", en="Novohrodivka"),
        P("Kurakhove", 695357, uk="Курахове", en="Kurakhove", kind="city"),
        P("Hirnyk", 708395, uk="Гірник", en="Hirnyk", note="the Donetsk Hirnyk (namesakes in Luhansk and Lviv oblasts)"),
        P("Ukrainsk", 690771, uk="Українськ", en="Ukrainsk"),
        P("Tsukuryne", 691077, uk="Цукурине", en="Tsukuryne"),
        P("Bohoiavlenka", 709872, uk="Богоявленка", en="Bohoiavlenka"),
        P("Kupiansk", 703656, uk="Куп'янськ", en="Kupiansk"),
        P("Kindrashivka", 705175, uk="Кіндрашівка", en="Kindrashivka"),
        P("Vuhledar", 690823, uk="Вугледар", en="Vuhledar"),
        P("Pokrovsk", 704422, uk="Покровськ", en="Pokrovsk", kind="city", note="first as the axis name; the town in 'south of Pokrovsk'")],
claims=[C("Selydove", "captured", "RU", "Russian defence ministry", "had \"liberated\" the town", on="2024-10-30", verb="liberated"),
        C("Bohoiavlenka", "captured", "RU", "Russian defence ministry", "it had announced the capture of Bohoiavlenka", on="2024-10-28", verb="capture"),
        C("Vuhledar", "withdrawn", "UA", "the article", "the hilltop town Ukraine gave up at the start of the month", bg=True, date="2024-10", verb="gave up"),
        C("Selydove", "contested", "UA", "Khortytsia grouping spokesman", "fighting in Selydove continues and our units hold the western part"),
        C("Selydove", "advanced_near", "RU", "open-source mapping project", "had likely captured most of Selydove", unc=True, verb="captured most of"),
        C("Hirnyk", "advanced_near", "RU", "open-source mapping project", "had likely captured most of Selydove", unc=True, verb="entered")],
areas=[A("about 480 square kilometres", 480, qualifier="about", region="Ukraine (October 2024)", side="RU", claimant="open-source mapping project")],
distances=[D("about 10 km north-east of Kurakhove", "offset", 10, place="Hirnyk", frm="Kurakhove", qualifier="about")],
offsets=[O("Bohoiavlenka, a village north of Vuhledar", "Bohoiavlenka", "Vuhledar")],
note="The General Staff lines name places near which attacks took place: no claims (convention 10)."))

TEXTS.append(dict(n="011", pub="2025-03-18", lang="en", source="Continental Ledger (invented)",
url="https://continental-ledger.example.com/2025/03/18/sudzha-basivka",
body="""
Russia says it has retaken Sudzha and entered the Sumy region; Kyiv denies any breakthrough

Seven months after Ukrainian brigades crossed into Russia, the Kursk operation is close to its end. At its peak in the autumn Ukraine said it held about 1,300 square kilometres of the Kursk region. Since then the pocket has shrunk village by village, and in the first ten days of March Russian troops, some of them moving through a gas pipeline, retook Malaya Loknya and Martynovka north of Sudzha.

On Thursday the Russian defence ministry said troops of its North group had liberated Sudzha, the largest town Ukraine held, along with the suburb of Goncharovka. A day later the Russian General Staff said Ukrainian forces kept only "about 110 square kilometres" of the region.

The Ukrainian command did not name the town but said on Sunday that units in the Kursk region had "manoeuvred to more favourable lines" and that the withdrawal from Sudzha had been carried out in order. Commander-in-Chief Oleksandr Syrskyi said that saving soldiers' lives was his priority.

On Monday the ministry went further, saying its troops had taken Basivka, a Ukrainian village about 13 km west of Sudzha on the Sumy side of the border. Ukraine's General Staff called that untrue. "There has been no breakthrough of the state border; clashes are going on near Basivka, and the village remains under Ukrainian control," it said.

Basivka is easy to confuse: there is another Basivka in the Romny district, about 110 km further south-west, and the Ukrainian Loknia, about 16 km south-west of Sudzha, has nothing to do with Russia's Malaya Loknya.

In Yunakivka, the nearest Ukrainian community centre, the regional authorities ordered the evacuation of the remaining 400 residents after glide bombs hit the school. The regional governor said the border strip within 10 km of Russia was now "the front line, not the rear".
""",
places=[P("Russia", kind="country", country="RU", uk="Росія", en="Russia"),
        P("Kursk region", kind="oblast", oblast="Kursk", country="RU", uk="Курська область", en="Kursk Oblast"),
        P("Malaya Loknya", 990000003, uk="Мала Локня", en="Malaya Loknya"),
        P("Martynovka", 990000004, uk="Мартинівка", en="Martynovka"),
        P("Sudzha", 486816, uk="Суджа", en="Sudzha", kind="settlement"),
        P("Goncharovka", 990000002, uk="Гончарівка", en="Goncharovka"),
        P("Romny district", kind="region", oblast="Sumy", uk="Роменський район", en="Romny Raion"),
        P("Loknia", 702868, uk="Локня", en="Loknia", note="the Ukrainian border village in Sumy raion (namesakes in Konotop, Romny)"),
        P("Yunakivka", 688077, uk="Юнаківка", en="Yunakivka"),
        P("Basivka", 712764, uk="Басівка", en="Basivka", note="the Romny-district namesake, only mentioned; listed before the claimed one"),
        P("Basivka", 712763, uk="Басівка", en="Basivka", note="the Sumy-raion border village 13 km W of Sudzha; the Romny-district namesake is only described")],
claims=[C("Malaya Loknya", "liberated", "RU", "the article", "retook Malaya Loknya and Martynovka north of Sudzha", bg=True, date="2025-03", verb="retook"),
        C("Martynovka", "liberated", "RU", "the article", "retook Malaya Loknya and Martynovka north of Sudzha", bg=True, date="2025-03", verb="retook"),
        C("Sudzha", "liberated", "RU", "Russian defence ministry", "troops of its North group had liberated Sudzha", on="2025-03-13", verb="liberated"),
        C("Goncharovka", "liberated", "RU", "Russian defence ministry", "troops of its North group had liberated Sudzha", on="2025-03-13", verb="liberated"),
        C("Sudzha", "withdrawn", "UA", "Ukrainian command", "the withdrawal from Sudzha had been carried out in order", on="2025-03-16", verb="withdrawal"),
        C("Basivka", "captured", "RU", "Russian defence ministry", "its troops had taken Basivka", on="2025-03-17", verb="taken"),
        C("Basivka", "contested", "UA", "Ukrainian General Staff", "the village remains under Ukrainian control", on="2025-03-17")],
areas=[A("about 1,300 square kilometres", 1300, qualifier="about", region="Kursk region (peak, autumn 2024)", side="UA", claimant="Ukraine"),
       A("about 110 square kilometres", 110, qualifier="about", region="Kursk region (still held)", side="UA", claimant="Russian General Staff")],
distances=[D("about 13 km west of Sudzha", "offset", 13, place="Basivka", frm="Sudzha", qualifier="about"),
           D("about 16 km south-west of Sudzha", "offset", 16, place="Loknia", frm="Sudzha", qualifier="about"),
           D("about 110 km further south-west", "offset", 110, place="Basivka", frm="Basivka", qualifier="about", place_gid=712764),
           D("within 10 km of Russia", "other", 10, qualifier="up_to")],
offsets=[O("Malaya Loknya and Martynovka north of Sudzha", "Malaya Loknya", "Sudzha")]))

TEXTS.append(dict(n="012", pub="2024-03-30", lang="en", source="Capital Weekly (invented)",
url="https://capital-weekly.example.com/features/2024/03/30/irpin-two-years",
body="""
Two years after the army freed Irpin, the town counts what it has rebuilt

IRPIN, Kyiv region - On 28 March 2022 the mayor of Irpin announced that the town had been freed, after a month in which Russian troops held its northern half and the defenders themselves blew up the bridge over the Irpin river to stop the columns heading for the capital. Two days later Moscow said its army was leaving the Kyiv region, calling the move a gesture of goodwill for the talks in Istanbul.

What the retreat revealed is now part of the record. Bucha, about 4 km north-west of Irpin, was entered by Ukrainian troops on 31 March; the images from Yablunska Street went around the world. Hostomel and its airfield, the target of the first airborne assault of the war, were retaken the same week, and on 2 April Deputy Defence Minister Hanna Maliar said the entire Kyiv region had been liberated.

The village of Moshchun, where Russian units tried for weeks to cross the river and were stopped, has a memorial wall with 370 names. Borodianka, about 26 km north-west of Irpin, still has the broken apartment blocks on Tsentralna Street, kept as a reminder next to new ones.

In Irpin itself, the city council says 70 percent of damaged housing has been repaired. The Hostomel Highway, which links the town to the airfield, was reopened last spring. Natalia Bucha, a teacher who lives on Sadova Street and shares her surname with the neighbouring town, says her class has 31 children, "more than before the war".

Mine clearance is not finished. The regional emergency service says about 1,200 square kilometres of the Kyiv region have been checked since 2022 and that 14,000 hectares of forest remain closed. Two tractor drivers were injured by mines near Makariv last autumn.

Irpin's mayor says the next task is the hospital, planned to open in 2025.
""",
places=[P("IRPIN", 707565, var=["Irpin"], uk="Ірпінь", en="Irpin", kind="city"),
        P("Kyiv region", kind="oblast", oblast="Kyiv", uk="Київська область", en="Kyiv Oblast"),
        P("Irpin river", kind="river", oblast="Kyiv", uk="Ірпінь (річка)", en="Irpin river"),
        P("Istanbul", kind="city", country="TR", uk="Стамбул", en="Istanbul"),
        P("Bucha", 711350, uk="Буча", en="Bucha", note="the town in Bucha raion (first as a place; later also a person's surname)"),
        P("Hostomel", 708251, uk="Гостомель", en="Hostomel"),
        P("Moshchun", 8516166, uk="Мощун", en="Moshchun"),
        P("Borodianka", 711635, uk="Бородянка", en="Borodianka"),
        P("Makariv", 702337, uk="Макарів", en="Makariv")],
claims=[C("IRPIN", "liberated", "UA", "mayor of Irpin", "On 28 March 2022 the mayor of Irpin announced that the town had been freed", bg=True, on="2022-03-28", date="2022-03-28", verb="freed"),
        C("Kyiv region", "withdrawn", "RU", "Moscow", "Moscow said its army was leaving the Kyiv region", bg=True, on="2022-03-30", date="2022-03-30", verb="leaving"),
        C("Bucha", "liberated", "UA", "the article", "was entered by Ukrainian troops on 31 March", bg=True, date="2022-03-31", verb="entered"),
        C("Hostomel", "liberated", "UA", "the article", "Hostomel and its airfield", bg=True, date="2022-03", verb="retaken"),
        C("Kyiv region", "liberated", "UA", "Deputy Defence Minister Hanna Maliar", "the entire Kyiv region had been liberated", bg=True, on="2022-04-02", date="2022-04-02")],
areas=[],
other_areas=[A("about 1,200 square kilometres", 1200, unit="km2", qualifier="about", region="Kyiv region, checked for mines"),
             A("14,000 hectares of forest", 14000, unit="ha", region="Kyiv region forest closed (mines)"),
             A("70 percent of damaged housing", 70, unit="percent", region="Irpin housing repaired")],
distances=[D("about 4 km north-west of Irpin", "offset", 4, place="Bucha", frm="IRPIN", qualifier="about"),
           D("about 26 km north-west of Irpin", "offset", 26, place="Borodianka", frm="IRPIN", qualifier="about")],
note="Bucha's 31 March entry is coded liberated (the town was retaken, not partially entered). 'Natalia Bucha' is a person; Yablunska, Tsentralna, Sadova Street and the Hostomel Highway are streets and roads, not places."))
