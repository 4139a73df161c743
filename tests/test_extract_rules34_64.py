"""rules-34 to rules-55: towns, districts and villages jieba cuts apart; firms named bare in a slot only a firm
fills (德商 X, X 旗下的 Y, X 孵化的 Y, X 创始人 + person, X 一位高管, A、B 等企业 with names jieba cut into
characters); people introduced by what they do (村民 X 说). In both scripts; the sentences are new ones, not the dev
articles the rules were found on."""

from __future__ import annotations

import pytest
from test_extract_rules25_33 import _found, _found_in_both_scripts, _not_found

from kg.extract import extract
from kg.extract.mentions import merged_name_runs
from kg.extract.segment import Token
from kg.textnorm import to_simplified, to_traditional

TOWNS_AND_DISTRICTS = [
    # a town after 了, its stem cut into characters of any tag (秦/nr 屿/ng 镇)
    ("车队驶过福鼎市，到了秦屿镇和硖门乡。", {("秦屿镇", "District"), ("硖门乡", "District")}),
    # a district, then a town right after it
    ("在汕头市潮阳区谷饶镇，针织厂遍地都是。", {("潮阳区", "District"), ("谷饶镇", "District")}),
    ("彰化县芳苑乡的蚵农说，今年收成不好。", {("芳苑乡", "District")}),
    # two characters of any tag between a province and 新区
    ("贵州贵安新区的数据中心已经投产。", {("贵安新区", "District")}),
    # a one-character name before 城区 / 山区 is a district (蕉城区), a rare word jieba tags as a verb too (即墨)
    ("宁德市蕉城区的电池工厂扩产。", {("蕉城区", "District")}),
    ("位于即墨区的研究院落成。", {("即墨区", "District")}),
    ("高雄市冈山区的居民反对。", {("冈山区", "District")}),
]


FIRMS_NAMED_BARE = [
    # a nationality + 商 (Taiwan and Hong Kong usage)
    ("荷商恩智浦则表示，将扩大在台投资。", {("恩智浦", "Company")}),
    ("美商应材在台南扩厂。", {("应用材料", "Company")}),  # (rules-37: the lexicon knows 应材 as 应用材料)
    # the trade word ends the name even when jieba glues it to the verb after it (能源 + 开发)
    ("由德商达德能源开发的风场已经并网。", {("达德能源", "Company")}),
    # 旗下 between two firms, 孵化 before a spin-off
    ("网易旗下的雷火工作室发布了新游戏。", {("网易", "Company"), ("雷火工作室", "Company")}),
    ("航天科工孵化的天兵科技完成融资。", {("天兵科技", "Company")}),
    # a founder's title between the firm and the person
    ("星际荣耀创始人彭小波表示，发射将推迟。", {("星际荣耀", "Company"), ("彭小波", "Person")}),
    # list items jieba cut into characters of any tag (晶/n 合/v 微/n 电/n)
    ("园区已聚集芯联、晶合微电等企业。", {("晶合微电", "Company")}),
]


NOT_FIRMS_OR_DISTRICTS = [
    ("上海老城区的改造还在进行。", "老城区"),  # a part of the city, whatever jieba tags it
    ("上海主城区的房价又涨了。", "主城区"),
    ("阿里巴巴旗下的阿里云则长期提供优惠。", "阿里云则"),  # an adverb ends the name
    ("阿里巴巴旗下子公司众多。", "子公司"),
]


def test_a_trader_named_after_his_origin_is_a_person_not_a_firm():
    found = _found("港商李嘉诚表示看好内地市场。")
    assert ("李嘉诚", "Company") not in found and ("李嘉诚", "Person") in found  # (a person since rules-41)


def test_a_venue_named_by_its_place_is_no_firm_of_the_group():
    assert ("澳门威尼斯人", "Company") not in _found("金沙中国则以旗下的澳门威尼斯人为试点。")


def test_merged_name_runs_joins_characters_but_not_function_words_or_numerals():
    toks = [Token(0, 1, "尼", "nr"), Token(1, 2, "毕", "v"), Token(2, 3, "鲁", "nr"), Token(3, 4, "等", "u"),
            Token(4, 5, "三", "m"), Token(5, 6, "家", "q"), Token(6, 7, "则", "d"), Token(7, 8, "云", "ns")]
    assert [(t.word, t.tag) for t in merged_name_runs(toks)] == [
        ("尼毕鲁", "oov"), ("等", "u"), ("三", "m"), ("家", "q"), ("则", "d"), ("云", "ns")]


# ---------------------------------------------------------------- rules-35
RULES35_NAMES = [
    # people introduced by what they do, or followed by a time word
    ("村民陈阿土说，补偿款还没到位。", {("陈阿土", "Person")}),
    ("店主林美华坦言，生意大不如前。", {("林美华", "Person")}),
    ("合伙人王志远前不久对我说，市场正在回暖。", {("王志远", "Person")}),
    # a firm before 一位高管; the city before it is not part of the name, unless the rest is a trade word alone
    ("北京玻色量子一位高管在行业会议上说。", {("玻色量子", "Company")}),
    ("上海微电子一位高管透露，新机台将于明年交付。", {("上海微电子", "Company")}),
    # a town whose stem jieba tags as a numeral (三重/m), a town before the next unit, a village before its people
    ("在新北市板桥区、三重区，换电站随处可见。", {("板桥区", "District"), ("三重区", "District")}),
    ("江门市蓬江区杜阮镇的工厂开工了。", {("杜阮镇", "District")}),
    ("北滘镇黄龙村村民说，旧厂房正在改造。", {("黄龙村", "District")}),
    # a unit's own suffix is no part of the firm after it; 大陆 says whose body it is
    ("顺德区北滘镇美的集团的工厂", {("北滘镇", "District"), ("美的集团", "Company")}),
    ("中国大陆海关总署宣布暂停进口。", {("海关总署", "GovernmentBody")}),
    # farmers' and fishermen's associations
    ("东港区渔会表示，渔获量下滑。", {("东港区渔会", "ActorGroup")}),
]


RULES35_NOT_NAMES = [
    ("工地门口的展示车说明了问题。", "展示车"),  # a common verb opens a phrase, not a name
    ("城中村改造提速。", "城中村"),  # kinds of village
    ("今年将对偏远地区加码补助。", "偏远地区"),  # a kind of area
    ("顺德区北滘镇美的集团的工厂", "镇美的集团"),
    ("中国大陆海关总署宣布暂停进口。", "中国大陆海关总署"),
]


# ---------------------------------------------------------------- rules-36
RULES36_NAMES = [
    # list items repeating one industry word are firms
    ("园区聚集了本源量子、国盾量子等一批企业。", {("本源量子", "Company"), ("国盾量子", "Company")}),
    ("宇树科技、云深处科技和强脑科技都在杭州。", {("云深处科技", "Company"), ("强脑科技", "Company")}),
    # the founder after 由
    ("这家公司2011年由陆学森创办。", {("陆学森", "Person")}),
]


RULES36_NOT_NAMES = [
    ("新能源汽车和传统汽车的价差在缩小。", "传统汽车"),  # kinds of car, not firms
    ("北京科技和上海科技各有所长。", "北京科技"),  # a place's industry
    ("这个项目由政府主导。", "政府"),
]


