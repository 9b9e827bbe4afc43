"""Hand-written gold specs for the Russian texts 013-024 (see build_gold.py)."""
from build_gold import P, C, A, D, O

SPECS = {}

SPECS["013"] = dict(
    places=[
        P("Новогродовки", "city", 699557, "Новогродівка", "Novohrodivka", variants=["Новогродовка"], ru="Новогродовка"),
        P("Невельского", "settlement", 9112915, "Невельське", "Nevelske", variants=["Невельское"], ru="Невельское"),
        P("Донецкой Народной Республики", "region", None, "Донецька область", "Donetsk Oblast", oblast="Donetsk", country="UA"),
        P("Синьковки", "settlement", 693778, "Синьківка", "Synkivka", ru="Синьковка"),
        P("Кругляковки", "settlement", 812661, "Кругляківка", "Kruhliakivka", ru="Кругляковка"),
        P("Харьковской области", "oblast", None, "Харківська область", "Kharkiv Oblast", oblast="Kharkiv", country="UA"),
        P("Богоявленки", "settlement", 709872, "Богоявленка", "Bohoiavlenka", ru="Богоявленка"),
        P("Угледара", "city", 690823, "Вугледар", "Vuhledar", ru="Угледар"),
        P("Красноармейска", "city", 704422, "Покровськ", "Pokrovsk", variants=["Покровск"], ru="Красноармейск"),
        P("Красногоровки", "city", 704393, "Красногорівка", "Krasnohorivka", ru="Красногоровка",
          note="the Pokrovsk-raion town west of Donetsk; Yasnohorivka also carries the alternate name Krasnohorivka"),
    ],
    claims=[
        C(p, "captured", "RU", "Russian defence ministry", "2024-09-07",
          "Подразделения группировки войск «Центр» в результате активных наступательных действий освободили город Новогродовка и населённый пункт Невельское Донецкой Народной Республики, говорится в ежедневной сводке Министерства обороны России, опубликованной в субботу.",
          verb="освободили")
        for p in ("Новогродовки", "Невельского")
    ] + [
        C("Новогродовки", "contested", "UA", "Ukrainian General Staff", "2024-09-07",
          "Украинский Генштаб в своей утренней сводке о потере этих населённых пунктов не сообщал, указав лишь на «тяжёлые бои в районе Новогродовки».",
          uncertain=True, verb="тяжёлые бои в районе"),
    ],
    distances=[
        D("примерно в 15 км к юго-востоку от Красноармейска", "offset", 15, qualifier="about", frm="Красноармейска", place="Новогродовки"),
        D("в 8 км к северо-востоку от Красногоровки", "offset", 8, frm="Красногоровки", place="Невельского"),
    ],
)

SPECS["014"] = dict(
    places=[
        P("Работино", "settlement", 695586, "Роботине", "Robotyne", ru="Работино"),
        P("Вербовое", "settlement", 689965, "Вербове", "Verbove", variants=["Вербового"], ru="Вербовое",
          note="two Verbove in Zaporizhzhia oblast; the one east of Robotyne (Polohy raion)"),
        P("Новопрокоповка", "settlement", 689873, "Новопрокопівка", "Novoprokopivka", ru="Новопрокоповка"),
        P("Урожайное", "settlement", 9114393, "Урожайне", "Urozhaine", variants=["Урожайного"], ru="Урожайное"),
    ],
    claims=[
        C("Работино", "liberated", "UA", "Ukrainian officials (as reported by the channel)", "2023-08-28",
          "Киев объявил об «освобождении» села ещё в понедельник.", verb="освобождение"),
        C("Работино", "contested", "RU", "Telegram channel «Южный рубеж»", "2023-08-30",
          "Противник действительно занял большую часть Работино, но наши подразделения удерживают южную окраину и позиции у кладбища.",
          verb="удерживают южную окраину", other=["Это не так."]),
        C("Работино", "advanced_near", "UA", "Telegram channel «Южный рубеж»", "2023-08-30",
          "Противник действительно занял большую часть Работино, но наши подразделения удерживают южную окраину и позиции у кладбища.",
          verb="занял большую часть"),
        C("Вербовое", "advanced_near", "UA", "Telegram channel «Южный рубеж»", "2023-08-30",
          "Группы ВСУ вышли к северо-западной окраине Вербового, идут стрелковые бои.", verb="вышли к окраине"),
        C("Урожайное", "withdrawn", "RU", "Telegram channel «Южный рубеж»", "2023-08-30",
          "Напоминаем: после двух недель боёв наши подразделения 16 августа отошли из Урожайного на новый рубеж южнее.",
          event_date="2023-08-16", verb="отошли из"),
    ],
)

