"""blind11 English texts 001-012 and their gold specs (see make_gold.py)."""
DON = ("oblast", "Donetsk", "UA")
TEXTS = []

TEXTS.append(dict(n=1, pub="2024-02-17", src="Frontline Desk live", url="https://frontdesk.example.net/live/2024-02-17-avdiivka",
body="""Live: Avdiivka withdrawal, updates from the Donetsk front

Background. Avdiivka, an industrial town of some 32,000 people before the invasion, sits just north of Donetsk city and has been on the front line since 2014, when separatist forces seized the regional capital next door. Its coke plant was among the largest in Europe. Russian troops opened a major assault on the town in October 2023, pushing from Krasnohorivka in the north and around the slag heap by the railway.

06:40 Ukraine's new army commander, Oleksandr Syrskyi, said overnight he had ordered units to withdraw from Avdiivka and move to prepared positions to avoid encirclement. "Our soldiers performed their duty with dignity," he wrote.

08:15 A brigade spokesman told a local broadcaster the last groups left the coke plant district under drone cover. He would not say how many soldiers were missing.

09:30 Russia's defence minister Sergei Shoigu reported to President Putin that Avdiivka had been "fully liberated". The statement said the Tsentr group of forces was now clearing the area around the coke plant.

11:05 Russian bloggers claim assault units have entered Lastochkyne, a village about 5 km west of the town centre. We have not been able to verify this, and the Ukrainian side has not commented.

12:20 Analysts at a Washington think tank say Ukrainian troops are likely to fall back towards a line through Orlivka, Tonenke and Berdychi, though Russian forces may try to exploit the withdrawal quickly.

13:45 Ukraine's Tavria group said its units still held positions in Stepove, north-west of Avdiivka, and were "not giving up a single metre there without a fight".

14:10 In Kyiv, members of parliament's defence committee called for an inquiry into the state of fortifications behind the town.

Editor's note: timestamps are local time. We update this page as statements come in and correct entries when footage contradicts them; earlier versions are kept in the page history.""",
places=[("Avdiivka", [], 713122, "city"), ("Donetsk", [], 709717, "city"), ("Krasnohorivka", [], 9113135, "settlement", {"note": "the northern Krasnohorivka (Yasnohorivka row) next to Avdiivka"}),
        ("Lastochkyne", [], 9113130, "settlement", {"note": "row named Krynychne carries Lastochkyne as alternate name"}),
        ("Orlivka", [], 698375, "settlement"), ("Tonenke", [], 691412, "settlement"), ("Berdychi", [], 9113133, "settlement"),
        ("Stepove", [], 9113132, "settlement"), ("Kyiv", [], 703448, "city")],
claims=[("Avdiivka", "withdrawn", "UA", "Oleksandr Syrskyi", "ordered units to withdraw from Avdiivka", {"claimed_on": "2024-02-16", "other": ["the last groups left the coke plant district"]}),
        ("Avdiivka", "captured", "RU", "Sergei Shoigu (Russian defence ministry)", "had been \"fully liberated\"", {"verb": "liberated"}),
        ("Lastochkyne", "advanced_near", "RU", "Russian bloggers", "assault units have entered Lastochkyne", {"uncertain": True}),
        ("Stepove", "contested", "UA", "Tavria group", "still held positions in Stepove")],
dist=[("about 5 km west of the town centre", "offset", 5, 5, "Avdiivka", "Lastochkyne")],
offsets=[("north-west of Avdiivka", "Stepove", "Avdiivka")]))

TEXTS.append(dict(n=2, pub="2025-07-09", src="Eastbound Monitor", url="https://eastbound.example.org/bulletins/2025/07/09/mod-dachne",
body="""Moscow says troops crossed into Dnipropetrovsk region, lists villages

Until this summer the Dnipropetrovsk region had been spared ground fighting. Its eastern districts lie on the steppe beyond the Vovcha river, and since 2022 they have mainly served as a rear area for Ukrainian brigades fighting around Pokrovsk and Velyka Novosilka, with hospitals in Pavlohrad and Dnipro taking the wounded.

On Wednesday Russia's defence ministry published its longest daily bulletin in weeks. "Units of the Tsentr group of forces, acting decisively, have liberated the settlement of Dachne in the Dnipropetrovsk People's Republic," it read, using a name Moscow does not officially apply to the region; a corrected version later said "Dnipropetrovsk region". The same bulletin said the Vostok group had liberated Komar and Piddubne in the Donetsk People's Republic and had "improved the tactical position" near Maliivka, Ternove and Sosnivka, where it also claimed to have hit Ukrainian ammunition depots.

The Dachne in question is a hamlet of a few dozen houses on the regional border, not to be confused with the larger Dachne in Donetsk region near Kurakhove, which was fought over last winter.

Ukraine's military disputed part of the list. "The occupiers have not entered Dachne; there is fighting on the approaches and our positions hold," a spokesman for the Khortytsia group, Captain Roman Ilchuk, told reporters. He said Russian assault groups had also been beaten back at Zaporizke and Novoheorhiivka over the past day, losing several motorcycles and an armoured vehicle.

On Komar, which Ukrainian officials acknowledged in June was largely lost, the spokesman said troops had pulled back to higher ground west of the village "weeks ago, on orders, to save lives".

Independent mapping groups showed small Russian gains south of Novopavlivka but did not yet mark Dachne as taken. The bulletin also reported drone strikes on Pavlohrad.

The ministry's bulletins are not independently verifiable, and in recent months several villages listed as taken were later shown on footage to be still contested. Neither side gives casualty figures for individual settlements.""",
places=[("Dnipropetrovsk region", ["Dnipropetrovsk People's Republic"], ("oblast", "Dnipropetrovsk", "UA"), "oblast"), ("Vovcha", [], None, "river"),
        ("Pokrovsk", [], "Pokrovsk:05", "city"), ("Velyka Novosilka", [], "Velyka Novosilka:05", "settlement"),
        ("Pavlohrad", [], "Pavlohrad:04", "city"), ("Dnipro", [], "Dnipro:04", "city"),
        ("Komar", [], 705271, "settlement"), ("Piddubne", [], 696982, "settlement"),
        ("Donetsk People's Republic", [], ("region", "Donetsk", "UA"), "region"),
        ("Maliivka", [], 687336, "settlement"), ("Ternove", [], 699342, "settlement"), ("Sosnivka", [], 693095, "settlement"),
        ("Donetsk region", [], DON, "oblast"), ("Kurakhove", [], "Kurakhove:05", "city"),
        ("Zaporizke", [], 687688, "settlement"), ("Novoheorhiivka", [], 699850, "settlement"),
        ("Novopavlivka", [], 699373, "settlement"),
        ("Dachne", [], 710332, "settlement", {"note": "the Donetsk namesake near Kurakhove, only mentioned"}),
        ("Dachne", [], 9112867, "settlement", {"note": "the claimed one on the Dnipropetrovsk border, listed last"})],
claims=[("Dachne", "captured", "RU", "Russian defence ministry", "have liberated the settlement of Dachne", {"verb": "liberated"}),
        ("Komar", "captured", "RU", "Russian defence ministry", "had liberated Komar and Piddubne", {"verb": "liberated"}),
        ("Piddubne", "captured", "RU", "Russian defence ministry", "had liberated Komar and Piddubne", {"verb": "liberated"}),
        ("Dachne", "contested", "UA", "Khortytsia group spokesman", "The occupiers have not entered Dachne"),
        ("Komar", "withdrawn", "UA", "Khortytsia group spokesman", "troops had pulled back to higher ground west of the village")]))