# ---------------------------------------------------------------- rules-37
RULES37_NAMES = [
    # county-level cities and parts of provinces named bare
    ("在陕北榆林，煤炭曾是唯一的支柱。", {("陕北", "Region"), ("榆林", "City")}),
    ("位于神木的电厂正在改造。", {("神木", "City")}),
    # a registered name's trade words whatever jieba tags them
    ("吴江华锦织造有限公司董事长周建明表示，订单减少了。", {("吴江华锦织造有限公司", "Company"), ("周建明", "Person")}),
    # a proper name before an industry word
    ("恒力石化的产能仍在扩张。", {("恒力石化", "Company")}),
    # Taiwan renderings of foreign firms are the same firm
    ("辉达（NVIDIA）执行长黄仁勋表示，将扩大投资。", {("英伟达", "Company"), ("黄仁勋", "Person")}),
    # Hong Kong departments, people introduced by trade, the author of an op-ed
    ("计划由劳工处执行。", {("劳工处", "GovernmentBody")}),
    ("做了十多年外贸的商户王秀琴发现，订单少了。", {("王秀琴", "Person")}),
    ("（作者梁凯晴为香港城市大学讲师）", {("梁凯晴", "Person")}),
]


RULES37_NOT_NAMES = [
    ("这一技术已达到世界先进水平。", "世界先进"),  # a phrase, not the foundry
    ("去年注册成立有限公司的企业很多。", "注册成立有限公司"),  # a common verb ends a registered name
    ("宁东基地的项目已经投产。", "宁东"),
]


def test_a_model_code_is_a_product_not_a_firm():
    found = _found("辉达GB200与GB300伺服器的组装由鸿海负责。")
    assert ("GB200", "Product") in found and not any(label.endswith("伺服器") for label, _ in found)


# ---------------------------------------------------------------- rules-38
RULES38_NAMES = [
    # people in a feature story's action, after a workplace rank or a past title
    ("检修班长林志豪拿著扳手钻进车底。", {("林志豪", "Person")}),
    ("新公司的董事长由原局长周文德出任。", {("周文德", "Person")}),
    ("产量创了新高。王海峰介绍，今年雨水偏多。", {("王海峰", "Person")}),
    # products named X号, a township in an address chain, plains and peninsulas, farms and unions
    ("一列普悠玛号正准备南下。", {("普悠玛号", "Product")}),
    ("事故发生在台东县达仁乡南回隧道附近。", {("达仁乡", "District")}),
    ("深秋的松嫩平原，秋收已近尾声。", {("松嫩平原", "Region")}),
    ("友谊农场的收割机开进了稻田。", {("友谊农场", "Company")}),
    # a head jieba keeps as one word, a long commission name with verbs inside
    ("吉林省林业总局发布了通知。", {("吉林省林业总局", "GovernmentBody")}),
    ("国家运输安全调查委员会公布了调查报告。", {("国家运输安全调查委员会", "GovernmentBody")}),
    # a Latin name in brackets after a quoted firm name is the same firm
    ("改制为「台湾港务股份有限公司」（Taiwan International Ports Corporation）。",
     {("台湾港务股份有限公司", "Company")}),
]


RULES38_NOT_NAMES = [
    ("安全管理系统（SMS）形同虚设。", "SMS"),  # the acronym of a term
    ("收入结构已明显改变：贵宾厅业务几近消失。", "贵宾厅"),  # a hall, not a department
    ("部分公司可能延后资本开支。", "延后资本"),  # 资本 heads another phrase
    ("该协定（RCEP）生效后，关税下降。", "RCEP"),
    ("数据不足，但前者提醒我们注意风险。", "但前者"),
    ("他的账号和手机型号都换了。", "型号"),
]


def test_a_latin_name_after_a_quoted_firm_is_one_entity():
    text = "改制为「台湾港务股份有限公司」（Taiwan International Ports Corporation）。"
    entities = extract(text).to_json()["entities"]
    assert len(entities) == 1 and len(entities[0]["mentions"]) == 2


# ---------------------------------------------------------------- rules-39: types as the dev annotators give them
RULES39_TYPES = [
    ("台湾的电价比日本低。", {("台湾", "Region")}),
    ("欧盟将对电动车加征关税。", {("欧盟", "GovernmentBody")}),
    ("高瓴资本和启明创投都参与了这一轮融资。", {("高瓴", "Investor"), ("启明创投", "Investor")}),
    ("特首在《2025年施政报告》中提出新措施。", {("2025年施政报告", "Policy")}),
    ("美国国会通过了《GENIUS法案》。", {("GENIUS法案", "Law")}),
    ("屏东县的芒果外销受阻。", {("屏东县", "City")}),
]


# ---------------------------------------------------------------- rules-40
RULES40_NAMES = [
    ("本报记者 李明 实习生 王小红/图：市场一角", {("王小红", "Person")}),  # a credit line's trainee and photographer
    ("港府在「明日大屿」上的投入备受质疑。", {("明日大屿愿景", "Programme")}),  # named programmes
    ("高才通计划吸引了大批人才。", {("高端人才通行证计划", "Programme")}),
]


RULES40_NOT_NAMES = [
    ("并非所有商户都乐观。", "都乐观"),  # an adverb before an adjective, not the surname 都
    ("政府曾就商品及服务税（GST）展开咨询。", "GST"),  # the acronym of a tax
]


def test_an_acronym_after_a_titled_regulation_is_the_regulation():
    entities = extract("欧盟《通用产品安全法规》（GPSR）正式生效。").to_json()["entities"]
    law = next(e for e in entities if e["label"] == "通用产品安全法规")
    assert [m["text"] for m in law["mentions"]] == ["通用产品安全法规", "GPSR"]


# ---------------------------------------------------------------- rules-41
RULES41_NAMES = [
    ("在埃塞俄比亚、坦桑尼亚等国，摩托车销量大增。", {("坦桑尼亚", "Country"), ("埃塞俄比亚", "Country")}),
    ("他在达沃经营两家门店。", {("达沃", "City")}),
    ("菜农李金发说，今年雨水太多。", {("李金发", "Person")}),  # right after a trade word
    ("立委陈冠宇质询时指出，水价偏低。", {("陈冠宇", "Person")}),
    ("自来水公司已稳定供应南部科学园区。", {("南部科学园区", "Park")}),  # a direction alone opens a zone's name
    ("新竹县竹东镇、芎林乡等地停灌。", {("芎林乡", "District")}),  # a character jieba has never seen (x)
    ("让石门水库的原水支援新竹。", {("石门水库", "Park")}),  # a site jieba knows as one rare word
    ("上游新闻记者 冉晓峰 报道", {("上游新闻", "MediaOutlet")}),
]


RULES41_NOT_NAMES = [
    ("厂里的工程师表示，设备老化了。", "程师"),  # 工 + 程师 is 工程师
    ("厦门市工信局表示将加大扶持。", "信局"),
    ("新建水库的进度落后了。", "新建水库"),  # 新建 is a verb here, not the county
    ("据澎湃新闻客户端报道，工厂已复工。", "据澎湃新闻"),
    ("一位财经新闻记者说，市场情绪低落。", "财经新闻"),
]


def test_an_agency_named_alone_after_its_full_name_is_the_same_agency():
    entities = extract("经济部水利署昨天宣布限水。水利署官员表示，将持续观察。").to_json()["entities"]
    assert [(e["label"], len(e["mentions"])) for e in entities] == [("经济部水利署", 2)]


