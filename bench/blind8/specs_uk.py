"""Hand-written gold specs for the Ukrainian texts 025-036 (see build_gold.py)."""
from build_gold import P, C, A, D, O

SPECS = {}

_intro025 = "Станом на ранок під контроль Сил оборони повернулися:"
SPECS["025"] = dict(
    places=[
        P("Бериславщині", "region", None, "Бериславський район", "Beryslav Raion", variants=["Бериславського району"], oblast="Kherson", country="UA"),
        P("Херсонської області", "oblast", None, "Херсонська область", "Kherson Oblast", oblast="Kherson", country="UA"),
        P("Золота Балка", "settlement", 686883, "Золота Балка", "Zolota Balka"),
        P("Хрещенівка", "settlement", 704114, "Хрещенівка", "Khreshchenivka"),
        P("Михайлівка", "settlement", 701231, "Михайлівка", "Mykhailivka",
          note="four Mykhailivka in Kherson oblast; the one in Beryslav raion next to Zolota Balka"),
        P("Новоолександрівка", "settlement", 699734, "Новоолександрівка", "Novooleksandrivka",
          note="three Novooleksandrivka in Kherson oblast; the Beryslav-raion one"),
        P("Дудчани", "settlement", 709465, "Дудчани", "Dudchany"),
        P("Архангельське", "settlement", 713208, "Архангельське", "Arkhanhelske"),
        P("Дніпра", "river", None, "Дніпро", "Dnipro", country="UA"),
        P("Нової Каховки", "city", 699839, "Нова Каховка", "Nova Kakhovka"),
        P("Давидового Броду", "settlement", 710237, "Давидів Брід", "Davydiv Brid"),
        P("Каховського водосховища", "other", None, "Каховське водосховище", "Kakhovka Reservoir", country="UA"),
        P("Інгулець", "river", None, "Інгулець", "Inhulets", country="UA"),
    ],
    claims=[
        C(p, "liberated", "UA", "Operational Command South", "2022-10-04", _intro025, verb="повернулися під контроль",
          other=[f"{i}) {p};"])
        for i, p in enumerate(("Золота Балка", "Хрещенівка", "Михайлівка", "Новоолександрівка", "Дудчани"), 1)
    ] + [
        C("Архангельське", "liberated", "UA", "Operational Command South", "2022-10-04", _intro025,
          verb="повернулися під контроль", other=["6) Архангельське."]),
    ],
    areas=[A("понад 1 170 кв. км", 1170, qualifier="over", by_side="UA", region="south (Kherson region)")],
    distances=[D("приблизно за 55 км на північний схід від Нової Каховки", "offset", 55, qualifier="about", frm="Нової Каховки", place="Дудчани")],
)

SPECS["026"] = dict(
    places=[
        P("Кліщіївка", "settlement", 13512497, "Кліщіївка", "Klishchiivka", variants=["Кліщіївки"]),
        P("Андріївку", "settlement", 9114136, "Андріївка", "Andriivka",
          note="dozens of Andriivka, ten in Donetsk oblast; the Bakhmut-raion village next to Klishchiivka"),
        P("Курдюмівку", "settlement", 703633, "Курдюмівка", "Kurdiumivka", note="namesake in Sumy oblast; the Bakhmut-raion village"),
        P("Бахмута", "city", 713174, "Бахмут", "Bakhmut"),
        P("Костянтинівку", "city", 705104, "Костянтинівка", "Kostiantynivka"),
    ],
    claims=[
        C("Кліщіївка", "liberated", "UA", "Telegram channel of an assault brigade", "2023-09-18",
          "Після тижнів важких боїв підрозділи Сил оборони вибили окупантів із Кліщіївки на Бахмутському напрямку.",
          verb="вибили окупантів із", other=["Кліщіївка повністю під нашим контролем.", "Кліщіївка — наша."]),
        C("Андріївку", "liberated", "UA", "Telegram channel of an assault brigade", "2023-09-18",
          "Андріївку звільнено ще 15 вересня, позиції закріплені.", event_date="2023-09-15", verb="звільнено"),
        C("Бахмута", "captured", "RU", "the enemy (Russian side), as recalled by the channel", "2023-09-18",
          "Нагадаємо: у травні, коли ворог заявив про повне захоплення Бахмута, саме на флангах почалися наші контрудари.",
          event_date="2023-05", background=True, verb="повне захоплення"),
    ],
    distances=[D("за 7 км на південний захід від Бахмута", "offset", 7, frm="Бахмута", place="Кліщіївка")],
)