SPECS["015"] = dict(
    places=[
        P("Курской области", "oblast", None, "Курська область", "Kursk Oblast", oblast="Kursk", country="RU"),
        P("Москве", "city", None, "Москва", "Moscow", country="RU", note="not in the border gazetteer"),
        P("Судже", "city", 486816, "Суджа", "Sudzha", ru="Суджа"),
        P("Суджанского", "region", None, "Суджанський район", "Sudzhansky District", oblast="Kursk", country="RU"),
        P("Кореневского", "region", None, "Кореневський район", "Korenevsky District", oblast="Kursk", country="RU"),
        P("Беловского районов", "region", None, "Бєловський район", "Belovsky District", oblast="Kursk", country="RU"),
        P("Курске", "city", 538560, "Курськ", "Kursk", ru="Курск"),
        P("Курчатове", "city", 538908, "Курчатов", "Kurchatov", ru="Курчатов"),
        P("Железногорске", "city", 463343, "Залізногорськ", "Zheleznogorsk", ru="Железногорск"),
        P("Рыльском районе", "region", None, "Рильський район", "Rylsky District", oblast="Kursk", country="RU"),
        P("Глушково", "settlement", 560995, "Глушково", "Glushkovo", ru="Глушково"),
        P("Рыльска", "city", 695019, "Рильськ", "Rylsk", ru="Рыльск"),
    ],
    claims=[
        C("Курской области", "captured", "UA", "acting governor of Kursk region", "2024-08-12",
          "Врио губернатора Курской области на совещании в Москве доложил, что противник контролирует 28 населённых пунктов региона.",
          verb="контролирует"),
    ],
    distances=[
        D("12 км", "advance", 12, note="depth of the incursion"),
        D("40 км", "other", 40, note="width of the incursion"),
    ],
)

SPECS["016"] = dict(
    note="Shelling report from Belgorod region: no territorial claim (a repelled crossing is not a claim).",
    places=[
        P("Шебекино", "city", 495112, "Шебекіно", "Shebekino", ru="Шебекино"),
        P("Новой Таволжанке", "settlement", 519473, "Нова Таволжанка", "Novaya Tavolzhanka", ru="Новая Таволжанка"),
        P("Белгородской области", "oblast", None, "Бєлгородська область", "Belgorod Oblast", oblast="Belgorod", country="RU"),
        P("Головчино", "settlement", 560674, "Головчино", "Golovchino", ru="Головчино"),
        P("Грайворонского округа", "region", None, "Грайворонський округ", "Grayvoronsky District", oblast="Belgorod", country="RU"),
        P("Козинка", "settlement", 990000016, "Козинка", "Kozinka", ru="Козинка",
          note="namesakes in Dnipropetrovsk and Sumy oblasts; the Belgorod border village (placeholder id)"),
        P("Грайвороне", "city", 559034, "Грайворон", "Grayvoron", ru="Грайворон"),
        P("Белгороде", "city", 578072, "Бєлгород", "Belgorod", ru="Белгород"),
        P("Шебекинского округа", "region", None, "Шебекінський округ", "Shebekinsky District", oblast="Belgorod", country="RU"),
        P("Старом Осколе", "city", 487928, "Старий Оскол", "Stary Oskol", ru="Старый Оскол"),
        P("Губкине", "city", 558146, "Губкін", "Gubkin", ru="Губкин"),
    ],
    claims=[],
    distances=[D("в 9 км к юго-западу от Шебекино", "offset", 9, frm="Шебекино", place="Новой Таволжанке")],
)