# ---------------------------------------------------------------- rules-42
RULES42_NAMES = [
    ("货物经长江运往上海。", {("长江", "Region")}),  # the great rivers and lakes are regions
    ("治理黄河的经验值得借鉴。", {("黄河", "Region")}),
    ("货物经广州白云国际机场和深圳宝安国际机场出口。", {("深圳宝安国际机场", "Park")}),  # a city + the airport's name
]


def test_a_river_inside_a_firm_name_stays_the_firm():
    found = _found("长江存储扩产了。")
    assert ("长江存储", "Company") in found and ("长江", "Region") not in found


# ---------------------------------------------------------------- rules-43
RULES43_NAMES = [
    ("民进党立委赖士葆则质疑，政府说明不清。", {("赖士葆", "Person")}),  # 赖 is a surname
    ("集团副总裁周立新以自身经历为例。", {("周立新", "Person")}),  # a forum speaker, then a preposition
    ("合伙人王晓丽从法律角度分析了风险。", {("王晓丽", "Person")}),
    ("干了二十年的矿长刘大海（化名）认为，整改太急。", {("刘大海", "Person")}),
    ("普华永道会计师事务所的报告指出，条文仍有漏洞。", {("普华永道会计师事务所", "Company")}),  # firms of advisers
    ("家住宜丰县同安乡的村民说，溪水变浑了。", {("同安乡", "District")}),  # 同/p + 安乡 after a county
    ("正泰集团创始人南存辉认为，民企要练内功。", {("南存辉", "Person")}),  # well-known founders
]


RULES43_NOT_NAMES = [
    ("须落实「认识你的客户」（KYC）原则。", "KYC"),  # the acronym of a quoted term
    ("这个问题可以通过立法解决。", "可以通"),
]


def test_a_short_agency_name_joins_the_full_name_it_ends():
    text = "经济部国际贸易署更新了名单。贸易署表示，将与业者沟通。"
    entities = extract(text).to_json()["entities"]
    assert [(e["label"], len(e["mentions"])) for e in entities] == [("经济部国际贸易署", 2)]


# ---------------------------------------------------------------- rules-44
RULES44_NAMES = [
    ("自由时报 记者陈美玲／台北报导", {("自由时报", "MediaOutlet")}),  # Taiwan and Hong Kong papers
    ("嘉义县竹崎乡的阿里山小火车停驶了。", {("竹崎乡", "District"), ("阿里山", "Region")}),
    ("饭店靠港澳和日韩旅客撑过淡季。", {("港澳", "Region"), ("日韩", "Region")}),
    ("中南部观光地区尤其冷清。", {("中南部", "Region")}),
    ("领队陈志明回忆，当年一天接三团。", {("陈志明", "Person")}),
]


RULES44_NOT_NAMES = [
    ("集装箱由人工智能运输机器人（ART）搬运。", "ART"),  # acronyms of terms, before or after them
    ("调度都由TOS（码头操作系统）完成。", "TOS"),
]


# ---------------------------------------------------------------- rules-45
RULES45_NAMES = [
    ("稻米价格谈不拢\n文／陈佩瑜（农传媒）", {("陈佩瑜", "Person")}),  # a byline name before a bracket
    ("猪农林正雄已经在猪舍里忙了一早上。", {("林正雄", "Person")}),  # 猪农 / 蛋农 / 稻农 before a name
    ("港务集团旗下宁波港务有限责任公司副总经理表示", {("宁波港务有限责任公司", "Company")}),  # a parent ends at 旗下
    ("从上海的复旦制药到杭州的华东医药", {("复旦制药", "Company")}),  # a name-tagged word + an industry word
    ("货车每日往返屯门货柜码头。", {("屯门货柜码头", "Park")}),  # container terminals after a place are sites
]
RULES45_NOT_NAMES = [
    ("受高病原性禽流感（HPAI）疫情影响，蛋价上涨。", "HPAI"),  # the acronym of a disease
]

# ---------------------------------------------------------------- rules-46
RULES46_NAMES = [
    ("台风从屏东县满州乡登陆。", {("满州乡", "District")}),  # any two characters after a county named with its unit
    ("台风午后从台东县成功镇登陆。", {("成功镇", "District")}),
    ("卑南乡的释迦农王美华则表示，损失惨重。", {("王美华", "Person")}),  # 则 before the speech verb
    ("此后银色高地酒庄、贺东庄园相继获奖。", {("银色高地酒庄", "Company"), ("贺东庄园", "Company")}),  # wineries
    ("安踏、特步、361度和鸿星尔克都在晋江。", {("特步", "Company"), ("361度", "Company"), ("鸿星尔克", "Company")}),
]
RULES46_NOT_NAMES = [
    ("台东县损失居各县市之冠。", "各县市"),  # every unit of a kind
    ("中小酒庄难以为继。", "中小酒庄"),
    ("一家酒庄的老板说。", "一家酒庄"),
    ("劳工界则认为补贴不足。", "劳工界"),  # a side, not a person
]

# ---------------------------------------------------------------- rules-47
RULES47_NAMES = [
    ("日本的三菱重工和川崎重工则已退出。", {("川崎重工", "Company")}),  # a place-tagged word our lists do not know
    ("文字／林雅婷　摄影／陈柏廷", {("林雅婷", "Person"), ("陈柏廷", "Person")}),  # 文字／ bylines
    ("老人的女儿王美玲今年五十三岁。", {("王美玲", "Person")}),  # family members in a feature story
    ("采购经理李娜每年春节前都来。", {("李娜", "Person")}),
    ("鲜花从昆明长水国际机场空运到上海。", {("昆明长水国际机场", "Park")}),  # an airport's name cut into characters
    ("旅客在大三巴牌坊前拍照。", {("大三巴牌坊", "Park")}),  # landmarks
]
RULES47_NOT_NAMES = [
    ("大连船厂的LNG船订单不断。", "LNG"),  # ship types are no firms
    ("氹仔旧城区游人如织。", "旧城区"),
]