TEXTS.append(dict(n=3, pub="2025-08-22", src="Ukrinform-style digest (Frontline Desk)", url="https://frontdesk.example.net/digest/2025-08-22-general-staff",
body="""General Staff: 147 clashes over the past day

The General Staff of Ukraine's Armed Forces published its morning summary as of 08:00 on Friday. Over the past day 147 combat clashes were recorded; the enemy carried out 4,600 shellings and used 1,900 kamikaze drones.

Kharkiv direction. The enemy attacked four times near Vovchansk and towards Vovchanski Khutory; one clash is still ongoing.

Kupiansk direction. Ukrainian units repelled seven attacks near Kupiansk, Holubivka and Radkivka, as well as towards Petropavlivka and Stepova Novoselivka.

Lyman direction. The occupiers tried 12 times to push forward near Karpivka, Novyi Myr, Torske and Zarichne and in the Serebrianka forest.

Siversk direction. Four enemy attacks near Vyimka and Hryhorivka were repelled.

Kramatorsk and Kostiantynivka directions. Defence forces stopped 18 assaults near Chasiv Yar, Stupochky, Oleksandro-Shultyne, Pleshchiivka and Yablunivka. The enemy keeps shelling Kostiantynivka from the south.

Pokrovsk direction. The hottest area remains the Pokrovsk direction, with 52 clashes over the day near Volodymyrivka, Rusyn Yar, Zapovidne, Myrnohrad, Udachne, Kotlyne and Dachne. In the area of Kucheriv Yar and Zolotyi Kolodiaz, search-and-strike operations against infiltrated groups continue. The General Staff separately called Russian reports of the capture of Rodynske "propaganda": the town, it said, "remains under the control of the Defence Forces".

Novopavlivka and Oleksandrivka directions. Twenty attacks near Tolstoi, Filiia, Ivanivka and Sosnivka were repelled; in the Huliaipole direction, the enemy attacked near Olhivske.

Prydniprovske direction. The enemy attacked three times towards the Antonivskyi bridge without success.

In the north, in the Kursk and Belgorod border areas and in Sumy region near Yunakivka, the situation has not changed significantly. The summary ends with the usual losses table.

The General Staff does not publish the results of individual engagements in its morning summary. Figures for equipment losses are the military's own and cannot be checked; the next update is due in the evening.""",
places=[("Vovchansk", [], "Vovchansk:07", "city"), ("Vovchanski Khutory", [], None, "settlement"), ("Kupiansk", [], 703656, "city"),
        ("Holubivka", [], 708531, "settlement"), ("Radkivka", [], "Radkivka:07", "settlement"), ("Petropavlivka", [], 697421, "settlement"),
        ("Stepova Novoselivka", [], "Stepova Novoselivka:07", "settlement"), ("Karpivka", [], None, "settlement"),
        ("Novyi Myr", [], None, "settlement", {"note": "not in the gazetteer"}), ("Torske", [], 691358, "settlement"), ("Zarichne", [], 705808, "settlement"),
        ("Serebrianka forest", [], None, "other"), ("Vyimka", [], 9115248, "settlement"), ("Hryhorivka", [], 708092, "settlement"),
        ("Chasiv Yar", [], 710915, "city"), ("Stupochky", [], "Stupochky:05", "settlement"), ("Oleksandro-Shultyne", [], "Oleksandro-Shultyne:05", "settlement"),
        ("Pleshchiivka", [], "Pleshchiivka:05", "settlement"), ("Yablunivka", [], 688619, "settlement"),
        ("Kostiantynivka", [], 705104, "city"), ("Volodymyrivka", [], 689394, "settlement"), ("Rusyn Yar", [], "Rusyn Yar:05", "settlement"),
        ("Zapovidne", [], "Zapovidne:05", "settlement"), ("Myrnohrad", [], 710035, "city"), ("Udachne", [], "Udachne:05", "settlement"),
        ("Kotlyne", [], "Kotlyne:05", "settlement"), ("Dachne", [], None, "settlement", {"note": "namesake on the Pokrovsk direction not settled by the text"}),
        ("Kucheriv Yar", [], "Kucheriv Yar:05", "settlement"), ("Zolotyi Kolodiaz", [], None, "settlement"),
        ("Rodynske", [], "Rodynske:05", "city"), ("Tolstoi", [], "Tolstoi:05", "settlement"), ("Filiia", [], "Filiia:04", "settlement"),
        ("Ivanivka", [], None, "settlement", {"oblast": "Dnipropetrovsk", "note": "namesake not settled"}), ("Sosnivka", [], 693095, "settlement"),
        ("Olhivske", [], "Olhivske:26", "settlement"), ("Antonivskyi bridge", [], None, "other"),
        ("Kursk", [], ("region", "Kursk", "RU"), "region"), ("Belgorod", [], ("region", "Belgorod", "RU"), "region"),
        ("Sumy region", [], ("oblast", "Sumy", "UA"), "oblast"), ("Yunakivka", [], 688077, "settlement")],
claims=[("Rodynske", "contested", "UA", "General Staff of Ukraine", "remains under the control of the Defence Forces")]))