SPECS["027"] = dict(
    places=[
        P("Андріївку", "settlement", 713416, "Андріївка", "Andriivka",
          note="three Andriivka in Sumy oblast; Khotin community, 4 km east of Kindrativka"),
        P("Хотінської громади", "region", None, "Хотінська громада", "Khotin hromada", oblast="Sumy", country="UA"),
        P("Кіндратівки", "settlement", 705166, "Кіндратівка", "Kindrativka"),
        P("Юнаківську", "region", None, "Юнаківська громада", "Yunakivka hromada", oblast="Sumy", country="UA"),
        P("Білопільська", "region", None, "Білопільська громада", "Bilopillia hromada", oblast="Sumy", country="UA"),
        P("Краснопільська", "region", None, "Краснопільська громада", "Krasnopillia hromada", oblast="Sumy", country="UA"),
        P("Миропільська", "region", None, "Миропільська громада", "Myropillia hromada", oblast="Sumy", country="UA"),
        P("Сумах", "city", 692194, "Суми", "Sumy"),
        P("Сумського району", "region", None, "Сумський район", "Sumy Raion", oblast="Sumy", country="UA"),
        P("Юнаківки", "settlement", 688077, "Юнаківка", "Yunakivka"),
        P("Лебедина", "city", 613273, "Лебедин", "Lebedyn"),
    ],
    claims=[
        C("Андріївку", "liberated", "UA", "the grouping of forces in Sumy region (via the regional administration)", "2025-06-20",
          "Сили оборони звільнили Андріївку Хотінської громади — про це повідомили в угрупованні військ, що діє в області.",
          verb="звільнили"),
    ],
    distances=[D("за 4 км на схід від Кіндратівки", "offset", 4, frm="Кіндратівки", place="Андріївку")],
)

SPECS["028"] = dict(
    places=[
        P("Курахове", "city", 695357, "Курахове", "Kurakhove", variants=["Курахового"]),
        P("Времівки", "settlement", 688845, "Времівка", "Vremivka"),
        P("Новодарівки", "settlement", 699637, "Новодарівка", "Novodarivka",
          note="two namesakes in Luhansk oblast; the Zaporizhzhia village beside Vremivka"),
        P("Великої Новосілки", "settlement", 690237, "Велика Новосілка", "Velyka Novosilka", variants=["Великій Новосілці"]),
        P("Новоолександрівки", "settlement", None, "Новоолександрівка", "Novooleksandrivka", oblast="Donetsk", country="UA",
          note="three Novooleksandrivka in Pokrovsk raion; the text does not settle which"),
        P("Покровська", "city", 704422, "Покровськ", "Pokrovsk"),
    ],
    claims=[
        C("Курахове", "captured", "RU", "Russian defence ministry", "2025-01-06",
          "Міноборони РФ 6 січня заявило про «звільнення» міста.", verb="звільнення",
          other=["Геолоковані кадри з центру Курахового та з території ТЕС підтверджують, що місто під контролем противника.",
                 "Курахове втрачене"]),
        C("Курахове", "withdrawn", "UA", "Vector defence studies centre (own data)", "2025-01-08",
          "Українські підрозділи, за нашими даними, вийшли з міста ще в останніх числах грудня, але офіційно командування цього не підтверджувало.",
          event_date="2024-12", verb="вийшли з міста"),
    ] + [
        C(p, "advanced_near", "RU", "Vector defence studies centre", "2025-01-08",
          "Противник просунувся біля Времівки та Новодарівки і вийшов до південної околиці Великої Новосілки.",
          verb=v)
        for p, v in (("Времівки", "просунувся біля"), ("Новодарівки", "просунувся біля"), ("Великої Новосілки", "вийшов до південної околиці"))
    ] + [
        C("Великої Новосілки", "contested", "UA", "Khortytsia group of forces", "2025-01-08",
          "Угруповання «Хортиця» заявляє, що селище повністю контролюють українські війська.", verb="повністю контролюють"),
        C("Новоолександрівки", "captured", "RU", "Russian side", "2025-01-08",
          "Росіяни заявили про захоплення Новоолександрівки, однак ми не спостерігали підтвердження цього.",
          uncertain=True, verb="захоплення"),
    ],
    areas=[
        A("близько 470 км²", 470, qualifier="about", by_side="RU", region="whole front, December 2024"),
        A("приблизно 15 км² на добу", 15, unit="km2/day", qualifier="about", by_side="RU", region="whole front, December 2024"),
        A("понад 700 км²", 700, qualifier="over", by_side="RU", region="whole front, November 2024"),
    ],
)