# ---------------------------------------------------------------- rules-48
RULES48_NAMES = [
    ("游客从罗湖站出发，在深圳北站换乘高铁。", {("罗湖站", "Park"), ("深圳北站", "Park")}),  # a place's own station
    ("乘客在港铁太子站下车，步行到花墟。", {("太子站", "Park")}),  # a station after the line's carrier
    ("音乐会改在红磡体育馆和中山体育中心举行。", {("红磡体育馆", "Park"), ("中山体育中心", "Park")}),  # venues
    ("他在嘉义的文化路夜市和士林夜市都摆过摊。", {("士林夜市", "Park")}),  # night markets by name
    ("京广高铁和沪宁城际铁路的客流回升，港珠澳大桥车流增加。",
     {("京广高铁", "Programme"), ("沪宁城际铁路", "Programme"), ("港珠澳大桥", "Programme")}),  # routes
    ("西电东送和北煤南运的压力不小。", {("西电东送", "Programme"), ("北煤南运", "Programme")}),  # transfers
    ("渭河与汾河的水量下降。", {("渭河", "Region"), ("汾河", "Region")}),  # rivers jieba knows as places
    ("工厂建在湖南省新化县，另一座在台北市大安区。", {("大安区", "District")}),  # rare stems opening with 大 / 新
    ("项目落在鄂尔多斯市鄂托克前旗。", {("鄂托克前旗", "District")}),  # Inner Mongolia's banners
    ("屏东县议会昨日三读通过预算。", {("屏东县议会", "GovernmentBody")}),  # councils named by their place
    ("32岁的黄小姐说，房价还是太高。", {("黄小姐", "Person")}),  # an interviewee by surname and address
    ("牧民乌力吉家的羊圈就在风机下。", {("乌力吉", "Person")}),  # a named person's home
    ("总部位于苏州的迈科氢能正在扩产。", {("迈科氢能", "Company")}),  # an unknown name cut into characters + trade
    ("法院认定浙江宏达精密机械有限公司侵权。", {("浙江宏达精密机械有限公司", "Company")}),
    ("土地注册处的数字显示成交回落。", {("土地注册处", "GovernmentBody")}),  # Hong Kong departments
]
RULES48_NOT_NAMES = [
    ("这家药企的II期临床数据和IND申请都已提交。", "II"),  # a trial phase
    ("这家药企的II期临床数据和IND申请都已提交。", "IND"),  # a filing
    ("双方签下License-out协议。", "License-out"),  # a hyphenated term
    ("这些上市公司表示不再扩产。", "上市公司"),  # what a firm is, not which
    ("检方搜查林男住处及其公司。", "林男住处"),  # Taiwan news names a suspect by surname and sex
    ("检方搜查林男住处及其公司。", "林男"),
    ("市场的商户表示生意难做。", "商户"),  # a two-character noun after a surname character
    ("买家印花税（BSD）将取消。", "印花税"),  # a three-character dictionary word
    ("买家印花税（BSD）将取消。", "BSD"),  # the acronym of that term
    ("财政司司长在预算案中宣布。", "财政司"),  # Hong Kong's secretary's title
    ("获批建设国家级示范区。", "建设国家级示范区"),  # a verb before 国家
    ("他在加油站和护理站之间来回。", "护理站"),  # kinds of station
    ("不少夜市的摊商表示，推动夜市转型很难。", "不少夜市"),  # kinds of night market
    ("五星红旗在会场升起。", "五星红旗"),  # a flag, not a banner
    ("司法的独立很重要。", "司法"),  # the judiciary in general
]

# ---------------------------------------------------------------- rules-49
RULES49_NAMES = [
    ("三十五岁的周雅琳去年从台大毕业。", {("周雅琳", "Person")}),  # a person a feature introduces by age
    ("42岁的郑国华说，生意不如从前。", {("郑国华", "Person")}),
    ("承办检察官林志远在庭上表示，证据充分。", {("林志远", "Person")}),  # the court's people
    ("据竹田乡农会统计，今年收成减半。", {("竹田乡农会", "ActorGroup")}),  # 乡农/n + 会: the unit's suffix split off
    ("台中市政府农业处与云林县农业处联合稽查。", {("台中市政府农业处", "GovernmentBody"),
                                               ("云林县农业处", "GovernmentBody")}),  # a county's departments
    ("医务衞生局和食物及衞生局先后回应。", {("医务卫生局", "GovernmentBody")}),  # Hong Kong's variant 衞
]
RULES49_NOT_NAMES = [
    ("深圳市政府成立委员会，研究此事。", "深圳市政府成立委员会"),  # a government's predicate, not its department
    ("这里到处都是摊位，台北市处处可见。", "台北市处"),
]

# ---------------------------------------------------------------- rules-50
RULES50_NAMES = [
    ("合作社在富县、黄龙等县建了冷库。", {("黄龙", "District")}),  # counties listed without their unit
    ("宁夏中宁、甘肃临泽也在扩种。", {("临泽", "City")}),  # a name-tagged word after a province, a list going on
    ("议员黄国伟持不同意见。", {("黄国伟", "Person")}),  # a stance taken
    ("木耳产自黑龙江穆棱市的林区。", {("穆棱市", "City")}),  # a county-level city jieba tags as a name
    ("游客涌向长白山万达滑雪场和亚布力滑雪旅游度假区。", {("亚布力滑雪旅游度假区", "Park")}),  # resorts
    ("村里的富平县金穗果业专业合作社去年分红。", {("富平县金穗果业专业合作社", "Company")}),  # co-operatives
    ("该馆英文名为Museum of Fine Arts Boston。", {("Museum of Fine Arts Boston", "Company")}),  # Latin with "of"
    ("居民反对在米埔和锦田兴建新市镇。", {("米埔", "District"), ("锦田", "District")}),  # Hong Kong areas
    ("屯马线和北环线将在锦上路站交汇。", {("屯马线", "Programme"), ("北环线", "Programme")}),  # MTR lines
]
RULES50_NOT_NAMES = [
    ("一位学者向记者表示，改革还要深化。", "向记者"),  # a preposition before the writer
    ("政府资助大学的学额有限。", "资助大学"),  # how a university is funded
    ("超市和夜市都在扩张，城市也是。", "超市"),
]

# ---------------------------------------------------------------- rules-51
RULES51_NAMES = [
    ("青岛连续五年举办中国国际啤酒节。", {("中国国际啤酒节", "Event")}),  # an event after a verb of holding it
    ("第二十届中国西部国际博览会在成都开幕。", {("第二十届中国西部国际博览会", "Event")}),  # an edition number
    ("世界智能产业博览会在天津举行。", {("世界智能产业博览会", "Event")}),  # the name, then where it is held
    ("航班从长沙黄花国际机场起飞。", {("长沙黄花国际机场", "Park")}),  # an airport's own name of any tag
    ("总部在成都的钠创能源则转向储能。", {("钠创能源", "Company")}),  # a name's characters before a trade word
]
RULES51_NOT_NAMES = [
    ("公司召开股东大会，他出席了一场论坛。", "股东大会"),  # kinds of event
    ("这座老工业城市在转型。", "座老工业"),  # a run of a measure word and an adjective is no name
    ("电价上涨将推高半导体与钢铁的成本。", "推高半导体"),  # a run of a verb and an adjective
    ("学者建议当局先从交通着手。", "建议当局"),  # someone advising the authorities
    ("不过，何伯也坦言生意难做。", "何伯也"),  # the name ends before 也
    ("南都讯 记者王伟报道", "南都讯"),  # a paper's dispatch line
    ("她考上了一所百强大学。", "百强大学"),  # what a university is, not which
]

# ---------------------------------------------------------------- rules-52
RULES52_NAMES = [
    ("全台猪肉价格上涨，全港超市缺货。", {("台湾", "Region"), ("香港", "City")}),  # all of Taiwan / Hong Kong
    ("容百科技（688005.SH）与德方纳米（300769）先后公告。",
     {("容百科技", "Company"), ("德方纳米", "Company")}),  # stock codes
    ("分析师：张晓雯 执业证书编号：S0570520100001", {("张晓雯", "Person")}),  # a certificate number is no firm
    ("原创 林嘉欣 财经观察 2025年3月1日", {("林嘉欣", "Person")}),  # a WeChat essay's author
    ("交通部长李孟谚会后表示，将检讨票价。", {("李孟谚", "Person")}),
    ("南京地铁5号线和深圳地铁14号线同步开通。", {("南京地铁5号线", "Programme"), ("深圳地铁14号线", "Programme")}),
    ("澳门轻轨石排湾线已经通车。", {("澳门轻轨石排湾线", "Programme")}),  # a line after its system
    ("零售商把货运到义乌国际商贸城。", {("义乌国际商贸城", "Park")}),
    ("居民在关闸和黑沙环一带出行不便。", {("关闸", "Region"), ("黑沙环", "Region")}),  # Macau's areas
    ("屏东恒春的核三厂已经停机。", {("恒春", "District"), ("核三厂", "Park")}),
]
RULES52_NOT_NAMES = [
    ("分析师：张晓雯 执业证书编号：S0570520100001", "S0570520100001"),
    ("他们向车企送样；宁德时代也在测试。", "送样"),  # characters none of which jieba knows in a name
    ("部长表示，考量通膨压力，电价微调。", "考量通"),  # 通膨 is inflation
    ("票价收入连成本的两成都不到。", "成都"),  # a share in tenths
    ("曹县拥有淘宝村168个。", "淘宝村"),  # a kind of village
    ("乘客可直达口岸，毋须出站换乘。", "毋须出站"),  # no station's name
    ("承建海底隧道的工程队表示。", "海底隧道"),  # a tunnel of a kind
]