TEXTS.append(dict(n=4, pub="2024-08-21", src="Slobozhansky Courier (translated governor post)", url="https://slobcourier.example.com.ua/news/2024/08/21/governor-evening-update",
body="""Governor's evening update: shelling across Kupiansk district, evacuation widened

Below is the evening post of the head of the Kharkiv regional military administration, published on his Telegram channel at 19:40 and translated in full.

"Over the past day the occupiers shelled 23 settlements of the Kharkiv region. In Kupiansk, a guided bomb hit a five-storey building on Izium Street; two women aged 61 and 74 were injured, and a private house burned down near the old railway depot. In Kivsharivka, drones struck a grocery shop and a utility vehicle. Kurylivka, Petropavlivka and Hrianykivka came under artillery fire throughout the afternoon; there is no information about casualties yet.

In Chuhuiv a 43-year-old man was wounded by a drone while driving on the road to Kharkiv. In the Balakliia community an agricultural machine hit an explosive device in a field; the tractor driver was hospitalised.

The Defence Council of the region has decided to extend the mandatory evacuation of families with children to twelve more villages of the Kupiansk district, all within 10 km of the line of contact. Buses will leave from the collection point in Shevchenkove every morning at 08:00; those who have no transport should call the hotline. So far 314 people, including 97 children, have been taken to Kharkiv and Balakliia over the week.

Firefighters are still working on a forest fire near Pishchane that has spread over about 40 hectares; rescuers cannot reach parts of it because of mines and repeated shelling. Separately, sappers of the State Emergency Service completed the clearance of 1,150 hectares of farmland in Izium and Balakliia districts this month, which allows farmers to sow winter wheat.

I ask everyone: do not ignore air raid alerts and do not return to the evacuated villages until it is safe. The situation on the front line in the region is difficult but under control."

The post did not name the villages added to the evacuation list; local authorities said the list would be published on Thursday.

Regional officials said that schools in the district would continue to teach online until the end of the year and that humanitarian aid points would stay open on weekends for residents who refused to leave.""",
places=[("Kharkiv region", [], ("oblast", "Kharkiv", "UA"), "oblast"), ("Kupiansk", [], 703656, "city"), ("Kivsharivka", [], 704608, "settlement"),
        ("Kurylivka", [], 703610, "settlement"), ("Petropavlivka", [], 697421, "settlement"), ("Hrianykivka", [], 8661590, "settlement"),
        ("Chuhuiv", [], 710374, "city"), ("Kharkiv", [], 706483, "city"), ("Balakliia", [], 712926, "city"),
        ("Kupiansk district", [], ("region", "Kharkiv", "UA"), "region"), ("Shevchenkove", [], None, "settlement", {"note": "several namesakes in Kupiansk district; not settled"}),
        ("Pishchane", [], None, "settlement", {"note": "two namesakes in Kupiansk district; not settled"})],
claims=[],
other_areas=[("about 40 hectares", 40, "ha", "about", {"what": "forest fire"}), ("1,150 hectares", 1150, "ha", "exact", {"what": "demined farmland"})],
dist=[("within 10 km of the line of contact", "other", 10, 10)]))

TEXTS.append(dict(n=5, pub="2024-11-26", src="channel 'Sapper's Notebook' (Telegram, quoted by Eastbound Monitor)", url="https://eastbound.example.org/telegram/2024/11/26/kurakhove-roundup",
body="""Kurakhove roundup from a Russian milblogger channel

The Kurakhove reservoir town has been under pressure since the fall of Vuhledar in early October, when Russian units began moving up the road from the south while another group pushed along the Selydove highway from the north-east. What follows is the Tuesday evening post of a Russian channel with about 300,000 subscribers, in our translation, with its numbering kept. The claims could not be checked independently.

"Evening summary, south Donetsk and Kurakhove:
1. In Kurakhove our assault groups are fighting in the eastern high-rise quarter and have reached the bus station. The enemy still holds the thermal power plant and the western part of the town.
2. Illinka has been cleared completely. The last enemy strongpoint on the Kurakhove road is gone.
3. South of the reservoir our units have taken Yelyzavetivka and are moving on towards Uspenivka. The enemy is falling back towards Kostiantynopil.
4. Near Voznesenka the enemy counterattacked with two armoured vehicles, both burned. Nothing changed there.
5. At Novodmytrivka we had to leave the positions at the farm after heavy drone attacks; the guys moved back 1.5 km.
6. From Trudove our artillery is working on the dam crossing.
7. Vuhledar: the mines around the city are still being cleared, expect news.
Glory to our boys!"

A Ukrainian brigade operating in the area, asked about the post, said its soldiers were still in the western part of Kurakhove and called the claim about Illinka "premature". Its press officer, Lieutenant Taras Yaremchuk, said: "Illinka is a grey zone now, nobody can stay there." He confirmed fighting in the eastern part of Kurakhove and said the situation around Yelyzavetivka was "difficult".

The Ukrainian General Staff listed 41 Russian assaults on the Kurakhove direction on Tuesday.

Channels of this kind often report gains days before official statements, and sometimes claim places that are later shown to be in the grey zone. We publish the post as an example of how the fighting is described on the Russian side.""",
places=[("Kurakhove", [], 695357, "city"), ("Vuhledar", [], 690823, "city"), ("Selydove", [], "Selydove:05", "city"), ("Illinka", [], 707701, "settlement"),
        ("Yelyzavetivka", [], 688175, "settlement"), ("Uspenivka", [], 690618, "settlement"), ("Kostiantynopil", [], "Kostiantynopil:05", "settlement"),
        ("Voznesenka", [], 9112507, "settlement"), ("Novodmytrivka", [], 9112478, "settlement"), ("Trudove", [], 691200, "settlement")],
claims=[("Kurakhove", "advanced_near", "RU", "Russian milblogger channel", "our assault groups are fighting in the eastern high-rise quarter", {"uncertain": True}),
        ("Illinka", "captured", "RU", "Russian milblogger channel", "Illinka has been cleared completely", {"uncertain": True, "verb": "cleared"}),
        ("Yelyzavetivka", "captured", "RU", "Russian milblogger channel", "our units have taken Yelyzavetivka", {"uncertain": True}),
        ("Novodmytrivka", "withdrawn", "RU", "Russian milblogger channel", "we had to leave the positions at the farm", {"uncertain": True}),
        ("Kurakhove", "contested", "UA", "Ukrainian brigade press officer", "its soldiers were still in the western part of Kurakhove"),
        ("Illinka", "contested", "UA", "Ukrainian brigade press officer", "called the claim about Illinka \"premature\"", {"other": ["Illinka is a grey zone now, nobody can stay there."]})],
dist=[("1.5 km", "other", 1.5, 1.5)]))