SPECS["029"] = dict(
    places=[
        P("Ізюм", "city", 707292, "Ізюм", "Izium", variants=["Ізюма", "Ізюмі"]),
        P("Балаклію", "city", 712926, "Балаклія", "Balakliia"),
        P("Куп'янськ", "city", 703656, "Куп'янськ", "Kupiansk", variants=["Куп'янську"]),
        P("Шевченкове", "settlement", 694137, "Шевченкове", "Shevchenkove", uncertain=True,
          note="ten Shevchenkove in Kharkiv oblast; the district centre taken in the September 2022 offensive between Balakliia and Kupiansk"),
        P("Харківського", "oblast", None, "Харківська область", "Kharkiv Oblast", variants=["Харківщини"], oblast="Kharkiv", country="UA",
          note="'Харківського контрнаступу' names the region through its city; the city itself is not mentioned"),
        P("Сіверський Донець", "river", None, "Сіверський Донець", "Siverskyi Donets", country="UA"),
        P("Куп'янського району", "region", None, "Куп'янський район", "Kupiansk Raion", oblast="Kharkiv", country="UA"),
    ],
    claims=[
        C("Ізюм", "liberated", "UA", "the article", "2023-09-10",
          "Рівно рік тому, 10 вересня 2022 року, українські військові підняли прапор над міською радою Ізюма.",
          event_date="2022-09-10", background=True, verb="підняли прапор"),
        C("Ізюм", "captured", "RU", "the article", "2023-09-10",
          "Місто, яке росіяни захопили на початку квітня після місяця боїв, стало символом Харківського контрнаступу.",
          event_date="2022-04", background=True, verb="захопили"),
        C("Балаклію", "liberated", "UA", "the article", "2023-09-10",
          "Спершу тоді було звільнено Балаклію, 8 вересня, потім Куп'янськ і Шевченкове.",
          event_date="2022-09-08", background=True, verb="звільнено"),
    ] + [
        C(p, "liberated", "UA", "the article", "2023-09-10",
          "Спершу тоді було звільнено Балаклію, 8 вересня, потім Куп'янськ і Шевченкове.",
          event_date="2022-09", background=True, verb="звільнено")
        for p in ("Куп'янськ", "Шевченкове")
    ] + [
        C("Харківського", "withdrawn", "RU", "the article", "2023-09-10",
          "Російська армія за кілька днів відступила з більшої частини Харківщини, а в Міноборони РФ назвали це «перегрупуванням».",
          event_date="2022-09", background=True, verb="відступила з"),
    ],
    distances=[D("за 60 км на північ від Ізюма", "offset", 60, frm="Ізюм", place="Куп'янськ")],
)