# ---------------------------------------------------------------- rules-53
RULES53_NAMES = [
    ("第四次全国经济普查的数据显示，小微企业增多。", {("第四次全国经济普查", "Event")}),  # a census by its number
    ("西门子能源中国区一位高管表示，订单排到明年。", {("西门子能源", "Company")}),  # a firm's regional unit
    ("他们从德国Krones公司引进了灌装线。", {("Krones公司", "Company")}),  # a foreign firm after its country
]
RULES53_NOT_NAMES = [
    ("铁路部门表示，春运运力充足。", "铁路部门"),  # a body named by its field
    ("西门子能源中国区一位高管表示，订单排到明年。", "能源"),  # an industry word alone
    ("他们从德国Krones公司引进了灌装线。", "德国Krones公司"),
]

# ---------------------------------------------------------------- rules-54
RULES54_NAMES = [
    ("项目落户贵安新区的数据中心集聚区。", {("贵安新区", "District")}),  # two characters of any tag before 新区
    ("台南市政府观光处今年推出夜游路线。", {("台南市政府观光处", "GovernmentBody")}),  # a government's 处
    ("议员周浩鼎支持议案，议员邵家辉反对。", {("周浩鼎", "Person"), ("邵家辉", "Person")}),  # stances
    ("开洗衣店的梁志强接受本报访问时说。", {("梁志强", "Person")}),  # someone interviewed
    ("58岁陈秀英有两个孩子。", {("陈秀英", "Person")}),  # an age without 的
    ("美国财政部外国资产控制办公室（OFAC）更新清单。", {("美国财政部外国资产控制办公室", "GovernmentBody")}),
    ("经民联和新民党议员均表态。", {("香港经济民生联盟", "ActorGroup"), ("新民党", "ActorGroup")}),  # HK parties
    ("日本的三菱造船和韩国的现代重工都在扩产。", {("三菱造船", "Company")}),  # shipbuilding as a trade word
]
RULES54_NOT_NAMES = [
    ("中央尊重地方政府的决定。", "中央尊重地方政府"),  # a predicate jieba tags as an adjective
    ("他们核对船名和IMO编号。", "IMO"),  # a ship's number
    ("对方的三家美国子公司被列入清单。", "美国子公司"),  # a subsidiary in a place
    ("议案经议员修正后通过。", "修正后"),
]

# ---------------------------------------------------------------- rules-55
RULES55_NAMES = [
    ("云林县口湖乡成龙国小只剩十二名学生。", {("成龙国小", "University")}),  # a school after its township
    ("镇上的黄龙小学和青山中学合并。", {("青山中学", "University")}),  # after a list mark
]
RULES55_NOT_NAMES = [
    ("偏乡小学越来越少，这所中学也在减班。", "偏乡小学"),  # kinds of school
]
RULES56_NAMES = [
    ("在东莞打工十年的周秀英（化名）告诉记者，订单少了。", {("周秀英", "Person")}),  # a changed name
    ("（中央社记者陈冠宇高雄5日电）港务公司今天表示，", {("陈冠宇", "Person")}),  # a wire dateline
    ("新华社记者刘洋乌鲁木齐9月2日电 记者从自治区获悉，", {("刘洋", "Person")}),
    ("喀什的果农艾力·吐尔逊说，今年杏子卖得好。", {("艾力·吐尔逊", "Person")}),  # a name with a middle dot
    ("总裁卡洛斯·戈恩表示，", {("卡洛斯·戈恩", "Person")}),
    ("工厂设在印度卡纳塔克邦，", {("卡纳塔克邦", "Province")}),  # an Indian state
    ("招聘了不少菲律宾籍护理员。", {("菲律宾", "Country")}),  # a nationality glued to 籍
    ("旅客从长沙黄花国际机场出发。", {("长沙黄花国际机场", "Park")}),  # a city and the airport's place
    ("航班降落在萧山国际机场。", {("萧山国际机场", "Park")}),
    ("沿着上海淮海中路走到新天地，", {("淮海中路", "Region")}),  # a street jieba knows
    ("商铺集中在北京路和中山五路。", {("北京路", "Region")}),  # a city's name + 路
    ("巴士改经弥敦道、佐敦道前往西九龙。", {("弥敦道", "Region"), ("佐敦道", "Region")}),  # Hong Kong roads
    ("她住在油麻地，每天到茶果岭上班。", {("油麻地", "District"), ("茶果岭", "District")}),
    ("兵团第三师图木舒克市的棉花已开始采收。", {("第三师", "GovernmentBody")}),  # a corps division
    ("新加坡货航的航班增至每周五班。", {("新加坡货航", "Company")}),  # a carrier word cut in two
    ("政府推出「两铁分流」方案，", {("两铁分流", "Programme")}),  # a quoted scheme before 方案
    ("中欧班列被称为“钢铁丝绸之路”。", {("钢铁丝绸之路", "Programme")}),
    # a registered name opens with its place
    ("在佛山经营广东顺捷物流有限公司的何先生说，", {("广东顺捷物流有限公司", "Company")}),
    ("航空公司采购空客A321和波音787客机。",  # planes by maker and model
     {("空客A321", "Product"), ("波音787", "Product")}),
    ("福州综合改革实验区成立。", {("福州综合改革实验区", "PilotZone")}),
    ("果农家在昆明市呈贡区上庄镇，", {("上庄镇", "District")}),  # an address: district, then town
    ("金管会表示，将放宽规定。", {("金融监督管理委员会", "GovernmentBody")}),  # a short name of a listed body
]
RULES56_NOT_NAMES = [
    ("他知道这条路不好走，只能走出一条新路。", "新路"),  # ways, not streets
    ("集成电路和高速公路都在规划之中。", "集成电路"),
    ("中国·杭州国际动漫节开幕。", "中国·杭州"),  # two places joined by a dot
    ("户籍制度改革仍在推进。", "户"),
]
RULES57_NAMES = [
    ("集团总经理周振华则认为，", {("周振华", "Person")}),  # a two-character name + 则
    ("茶农刘桂芳站在茶园边上说，", {("刘桂芳", "Person")}),  # where a feature's person stands
    ("时任县长王德明决定暂停项目。", {("王德明", "Person")}),  # what an official decides
    ("深圳青年林晓东是第一批入驻者。", {("林晓东", "Person")}),  # a person named by what he is
    ("住在三楼的陈太说，电梯常坏。", {("陈太", "Person")}),  # by a neighbour's word for her
    ("隔壁的林阿嬷也来排队。", {("林阿嬷", "Person")}),
]
RULES57_NOT_NAMES = [
    ("这个价格王太多了。", "王太"),  # 太 + an adjective is "too", no address
]
RULES58_NAMES = [
    # a verb opens a listed firm's name (远航/v + 股份)
    ("园区已引进腾飞科技、远航股份等航空企业。", {("腾飞科技", "Company"), ("远航股份", "Company")}),
    ("议案交由立法院审议。", {("立法院", "GovernmentBody")}),  # 交由 opens no body's name
    ("游客从大理州宾川县邕州机场出发。", {("邕州机场", "Park")}),  # an airport without 国际
    ("这笔经费拨给竹山镇公所。", {("竹山镇公所", "GovernmentBody")}),  # a township office
    ("太鲁阁国家公园的游客减少。", {("太鲁阁国家公园", "Park")}),
    ("选民将在下月的同婚公投中表态。", {("同婚公投", "Event")}),  # a referendum by its subject
    ("渔船停靠在雷州半岛西岸。", {("雷州半岛", "Region")}),  # a name + a landform word
    ("今年以来，云翎智行是本地增长最快的无人机研发企业。", {("云翎智行", "Company")}),  # a clause defines a firm
]
RULES58_SAME = [  # (text, the short or other form, the name it joins)
    ("苏州市工业和信息化局（苏州市工信局）发布数据。苏州市工信局表示，", "苏州市工信局", "苏州市工业和信息化局"),
    ("核二厂，正式名称为国圣核能发电厂，位于新北。", "国圣核能发电厂", "核二厂"),
]
RULES58_NOT_NAMES = [
    ("政府仍应尊重公投结果。", "尊重公投"),  # a verb before 公投 names no referendum
    ("集团旗下的电动垂直起降飞行器已试飞。", "电动"),  # a description after 旗下, not a firm
    ("屏东的太阳光电与储能产业", "太阳光电"),  # a common word + an industry word
    ("浙江是民营企业大省，这家企业是本地龙头企业。", "这家企业"),
]