SPECS["017"] = dict(
    places=[
        P("Авдеевки", "city", 713122, "Авдіївка", "Avdiivka", variants=["Авдеевку", "Авдеевка"], ru="Авдеевка"),
        P("ДОНЕЦК", "city", 709717, "Донецьк", "Donetsk", variants=["Донецка", "Донецк"], ru="Донецк", note="dateline"),
        P("Ясиноватая", "city", 688373, "Ясинувата", "Yasynuvata", ru="Ясиноватая"),
        P("Ласточкино", "settlement", 9113130, "Ласточкине", "Lastochkyne", ru="Ласточкино",
          note="GeoNames row is named Krynychne with Ласточкине as alternate name; same location west of Avdiivka"),
        P("Орловка", "settlement", 698375, "Орлівка", "Orlivka", ru="Орловка",
          note="two Orlivka in Pokrovsk raion; the one west of Avdiivka"),
        P("Северного", "settlement", 9113129, "Сєверне", "Sieverne", ru="Северное",
          note="GeoNames row Pivnichne (alt Сєверне), north-west of Avdiivka"),
        P("Степового", "settlement", 9113132, "Степове", "Stepove", ru="Степовое"),
    ],
    claims=[
        C("Авдеевки", "captured", "RU", "Sergei Shoigu, Russian defence minister", "2024-02-17",
          "Российские войска полностью освободили Авдеевку, доложил в субботу министр обороны России Сергей Шойгу президенту Владимиру Путину.",
          verb="полностью освободили",
          other=["Над зданием городской администрации поднят российский флаг, говорится в сообщении ведомства."]),
        C("Авдеевки", "withdrawn", "UA", "Oleksandr Syrskyi, Ukraine's commander-in-chief", "2024-02-17",
          "Ранее ночью главнокомандующий ВСУ Александр Сырский заявил, что принял решение вывести подразделения из Авдеевки и перейти к обороне на более выгодных рубежах, чтобы избежать окружения.",
          verb="вывести подразделения из"),
    ],
    distances=[D("примерно в 15 км к северу от Донецка", "offset", 15, qualifier="about", frm="Donetsk", place="Авдеевки")],
    offsets=[O("Орловка к западу от города", "Орловка", "Авдеевки")],
)

SPECS["018"] = dict(
    places=[
        P("Красного Лимана", "city", 704204, "Лиман", "Lyman", variants=["Лиман"], ru="Красный Лиман",
          note="namesake village in Pokrovsk raion; the railway town in the north of Donetsk oblast"),
        P("Ямполь", "settlement", 688505, "Ямпіль", "Yampil", ru="Ямполь", note="many Yampil in Ukraine; the one near Lyman"),
        P("Дробышево", "settlement", 709614, "Дробишеве", "Drobysheve", ru="Дробышево"),
        P("Торское", "settlement", 691358, "Торське", "Torske", ru="Торское", note="two Torske in Donetsk oblast; the one east of Lyman"),
        P("Донецкой области", "oblast", None, "Донецька область", "Donetsk Oblast", oblast="Donetsk", country="UA"),
        P("Кременной", "city", 704138, "Кремінна", "Kreminna", variants=["Кременная"], ru="Кременная"),
        P("Сватово", "city", 692118, "Сватове", "Svatove", ru="Сватово"),
        P("Луганской области", "oblast", None, "Луганська область", "Luhansk Oblast", oblast="Luhansk", country="UA"),
    ],
    claims=[
        C("Красного Лимана", "withdrawn", "RU", "Russian defence ministry", "2022-10-01",
          "Министерство обороны России в субботу сообщило, что в связи с угрозой окружения союзные войска отведены из Красного Лимана на более выгодные рубежи.",
          verb="отведены из"),
    ] + [
        C(p, "liberated", "UA", "the Ukrainian side", "2022-09-30",
          "Украинская сторона ещё днём раньше сообщила о занятии сёл Ямполь, Дробышево и Торское, перерезав основную дорогу снабжения гарнизона.",
          verb="занятие")
        for p in ("Ямполь", "Дробышево", "Торское")
    ] + [
        C("Красного Лимана", "liberated", "UA", "President Volodymyr Zelensky", "2022-10-01",
          "Вечером в субботу президент Зеленский заявил, что Лиман полностью очищен.", verb="полностью очищен"),
        C("Красного Лимана", "captured", "RU", "the article", "2022-10-01",
          "Российские войска заняли его в конце мая 2022 года после нескольких недель боёв.",
          event_date="2022-05", background=True, verb="заняли"),
    ],
    distances=[D("примерно в 30 км к западу от Кременной", "offset", 30, qualifier="about", frm="Кременной", place="Красного Лимана")],
)