SPECS["030"] = dict(
    places=[
        P("Старомайорське", "settlement", 692812, "Старомайорське", "Staromaiorske", variants=["Старомайорського", "Старомайорському"]),
        P("Урожайне", "settlement", 9114393, "Урожайне", "Urozhaine", variants=["Урожайного", "Урожайному"]),
        P("Мокрі Яли", "river", None, "Мокрі Яли", "Mokri Yaly", country="UA"),
        P("Приютне", "settlement", 696205, "Приютне", "Pryiutne"),
        P("Старомлинівку", "settlement", 692808, "Старомлинівка", "Staromlynivka"),
        P("Великої Новосілки", "settlement", 690237, "Велика Новосілка", "Velyka Novosilka"),
        P("Запоріжжя", "city", 687700, "Запоріжжя", "Zaporizhzhia",
          note="three rows named Zaporizhzhia in the oblast; the regional capital"),
    ],
    claims=[
        C("Урожайне", "liberated", "UA", "«Sokil», marine company commander", "2023-08-18",
          "Село повністю наше з 16 серпня.", event_date="2023-08-16", verb="повністю наше",
          other=["Ви брали участь у звільненні Урожайного."]),
        C("Старомайорське", "liberated", "UA", "«Sokil», marine company commander", "2023-08-18",
          "Урожайне — за 2 км на схід від Старомайорського, яке ми звільнили наприкінці липня.",
          event_date="2023-07", verb="звільнили"),
    ],
    distances=[D("за 2 км на схід від Старомайорського", "offset", 2, frm="Старомайорське", place="Урожайне")],
)

SPECS["031"] = dict(
    places=[
        P("Часового Яру", "city", 710915, "Часів Яр", "Chasiv Yar", variants=["Часів Яр"]),
        P("Олександро-Шультиного", "settlement", 713689, "Олександро-Шультине", "Oleksandro-Shultyne"),
        P("Бахмута", "city", 713174, "Бахмут", "Bakhmut"),
        P("Канал", "other", None, "мікрорайон Канал", "Kanal", oblast="Donetsk", country="UA", note="microdistrict of Chasiv Yar"),
        P("Костянтинівки", "city", 705104, "Костянтинівка", "Kostiantynivka"),
    ],
    claims=[
        C("Часового Яру", "captured", "RU", "Russian defence ministry", "2025-07-31",
          "Міноборони Росії 31 липня заявило, що російські війська повністю «звільнили» Часів Яр.", verb="звільнили"),
        C("Часового Яру", "contested", "UA", "spokesman of the 24th Mechanised Brigade", "2025-08-01",
          "Часів Яр не захоплено. Бої тривають у південній і західній частинах міста, наші підрозділи утримують позиції",
          verb="не захоплено; бої тривають"),
        C("Олександро-Шультиного", "captured", "RU", "Russian side", "2025-08-01",
          "Росіяни також заявили про взяття Олександро-Шультиного, однак у бригаді кажуть, що бої за селище тривають.",
          verb="взяття"),
        C("Олександро-Шультиного", "contested", "UA", "24th Mechanised Brigade", "2025-08-01",
          "Росіяни також заявили про взяття Олександро-Шультиного, однак у бригаді кажуть, що бої за селище тривають.",
          verb="бої за селище тривають"),
        C("Часового Яру", "advanced_near", "RU", "the article", "2025-08-01",
          "До мікрорайону «Канал» окупанти вийшли у квітні 2024 року, а в липні 2024-го українські підрозділи відійшли з нього за канал.",
          event_date="2024-04", background=True, verb="вийшли до мікрорайону"),
        C("Часового Яру", "withdrawn", "UA", "the article", "2025-08-01",
          "До мікрорайону «Канал» окупанти вийшли у квітні 2024 року, а в липні 2024-го українські підрозділи відійшли з нього за канал.",
          event_date="2024-07", background=True, uncertain=True, verb="відійшли з нього",
          note="withdrawal from one microdistrict of the town"),
    ],
    distances=[
        D("за 12 км на захід від Бахмута", "offset", 12, frm="Бахмута", place="Часового Яру"),
        D("близько 12 км", "offset", 12, qualifier="about", frm="Часового Яру", place="Костянтинівки"),
    ],
)