TEXTS.append(dict(n=6, pub="2025-03-12", src="Borderline Analysis", url="https://borderline.example.org/assessments/2025-03-12-kursk",
body="""Assessment: Ukrainian salient in Kursk region shrinking fast

When Ukrainian brigades crossed the border on 6 August last year, they moved faster than almost anyone expected. Within two weeks Kyiv's commander-in-chief claimed control of about 1,250 square kilometres of Kursk region and 92 settlements, including the district town of Sudzha, which Ukrainian troops entered on 15 August after a day of street fighting. The salient was meant to draw Russian reserves away from Donbas and to serve as a bargaining chip.

Seven months later the picture is very different. Our assessment of the past 72 hours, based on geolocated footage and statements by both sides, is as follows.

Russian forces have likely recaptured Malaya Loknya, north-west of Sudzha, after weeks of fighting: footage published on 10 March shows Russian troops raising a flag by the village church. Russian sources also claim the capture of Staraya Sorochina and Kazachya Loknya, but we have seen no visual confirmation of either, and the claims should be treated with caution.

Russian assault groups reportedly entered the northern outskirts of Sudzha itself on 11 March, partly by moving through an empty gas pipeline, according to Russian milbloggers. Geolocated footage indicates fighting in the industrial zone. The Russian defence ministry has not yet announced the town's capture.

Ukraine's General Staff did not confirm any losses but said units were "manoeuvring to more advantageous positions" in the area of Martynovka and Goncharovka, which we read as a sign that a withdrawal from the Sudzha area is under way. A Ukrainian officer quoted by a Kyiv outlet said his unit had left Zaoleshenka on 9 March under drone fire.

We estimate that Ukrainian forces now hold less than 400 square kilometres of Kursk region, about a third of the territory they held at the peak. Further west, near Tyotkino, Russian sources say attacks across the border into Sumy region continue; we assess these as limited.

Key indicators to watch: whether Russia can cut the Yunakivka–Sudzha road, and whether Ukrainian forces hold the border crossing at Sudzha.

This assessment will be revised as new footage is geolocated. Claims from either side that we cannot confirm are marked as such; we do not use casualty figures published by the parties.""",
places=[("Kursk region", [], ("oblast", "Kursk", "RU"), "oblast"), ("Sudzha", [], 486816, "city"), ("Donbas", [], ("region", "Donetsk", "UA"), "region"),
        ("Malaya Loknya", [], 990000003, "settlement"), ("Staraya Sorochina", [], 990000006, "settlement"),
        ("Kazachya Loknya", [], None, "settlement", {"oblast": "Kursk", "country": "RU", "note": "not in the gazetteer"}),
        ("Martynovka", [], 990000004, "settlement"), ("Goncharovka", [], 990000002, "settlement"), ("Zaoleshenka", [], 990000008, "settlement"),
        ("Tyotkino", [], 990000013, "settlement"), ("Sumy region", [], ("oblast", "Sumy", "UA"), "oblast"), ("Yunakivka", [], 688077, "settlement")],
claims=[("Kursk region", "captured", "UA", "Ukrainian commander-in-chief", "claimed control of about 1,250 square kilometres of Kursk region", {"background": True, "event_date": "2024-08"}),
        ("Sudzha", "captured", "UA", "the article", "which Ukrainian troops entered on 15 August", {"background": True, "event_date": "2024-08-15", "verb": "entered"}),
        ("Malaya Loknya", "liberated", "RU", "Borderline Analysis", "Russian forces have likely recaptured Malaya Loknya", {"uncertain": True, "verb": "recaptured"}),
        ("Staraya Sorochina", "liberated", "RU", "Russian sources", "Russian sources also claim the capture of Staraya Sorochina", {"uncertain": True}),
        ("Kazachya Loknya", "liberated", "RU", "Russian sources", "Russian sources also claim the capture of Staraya Sorochina", {"uncertain": True}),
        ("Sudzha", "advanced_near", "RU", "Russian milbloggers", "entered the northern outskirts of Sudzha", {"event_date": "2025-03-11", "uncertain": True}),
        ("Zaoleshenka", "withdrawn", "UA", "Ukrainian officer", "his unit had left Zaoleshenka", {"event_date": "2025-03-09"}),
        ("Martynovka", "withdrawn", "UA", "Borderline Analysis", "manoeuvring to more advantageous positions", {"uncertain": True}),
        ("Goncharovka", "withdrawn", "UA", "Borderline Analysis", "manoeuvring to more advantageous positions", {"uncertain": True})],
areas=[("about 1,250 square kilometres", 1250, "km2", "about", {"by_side": "UA", "region": "Kursk"}), ("less than 400 square kilometres", 400, "km2", "under", {"by_side": "UA", "region": "Kursk"}),
       ("about a third", 33, "percent", "about", {"by_side": "UA"})],
offsets=[("north-west of Sudzha", "Malaya Loknya", "Sudzha")]))