RULES59_NAMES = [
    ("会上，市长郑国华代表市政府作报告。", {("郑国华", "Person")}),  # 代表 + the body he speaks for
    ("白马镇党委书记王海燕说，", {("白马镇党委", "GovernmentBody")}),  # a unit's committee before its secretary
    ("公司与湖南省文旅集团签约。", {("湖南省文旅集团", "Company")}),  # a domain word inside a firm's name
    ("资金投向岳西现代产业园区。", {("岳西现代产业园区", "Park")}),  # 现代/t in a park's name
    ("潜山县融媒体中心 供图", {("潜山县融媒体中心", "MediaOutlet")}),  # a county's media centre
    ("《数据开放法草案》今日刊宪。", {("数据开放法草案", "Law")}),  # a draft typed as what it drafts (rules-64: a 条例
    # in traditional script is a Law, on the mainland a Regulation: test_an_ordinance_is_a_law_in_traditional_script…)
    ("芜湖兴皖金控参与了本轮投资。", {("芜湖兴皖金控", "StateCapital")}),  # a city + a holding's own name
    ("东港镇、石佛寺镇和双龙镇都在申报。", {("石佛寺镇", "District")}),  # a list of towns
    ("住在大坑东邨的陈太说，", {("大坑东邨", "Park")}),  # a Hong Kong housing estate
    ("唐楼集中在汝州街、桂林街一带。", {("汝州街", "Region"), ("桂林街", "Region")}),  # streets in characters
    ("实际控制人林志强亦为董事长。", {("林志强", "Person")}),  # people a disclosure names
]
RULES59_NOT_NAMES = [
    ("村民可向乡镇公所申报损失。", "乡镇公所"),  # the kind of office
    ("全县建成户用光伏电站三千座。", "光伏电站"),  # a power plant, no station
    ("国际非政府组织呼吁改善。", "非政府"),
    ("船上加装Wi-Fi与视讯设备。", "Wi-Fi"),
    ("启德公共屋邨的居民", "屋邨"),
]

RULES60_NAMES = [
    ("他在金碧汇彩娱乐场做了八年荷官。", {("金碧汇彩娱乐场", "Park")}),  # a casino after its name
    ("客人入住澳门银河综合度假村。", {("澳门银河综合度假村", "Park")}),  # a resort
    ("根据第7/2024号行政法规，", {("第7/2024号行政法规", "Regulation")}),  # a Macau regulation by its number
    ("买家阿卜杜拉·哈桑比（Abdullah Al-Hassan）表示，", {("阿卜杜拉·哈桑比", "Person")}),  # a dotted name's last char
]
RULES60_NOT_NAMES = [
    ("他已是第五次来博览会。", "第五次来博览会"),  # a visit, no edition of an event
    ("老街何去何从，居民关注。", "何去何"),  # an idiom, no name
    ("游客涌向路氹的综合度假村。", "综合度假村"),  # the kind of resort
]

RULES61_NAMES = [
    ("。逐星动力发布了新款电机。", {("逐星动力", "Company")}),  # a trade name whose characters jieba tags d / v
    ("担任保荐人的东兴联合证券表示，", {("东兴联合证券", "Company")}),  # 联合/v inside a firm's name
    ("据华中新闻网报道，", {("华中新闻网", "MediaOutlet")}),  # a news site
    ("质检员吴春林说，合格率提高了。", {("吴春林", "Person")}),  # a worker named after the trade, before 说
    ("他曾在武汉第二机床厂工作。", {("武汉第二机床厂", "Company")}),  # a factory by its city and number
    ("在保山市龙陵县勐糯镇新岭村，", {("新岭村", "District")}),  # a village after its town
    ("屯门公路一带经常塞车。", {("屯门公路", "Region")}),  # a highway
    ("游客登上玉龙雪山。", {("玉龙雪山", "Region")}),  # a four-character mountain
    ("乘客在坪石站下车后，经坪石转乘巴士。", {("坪石", "District")}),  # a station's place named alone
    ("国家健康保险局发布通知。", {("国家健康保险局", "GovernmentBody")}),  # 健康/a inside a body's name
    ("国立成功大学表示，", {("国立成功大学", "University")}),  # a founder and an adjective inside a school's name
    ("雀巢宣布在云南扩产。", {("雀巢", "Company")}),  # a consumer firm named bare
    ("路线经凤山区后过河。", {("凤山区", "District")}),  # a district after 经/n
]
RULES61_SAME = [  # (text, the other form, the label of their one entity)
    ("杭州恒岳精密股份有限公司发布公告。恒岳精密表示，", "杭州恒岳精密股份有限公司", "恒岳精密"),
    ("依照《中华人民共和国专利法》，受专利法保护。", "专利法", "中华人民共和国专利法"),
]
RULES61_NOT_NAMES = [
    ("并非所有改革都顺利。", "所有改革"),  # a determiner, no named reform
    ("经济走上了上坡路。", "上坡路"),  # a kind of road
    ("推进精品茶叶庄园建设。", "推进精品茶叶庄园"),  # a verb, then the kind of estate
    ("要求港灯及机电工程署提交报告。", "港灯及机电工程署"),  # a known firm and a department: two actors
    ("推广CAR（嵌合抗原受体）疗法。", "CAR"),  # an acronym glossed by Chinese words naming nothing
    ("超过六成的城投企业（LGFV）退出。", "LGFV"),  # an acronym of a kind of firm
    ("工人李强说，工资涨了。", "李强说"),
    ("唐山钢厂的排放", "唐山钢厂"),  # a city's mills, a kind of plant
    ("台湾零组件厂的订单", "台湾零组件厂"),  # Taiwan usage: 厂 is any maker
    ("要靠科技发展。", "要靠科技"),
    ("公司与银行达成协议。", "银行"),  # the bare word after a firm
    ("省级政府自行审核项目。", "省级政府"),  # a level of government (the concept layer)
    ("推动智慧物流及高增值物流。", "智慧物流"),  # qualities of an industry
    ("美国版权局（U.S. Copyright Office）拒绝登记。", "U.S"),  # an abbreviation's dot inside a name
]