SPECS["032"] = dict(
    places=[
        P("Херсон", "city", 706448, "Херсон", "Kherson"),
        P("Херсонська область", "oblast", None, "Херсонська область", "Kherson Oblast", oblast="Kherson", country="UA"),
        P("Дніпра", "river", None, "Дніпро", "Dnipro", country="UA"),
        P("Вовчанськ", "city", 689304, "Вовчанськ", "Vovchansk"),
        P("Харківська область", "oblast", None, "Харківська область", "Kharkiv Oblast", oblast="Kharkiv", country="UA"),
        P("Прогресу", "settlement", 9112887, "Прогрес", "Prohres", note="several Prohres in Ukraine; the Pokrovsk-raion village"),
        P("Покровський район", "region", None, "Покровський район", "Pokrovsk Raion", oblast="Donetsk", country="UA"),
        P("Донецька область", "oblast", None, "Донецька область", "Donetsk Oblast", oblast="Donetsk", country="UA"),
        P("Нікополь", "city", 700051, "Нікополь", "Nikopol"),
        P("Марганець", "city", 701855, "Марганець", "Marhanets"),
        P("Дніпропетровська область", "oblast", None, "Дніпропетровська область", "Dnipropetrovsk Oblast", oblast="Dnipropetrovsk", country="UA"),
        P("Уманського", "settlement", 690685, "Уманське", "Umanske", note="namesake in Kirovohrad oblast; the Pokrovsk-raion village"),
        P("Краматорську", "city", 704508, "Краматорськ", "Kramatorsk"),
        P("Куп'янськ", "city", 703656, "Куп'янськ", "Kupiansk"),
    ],
    claims=[
        C("Прогресу", "withdrawn", "UA", "47th Mechanised Brigade", "2024-07-18",
          "18 липня 2024 р. 47-ма окрема механізована бригада повідомила, що її підрозділи відійшли з Прогресу (Покровський район, Донецька область) на заздалегідь підготовлені позиції.",
          verb="відійшли з"),
        C("Уманського", "captured", "RU", "Russian defence ministry", "2024-07-20",
          "20 липня 2024 р. Міноборони РФ заявило про захоплення Уманського (Покровський район, Донецька область).",
          verb="захоплення"),
    ],
)

SPECS["033"] = dict(
    places=[
        P("Херсон", "city", 706448, "Херсон", "Kherson", variants=["Херсона", "Херсоні"]),
        P("Дніпра", "river", None, "Дніпро", "Dnipro", country="UA"),
        P("правобережжі", "region", None, "правобережжя Херсонщини", "right bank (Kherson region)", oblast="Kherson", country="UA"),
        P("Чорнобаївці", "settlement", 710715, "Чорнобаївка", "Chornobaivka", note="namesake in Kharkiv oblast; 7 km from Kherson settles it"),
        P("Снігурівки", "city", 693379, "Снігурівка", "Snihurivka"),
        P("Миколаївщині", "oblast", None, "Миколаївська область", "Mykolaiv Oblast", oblast="Mykolaiv", country="UA"),
        P("Лівобережжя", "region", None, "лівобережжя Херсонщини", "left bank (Kherson region)", oblast="Kherson", country="UA"),
        P("Олешок", "city", 691037, "Олешки", "Oleshky"),
        P("Миколаєва", "city", 700569, "Миколаїв", "Mykolaiv"),
    ],
    claims=[
        C("правобережжі", "withdrawn", "RU", "Russian defence ministry", "2022-11-11",
          "Міноборони РФ звітує, що перекидання російських підрозділів на лівий берег Дніпра завершено о 5-й ранку і «жодна одиниця техніки не залишена» на правобережжі.",
          verb="перекидання на лівий берег завершено"),
        C("Чорнобаївці", "liberated", "UA", "the article", "2022-11-11",
          "У Чорнобаївці, за 7 км на північний захід від Херсона, місцеві мешканці зустрічають українських військових.",
          verb="зустрічають українських військових"),
        C("Снігурівки", "advanced_near", "UA", "the article", "2022-11-11",
          "Учора Сили оборони зайшли також до Снігурівки на Миколаївщині.", event_date="2022-11-10", verb="зайшли до"),
        C("Херсон", "liberated", "UA", "Defence Intelligence of Ukraine (HUR)", "2022-11-11",
          "Головне управління розвідки: «Херсон повертається під контроль України, підрозділи ЗСУ входять у місто».",
          verb="повертається під контроль",
          other=["Сьогодні історичний день. Ми повертаємо південь, ми повертаємо Херсон", "Херсон звільнено"]),
    ],
    distances=[D("за 7 км на північний захід від Херсона", "offset", 7, frm="Херсон", place="Чорнобаївці")],
)