SPECS["019"] = dict(
    places=[
        P("Доброполья", "city", 709900, "Добропілля", "Dobropillia", variants=["Доброполье"], ru="Доброполье",
          note="six Dobropillia; the Donetsk town (PPLA3)"),
        P("Золотого Колодезя", "settlement", 686865, "Золотий Колодязь", "Zolotyi Kolodiaz", variants=["Золотой Колодезь"], ru="Золотой Колодезь"),
        P("Кучерова Яра", "settlement", 9111883, "Кучерів Яр", "Kucheriv Yar", variants=["Кучеров Яр"], ru="Кучеров Яр"),
        P("Никаноровки", "settlement", 700208, "Заповідне", "Zapovidne", variants=["Заповідне"], ru="Никаноровка",
          note="renamed Zapovidne; GeoNames row Zapovidne with alternate name Никанорівка"),
        P("Краматорск", "city", 704508, "Краматорськ", "Kramatorsk", ru="Краматорск"),
        P("Родинского", "settlement", 695581, "Родинське", "Rodynske", ru="Родинское"),
    ],
    claims=[
        C(p, "advanced_near", "RU", "«Карта и факт» (geolocated footage)", "2025-08-14",
          "Геолоцированные кадры, опубликованные 11–12 августа, показывают российскую пехоту у Золотого Колодезя, в 13 км к северо-востоку от Доброполья, и на южной окраине Кучерова Яра.",
          verb=v)
        for p, v in (("Золотого Колодезя", "у"), ("Кучерова Яра", "на южной окраине"))
    ] + [
        C("Никаноровки", "captured", "RU", "Russian defence ministry", "2025-08-12",
          "Российское Минобороны 12 августа объявило об освобождении Никаноровки (по-украински — Заповідне), однако подтверждений этого мы пока не видели.",
          uncertain=True, verb="освобождение"),
        C("Кучерова Яра", "liberated", "UA", "command of the 1st Corps of the National Guard", "2025-08-13",
          "Командование 1-го корпуса Нацгвардии 13 августа сообщило, что вернуло под контроль Кучеров Яр и зачищает Золотой Колодезь.",
          verb="вернуло под контроль"),
        C("Золотого Колодезя", "contested", "UA", "command of the 1st Corps of the National Guard", "2025-08-13",
          "Командование 1-го корпуса Нацгвардии 13 августа сообщило, что вернуло под контроль Кучеров Яр и зачищает Золотой Колодезь.",
          verb="зачищает"),
    ],
    distances=[
        D("в 13 км к северо-востоку от Доброполья", "offset", 13, frm="Доброполья", place="Золотого Колодезя"),
        D("примерно на 10 км", "advance", 10, qualifier="about"),
    ],
    areas=[A("около 110 км²", 110, qualifier="about", by_side="RU", region="salient north-east of Dobropillia")],
)