RULES62_NAMES = [
    ("中国农学会发布报告。", {("中国农学会", "ActorGroup")}),  # a learned society
    ("浙江省民营经济研究会指出，", {("浙江省民营经济研究会", "ActorGroup")}),  # a research society
    ("餐厅行政总厨林志明认为，", {("林志明", "Person")}),  # a chef by his title
    # a firm whose parent the text names (X 的母公司 Y)
    ("大龙燚火锅的母公司成都大龙燚餐饮管理有限公司已在海外开店。", {("大龙燚火锅", "Company")}),
    ("村民与万荣乡公所协商。", {("万荣乡公所", "GovernmentBody")}),  # a township's office by its stem alone
    ("旅客入住福华大饭店。", {("福华大饭店", "Park")}),  # a hotel after its name
]
RULES62_NOT_NAMES = [
    ("叫号机上的等位号已经跳到了第52号。", "等位号"),  # a queue number, no named product
    ("村民与秀林乡公所协商。", "村民与秀林乡公所"),  # a coordination before a township's office
    ("一位旅馆业主管坦言，生意难做。", "管坦言"),  # a role's last character + a speech verb
]
RULES63_NAMES = [
    ("“订单一断就难办了，”陈思雨说。", {("陈思雨", "Person")}),  # a speaker after the closing quote
    ("湖南姑娘唐晓丽把茶叶装进了箱子。", {("唐晓丽", "Person")}),  # a young woman a feature introduces
    ("研究员林国栋持类似看法。", {("林国栋", "Person")}),  # a stance after a title and a name
    ("台东县政府农业处处长陈建明表示，", {("台东县政府农业处", "GovernmentBody")}),  # a county's department
    ("林业署嘉义管理处表示，", {("林业署嘉义管理处", "GovernmentBody")}),  # a bare agency's regional office
    ("阳明山国家公园管理处发布公告。", {("阳明山国家公园管理处", "GovernmentBody")}),  # a park's office
    ("病人须转往九龙西医院联网求诊。", {("九龙西医院联网", "GovernmentBody")}),  # a hospital cluster
    ("九二一之后，1999年的921大地震重创南投。", {("921大地震", "Event")}),  # a disaster named by its date
    ("日本神户地震后，重建花了十年。", {("神户地震", "Event")}),  # and by its city
    ("她在海边经营「听海民宿」。", {("听海民宿", "Company")}),  # a guesthouse named in quotes
    ("阿美族的丰年祭吸引游客。", {("阿美族", "ActorGroup")}),  # an indigenous people
    ("他曾在国营红光电子管厂当技术员。", {("红光电子管厂", "Company")}),  # a state plant
    ("游客来到七彩湖拍照。", {("七彩湖", "Region")}),  # a scenic lake jieba cuts (七彩/nz + 湖)
    ("小龙坎火锅在悉尼开了新店。", {("小龙坎火锅", "Company")}),  # a restaurant chain by brand and dish
    ("杨国福麻辣烫进入日本市场。", {("杨国福麻辣烫", "Company")}),  # a founder's name as the brand
    ("双方将加快中国—海合会自贸协定谈判。", {("中国—海合会自贸协定", "Policy")}),  # a pact two parties name
    ("企业用好中国—新西兰自由贸易协定升级版。", {("中国—新西兰自由贸易协定升级版", "Policy")}),
    ("出口商投保中国进口信用保险公司的产品。", {("中国进口信用保险公司", "Company")}),  # 进口/vn inside a firm's name
]
# rules-63: a site and the firm that runs it are two entities (西区海底隧道 … 西区海底隧道有限公司)
RULES63_TWO = [("东区海底隧道拥堵。专营权由东区海底隧道有限公司持有。", "东区海底隧道", "东区海底隧道有限公司")]
RULES63_SAME = [  # (text, the short form, the label of their one entity)
    ("垦丁国家公园管理处（垦管处）指出，垦管处将加强巡查。", "垦管处", "垦丁国家公园管理处"),
]
RULES63_NOT_NAMES = [
    ("台湾地震频繁，防灾不能松懈。", "台湾地震"),  # earthquakes in general, not one
    ("县政府各处处长出席会议。", "县政府各处"),  # every department, not one
    ("成都火锅走向海外。", "成都火锅"),  # a city's dish, a kind
    ("老牌火锅店越来越少。", "老牌火锅"),
    ("中国—新加坡关系良好。", "中国—新加坡"),  # two parties and no pact
]


# rules-64, from the misses of the first rules-63 blind pair
RULES64_NAMES = [
    ("海峡网11月20日讯 今年以来，两岸贸易增长。", {("海峡网", "MediaOutlet")}),  # the outlet opening a dateline
    # a body and the unit it oversees, two bodies (所属)
    ("厦门海关所属东渡海关负责人表示，", {("厦门海关", "GovernmentBody"), ("东渡海关", "GovernmentBody")}),
    ("渔船停靠在基隆八斗子渔港。", {("基隆八斗子渔港", "Park")}),  # a fishing port after its city
    ("新区建设集中在雄东片区。", {("雄东片区", "District")}),  # a new town's area
    # a county no list knows, opening two names the text gives, named alone
    ("据霞浦海关统计，霞浦渔港的渔获增长。霞浦将建设冷链基地。", {("霞浦", "District")}),
    ("投资人王力观点则相对保守。", {("王力", "Person")}),  # a view after a title and a name
    ("香港大律师公会发表声明。", {("香港大律师公会", "ActorGroup")}),  # the bar
    ("胡关李罗律师行发表声明。", {("胡关李罗律师行", "Company")}),  # a Hong Kong law firm
    ("经营鼓浪屿航线的厦门快帆公司表示，船期不变。", {("厦门快帆公司", "Company")}),  # a city, then a cut name
    ("她在老街经营「阿珠手作饼铺」多年。", {("阿珠手作饼铺", "Company")}),  # what one runs, named in quotes
    ("理想汽车推出L9，小米发布SU7。", {("L9", "Product"), ("SU7", "Product")}),  # model codes, not firms
    ("长城汽车重庆基地开始投产。", {("长城汽车重庆基地", "Park")}),  # a firm's base by its city
    ("菲律宾经销商Maria Cruz说，销量增长。", {("Maria Cruz", "Person")}),  # a Latin name after a role
]
# (text, the Latin form, the person's label): one person, no firm
RULES64_GLOSSED_PEOPLE = [
    ("越南贸易商黎文山（Le Van Son）接受采访。", "Le Van Son", "黎文山"),
    ("来自印尼的渔工苏迪（Sudi）说，工资太低。", "Sudi", "苏迪"),
    ("主播林小雨（网名“小雨Rain”）说，直播很累。", "Rain", "林小雨"),
]