SPECS["034"] = dict(
    note="Humanitarian local news: no territorial claim.",
    places=[
        P("Оріхова", "city", 698428, "Оріхів", "Orikhiv"),
        P("Степногірська", "settlement", 692248, "Степногірськ", "Stepnohirsk", variants=["Степногірську"]),
        P("Запоріжжя", "city", 687700, "Запоріжжя", "Zaporizhzhia"),
        P("Приморському", "settlement", 696278, "Приморське", "Prymorske",
          note="a dozen Prymorske; the Zaporizhzhia village beside Stepnohirsk"),
        P("Кам'янському", "settlement", 706967, "Кам'янське", "Kamianske",
          note="namesakes include the city of Kamianske (Dnipropetrovsk); the Zaporizhzhia village on the former reservoir"),
        P("Каховського водосховища", "other", None, "Каховське водосховище", "Kakhovka Reservoir", country="UA"),
        P("Пологівського району", "region", None, "Пологівський район", "Polohy Raion", oblast="Zaporizhzhia", country="UA"),
        P("Запорізькій області", "oblast", None, "Запорізька область", "Zaporizhzhia Oblast", oblast="Zaporizhzhia", country="UA"),
        P("Вільнянська", "city", 689584, "Вільнянськ", "Vilniansk"),
        P("Малокатеринівки", "settlement", 702072, "Малокатеринівка", "Malokaterynivka"),
        P("Гуляйполя", "city", 707898, "Гуляйполе", "Huliaipole", note="namesakes in three other oblasts; the Zaporizhzhia town"),
    ],
    claims=[],
    other_areas=[A("2,3 тис. гектарів", 2300, unit="ha", note="farmland cleared of mines")],
)

SPECS["035"] = dict(
    places=[
        P("Курщині", "oblast", None, "Курська область", "Kursk Oblast", variants=["Курській області"], oblast="Kursk", country="RU"),
        P("КИЇВ", "city", 703448, "Київ", "Kyiv", note="dateline"),
        P("Росії", "country", None, "Росія", "Russia", country="RU"),
        P("Суджа", "city", 486816, "Суджа", "Sudzha"),
        P("Гончарівка", "settlement", 990000002, "Гончарівка", "Goncharovka",
          note="namesakes in Ukraine; the Kursk village next to Sudzha (placeholder id)"),
        P("Мартинівка", "settlement", 990000004, "Мартинівка", "Martynovka",
          note="many Ukrainian Martynivka; the Kursk village (placeholder id)"),
        P("Новогродівки", "city", 699557, "Новогродівка", "Novohrodivka"),
        P("Коренево", "settlement", 544906, "Коренево", "Korenevo"),
        P("Новгородське", "settlement", 699751, "Нью-Йорк", "Niu-York", variants=["Нью-Йорк"]),
        P("Донеччині", "oblast", None, "Донецька область", "Donetsk Oblast", oblast="Donetsk", country="UA"),
        P("Рильського району", "region", None, "Рильський район", "Rylsky District", oblast="Kursk", country="RU"),
    ],
    claims=[
        C("Курщині", "captured", "UA", "Oleksandr Syrskyi, Ukraine's commander-in-chief", "2024-08-27",
          "Українські війська за три тижні операції в Курській області взяли під контроль 1 294 квадратних кілометри території Росії та 100 населених пунктів.",
          verb="взяли під контроль"),
    ] + [
        C(p, "captured", "UA", "Oleksandr Syrskyi, Ukraine's commander-in-chief", "2024-08-27",
          "Серед населених пунктів, що перебувають під контролем Сил оборони, — Суджа, Гончарівка та Мартинівка.",
          verb="перебувають під контролем")
        for p in ("Суджа", "Гончарівка", "Мартинівка")
    ] + [
        C("Новогродівки", "advanced_near", "RU", "spokesman of the Ukrainian grouping", "2024-08-27",
          "Увечері речник угруповання повідомив, що росіяни зайшли на східну околицю Новогродівки, бої тривають у межах міста.",
          verb="зайшли на східну околицю"),
        C("Новогродівки", "contested", "UA", "spokesman of the Ukrainian grouping", "2024-08-27",
          "Увечері речник угруповання повідомив, що росіяни зайшли на східну околицю Новогродівки, бої тривають у межах міста.",
          verb="бої тривають у межах міста"),
        C("Новгородське", "captured", "RU", "Russian defence ministry", "2024-08-27",
          "Міноборони РФ стверджує, що відбило атаки в районі Коренево й «звільнило» Новгородське — так у російських документах називають Нью-Йорк на Донеччині.",
          verb="звільнило"),
    ],
    areas=[A("1 294 квадратних кілометри", 1294, by_side="UA", region="Kursk region",
             note="the same figure appears in the headline as «1 294 км²»")],
    distances=[D("0,5–1 км", "advance", 0.5, 1, qualifier="range")],
)