TEXTS.append(dict(n=7, pub="2024-11-11", src="Southern Ledger", url="https://southledger.example.com/features/kherson-two-years",
body="""Two years after the flags went up in Kherson, a city still under fire

On the morning of 11 November 2022, crowds gathered on Freedom Square in Kherson to greet the first Ukrainian soldiers. Two days earlier, Russia's defence minister had ordered his troops to leave the right bank of the Dnipro, and by the night of 10 November the last Russian units had crossed the river, blowing up spans of the Antonivskyi bridge behind them. The same week Ukrainian forces returned to Snihurivka in Mykolaiv region and to dozens of villages along the road from Bilozerka.

Two years on, the city lives within artillery range. Russian forces dug in on the left bank in Oleshky and Hola Prystan, less than 10 km away across the water, and drones now hunt cars on the streets of the Korabelnyi district. The population, close to 290,000 before the war, is estimated at about 60,000.

"People think the liberation was the end of the story," said Iryna Dovzhenko, a teacher who still runs classes in a basement on Perekopska Street. "For us, it was the start of a different war."

For a time it seemed the front might move again. In the autumn of 2023 Ukrainian marines crossed the river and established a foothold in Krynky, a village about 30 km east of the city, holding it through the winter at a heavy cost. By the summer of 2024 most of those positions had been abandoned; in July the General Staff said the marines no longer held positions in the village itself.

The regional administration says that since November 2022 sappers have cleared about 450 square kilometres of the region's right-bank farmland and forests, yet thousands of hectares remain off limits. Farmers near Bilozerka plant only the fields nearest the road.

Today there will be no parade. The city council asked residents to mark the anniversary quietly and to stay near shelters; sirens sounded twice before noon.

At the city's main market, traders now set up stalls only in the morning, when shelling is usually lighter. Most of the schools still work online, and the trolleybus network runs on a shortened schedule.""",
places=[("Kherson", [], 706448, "city"), ("Dnipro", [], None, "river"), ("Antonivskyi bridge", [], None, "other"),
        ("Snihurivka", [], 693379, "city"), ("Mykolaiv region", [], ("oblast", "Mykolaiv", "UA"), "oblast"), ("Bilozerka", [], 712508, "settlement"),
        ("Oleshky", [], 691037, "city"), ("Hola Prystan", [], 708632, "city"), ("Krynky", [], 703861, "settlement")],
claims=[("Kherson", "liberated", "UA", "the article", "crowds gathered on Freedom Square in Kherson to greet the first Ukrainian soldiers", {"background": True, "event_date": "2022-11-11", "verb": "greet the first Ukrainian soldiers"}),
        ("Kherson", "withdrawn", "RU", "Russian defence minister", "had ordered his troops to leave the right bank of the Dnipro", {"background": True, "event_date": "2022-11-09", "note": "right bank including Kherson"}),
        ("Snihurivka", "liberated", "UA", "the article", "Ukrainian forces returned to Snihurivka", {"background": True, "event_date": "2022-11"}),
        ("Krynky", "advanced_near", "UA", "the article", "established a foothold in Krynky", {"background": True, "event_date": "2023"}),
        ("Krynky", "withdrawn", "UA", "General Staff of Ukraine", "the marines no longer held positions in the village itself", {"background": True, "event_date": "2024-07"})],
other_areas=[("about 450 square kilometres", 450, "km2", "about", {"what": "cleared of mines"})],
dist=[("about 30 km east of the city", "offset", 30, 30, "Kherson", "Krynky"), ("less than 10 km", "other", 10, 10)]))

TEXTS.append(dict(n=8, pub="2023-09-20", src="Frontline Desk event log", url="https://frontdesk.example.net/log/2023-09-20-counteroffensive",
body="""Counteroffensive event log, 28 August to 19 September 2023

Compiled from official statements, unit videos and our correspondents' notes. Entries are in the form "place, region: what happened". Dates are when the statement was made.

Robotyne, Zaporizhzhia region, 28 Aug: Deputy defence minister Hanna Maliar announced that Robotyne had been liberated and that troops were advancing towards Novoprokopivka and Ocheretuvate. Unit video showed soldiers raising a flag over the ruined school.

Robotyne, Zaporizhzhia region, 1 Sep: The Russian defence ministry said attacks "in the area of Robotyne" had been repelled and did not acknowledge the loss of the village.

Verbove, Zaporizhzhia region, 5 Sep: A brigade commander said his men had broken through the first line of Russian trenches on the western edge of Verbove and were consolidating positions there.

Novoprokopivka, Zaporizhzhia region, 7 Sep: Russian bloggers reported heavy Ukrainian assaults south of Robotyne towards Novoprokopivka, all repelled. No change of control.

Opytne, Donetsk region, 10 Sep: Shelling of the village near Bakhmut's southern outskirts; two civilians evacuated by volunteers. Not to be confused with Opytne near Avdiivka.

Andriivka, Donetsk region, 15 Sep: The 3rd Assault Brigade said it had cleared Andriivka, about 9 km south of Bakhmut, after a week of fighting in the tree lines. "The village is destroyed, but it is ours," the brigade wrote.

Andriivka, Donetsk region, 16 Sep: A Russian war correspondent admitted the village had been lost and said Russian units had "moved to the railway line east of it".

Klishchiivka, Donetsk region, 17 Sep: The General Staff said Ukrainian forces had liberated Klishchiivka. Moscow said its troops were still fighting in the village.

Kurdiumivka, Donetsk region, 19 Sep: Ukrainian officials said troops were pushing towards Kurdiumivka from the north; no claim of control.

Zaporizhzhia, 19 Sep: A missile hit an industrial site in the city; nine people injured.

Editors' note: the log will be updated as new statements are checked against footage. Earlier entries on Urozhaine (16 Aug) and Staromaiorske (27 Jul), both reported liberated by Kyiv, are in the July–August log.

Statements by both ministries were checked against unit videos where possible. Where an entry says no claim of control, neither side said it had taken or lost the place on that day.""",
places=[("Robotyne", [], 695586, "settlement"), ("Zaporizhzhia region", [], ("oblast", "Zaporizhzhia", "UA"), "oblast"),
        ("Novoprokopivka", [], 689873, "settlement"), ("Ocheretuvate", [], None, "settlement", {"oblast": "Zaporizhzhia", "note": "two namesakes in Polohy raion"}), ("Verbove", [], 689965, "settlement"),
        ("Opytne", [], 810695, "settlement"), ("Donetsk region", [], DON, "oblast"), ("Bakhmut", [], 713174, "city"),
        ("Opytne", [], 9113127, "settlement", {"note": "namesake near Avdiivka, only mentioned"}), ("Avdiivka", [], 713122, "city"),
        ("Andriivka", [], 9114136, "settlement"), ("Klishchiivka", [], 13512497, "settlement"), ("Kurdiumivka", [], 703633, "settlement"),
        ("Zaporizhzhia", [], 687700, "city"), ("Urozhaine", [], 9114393, "settlement"), ("Staromaiorske", [], 692812, "settlement")],
claims=[("Robotyne", "liberated", "UA", "Hanna Maliar (deputy defence minister)", "announced that Robotyne had been liberated", {"claimed_on": "2023-08-28"}),
        ("Verbove", "advanced_near", "UA", "brigade commander", "had broken through the first line of Russian trenches on the western edge of Verbove", {"claimed_on": "2023-09-05"}),
        ("Andriivka", "liberated", "UA", "3rd Assault Brigade", "it had cleared Andriivka", {"claimed_on": "2023-09-15", "verb": "cleared", "other": ["The village is destroyed, but it is ours"]}),
        ("Andriivka", "withdrawn", "RU", "Russian war correspondent", "Russian units had \"moved to the railway line east of it\"", {"claimed_on": "2023-09-16"}),
        ("Klishchiivka", "liberated", "UA", "General Staff of Ukraine", "Ukrainian forces had liberated Klishchiivka", {"claimed_on": "2023-09-17"}),
        ("Klishchiivka", "contested", "RU", "Moscow", "its troops were still fighting in the village", {"claimed_on": "2023-09-17"}),
        ("Urozhaine", "liberated", "UA", "Kyiv", "both reported liberated by Kyiv", {"background": True, "event_date": "2023-08-16"}),
        ("Staromaiorske", "liberated", "UA", "Kyiv", "both reported liberated by Kyiv", {"background": True, "event_date": "2023-07-27"})],
dist=[("about 9 km south of Bakhmut", "offset", 9, 9, "Bakhmut", "Andriivka")]))