@pytest.mark.parametrize("text, latin, name", RULES64_GLOSSED_PEOPLE)
def test_a_person_glossed_in_latin_is_one_person(text: str, latin: str, name: str):
    for t in (text, to_traditional(text)):
        ents = {to_simplified(e["label"]): e for e in extract(t).to_json()["entities"]}
        assert ents[name]["type"] == "Person" and latin not in ents, ents
        assert latin in {m["text"] for m in ents[name]["mentions"]}


def test_a_person_s_name_wins_over_a_listed_firm_inside_it():
    """rules-64: 何小米 found as a person is that person wherever the text names them, not 小米 the firm."""
    text = "护工何小米说，工作很累。像何小米这样的护工很多。"
    for t in (text, to_traditional(text)):
        ents = extract(t).to_json()["entities"]
        assert [(to_simplified(e["label"]), len(e["mentions"])) for e in ents] == [("何小米", 2)], ents
RULES64_NOT_NAMES = [
    ("一位在厦门经营茶饮店的台商坦言，生意难做。", "坦言"),  # a reporting verb jieba tags a noun
    ("台湾青年来了，就要留得住。", "来了"),  # a verb and its aspect particle after a word for people
    ("推进试点片区建设。", "试点片区"),  # a kind of area
    ("他经营“农家乐”多年。", "农家乐"),  # a kind of business in quotes
    ("隆基在当地的光伏组件基地。", "光伏组件基地"),  # a kind of base
    ("在合肥建设生产基地。", "合肥建设生产基地"),
    # a term's English words and acronym in brackets, and the acronym later on: no firm
    ("当局拟引入「文本及数据探勘」（Text and Data Mining，TDM）例外。TDM例外只适用于训练。", "TDM"),
    ("当局拟引入「文本及数据探勘」（Text and Data Mining，TDM）例外。", "Text and Data Mining"),
]
RULES64_SAME = [
    # the English name and its acronym in brackets after a body's name, and the acronym later on
    ("香港海关（Customs and Excise Department，C&ED）表示。C&ED指出。", "C&ED", "香港海关"),
    # a short form a list finds a part of (港澳办, 国务院港澳事务办公室 in the lexicon)
    ("广东省人民政府港澳事务办公室（广东省港澳办）表示，广东省港澳办将推动合作。", "国务院港澳事务办公室",
     "广东省人民政府港澳事务办公室"),
]


def test_an_ordinance_is_a_law_in_traditional_script_and_a_regulation_on_the_mainland():
    """rules-64: Hong Kong's, Macau's and Taiwan's 条例 are passed by the legislature; the mainland's are the State
    Council's or a province's regulations."""
    types = {e.label: e.type for e in extract("立法會通過《僱傭條例》修訂。").entities}
    assert types["雇佣条例"] == "Law", types
    types = {e.label: e.type for e in extract("国务院公布《无人机管理条例》。").entities}
    assert types["无人机管理条例"] == "Regulation", types


@pytest.mark.parametrize("text, site, firm", RULES63_TWO)
def test_a_site_and_its_operating_firm_are_two_entities(text: str, site: str, firm: str):
    for t in (text, to_traditional(text)):
        types = {to_simplified(e["label"]): e["type"] for e in extract(t).to_json()["entities"]}
        assert types.get(site) == "Park" and types.get(firm) == "Company", types


@pytest.mark.parametrize("text, short, label", RULES63_SAME + RULES64_SAME)
def test_a_bracketed_short_form_no_rule_finds_is_the_name_before_it(text: str, short: str, label: str):
    """rules-63: the short form in brackets and its later uses are mentions of the one entity the full name opens."""
    for t in (text, to_traditional(text)):
        ents = extract(t).to_json()["entities"]
        entity = next(e for e in ents if to_simplified(e["label"]) == label)
        assert len(entity["mentions"]) >= 3, entity
        assert not [e for e in ents if to_simplified(e["label"]) == short], ents


@pytest.mark.parametrize("text, other, label", RULES61_SAME)
def test_a_short_title_or_name_is_the_same_entity(text: str, other: str, label: str):
    """rules-61: a firm's registered name and its name without the city and the legal form, a law's full and short
    title, are one entity in both scripts."""
    for t in (text, to_traditional(text)):
        ents = extract(t).to_json()["entities"]
        assert [e["label"] for e in ents if e["label"] in (other, label)] == [label], ents
        entity = next(e for e in ents if e["label"] == label)
        assert len(entity["mentions"]) == 2


@pytest.mark.parametrize("text, other, name", RULES58_SAME)
def test_a_declared_short_or_other_form_is_the_same_entity(text: str, other: str, name: str):
    """rules-58: every mention of the other form belongs to the name's entity, which keeps its label."""
    ents = extract(text).entities
    labels = {e.label for e in ents}
    assert name in labels and other not in labels, labels
    entity = next(e for e in ents if e.label == name)
    assert other in {m.text for m in entity.mentions}


NAMES = (TOWNS_AND_DISTRICTS + FIRMS_NAMED_BARE + RULES35_NAMES + RULES36_NAMES + RULES37_NAMES + RULES38_NAMES
         + RULES39_TYPES + RULES40_NAMES + RULES41_NAMES + RULES42_NAMES + RULES43_NAMES + RULES44_NAMES
         + RULES45_NAMES + RULES46_NAMES + RULES47_NAMES + RULES48_NAMES + RULES49_NAMES + RULES50_NAMES
         + RULES51_NAMES + RULES52_NAMES + RULES53_NAMES + RULES54_NAMES + RULES55_NAMES + RULES56_NAMES
         + RULES57_NAMES + RULES58_NAMES + RULES59_NAMES + RULES60_NAMES + RULES61_NAMES
         + RULES62_NAMES + RULES63_NAMES + RULES64_NAMES)
NOT_NAMES = (NOT_FIRMS_OR_DISTRICTS + RULES35_NOT_NAMES + RULES36_NOT_NAMES + RULES37_NOT_NAMES + RULES38_NOT_NAMES
             + RULES40_NOT_NAMES + RULES41_NOT_NAMES + RULES43_NOT_NAMES + RULES44_NOT_NAMES + RULES45_NOT_NAMES
             + RULES46_NOT_NAMES + RULES47_NOT_NAMES + RULES48_NOT_NAMES + RULES49_NOT_NAMES + RULES50_NOT_NAMES
             + RULES51_NOT_NAMES + RULES52_NOT_NAMES + RULES53_NOT_NAMES + RULES54_NOT_NAMES
             + RULES55_NOT_NAMES + RULES56_NOT_NAMES + RULES57_NOT_NAMES
             + RULES58_NOT_NAMES + RULES59_NOT_NAMES + RULES60_NOT_NAMES + RULES61_NOT_NAMES
             + RULES62_NOT_NAMES + RULES63_NOT_NAMES + RULES64_NOT_NAMES)


@pytest.mark.parametrize("text, expected", NAMES)
def test_names_in_both_scripts(text: str, expected: set):
    """Each rule's names, the same (label, type) pairs in simplified and in traditional script."""
    _found_in_both_scripts(text, expected)


@pytest.mark.parametrize("text, wrong", NOT_NAMES)
def test_not_names(text: str, wrong: str):
    _not_found(text, wrong)