SPECS["020"] = dict(
    places=[
        P("Угледара", "city", 690823, "Вугледар", "Vuhledar", variants=["Угледаре", "Угледар"], ru="Угледар"),
        P("Днепре", "city", 709930, "Дніпро", "Dnipro", ru="Днепр"),
        P("Богоявленку", "settlement", 709872, "Богоявленка", "Bohoiavlenka", ru="Богоявленка"),
        P("Павловки", "settlement", 697866, "Павлівка", "Pavlivka", ru="Павловка",
          note="two Pavlivka in Donetsk oblast; the one south-west of Vuhledar (Volnovakha raion)"),
        P("Курахово", "city", 695357, "Курахове", "Kurakhove", ru="Курахово"),
    ],
    claims=[
        C("Угледара", "advanced_near", "RU", "Iryna, a former resident", "2024-10-10",
          "Русские тогда уже были в восточных кварталах, у терриконов.", event_date="2024-09-15",
          verb="были в восточных кварталах"),
        C("Угледара", "withdrawn", "UA", "Iryna, a former resident (citing the Ukrainian command)", "2024-10-10",
          "Первого октября командование разрешило вывести бригаду, а на следующий день российское Минобороны объявило, что Угледар освобождён.",
          event_date="2024-10-01", verb="разрешило вывести бригаду"),
        C("Угледара", "captured", "RU", "Russian defence ministry", "2024-10-02",
          "Первого октября командование разрешило вывести бригаду, а на следующий день российское Минобороны объявило, что Угледар освобождён.",
          verb="освобождён",
          other=["Мы поговорили с ней через неделю после того, как город перешёл под контроль российской армии."]),
    ],
)

SPECS["021"] = dict(
    places=[
        P("Курская область", "oblast", None, "Курська область", "Kursk Oblast", variants=["Курской области"], oblast="Kursk", country="RU"),
        P("Суджи", "city", 486816, "Суджа", "Sudzha", variants=["Судже"], ru="Суджа"),
        P("Мельниково", "settlement", None, "Мельникове", "Melnikovo", oblast="Kursk", raion="Sudzhansky", country="RU",
          ru="Мельниково", note="not in the gazetteer"),
        P("Подол", "settlement", None, "Поділ", "Podol", oblast="Kursk", raion="Sudzhansky", country="RU", ru="Подол",
          note="not in the gazetteer; Ukrainian namesakes (Podil) exist, Gora-Podol in Belgorod is another place"),
        P("Суджанского района", "region", None, "Суджанський район", "Sudzhansky District", oblast="Kursk", country="RU"),
        P("Гончаровки", "settlement", 990000002, "Гончарівка", "Goncharovka", ru="Гончаровка",
          note="namesakes in Ukraine; the Kursk village next to Sudzha (placeholder id)"),
        P("Мартыновки", "settlement", 990000004, "Мартинівка", "Martynovka", ru="Мартыновка"),
        P("Гуево", "settlement", None, "Гуєво", "Guyevo", oblast="Kursk", raion="Sudzhansky", country="RU", ru="Гуево",
          note="not in the gazetteer"),
        P("Горналя", "settlement", None, "Горналь", "Gornal", oblast="Kursk", raion="Sudzhansky", country="RU", ru="Горналь",
          note="not in the gazetteer"),
        P("Курск", "city", 538560, "Курськ", "Kursk", ru="Курск"),
    ],
    claims=[
        C(p, "liberated", "RU", "Russian defence ministry", "2025-03-13",
          "Министерство обороны России сообщило об освобождении Суджи, а также сёл Мельниково и Подол Суджанского района.",
          verb="освобождение",
          other=["в освобождённой Судже остаются около 100 мирных жителей"] if p == "Суджи" else ())
        for p in ("Суджи", "Мельниково", "Подол")
    ] + [
        C(p, "liberated", "RU", "Russian defence ministry", "2025-03-12",
          "Накануне ведомство сообщало о взятии Гончаровки и Мартыновки.", verb="взятие")
        for p in ("Гончаровки", "Мартыновки")
    ] + [
        C("Курская область", "withdrawn", "UA", "Ukrainian General Staff", "2025-03-13",
          "Генштаб ВСУ: угрозы окружения наших подразделений в Курской области нет, войска «отходят на более выгодные рубежи».",
          verb="отходят на более выгодные рубежи"),
    ],
    distances=[D("в 4–6 км от государственной границы", "other", 4, 6, qualifier="range")],
)