TEXTS.append(dict(n=9, pub="2025-11-21", src="Eastbound Monitor", url="https://eastbound.example.org/news/2025/11/21/kupiansk-claims-denied",
body="""Kyiv rejects Moscow's claim to have taken Kupiansk

KHARKIV, Nov 21 (Eastbound Monitor) - Ukraine's military on Friday rejected a claim by Russia's chief of the General Staff that his troops had taken the city of Kupiansk, saying Ukrainian units were still fighting Russian infiltration groups in its northern districts.

Kupiansk, a railway hub on the Oskil river, was occupied in the first days of the full-scale invasion and recaptured by Ukraine in September 2022. It has been a target of Russian attacks ever since, and the city's western bank has been almost emptied of civilians.

At a televised meeting on Thursday, General Valery Gerasimov told President Vladimir Putin that the Zapad group of forces had "completed the liberation" of Kupiansk and was also clearing Kupiansk-Vuzlovyi, a town some 5 km to the south. He said Russian troops controlled "more than 80 percent" of the latter.

"The statement about the capture of Kupiansk is a lie," said Major Dmytro Vasylenko, a spokesman for the Joint Forces grouping. "Yes, there are enemy groups in the city, up to several dozen men, but our units control the situation and are clearing the districts one by one." Kupiansk-Vuzlovyi, he added, "is fully under our control".

Russian military bloggers, usually quick to celebrate, were more cautious. One widely read channel wrote that the Russian flag had been raised in the centre of Kupiansk but conceded that "the western part of the city is still contested".

Analysts at a European think tank said geolocated footage confirmed a Russian presence in several northern and central neighbourhoods, but that it did not support the claim of full control. They said Russian forces had probably advanced near Petropavlivka, east of the Oskil, and in the area of Kurylivka further south.

Kharkiv's regional administration said shelling of Kupiansk district killed two people overnight in the villages of Kindrashivka and Radkivka.

The Ukrainian military said it would publish footage from the city in the coming days. Russia's ministry did not respond to a request for comment on the analysts' findings.""",
places=[("KHARKIV", [], 706483, "city"), ("Kupiansk", [], 703656, "city"), ("Oskil", [], None, "river"),
        ("Kupiansk-Vuzlovyi", [], 703652, "city"), ("Petropavlivka", [], 697421, "settlement"), ("Kurylivka", [], 703610, "settlement"),
        ("Kupiansk district", [], ("region", "Kharkiv", "UA"), "region"), ("Kindrashivka", [], 705175, "settlement"), ("Radkivka", [], 813242, "settlement")],
claims=[("Kupiansk", "captured", "RU", "Valery Gerasimov", "had \"completed the liberation\" of Kupiansk", {"claimed_on": "2025-11-20", "verb": "completed the liberation"}),
        ("Kupiansk-Vuzlovyi", "advanced_near", "RU", "Valery Gerasimov", "was also clearing Kupiansk-Vuzlovyi", {"claimed_on": "2025-11-20"}),
        ("Kupiansk", "contested", "UA", "Joint Forces grouping spokesman", "The statement about the capture of Kupiansk is a lie", {"other": ["our units control the situation and are clearing the districts one by one"]}),
        ("Kupiansk-Vuzlovyi", "contested", "UA", "Joint Forces grouping spokesman", "is fully under our control"),
        ("Kupiansk", "liberated", "UA", "the article", "recaptured by Ukraine in September 2022", {"background": True, "event_date": "2022-09"}),
        ("Petropavlivka", "advanced_near", "RU", "European think tank analysts", "had probably advanced near Petropavlivka", {"uncertain": True}),
        ("Kurylivka", "advanced_near", "RU", "European think tank analysts", "had probably advanced near Petropavlivka", {"uncertain": True})],
areas=[("more than 80 percent", 80, "percent", "over", {"by_side": "RU", "region": "Kupiansk-Vuzlovyi"})],
dist=[("some 5 km to the south", "offset", 5, 5, "Kupiansk", "Kupiansk-Vuzlovyi")]))