SPECS["036"] = dict(
    places=[
        P("Дніпропетровщина", "oblast", None, "Дніпропетровська область", "Dnipropetrovsk Oblast",
          variants=["Дніпропетровської області", "Дніпропетровщині"], oblast="Dnipropetrovsk", country="UA"),
        P("Маліївки", "settlement", 687336, "Маліївка", "Maliivka", variants=["Маліївка"],
          note="namesakes in Kharkiv, Mykolaiv and Cherkasy oblasts; the Dnipropetrovsk one"),
        P("Дачного", "settlement", 9112867, "Дачне", "Dachne", variants=["Дачне"],
          note="six Dachne in Dnipropetrovsk oblast; the Synelnykove-raion village 22 km north of Velyka Novosilka"),
        P("Синельниківського району", "region", None, "Синельниківський район", "Synelnykove Raion", oblast="Dnipropetrovsk", country="UA"),
        P("Великої Новосілки", "settlement", 690237, "Велика Новосілка", "Velyka Novosilka"),
        P("Покровське", "settlement", 696720, "Покровське", "Pokrovske",
          note="three Pokrovske in Dnipropetrovsk oblast; the Synelnykove-raion town"),
        P("Межову", "settlement", 701305, "Межова", "Mezhova"),
        P("Дніпра", "city", 709930, "Дніпро", "Dnipro"),
        P("Павлограда", "city", 697889, "Павлоград", "Pavlohrad"),
    ],
    claims=[
        C(p, "captured", "RU", "Russian defence ministry", None,
          "Міноборони РФ минулого тижня заявило про захоплення двох сіл Дніпропетровської області — Маліївки та Дачного Синельниківського району.",
          verb="захоплення", note="statement date: the week before publication")
        for p in ("Маліївки", "Дачного")
    ] + [
        C("Дачного", "contested", "UA", "Pivden group of forces", "2025-09-03",
          "Угруповання «Південь» захоплення Дачного спростувало: за словами речника, село контролюють українські підрозділи, а противник лише намагався закріпитися на його східній околиці.",
          verb="спростувало"),
        C("Маліївки", "advanced_near", "RU", "«Карта змін» (geolocated footage)", "2025-09-03",
          "За геолокованими відео, російська піхота перебуває в центрі села, тож тут заява Москви, ймовірно, відповідає дійсності.",
          verb="перебуває в центрі села"),
        C("Великої Новосілки", "captured", "RU", "the article", "2025-09-03",
          "Маліївка розташована за 18 км на північний захід від Великої Новосілки, яку окупанти захопили ще в січні.",
          event_date="2025-01", background=True, verb="захопили"),
    ],
    areas=[A("близько 65 кв. км", 65, qualifier="about", by_side="RU", region="Dnipropetrovsk region, August 2025")],
    distances=[
        D("за 18 км на північний захід від Великої Новосілки", "offset", 18, frm="Великої Новосілки", place="Маліївки"),
        D("за 22 км на північ від Великої Новосілки", "offset", 22, frm="Великої Новосілки", place="Дачного"),
    ],
)