SPECS["022"] = dict(
    places=[
        P("Лисичанск", "city", 702972, "Лисичанськ", "Lysychansk", variants=["Лисичанска"], ru="Лисичанск"),
        P("Луганщину", "oblast", None, "Луганська область", "Luhansk Oblast", oblast="Luhansk", country="UA"),
        P("Луганской Народной Республики", "region", None, "Луганська область", "Luhansk Oblast", variants=["ЛНР"],
          oblast="Luhansk", country="UA", note="Russian name of the occupied Luhansk oblast"),
        P("Северского Донца", "river", None, "Сіверський Донець", "Siverskyi Donets", country="UA"),
        P("Северодонецка", "city", 691999, "Сєвєродонецьк", "Sievierodonetsk", ru="Северодонецк"),
        P("Попасную", "city", 696566, "Попасна", "Popasna", ru="Попасная"),
        P("Белогоровки", "settlement", 712588, "Білогорівка", "Bilohorivka", ru="Белогоровка",
          note="namesake in Donetsk oblast; 'на западе региона' (Luhansk) settles it"),
        P("Северск", "city", 694403, "Сіверськ", "Siversk", ru="Северск"),
        P("Славянск", "city", 693468, "Слов'янськ", "Sloviansk", ru="Славянск"),
    ],
    claims=[
        C(p, "captured", "RU", "Sergei Shoigu, Russian defence minister", "2022-07-03",
          "Министр обороны России Сергей Шойгу в воскресенье доложил президенту, что Лисичанск и прилегающие к нему населённые пункты освобождены, а территория Луганской Народной Республики полностью перешла под контроль российских войск и формирований ЛНР.",
          verb=v)
        for p, v in (("Лисичанск", "освобождены"), ("Луганской Народной Республики", "полностью перешла под контроль"))
    ] + [
        C("Лисичанск", "withdrawn", "UA", "Ukrainian General Staff", "2022-07-03",
          "Генштаб ВСУ в тот же вечер подтвердил, что украинские подразделения были вынуждены отойти из Лисичанска, чтобы сохранить жизни защитников.",
          verb="отойти из"),
        C("Попасную", "captured", "RU", "the article", "2022-07-04",
          "В мае российские войска заняли Попасную, затем начались бои на улицах Северодонецка.",
          event_date="2022-05", background=True, verb="заняли"),
        C("Северодонецка", "withdrawn", "UA", "the article", "2022-07-04",
          "24 июня украинское командование приказало отвести гарнизон оттуда, а на следующий день российские войска вошли в промзону «Азота».",
          event_date="2022-06-24", background=True, verb="приказало отвести гарнизон"),
        C("Северодонецка", "advanced_near", "RU", "the article", "2022-07-04",
          "24 июня украинское командование приказало отвести гарнизон оттуда, а на следующий день российские войска вошли в промзону «Азота».",
          event_date="2022-06-25", background=True, verb="вошли в промзону",
          other=["В мае российские войска заняли Попасную, затем начались бои на улицах Северодонецка."]),
        C("Белогоровки", "contested", "UA", "Serhiy Haidai, head of Luhansk regional administration", "2022-07-04",
          "Однако слова о «полном контроле» над областью оспаривает глава Луганской областной администрации Сергей Гайдай: по его словам, ВСУ по-прежнему удерживают окраины Белогоровки на западе региона.",
          verb="по-прежнему удерживают"),
        C("Луганщину", "contested", "UA", "Serhiy Haidai, head of Luhansk regional administration", "2022-07-04",
          "Однако слова о «полном контроле» над областью оспаривает глава Луганской областной администрации Сергей Гайдай: по его словам, ВСУ по-прежнему удерживают окраины Белогоровки на западе региона.",
          verb="оспаривает"),
    ],
)