TEXTS.append(dict(n=10, pub="2022-09-16", src="Northern Dispatch", url="https://northdispatch.example.com/2022/09/16/kharkiv-counteroffensive-voices",
body="""'We drove in and they were gone': soldiers recall the Kharkiv breakthrough

Until early September the front in Kharkiv region had barely moved for months. Russian units held a wide arc from the Russian border through Kupiansk and Izium, the staging ground for their push on Sloviansk and Kramatorsk. Ukrainian commanders had spent the summer talking loudly about a counteroffensive in the south.

Then, on 6 September, Ukrainian brigades broke through near Verbivka and raced east. Speaking by phone from a village near the Oskil, a sergeant with the call sign "Balakliia", after his home town, described the first days.

"We entered Balakliia on the morning of the 8th. There was almost no resistance, just some shooting from the police building. Two days later we were in Kupiansk, and people came out with bread," he said. "In Izium they left so fast that the kettles were still warm."

Another soldier, speaking in a hospital in Kharkiv, said his platoon had reached the Russian border near Hoptivka on 11 September. "We stood there and looked at Russia. Nobody believed it."

Russia's defence ministry described the retreat differently. On 10 September its spokesman said forces in the Balakliia and Izium areas were being "regrouped" to strengthen the Donetsk direction. A day later Moscow's maps showed its troops east of the Oskil, although fighting continued in eastern Kupiansk.

In Kyiv, President Zelensky said on Tuesday that Ukraine had liberated more than 6,000 square kilometres since the start of the month, and an adviser told reporters the next target was Lyman in Donetsk region.

Kozacha Lopan, a village a few kilometres from the border north of Kharkiv, was also reported back under Ukrainian control on 11 September, according to a local official. Residents there told us they had spent six months cut off from the city.

The sergeant said his unit was now resting near Shevchenkove. "We will go again soon," he said.

Ukrainian officials have asked journalists not to report unit positions or the movements of equipment in real time, and several soldiers who spoke to us did so on condition that their names were withheld.""",
places=[("Kharkiv region", [], ("oblast", "Kharkiv", "UA"), "oblast"), ("Kupiansk", [], 703656, "city"), ("Izium", [], 707292, "city"),
        ("Sloviansk", [], 693468, "city"), ("Kramatorsk", [], 704508, "city"), ("Verbivka", [], "Verbivka:07:Izyum", "settlement"),
        ("Oskil", [], None, "river"), ("Balakliia", [], 712926, "city"), ("Kharkiv", [], 706483, "city"), ("Hoptivka", [], "Hoptivka:07", "settlement"),
        ("Russia", [], ("country", None, "RU"), "country"), ("Kyiv", [], 703448, "city"), ("Lyman", [], 704204, "city"),
        ("Donetsk region", [], DON, "oblast"), ("Kozacha Lopan", [], 706587, "settlement"),
        ("Shevchenkove", [], 694137, "settlement", {"note": "the Kupiansk-district town (former raion centre) on the route of the advance", "uncertain": True})],
claims=[("Balakliia", "liberated", "UA", "Ukrainian sergeant", "We entered Balakliia on the morning of the 8th", {"event_date": "2022-09-08", "verb": "entered"}),
        ("Kupiansk", "liberated", "UA", "Ukrainian sergeant", "Two days later we were in Kupiansk", {"event_date": "2022-09-10"}),
        ("Hoptivka", "liberated", "UA", "Ukrainian soldier", "had reached the Russian border near Hoptivka", {"event_date": "2022-09-11", "uncertain": True}),
        ("Balakliia", "withdrawn", "RU", "Russian defence ministry", "forces in the Balakliia and Izium areas were being \"regrouped\"", {"claimed_on": "2022-09-10", "verb": "regrouped"}),
        ("Izium", "withdrawn", "RU", "Russian defence ministry", "forces in the Balakliia and Izium areas were being \"regrouped\"", {"claimed_on": "2022-09-10", "other": ["In Izium they left so fast"]}),
        ("Kozacha Lopan", "liberated", "UA", "local official", "was also reported back under Ukrainian control on 11 September", {"event_date": "2022-09-11"})],
areas=[("more than 6,000 square kilometres", 6000, "km2", "over", {"by_side": "UA", "claimant": "Volodymyr Zelensky"})]))

TEXTS.append(dict(n=11, pub="2025-06-24", src="Sumy Regional Post", url="https://sumypost.example.com.ua/en/2025/06/24/border-villages",
body="""Border villages change hands as Russian push on Sumy stalls

SUMY - For most of the war the villages north of Sumy lived with shelling but not with infantry. That changed in March, when Russian forces, having pushed Ukrainian troops out of the Kursk salient, crossed the border themselves and began taking hamlets along the Psel and the roads to Yunakivka.

This week both sides reported movement. Russia's defence ministry said on Sunday that units of the Sever group had liberated Kindrativka and Andriivka in Sumy region, adding that it now controlled more than 200 sq km of the area. Russian state media showed soldiers waving a flag near a roadside cross.

Ukraine's military said the opposite about one of the two. "Andriivka has been cleared of the occupiers; our assault troops raised the flag there on Saturday," the spokesman of the northern operational command, Colonel Andrii Lysenko, said on Monday, adding that the Russian claim was "two weeks out of date". He did not comment on Kindrativka.

There are at least three villages called Andriivka in Sumy region alone; the one fought over lies about 15 km west of Yunakivka, close to the Kursk border. Ukrainian officials said Russian troops were still trying to enter Yunakivka itself and that the village of Oleksiivka had been "contested for weeks".

Analysts said the front north of Sumy had largely stabilised. Russian units are dug in around Loknia and Zhuravka, about 30 km from the city, where they took ground in April and May, but have not made progress towards Sumy since early June. Moscow said its aim was a "buffer zone"; Kyiv says it has moved enough reserves to stop it.

Meanwhile, regional authorities reported that a grass fire set off by shelling near Khotin burned about 120 hectares of fields, and that 8,000 hectares of farmland in the border strip would not be sown this year because of mines. More than 200 settlements in the region remain under mandatory evacuation orders.

Humanitarian groups said the number of people asking to be taken out of frontline communities had doubled since spring, and that many older residents still refused to go despite repeated warnings.""",
places=[("SUMY", ["Sumy"], "Sumy:21", "city"), ("Kursk", [], ("region", "Kursk", "RU"), "region"), ("Psel", [], None, "river"), ("Yunakivka", [], 688077, "settlement"),
        ("Kindrativka", [], 705166, "settlement"), ("Sumy region", [], ("oblast", "Sumy", "UA"), "oblast"), ("Andriivka", [], 713416, "settlement"),
        ("Oleksiivka", [], None, "settlement", {"oblast": "Sumy", "note": "namesake not settled"}), ("Loknia", [], 702868, "settlement"), ("Zhuravka", [], 687008, "settlement"),
        ("Khotin", [], 706253, "settlement")],
claims=[("Kindrativka", "captured", "RU", "Russian defence ministry", "had liberated Kindrativka and Andriivka", {"claimed_on": "2025-06-22", "verb": "liberated"}),
        ("Andriivka", "captured", "RU", "Russian defence ministry", "had liberated Kindrativka and Andriivka", {"claimed_on": "2025-06-22", "verb": "liberated"}),
        ("Andriivka", "liberated", "UA", "northern operational command spokesman", "Andriivka has been cleared of the occupiers", {"claimed_on": "2025-06-23", "event_date": "2025-06-21", "verb": "cleared"}),
        ("Oleksiivka", "contested", "UA", "Ukrainian officials", "had been \"contested for weeks\""),
        ("Loknia", "captured", "RU", "analysts", "where they took ground in April and May", {"background": True, "event_date": "2025-04/2025-05", "uncertain": True}),
        ("Zhuravka", "captured", "RU", "analysts", "where they took ground in April and May", {"background": True, "event_date": "2025-04/2025-05", "uncertain": True})],
areas=[("more than 200 sq km", 200, "km2", "over", {"by_side": "RU", "region": "Sumy"})],
other_areas=[("about 120 hectares", 120, "ha", "about", {"what": "grass fire"}), ("8,000 hectares", 8000, "ha", "exact", {"what": "unsown mined farmland"})],
dist=[("about 15 km west of Yunakivka", "offset", 15, 15, "Yunakivka", "Andriivka"), ("about 30 km from the city", "offset", 30, 30, "Sumy", "Loknia")]))