SPECS["023"] = dict(
    places=[
        P("Великая Новосёлка", "settlement", 690237, "Велика Новосілка", "Velyka Novosilka", ru="Великая Новосёлка"),
        P("Торецк", "city", 709354, "Торецьк", "Toretsk", variants=["Дзержинск"], ru="Торецк"),
        P("Курахово", "city", 695357, "Курахове", "Kurakhove", ru="Курахово"),
        P("Дачного", "settlement", 710332, "Дачне", "Dachne", ru="Дачное",
          note="many Dachne; the Pokrovsk-raion village 8 km west of Kurakhove"),
        P("Времевка", "settlement", 688845, "Времівка", "Vremivka", ru="Времевка"),
        P("Покровска", "city", 704422, "Покровськ", "Pokrovsk", ru="Покровск"),
        P("Котлино", "settlement", 9112127, "Котлине", "Kotlyne", ru="Котлино"),
        P("Удачное", "settlement", 690841, "Удачне", "Udachne", ru="Удачное"),
    ],
    claims=[
        C("Великая Новосёлка", "withdrawn", "UA", "Khortytsia group of forces", "2025-01-26",
          "Командование группировки «Хортица» подтвердило, что подразделения вышли из посёлка, чтобы избежать окружения.",
          verb="вышли из посёлка"),
        C("Великая Новосёлка", "captured", "RU", "Russian defence ministry", "2025-01-25",
          "Минобороны России днём ранее объявило о его «освобождении».", verb="освобождение"),
        C("Торецк", "advanced_near", "RU", "Telegram channel «Линия разграничения»", "2025-01-27",
          "Россияне контролируют большую часть города.", verb="контролируют большую часть"),
        C("Торецк", "contested", "UA", "Telegram channel «Линия разграничения»", "2025-01-27",
          "ВСУ держат северо-западные кварталы и район шахты «Центральная», бои идут за каждый дом.",
          verb="держат северо-западные кварталы"),
        C("Курахово", "captured", "RU", "Russian defence ministry", "2025-01-06",
          "Напомним, 6 января Минобороны РФ заявило о взятии города.", background=True, verb="взятие"),
        C("Времевка", "captured", "RU", "Russian channels", "2025-01-27",
          "Российские каналы пишут, что село «зачищено».", uncertain=True, verb="зачищено"),
    ],
    areas=[A("около 300 кв. км", 300, qualifier="about", by_side="RU", region="whole front, January 2025")],
    distances=[D("в 8 км западнее Курахово", "offset", 8, frm="Курахово", place="Дачного")],
)

SPECS["024"] = dict(
    places=[
        P("Изюмский район", "region", None, "Ізюмський район", "Izium Raion", variants=["Изюмском районе"], oblast="Kharkiv", country="UA"),
        P("Харьковской области", "oblast", None, "Харківська область", "Kharkiv Oblast", oblast="Kharkiv", country="UA"),
        P("Каменка", "settlement", 707051, "Кам'янка", "Kamianka", ru="Каменка",
          note="four Kamianka in Kharkiv oblast; '9 km south of Izium' settles it"),
        P("Изюма", "city", 707292, "Ізюм", "Izium", variants=["Изюм", "Изюмом"], ru="Изюм"),
        P("Капитоловка", "settlement", 706886, "Капитолівка", "Kapytolivka", ru="Капитоловка"),
        P("Балаклеи", "city", 712926, "Балаклія", "Balakliia", ru="Балаклея"),
        P("Купянска", "city", 703656, "Куп'янськ", "Kupiansk", ru="Купянск"),
        P("Славянском", "city", 693468, "Слов'янськ", "Sloviansk", ru="Славянск"),
        P("Донецкой областью", "oblast", None, "Донецька область", "Donetsk Oblast", oblast="Donetsk", country="UA"),
    ],
    claims=[
        C("Изюма", "liberated", "UA", "the article", "2025-04-18",
          "Украинские войска вернули город 10 сентября 2022 года в ходе наступления в Харьковской области.",
          event_date="2022-09-10", background=True, verb="вернули"),
    ],
    other_areas=[
        A("1 500 га", 1500, unit="ha", note="farmland cleared of explosives"),
        A("около 4 тыс. кв. км", 4000, qualifier="about", note="land still potentially contaminated"),
    ],
    distances=[
        D("в 9 км к югу от Изюма", "offset", 9, frm="Изюма", place="Каменка"),
        D("в 5 км к востоку от Изюма", "offset", 5, frm="Изюма", place="Капитоловка"),
    ],
)