TEXTS.append(dict(n=12, pub="2022-04-03", src="Capital Wire", url="https://capitalwire.example.com/2022/04/03/kyiv-region-retaken",
body="""Ukraine says whole Kyiv region retaken as Russian troops pull back north

KYIV, April 3 (Capital Wire) - Ukraine said on Saturday it had regained control of the entire Kyiv region after Russian forces withdrew from towns around the capital, where reporters found streets littered with burned-out vehicles and bodies of civilians.

"Irpin, Bucha, Hostomel and the whole Kyiv region were liberated from the invader," Deputy Defence Minister Hanna Maliar wrote on Facebook late on Saturday. Ukrainian troops had already entered Irpin on Monday, when the town's mayor said it was back in Ukrainian hands, and the last Russian units left Bucha on Wednesday, according to residents.

The Russian defence ministry has presented the move as a goodwill gesture linked to peace talks in Istanbul, saying its forces were "regrouping" away from Kyiv and Chernihiv to concentrate on the "liberation of Donbas". Western officials said the withdrawal was a retreat after the failure of the assault on the capital.

In Bucha, about 25 km north-west of central Kyiv, journalists saw at least 20 bodies on a single street. The town's mayor said about 280 people had been buried in mass graves. Moscow denied any involvement.

Ukrainian officials said troops were now clearing villages west of the capital, including Motyzhyn and Makariv, and moving north along the road towards Ivankiv near the Belarusian border. Fighting had ended in Hostomel, where Russian paratroopers seized the airport in the first hours of the invasion on 24 February.

Further north, the governor of Chernihiv region said Russian troops were leaving settlements around Chernihiv but that the city remained under shelling. "There are still Russian units in the region; we are not saying it is over," he said.

Officials warned that mines and booby traps had been left in houses, cars and fields and asked residents not to return until sappers had checked them. Demining of the Kyiv region could take months, the emergency service said.

Western governments condemned the killings and called for an international investigation. Ukrainian prosecutors said they had opened criminal cases and asked residents to report any crimes they had witnessed.""",
places=[("Kyiv region", [], ("oblast", "Kyiv", "UA"), "oblast"), ("KYIV", ["Kyiv"], 703448, "city"), ("Irpin", [], 707565, "city"), ("Bucha", [], 711350, "city"),
        ("Hostomel", [], 708251, "city"), ("Istanbul", [], None, "city", {"country": "TR", "note": "outside the scored area"}), ("Chernihiv", [], 710735, "city"),
        ("Donbas", [], ("region", "Donetsk", "UA"), "region"), ("Motyzhyn", [], 700671, "settlement"), ("Makariv", [], 702337, "settlement"),
        ("Ivankiv", [], 707489, "settlement"), ("Chernihiv region", [], ("oblast", "Chernihiv", "UA"), "oblast")],
claims=[("Kyiv region", "liberated", "UA", "Hanna Maliar (deputy defence minister)", "had regained control of the entire Kyiv region", {"claimed_on": "2022-04-02", "other": ["Irpin, Bucha, Hostomel and the whole Kyiv region were liberated from the invader"]}),
        ("Irpin", "liberated", "UA", "Hanna Maliar (deputy defence minister)", "Irpin, Bucha, Hostomel and the whole Kyiv region were liberated from the invader", {"claimed_on": "2022-04-02", "other": ["Ukrainian troops had already entered Irpin on Monday"]}),
        ("Bucha", "liberated", "UA", "Hanna Maliar (deputy defence minister)", "Irpin, Bucha, Hostomel and the whole Kyiv region were liberated from the invader", {"claimed_on": "2022-04-02"}),
        ("Hostomel", "liberated", "UA", "Hanna Maliar (deputy defence minister)", "Irpin, Bucha, Hostomel and the whole Kyiv region were liberated from the invader", {"claimed_on": "2022-04-02"}),
        ("Bucha", "withdrawn", "RU", "residents", "the last Russian units left Bucha on Wednesday", {"event_date": "2022-03-30"}),
        ("Motyzhyn", "liberated", "UA", "Ukrainian officials", "troops were now clearing villages west of the capital, including Motyzhyn and Makariv", {"uncertain": True}),
        ("Makariv", "liberated", "UA", "Ukrainian officials", "troops were now clearing villages west of the capital, including Motyzhyn and Makariv", {"uncertain": True}),
        ("Hostomel", "captured", "RU", "the article", "Russian paratroopers seized the airport in the first hours", {"background": True, "event_date": "2022-02-24", "uncertain": True})],
dist=[("about 25 km north-west of central Kyiv", "offset", 25, 25, "KYIV", "Bucha")]))
