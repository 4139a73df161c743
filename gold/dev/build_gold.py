"""Build the dev gold JSON files from the annotation specs below and the drafts in src/.

Annotation guidelines (written before the extractor; see README.md):
- Entities: named actors and places and titled/named policies: persons, companies, investors, state capital
  vehicles, government bodies, research institutes, universities, media, named products and technologies,
  countries, provinces, cities, districts, regions, parks, laws / regulations / titled policy documents,
  named reforms, programmes, funds, pilot zones, events. Not generic nouns (政府, 企业, 业内人士) nor
  generic concepts, technologies or sectors. Mentions are flat (longest span wins, no nesting).
- Claims: every body sentence that asserts, evaluates, predicts, recommends or asks (an op-ed asserts in
  most sentences); not headlines, bylines, editor's notes about the text itself, or captions.
- Concept layer (added later, in the style of the seeds' curation, seeds/curation/entities/*.yaml, which
  the hidden test set is expected to follow): salient concepts (隐性债务, 耐心资本, quoted metaphors such as
  店小二), sectors (芯片, 生物医药), technologies (人工智能, 三维闪存), policy instruments (补贴, 出口管制,
  医保谈判), descriptive actor groups (政策制定者, 市场参与者) and generic government bodies (地方政府).
  `<name>.json` holds both layers; `named/<name>.json` the named layer only (the original guideline).
- Relations: only those stated in one sentence, in the predicate vocabulary.
Five articles are published in traditional script (OpenCC s2hk of the draft, or s2tw for Taiwan usage; same
length), so their offsets are traditional-text offsets.

Run: .venv/bin/python gold/dev/build_gold.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import opencc

HERE = Path(__file__).parent

A = "author"
ARTICLES: dict[str, dict] = {
    "hefei_nev": dict(
        script="zh-Hans", author="周明远", skip=["“合肥模式”还能复制吗？", "作者："],
        entities=[
            ("zhou-mingyuan", "周明远", "Person", ["周明远"]),
            ("hefei", "合肥", "City", ["合肥"]),
            ("hefei-model", "合肥模式", "Policy", ["合肥模式"]),
            ("hefei-jiantou", "合肥市建设投资控股（集团）有限公司", "StateCapital",
             ["合肥市建设投资控股（集团）有限公司", "合肥建投"]),
            ("hefei-guide-fund", "合肥市引导基金", "Fund", ["合肥市引导基金"]),
            ("anhui-gaotou", "安徽省高新技术产业投资有限公司", "StateCapital", ["安徽省高新技术产业投资有限公司"]),
            ("nio", "蔚来", "Company", ["蔚来中国", "蔚来"]),
            ("hefei-etdz", "合肥经济技术开发区", "Park", ["合肥经济技术开发区"]),
            ("ahu", "安徽大学", "University", ["安徽大学经济学院"]),
            ("chen-lixin", "陈立新", "Person", ["陈立新"]),
            ("hefei-chantou", "合肥产投", "StateCapital", ["合肥产投"]),
            ("boe", "京东方", "Company", ["京东方"]),
            ("cxmt", "长鑫存储", "Company", ["长鑫存储"]),
            ("cass-iie", "中国社会科学院工业经济研究所", "ResearchInstitute", ["中国社会科学院工业经济研究所"]),
            ("ustc", "中国科学技术大学", "University", ["中国科学技术大学"]),
            ("hefei-nsc", "合肥综合性国家科学中心", "ResearchInstitute", ["合肥综合性国家科学中心"]),
            ("byd", "比亚迪", "Company", ["比亚迪"]),
            ("vw-anhui", "大众汽车（安徽）", "Company", ["大众汽车（安徽）"]),
            ("jac", "江淮汽车", "Company", ["江淮汽车"]),
            ("hefei-drc", "合肥市发展和改革委员会", "GovernmentBody", ["合肥市发展和改革委员会"]),
            ("hefei-nev-plan", "合肥市新能源汽车产业发展三年行动计划", "Programme",
             ["合肥市新能源汽车产业发展三年行动计划"]),
            ("nju-yangtze", "南京大学长江产业经济研究院", "ResearchInstitute", ["南京大学长江产业经济研究院"]),
            ("liu-xiaotong", "刘晓彤", "Person", ["刘晓彤"]),
            ("fair-comp-reg", "公平竞争审查条例", "Regulation", ["公平竞争审查条例"]),
        ],
        claims={
            "安徽大学经济学院教授陈立新认为": ("asserts", "chen-lixin"),
            "他指出，合肥产投": ("asserts", "chen-lixin"),
            "中国社会科学院工业经济研究所的一份报告": ("asserts", "cass-iie"),
            "业内人士表示": ("asserts", "业内人士"),
            "也有观点认为": ("hedges", "author"),
            "南京大学长江产业经济研究院研究员": ("asserts", "liu-xiaotong"),
            "她认为": ("asserts", "liu-xiaotong"),
            "合肥的经验或许": ("hedges", "author"),
        },
        relations=[
            ("hefei-guide-fund", "founded-by", "hefei-jiantou", "2020年，合肥市建设投资"),
            ("hefei-jiantou", "invests-in", "nio", "2020年，合肥市建设投资"),
            ("anhui-gaotou", "invests-in", "nio", "2020年，合肥市建设投资"),
            ("nio", "located-in", "hefei-etdz", "三年后，蔚来中国总部"),
            ("hefei-chantou", "invests-in", "boe", "他指出，合肥产投"),
            ("hefei-chantou", "invests-in", "cxmt", "他指出，合肥产投"),
            ("hefei-drc", "issues", "hefei-nev-plan", "合肥市发展和改革委员会近期"),
        ],
    ),
    "shenzhen_chips": dict(
        script="zh-Hant", author="林嘉欣", skip=["深圳加码半导体：", "本报记者"],
        entities=[
            ("lin-jiaxin", "林嘉欣", "Person", ["林嘉欣"]),
            ("shenzhen", "深圳", "City", ["深圳"]),
            ("sz-drc", "深圳市发展和改革委员会", "GovernmentBody", ["深圳市发展和改革委员会"]),
            ("sz-chip-measures", "深圳市关于促进半导体与集成电路产业高质量发展的若干措施", "Policy",
             ["深圳市关于促进半导体与集成电路产业高质量发展的若干措施"]),
            ("huawei", "华为", "Company", ["华为"]),
            ("zte", "中兴通讯", "Company", ["中兴通讯"]),
            ("byd", "比亚迪", "Company", ["比亚迪"]),
            ("sz-major-invest", "深圳市重大产业投资集团", "StateCapital", ["深圳市重大产业投资集团"]),
            ("smic-sz", "深圳中芯国际", "Company", ["深圳中芯国际"]),
            ("pingshan", "坪山区", "District", ["坪山区"]),
            ("longgang", "龙岗区", "District", ["龙岗区"]),
            ("baoan", "宝安区", "District", ["宝安区"]),
            ("sz-convention", "深圳国际会展中心", "Park", ["深圳国际会展中心"]),
            ("semicon-expo", "中国国际半导体博览会", "Event", ["中国国际半导体博览会"]),
            ("tsinghua-sigs", "清华大学深圳国际研究生院", "University", ["清华大学深圳国际研究生院"]),
            ("zheng-yonggang", "郑永刚", "Person", ["郑永刚"]),
            ("tsmc", "台积电", "Company", ["台积电"]),
            ("us", "美国", "Country", ["美国"]),
            ("nl", "荷兰", "Country", ["荷兰"]),
            ("jp", "日本", "Country", ["日本"]),
            ("china", "中国", "Country", ["中国"]),
            ("asml", "ASML", "Company", ["ASML"]),
            ("tel", "东京电子", "Company", ["东京电子"]),
            ("sz-sti", "深圳市科技创新局", "GovernmentBody", ["深圳市科技创新局"]),
            ("pcl", "鹏城实验室", "ResearchInstitute", ["鹏城实验室"]),
            ("szbl", "深圳湾实验室", "ResearchInstitute", ["深圳湾实验室"]),
        ],
        claims={
            "坪山区政府官员表示": ("asserts", "坪山区政府官员"),
            "不过，业内对": ("asserts", "author"),
            "清华大学深圳国际研究生院教授": ("asserts", "zheng-yonggang"),
            "他认为，深圳更现实": ("asserts", "zheng-yonggang"),
            "一位不愿具名的投资人": ("asserts", "投资人"),
            "“有的公司": ("asserts", "投资人"),
            "深圳市科技创新局的数据显示": ("asserts", "sz-sti"),
            "有学者指出": ("asserts", "学者"),
            "深圳的优势在于市场": ("hedges", "author"),
        },
        relations=[
            ("sz-drc", "issues", "sz-chip-measures", "深圳市发展和改革委员会日前"),
            ("sz-major-invest", "invests-in", "smic-sz", "为了补上这一短板"),
            ("asml", "located-in", "nl", "荷兰ASML"),
            ("tel", "located-in", "jp", "荷兰ASML"),
        ],
    ),
    "hk_listing": dict(
        script="zh-Hant", author="何家俊", skip=["港股上市改革：18C章", "财经评论 |"],
        entities=[
            ("he-jiajun", "何家俊", "Person", ["何家俊"]),
            ("hkex", "香港交易所", "Company", ["香港交易所", "港交所"]),
            ("listing-rules", "上市规则", "Regulation", ["上市规则"]),
            ("chapter-18c", "第18C章", "Regulation", ["第18C章", "18C章"]),
            ("chapter-18a", "第18A章", "Regulation", ["第18A章"]),
            ("sse", "上海证券交易所", "Company", ["上海证券交易所"]),
            ("star-market", "科创板", "Programme", ["科创板"]),
            ("hongkong", "香港", "City", ["香港"]),
            ("sfc", "香港证券及期货事务监察委员会", "GovernmentBody", ["香港证券及期货事务监察委员会"]),
            ("chan-mopo", "陈茂波", "Person", ["陈茂波"]),
            ("cuhk-business", "香港中文大学商学院", "University", ["香港中文大学商学院"]),
            ("liang-zhiwei", "梁志伟", "Person", ["梁志伟"]),
            ("hs-tech", "恒生科技指数", "Product", ["恒生科技指数"]),
            ("nasdaq", "纳斯达克指数", "Product", ["纳斯达克指数"]),
            ("csrc", "中国证监会", "GovernmentBody", ["中国证监会"]),
            ("shenzhen", "深圳", "City", ["深圳"]),
            ("tech-lane", "科企专线", "Programme", ["科企专线"]),
        ],
        claims={
            "财政司司长陈茂波": ("asserts", "chan-mopo"),
            "然而，降低门槛": ("hedges", "author"),
            "香港中文大学商学院副教授": ("asserts", "liang-zhiwei"),
            "他认为，与其": ("asserts", "liang-zhiwei"),
            "一家中资券商": ("asserts", "保荐业务负责人"),
            "但市场参与者普遍认为": ("asserts", "市场参与者"),
            "第18C章的初衷并无不妥": ("denies", "author"),
            "港股上市改革不是": ("denies", "author"),
            "如果香港只是": ("hedges", "author"),
        },
        relations=[
            ("hkex", "issues", "chapter-18c", "香港交易所推出"),
        ],
    ),
    "guiyang_data": dict(
        script="zh-Hans", author=None, skip=["贵阳数据交易所的新规能否"],
        entities=[
            ("gy-bdex", "贵阳大数据交易所", "Company", ["贵阳大数据交易所"]),
            ("gy-rules", "数据要素流通交易规则", "Regulation", ["数据要素流通交易规则"]),
            ("guizhou", "贵州", "Province", ["贵州"]),
            ("gz-bdb", "贵州省大数据发展管理局", "GovernmentBody", ["贵州省大数据发展管理局"]),
            ("china-telecom", "中国电信", "Company", ["中国电信"]),
            ("sgcc", "国家电网", "Company", ["国家电网"]),
            ("beijing", "北京", "City", ["北京"]),
            ("shanghai", "上海", "City", ["上海"]),
            ("nda", "国家数据局", "GovernmentBody", ["国家数据局"]),
            ("data-x", "数据要素×三年行动计划", "Programme", ["数据要素×”三年行动计划"]),
            ("sh-dex", "上海数据交易所", "Company", ["上海数据交易所"]),
            ("sz-dex", "深圳数据交易所", "Company", ["深圳数据交易所"]),
            ("bj-ibdex", "北京国际大数据交易所", "Company", ["北京国际大数据交易所"]),
            ("caict", "中国信息通信研究院", "ResearchInstitute", ["中国信息通信研究院"]),
            ("pku-gsm", "北京大学光华管理学院", "University", ["北京大学光华管理学院"]),
            ("li-chen", "李晨", "Person", ["李晨"]),
            ("east-data-west", "东数西算工程", "Programme", ["东数西算”工程"]),
            ("guian", "贵安新区", "District", ["贵安新区"]),
            ("huawei-cloud", "华为云", "Company", ["华为云"]),
            ("tencent", "腾讯", "Company", ["腾讯"]),
            ("icloud", "苹果iCloud", "Product", ["苹果iCloud"]),
            ("gy-gov", "贵阳市政府", "GovernmentBody", ["贵阳市政府"]),
            ("guiyang", "贵阳", "City", ["贵阳"]),
            ("gy-bd-fund", "大数据产业发展基金", "Fund", ["大数据产业发展基金"]),
        ],
        claims={
            "贵州省大数据发展管理局相关负责人": ("asserts", "gz-bdb"),
            "据介绍": ("asserts", "gz-bdb"),
            "中国信息通信研究院的研究显示": ("asserts", "caict"),
            "北京大学光华管理学院教授李晨": ("asserts", "li-chen"),
            "也有业内人士担心": ("hedges", "业内人士"),
            "一家数据服务企业的负责人": ("asserts", "负责人"),
            "贵阳数据交易所的新规能否": ("questions", "author"),
            "数据要素市场的建设，不可能": ("denies", "author"),
            "或许，这才是": ("hedges", "author"),
        },
        relations=[
            ("gy-bdex", "issues", "gy-rules", "2024年，贵阳大数据交易所"),
            ("nda", "issues", "data-x", "从全国层面看"),
            ("huawei-cloud", "located-in", "guian", "贵州的优势在于算力"),
            ("tencent", "located-in", "guian", "贵州的优势在于算力"),
            ("icloud", "located-in", "guian", "贵州的优势在于算力"),
            ("gy-bd-fund", "founded-by", "gy-gov", "贵阳市政府还设立"),
        ],
    ),
    "suzhou_bio": dict(
        script="zh-Hant", author=None, skip=["苏州工业园区的生物医药突围", "编者按："],
        entities=[
            ("sip", "苏州工业园区", "Park", ["苏州工业园区", "苏州园区"]),
            ("innovent", "信达生物", "Company", ["信达生物"]),
            ("cstone", "基石药业", "Company", ["基石药业"]),
            ("ascentage", "亚盛医药", "Company", ["亚盛医药"]),
            ("biobay", "生物医药产业园", "Park", ["生物医药产业园"]),
            ("sip-admin", "苏州工业园区管理委员会", "GovernmentBody", ["苏州工业园区管理委员会"]),
            ("oriza", "元禾控股", "StateCapital", ["元禾控股"]),
            ("oriza-seed", "元禾原点", "Investor", ["元禾原点"]),
            ("oriza-fof", "元禾控股母基金", "Fund", ["元禾控股母基金"]),
            ("nmpa", "国家药品监督管理局", "GovernmentBody", ["国家药品监督管理局"]),
            ("review-reform", "药品审评审批制度改革", "Reform", ["药品审评审批制度改革"]),
            ("mah", "药品上市许可持有人制度", "Policy", ["药品上市许可持有人制度"]),
            ("drug-law", "药品管理法", "Law", ["药品管理法"]),
            ("cpu", "中国药科大学", "University", ["中国药科大学"]),
            ("wang-jianhua", "王建华", "Person", ["王建华"]),
            ("nhsa", "国家医疗保障局", "GovernmentBody", ["国家医疗保障局"]),
            ("suzhou", "苏州", "City", ["苏州"]),
            ("sz-gov", "苏州市政府", "GovernmentBody", ["苏州市政府"]),
            ("sz-bio-plan", "苏州市促进生物医药产业高质量发展行动方案", "Policy",
             ["苏州市促进生物医药产业高质量发展行动方案"]),
            ("lilly", "礼来制药", "Company", ["礼来制药"]),
        ],
        claims={
            "一位园区官员表示": ("asserts", "园区官员"),
            "中国药科大学教授王建华": ("asserts", "wang-jianhua"),
            "他认为，行业的出清并非": ("denies", "wang-jianhua"),
            "有业内人士认为": ("hedges", "业内人士"),
            "园区的做法并不复杂": ("denies", "author"),
            "但在资本退潮的当下": ("questions", "author"),
        },
        relations=[
            ("oriza-seed", "part-of", "oriza", "国有的元禾控股"),
            ("nmpa", "implements", "review-reform", "2015年以来"),
            ("sz-gov", "issues", "sz-bio-plan", "今年，苏州市政府"),
            ("innovent", "cooperates-with", "lilly", "信达生物与礼来制药"),
        ],
    ),
    "wuhan_optics": dict(
        script="zh-Hans", author=None, skip=["光谷的“第二曲线”在哪里？"],
        entities=[
            ("east-lake", "武汉东湖新技术开发区", "Park",
             ["武汉东湖新技术开发区", "东湖高新区", "中国光谷", "光谷"]),
            ("wuhan", "武汉", "City", ["武汉"]),
            ("wri", "武汉邮电科学研究院", "ResearchInstitute", ["武汉邮电科学研究院"]),
            ("china", "中国", "Country", ["中国"]),
            ("yofc", "长飞光纤", "Company", ["长飞光纤"]),
            ("hgtech", "华工科技", "Company", ["华工科技"]),
            ("fiberhome", "烽火通信", "Company", ["烽火通信"]),
            ("ymtc", "长江存储", "Company", ["长江存储科技有限责任公司", "长江存储"]),
            ("unigroup", "紫光集团", "Company", ["紫光集团"]),
            ("big-fund", "国家集成电路产业投资基金", "Fund", ["国家集成电路产业投资基金"]),
            ("hb-sti", "湖北省科技投资集团", "StateCapital", ["湖北省科技投资集团"]),
            ("xtacking", "Xtacking", "Technology", ["Xtacking"]),
            ("us-commerce", "美国商务部", "GovernmentBody", ["美国商务部"]),
            ("entity-list", "实体清单", "PolicyInstrument", ["实体清单"]),
            ("hust", "华中科技大学", "University", ["华中科技大学经济学院", "华中科技大学"]),
            ("zhang-weidong", "张卫东", "Person", ["张卫东"]),
            ("hubei-gov", "湖北省政府", "GovernmentBody", ["湖北省政府"]),
            ("hb-transfer-reg", "湖北省促进科技成果转化条例", "Regulation", ["湖北省促进科技成果转化条例"]),
            ("hb-cjic", "湖北长江产业投资集团", "StateCapital", ["湖北长江产业投资集团"]),
            ("whu", "武汉大学", "University", ["武汉大学"]),
            ("hefei", "合肥", "City", ["合肥"]),
            ("xian", "西安", "City", ["西安"]),
            ("shenzhen", "深圳", "City", ["深圳"]),
            ("hangzhou", "杭州", "City", ["杭州"]),
            ("shanghai", "上海", "City", ["上海"]),
            ("alumni", "百万校友资智回汉工程", "Programme", ["百万校友资智回汉工程"]),
        ],
        claims={
            "华中科技大学经济学院教授张卫东": ("asserts", "zhang-weidong"),
            "他指出，武汉": ("asserts", "zhang-weidong"),
            "一位长期关注中部产业的投资人": ("asserts", "投资人"),
            "光谷的第二曲线，也许": ("hedges", "author"),
            "从结果看，效果并不算理想": ("denies", "author"),
        },
        relations=[
            ("ymtc", "located-in", "east-lake", "长江存储科技有限责任公司于2016年"),
            ("unigroup", "invests-in", "ymtc", "长江存储科技有限责任公司于2016年"),
            ("big-fund", "invests-in", "ymtc", "长江存储科技有限责任公司于2016年"),
            ("hb-sti", "invests-in", "ymtc", "长江存储科技有限责任公司于2016年"),
            ("hb-cjic", "cooperates-with", "whu", "湖北长江产业投资集团则联合"),
            ("hb-cjic", "cooperates-with", "hust", "湖北长江产业投资集团则联合"),
            ("wuhan", "issues", "alumni", "近年来，武汉推出"),
        ],
    ),
    "chengdu_games": dict(
        script="zh-Hant", author="罗思琪", skip=["成都游戏产业的", "作者："],
        entities=[
            ("luo-siqi", "罗思琪", "Person", ["罗思琪"]),
            ("chengdu", "成都", "City", ["成都"]),
            ("tencent-timi", "腾讯天美", "Company", ["腾讯天美"]),
            ("netease", "网易", "Company", ["网易"]),
            ("perfect-world", "完美世界", "Company", ["完美世界"]),
            ("chengdu-hitech", "高新区", "Park", ["高新区"]),
            ("tianfu-software-park", "天府软件园", "Park", ["天府软件园"]),
            ("southwest", "西南地区", "Region", ["西南地区"]),
            ("cd-press-bureau", "成都市新闻出版局", "GovernmentBody", ["成都市新闻出版局"]),
            ("sc-eit", "四川省经济和信息化厅", "GovernmentBody", ["四川省经济和信息化厅"]),
            ("sc-digital-plan", "四川省数字经济发展三年行动方案", "Policy", ["四川省数字经济发展三年行动方案"]),
            ("swufe", "西南财经大学", "University", ["西南财经大学经济学院"]),
            ("guo-haifeng", "郭海峰", "Person", ["郭海峰"]),
            ("beijing", "北京", "City", ["北京"]),
            ("shanghai", "上海", "City", ["上海"]),
            ("shenzhen", "深圳", "City", ["深圳"]),
        ],
        claims={
            "成都市新闻出版局相关负责人表示": ("asserts", "cd-press-bureau"),
            "西南财经大学经济学院教授": ("asserts", "guo-haifeng"),
            "他指出": ("asserts", "guo-haifeng"),
            "也有从业者": ("asserts", "author"),
            "一位独立游戏工作室的创始人": ("asserts", "创始人"),
            "“我们更需要的是": ("denies", "创始人"),
        },
        relations=[
            ("tianfu-software-park", "located-in", "chengdu-hitech", "事实上，成都早已"),
            ("sc-eit", "issues", "sc-digital-plan", "四川省经济和信息化厅也在"),
        ],
    ),
    "shenzhen_lowalt": dict(
        script="zh-Hans", author="许文博", skip=["低空经济“起飞”之后", "作者："],
        entities=[
            ("xu-wenbo", "许文博", "Person", ["许文博"]),
            ("sz-lowalt-reg", "深圳经济特区低空经济产业促进条例", "Regulation", ["深圳经济特区低空经济产业促进条例"]),
            ("shenzhen", "深圳", "City", ["深圳"]),
            ("sz-transport", "深圳市交通运输局", "GovernmentBody", ["深圳市交通运输局"]),
            ("meituan", "美团", "Company", ["美团"]),
            ("nanshan", "南山区", "District", ["南山区"]),
            ("futian", "福田区", "District", ["福田区"]),
            ("sf-express", "顺丰", "Company", ["顺丰"]),
            ("phoenix-wings", "丰翼科技", "Company", ["丰翼科技"]),
            ("baoan", "宝安区", "District", ["宝安区"]),
            ("longgang", "龙岗区", "District", ["龙岗区"]),
            ("ehang", "亿航智能", "Company", ["亿航智能"]),
            ("autoflight", "峰飞航空", "Company", ["峰飞航空"]),
            ("sz-drc", "深圳市发展和改革委员会", "GovernmentBody", ["深圳市发展和改革委员会"]),
            ("sz-lowalt-fund", "低空经济产业基金", "Fund", ["低空经济产业基金"]),
            ("dji", "大疆创新", "Company", ["大疆创新", "大疆"]),
            ("sz-miit", "深圳市工业和信息化局", "GovernmentBody", ["深圳市工业和信息化局"]),
            ("sustech", "南方科技大学", "University", ["南方科技大学系统设计与智能制造学院"]),
            ("sun-liping", "孙立平", "Person", ["孙立平"]),
            ("caac", "中国民用航空局", "GovernmentBody", ["中国民用航空局"]),
            ("hefei", "合肥", "City", ["合肥"]),
            ("chengdu", "成都", "City", ["成都"]),
            ("suzhou", "苏州", "City", ["苏州"]),
            ("ndrc", "国家发展和改革委员会", "GovernmentBody", ["国家发展和改革委员会"]),
            ("ndrc-lowalt", "低空经济发展司", "GovernmentBody", ["低空经济发展司"]),
        ],
        claims={
            "据深圳市交通运输局统计": ("asserts", "sz-transport"),
            "深圳市发展和改革委员会有关负责人表示": ("asserts", "sz-drc"),
            "深圳市工业和信息化局的一份报告": ("asserts", "sz-miit"),
            "不过，业内人士指出": ("asserts", "业内人士"),
            "南方科技大学系统设计": ("asserts", "sun-liping"),
            "他指出，低空空域": ("asserts", "sun-liping"),
            "一位投资低空赛道的基金合伙人": ("asserts", "基金合伙人"),
            "“如果没有可持续": ("hedges", "基金合伙人"),
            "也有观点认为": ("hedges", "author"),
            "在笔者看来，低空经济不应该": ("denies", "author"),
        },
        relations=[
            ("phoenix-wings", "part-of", "sf-express", "美团在南山区"),
            ("sz-lowalt-fund", "founded-by", "shenzhen", "深圳市发展和改革委员会有关负责人表示"),
            ("ndrc-lowalt", "part-of", "ndrc", "国家发展和改革委员会去年"),
        ],
    ),
    "hk_wealth_connect": dict(
        script="zh-Hant", author="梁颖欣", skip=["跨境理财通扩容一年", "财经观察 |"],
        entities=[
            ("leung-wingyan", "梁颖欣", "Person", ["梁颖欣"]),
            ("wealth-connect", "跨境理财通", "Programme", ["跨境理财通", "理财通"]),
            ("gba", "粤港澳大湾区", "Region", ["粤港澳大湾区", "大湾区"]),
            ("guangdong", "广东", "Province", ["广东"]),
            ("hongkong", "香港", "City", ["香港"]),
            ("macau", "澳门", "City", ["澳门"]),
            ("pboc-gd", "中国人民银行广东省分行", "GovernmentBody", ["中国人民银行广东省分行"]),
            ("southbound", "南向通", "Programme", ["南向通"]),
            ("hkma", "香港金融管理局", "GovernmentBody", ["香港金融管理局"]),
            ("eddie-yue", "余伟文", "Person", ["余伟文"]),
            ("amcm", "澳门金融管理局", "GovernmentBody", ["澳门金融管理局"]),
            ("gd-fin", "广东省地方金融管理局", "GovernmentBody", ["广东省地方金融管理局"]),
            ("boc-hk", "中国银行（香港）", "Company", ["中国银行（香港）"]),
            ("hsbc", "汇丰银行", "Company", ["汇丰银行"]),
            ("hang-seng-bank", "恒生银行", "Company", ["恒生银行"]),
            ("hku", "香港大学", "University", ["香港大学经济及工商管理学院"]),
            ("wong-chiming", "黄志明", "Person", ["黄志明"]),
            ("bond-connect", "债券通", "Programme", ["债券通"]),
            ("stock-connect", "沪深港通", "Programme", ["沪深港通"]),
            ("hkifa", "香港投资基金公会", "ActorGroup", ["香港投资基金公会"]),
            ("shenzhen", "深圳", "City", ["深圳"]),
            ("qianhai", "前海", "PilotZone", ["前海"]),
            ("nansha", "南沙", "PilotZone", ["南沙"]),
            ("hengqin", "横琴", "PilotZone", ["横琴"]),
            ("hengqin-plan", "横琴粤澳深度合作区建设总体方案", "Policy", ["横琴粤澳深度合作区建设总体方案"]),
            ("qianhai-authority", "深圳市前海管理局", "GovernmentBody", ["深圳市前海管理局"]),
        ],
        claims={
            "根据中国人民银行广东省分行": ("asserts", "pboc-gd"),
            "香港金融管理局总裁余伟文表示": ("asserts", "eddie-yue"),
            "香港大学经济及工商管理学院": ("asserts", "wong-chiming"),
            "他指出，与债券通": ("asserts", "wong-chiming"),
            "一位在香港从事": ("asserts", "从业者"),
            "在美元利率高企": ("denies", "author"),
            "香港投资基金公会的调查显示": ("asserts", "hkifa"),
            "但也有银行业人士担心": ("hedges", "银行业人士"),
            "也有内地学者提醒": ("asserts", "内地学者"),
            "外汇管理和反洗钱": ("denies", "内地学者"),
            "在笔者看来，理财通扩容": ("denies", "author"),
            "如果监管互信": ("hedges", "author"),
        },
        relations=[
            ("amcm", "cooperates-with", "gd-fin", "澳门金融管理局去年"),
        ],
    ),
    "eu_ev_tariffs": dict(
        script="zh-Hant", convert="s2tw", author="陈怡君", skip=["欧盟电动车关税落地", "记者陈怡君"],
        entities=[
            ("chen-yijun", "陈怡君", "Person", ["陈怡君"]),
            ("eu", "欧盟", "GovernmentBody", ["欧盟"]),
            ("eu-commission", "欧盟执行委员会", "GovernmentBody", ["欧盟执行委员会"]),
            ("china", "中国", "Country", ["中国"]),
            ("taiwan", "台湾", "Region", ["台湾"]),
            ("byd", "比亚迪", "Company", ["比亚迪"]),
            ("geely", "吉利汽车", "Company", ["吉利汽车"]),
            ("saic", "上汽集团", "Company", ["上汽集团"]),
            ("tesla", "特斯拉", "Company", ["特斯拉"]),
            ("shanghai", "上海", "City", ["上海"]),
            ("mofcom", "中国商务部", "GovernmentBody", ["中国商务部"]),
            ("wto", "世界贸易组织", "GovernmentBody", ["世界贸易组织"]),
            ("france", "法国", "Country", ["法国"]),
            ("italy", "意大利", "Country", ["意大利"]),
            ("germany", "德国", "Country", ["德国"]),
            ("scholz", "朔尔茨", "Person", ["朔尔茨"]),
            ("hungary", "匈牙利", "Country", ["匈牙利"]),
            ("szeged", "塞格德", "City", ["塞格德"]),
            ("turkey", "土耳其", "Country", ["土耳其"]),
            ("chery", "奇瑞汽车", "Company", ["奇瑞汽车"]),
            ("spain", "西班牙", "Country", ["西班牙"]),
            ("ebro", "Ebro", "Company", ["Ebro"]),
            ("barcelona", "巴塞罗那", "City", ["巴塞罗那"]),
            ("nissan", "日产", "Company", ["日产"]),
            ("vda", "德国汽车工业协会", "ActorGroup", ["德国汽车工业协会"]),
            ("europe", "欧洲", "Region", ["欧洲"]),
            ("cier", "中华经济研究院", "ResearchInstitute", ["中华经济研究院"]),
            ("lin-zhihao", "林志豪", "Person", ["林志豪"]),
            ("foxconn", "鸿海集团", "Company", ["鸿海集团"]),
            ("foxtron", "鸿华先进", "Company", ["鸿华先进"]),
            ("moea-ida", "经济部产业发展署", "GovernmentBody", ["经济部产业发展署"]),
            ("eu-battery-reg", "欧盟电池与废电池法规", "Regulation", ["欧盟电池与废电池法规"]),
            ("ev-chain-plan", "电动车产业链升级计划", "Programme", ["电动车产业链升级计划"]),
        ],
        claims={
            "中国商务部随即表示": ("asserts", "mofcom"),
            "关税并没有让": ("denies", "author"),
            "德国时任总理朔尔茨": ("asserts", "scholz"),
            "德国汽车工业协会认为": ("asserts", "vda"),
            "中华经济研究院研究员林志豪": ("asserts", "lin-zhihao"),
            "他认为，鸿海": ("asserts", "lin-zhihao"),
            "不过，也有业者担心": ("hedges", "业者"),
            "一位台湾车用零组件厂的高层": ("asserts", "高层"),
            "经济部产业发展署则表示": ("asserts", "moea-ida"),
            "关税壁垒或许": ("hedges", "author"),
        },
        relations=[
            ("byd", "located-in", "szeged", "比亚迪在匈牙利"),
            ("szeged", "located-in", "hungary", "比亚迪在匈牙利"),
            ("chery", "cooperates-with", "ebro", "比亚迪在匈牙利"),
            ("foxtron", "part-of", "foxconn", "他认为，鸿海"),
        ],
    ),
    "nanjing_eldercare": dict(
        script="zh-Hans", author="顾晓岚", skip=["南京养老服务的“时间银行”能走多远？", "作者："],
        entities=[
            ("gu-xiaolan", "顾晓岚", "Person", ["顾晓岚"]),
            ("nanjing", "南京", "City", ["南京"]),
            ("nj-civil-affairs", "南京市民政局", "GovernmentBody", ["南京市民政局"]),
            ("nj-silver-plan", "南京市促进银发经济发展行动方案", "Policy", ["南京市促进银发经济发展行动方案"]),
            ("time-bank", "时间银行", "Programme", ["时间银行"]),
            ("gulou", "鼓楼区", "District", ["鼓楼区"]),
            ("qinhuai", "秦淮区", "District", ["秦淮区"]),
            ("xuanwu", "玄武区", "District", ["玄武区"]),
            ("jianye", "建邺区", "District", ["建邺区"]),
            ("jiangning", "江宁区", "District", ["江宁区"]),
            ("yikang", "颐康智能", "Company", ["颐康智能"]),
            ("js-peoples-hospital", "江苏省人民医院", "ResearchInstitute", ["江苏省人民医院"]),
            ("cpic", "中国太平洋保险", "Company", ["中国太平洋保险"]),
            ("shanghai", "上海", "City", ["上海"]),
            ("fushoukang", "福寿康集团", "Company", ["福寿康集团"]),
            ("nj-eldercare-assoc", "南京市养老服务行业协会", "ActorGroup", ["南京市养老服务行业协会"]),
            ("js-healthcare-security", "江苏省医疗保障局", "GovernmentBody", ["江苏省医疗保障局"]),
            ("nju", "南京大学", "University", ["南京大学社会学院"]),
            ("xu-leping", "许乐平", "Person", ["许乐平"]),
            ("gov-office", "国务院办公厅", "GovernmentBody", ["国务院办公厅"]),
            ("silver-economy-opinion", "关于发展银发经济增进老年人福祉的意见", "Policy",
             ["关于发展银发经济增进老年人福祉的意见"]),
            ("mca", "民政部", "GovernmentBody", ["民政部"]),
        ],
        claims={
            "南京市民政局有关负责人表示": ("asserts", "nj-civil-affairs"),
            "不过，业内人士指出": ("asserts", "业内人士"),
            "南京市养老服务行业协会的数据显示": ("asserts", "nj-eldercare-assoc"),
            "南京大学社会学院教授许乐平认为": ("asserts", "xu-leping"),
            "他指出，护理人员": ("asserts", "xu-leping"),
            "也有观点认为": ("hedges", "author"),
            "“时间银行”的意义，或许": ("hedges", "author"),
        },
        relations=[
            ("cpic", "invests-in", "jiangning", "中国太平洋保险在江宁区"),
            ("gulou", "located-in", "nanjing", "2019年起，鼓楼区"),
        ],
    ),
}

CONCEPTS: dict[str, list] = {
    "chengdu_games": [
        ("games", "游戏", "Sector", ["游戏产业", "游戏行业", "游戏"]),
        ("software", "软件产业", "Sector", ["软件产业"]),
        ("game-licence", "版号", "PolicyInstrument", ["版号"]),
        ("digital-creative", "数字文创", "Sector", ["数字文创"]),
        ("young-people", "年轻人", "ActorGroup", ["年轻人"]),
        ("talent-subsidy", "人才补贴", "PolicyInstrument", ["人才补贴"]),
        ("local-governments", "地方政府", "GovernmentBody", ["地方政府"]),
        ("practitioners", "从业者", "ActorGroup", ["从业者"]),
        ("ai", "人工智能", "Technology", ["人工智能"]),
        ("llm", "大模型", "Technology", ["大模型"]),
        ("copyright", "版权", "Concept", ["版权"]),
        ("subsidies", "补贴", "PolicyInstrument", ["补贴"]),
        ("fair-competition", "公平的竞争环境", "Concept", ["公平的竞争环境"]),
        ("policy-env", "政策环境", "Concept", ["政策环境"]),
        ("overseas-market", "海外市场", "Concept", ["海外市场"]),
    ],
    "hefei_nev": [
        ("nev", "新能源汽车", "Sector", ["新能源汽车"]),
        ("auto-industry", "汽车产业", "Sector", ["汽车产业"]),
        ("state-capital", "国有资本", "Concept", ["国有资本"]),
        ("social-capital", "社会资本", "Concept", ["社会资本"]),
        ("subsidies", "补贴", "PolicyInstrument", ["补贴"]),
        ("local-governments", "地方政府", "GovernmentBody", ["地方政府"]),
        ("gov-guide-funds", "政府引导基金", "PolicyInstrument", ["政府引导基金"]),
        ("hidden-debt", "隐性债务", "Concept", ["隐性债务"]),
        ("industry-funds", "产业基金", "PolicyInstrument", ["产业基金"]),
        ("chips", "芯片", "Sector", ["芯片"]),
        ("software", "软件", "Sector", ["软件"]),
        ("icv", "智能网联汽车", "Technology", ["智能网联汽车"]),
        ("equipment-subsidy", "设备投资补助", "PolicyInstrument", ["设备投资补助"]),
        ("industrial-policy", "产业政策", "Policy", ["产业政策"]),
        ("preferential-policies", "优惠政策", "PolicyInstrument", ["优惠政策"]),
        ("midwest-cities", "中西部城市", "Region", ["中西部城市"]),
    ],
    "shenzhen_chips": [
        ("semiconductors", "半导体", "Sector", ["半导体"]),
        ("chips", "芯片", "Sector", ["芯片"]),
        ("sz-semi-fund", "半导体产业基金", "Fund", ["半导体产业基金"]),
        ("compound-semi", "化合物半导体", "Technology", ["化合物半导体"]),
        ("third-gen-semi", "第三代半导体", "Technology", ["第三代半导体"]),
        ("eda", "EDA工具", "Technology", ["EDA工具"]),
        ("subsidies", "补贴", "PolicyInstrument", ["补贴"]),
        ("export-controls", "出口管制", "PolicyInstrument", ["出口管制"]),
        ("self-reliance", "自主可控", "Concept", ["自主可控"]),
        ("patient-capital", "耐心资本", "Concept", ["耐心资本"]),
        ("local-governments", "地方政府", "GovernmentBody", ["地方政府"]),
        ("policymakers", "政策制定者", "ActorGroup", ["政策制定者"]),
    ],
    "hk_listing": [
        ("hk-listing-reform", "港股上市改革", "Reform", ["港股上市改革"]),
        ("hard-tech", "硬科技", "Concept", ["硬科技"]),
        ("specialist-tech", "特专科技公司", "ActorGroup", ["特专科技公司"]),
        ("ai", "人工智能", "Technology", ["人工智能"]),
        ("robots", "机器人", "Technology", ["机器人"]),
        ("new-energy", "新能源", "Sector", ["新能源"]),
        ("biotech-cos", "生物科技公司", "ActorGroup", ["生物科技公司"]),
        ("hk-stock-market", "港股市场", "Concept", ["港股市场"]),
        ("ifc", "国际金融中心", "Concept", ["国际金融中心"]),
        ("long-term-funds", "长线资金", "Concept", ["长线资金"]),
        ("a-shares", "A股", "Concept", ["A股"]),
        ("bankers", "投行人士", "ActorGroup", ["投行人士"]),
        ("market-participants", "市场参与者", "ActorGroup", ["市场参与者"]),
        ("budget", "预算案", "Policy", ["预算案"]),
        ("common-law", "普通法制度", "Concept", ["普通法制度"]),
    ],
    "guiyang_data": [
        ("data-factor-market", "数据要素市场", "Concept", ["数据要素市场"]),
        ("data-merchants", "数据商", "ActorGroup", ["数据商"]),
        ("data-brokers", "数据中介", "ActorGroup", ["数据中介"]),
        ("compute", "算力", "Technology", ["算力"]),
        ("data-centres", "数据中心", "Sector", ["数据中心"]),
        ("data-rights", "数据确权", "Concept", ["数据确权"]),
        ("unified-data-market", "全国统一数据市场", "Policy", ["全国统一数据市场"]),
        ("data-compliance", "数据合规", "Concept", ["数据合规"]),
        ("soes", "央企", "ActorGroup", ["央企"]),
    ],
    "suzhou_bio": [
        ("biomed", "生物医药", "Sector", ["生物医药"]),
        ("manufacturing", "制造业", "Sector", ["制造业"]),
        ("innovative-drugs", "创新药", "Sector", ["创新药"]),
        ("xiaoer", "店小二", "Concept", ["店小二"]),
        ("pd1", "PD-1", "Technology", ["PD-1"]),
        ("primary-market", "一级市场", "Concept", ["一级市场"]),
        ("nrdl-negotiation", "医保谈判", "PolicyInstrument", ["医保谈判"]),
        ("vbp", "集中采购", "PolicyInstrument", ["集中采购"]),
        ("price-negotiation", "价格谈判", "PolicyInstrument", ["价格谈判"]),
        ("multinational-pharma", "跨国药企", "ActorGroup", ["跨国药企"]),
        ("local-governments", "地方政府", "GovernmentBody", ["地方政府"]),
        ("industrial-upgrading", "产业升级", "Concept", ["产业升级"]),
    ],
    "wuhan_optics": [
        ("second-curve", "第二曲线", "Concept", ["第二曲线"]),
        ("optical-comms", "光通信", "Sector", ["光通信"]),
        ("fibre", "光纤光缆", "Sector", ["光纤光缆"]),
        ("memory-chips", "存储芯片", "Sector", ["存储芯片"]),
        ("3d-nand", "三维闪存", "Technology", ["三维闪存"]),
        ("optoelectronics", "光电子", "Sector", ["光电子"]),
        ("laser", "激光", "Sector", ["激光"]),
        ("industrial-chain", "产业链", "Concept", ["产业链"]),
        ("local-governments", "地方政府", "GovernmentBody", ["地方政府"]),
        ("tech-transfer", "成果转化", "Concept", ["成果转化"]),
        ("poc-funds", "概念验证基金", "Fund", ["概念验证基金"]),
        ("gov-funds", "政府基金", "PolicyInstrument", ["政府基金"]),
        ("managers", "职业经理人", "ActorGroup", ["职业经理人"]),
        ("housing-subsidy", "住房补贴", "PolicyInstrument", ["住房补贴"]),
        ("hukou-facilitation", "落户便利", "PolicyInstrument", ["落户便利"]),
        ("innovation-env", "创新环境", "Concept", ["创新环境"]),
        ("leading-firms", "龙头企业", "ActorGroup", ["龙头企业"]),
    ],
    "shenzhen_lowalt": [
        ("low-altitude-economy", "低空经济", "Sector", ["低空经济"]),
        ("drones", "无人机", "Technology", ["无人机"]),
        ("consumer-drones", "消费级无人机", "Sector", ["消费级无人机"]),
        ("evtol", "电动垂直起降飞行器", "Technology", ["电动垂直起降飞行器", "eVTOL"]),
        ("flying-things", "天上飞的", "Concept", ["天上飞的"]),
        ("airspace", "空域", "Concept", ["低空空域", "空域"]),
        ("airspace-management", "空域管理", "PolicyInstrument", ["空域管理"]),
        ("airworthiness", "适航审定", "PolicyInstrument", ["适航审定", "适航"]),
        ("insurance-system", "保险制度", "PolicyInstrument", ["保险制度"]),
        ("safety-regulation", "安全监管", "PolicyInstrument", ["安全监管"]),
        ("supply-chain", "供应链", "Concept", ["供应链"]),
        ("industrial-chain", "产业链", "Concept", ["产业链"]),
        ("aero-engines", "航空发动机", "Technology", ["航空发动机"]),
        ("hed-batteries", "高能量密度电池", "Technology", ["高能量密度电池"]),
        ("flight-control", "飞控系统", "Technology", ["飞控系统"]),
        ("operating-subsidy", "运营补贴", "PolicyInstrument", ["运营补贴"]),
        ("subsidies", "补贴", "PolicyInstrument", ["补贴"]),
        ("local-governments", "地方政府", "GovernmentBody", ["地方政府"]),
        ("duplicate-construction", "重复建设", "Concept", ["重复建设"]),
        ("business-model", "商业模式", "Concept", ["商业模式"]),
        ("application-scenarios", "应用场景", "Concept", ["应用场景"]),
    ],
    "hk_wealth_connect": [
        ("financial-connectivity", "金融互联互通", "Concept", ["金融互联互通"]),
        ("capital-market-connectivity", "资本市场互联互通", "Concept", ["资本市场互联互通"]),
        ("individual-investors", "个人投资者", "ActorGroup", ["个人投资者"]),
        ("mainland-residents", "内地居民", "ActorGroup", ["内地居民"]),
        ("mainland-clients", "内地客户", "ActorGroup", ["内地客户"]),
        ("asset-allocation", "资产配置", "Concept", ["资产配置"]),
        ("private-banking", "私人银行", "Sector", ["私人银行"]),
        ("practitioners", "从业者", "ActorGroup", ["从业者"]),
        ("interest-spread", "利差", "Concept", ["利差", "息差"]),
        ("usd-rates", "美元利率", "Concept", ["美元利率"]),
        ("fund-companies", "基金公司", "ActorGroup", ["基金公司"]),
        ("bankers", "银行业人士", "ActorGroup", ["银行业人士"]),
        ("southbound-funds", "南向资金", "Concept", ["南向资金"]),
        ("fx-management", "外汇管理", "PolicyInstrument", ["外汇管理"]),
        ("aml", "反洗钱", "PolicyInstrument", ["反洗钱"]),
        ("regulators", "监管部门", "GovernmentBody", ["监管部门"]),
        ("info-sharing", "信息共享", "Concept", ["信息共享"]),
        ("financial-opening", "金融开放", "Concept", ["金融开放"]),
        ("testing-ground", "试验田", "Concept", ["试验田"]),
        ("fin-institutions", "金融机构", "ActorGroup", ["金融机构"]),
        ("hk-fin-institutions", "港资金融机构", "ActorGroup", ["港资金融机构"]),
        ("one-country-two-systems", "一国两制", "Policy", ["一国两制"]),
        ("regulatory-trust", "监管互信", "Concept", ["监管互信"]),
        ("rmb-internationalisation", "人民币国际化", "Concept", ["人民币国际化"]),
    ],
    "eu_ev_tariffs": [
        ("ev", "电动车", "Sector", ["纯电动车", "电动车"]),
        ("countervailing-duties", "反补贴税", "PolicyInstrument", ["反补贴税"]),
        ("import-tariffs", "进口关税", "PolicyInstrument", ["进口关税"]),
        ("punitive-tariffs", "惩罚性关税", "PolicyInstrument", ["惩罚性关税"]),
        ("tariff-barriers", "关税壁垒", "PolicyInstrument", ["关税壁垒"]),
        ("tariffs", "关税", "PolicyInstrument", ["关税"]),
        ("trade-barriers", "贸易壁垒", "Concept", ["贸易壁垒"]),
        ("protectionism", "保护主义", "Concept", ["保护主义"]),
        ("trade-friction", "贸易摩擦", "Concept", ["贸易摩擦"]),
        ("supply-chain", "供应链", "Concept", ["供应链"]),
        ("auto-electronics", "车用电子", "Sector", ["车用电子"]),
        ("battery-materials", "电池材料", "Sector", ["电池材料"]),
        ("auto-parts", "零组件", "Sector", ["车用零组件", "零组件"]),
        ("chinese-automakers", "中国车厂", "ActorGroup", ["中国车厂"]),
        ("european-automakers", "欧洲车厂", "ActorGroup", ["欧洲车厂"]),
        ("german-automakers", "德国车厂", "ActorGroup", ["德国车厂"]),
        ("taiwan-firms", "台厂", "ActorGroup", ["台湾厂商", "台厂"]),
        ("chinese-firms", "中国企业", "ActorGroup", ["中国企业"]),
        ("european-consumers", "欧洲消费者", "ActorGroup", ["欧洲消费者"]),
        ("industry-players", "业者", "ActorGroup", ["业者"]),
        ("member-states", "欧盟成员国", "ActorGroup", ["欧盟成员国"]),
        ("price-undertaking", "价格承诺", "PolicyInstrument", ["价格承诺"]),
        ("local-production", "在地生产", "Concept", ["在地生产"]),
        ("not-made-in-china", "非中国制造", "Concept", ["非中国制造"]),
        ("purchase-subsidy", "购车补助", "PolicyInstrument", ["购车补助"]),
        ("electrification", "电动化", "Concept", ["电动化"]),
        ("carbon-footprint-cert", "碳足迹认证", "PolicyInstrument", ["碳足迹认证"]),
        ("geopolitics", "地缘政治", "Concept", ["地缘政治"]),
        ("tech-threshold", "技术门槛", "Concept", ["技术门槛"]),
    ],
    "nanjing_eldercare": [
        ("silver-economy", "银发经济", "Concept", ["银发经济"]),
        ("population-aging", "人口老龄化", "Concept", ["人口老龄化"]),
        ("eldercare-services", "养老服务", "Sector", ["养老服务"]),
        ("home-community-care", "社区居家养老", "Concept", ["社区居家养老"]),
        ("mutual-aid-care", "互助养老", "Concept", ["互助养老", "互助"]),
        ("volunteers", "志愿者", "ActorGroup", ["志愿者"]),
        ("market-players", "市场主体", "ActorGroup", ["市场主体"]),
        ("startups", "创业公司", "ActorGroup", ["创业公司"]),
        ("elderly-living-alone", "独居老人", "ActorGroup", ["独居老人"]),
        ("medical-elderly-care", "医养结合", "Concept", ["医养结合"]),
        ("private-care-homes", "民办养老机构", "ActorGroup", ["民办养老机构"]),
        ("ability-to-pay", "支付能力", "Concept", ["支付能力"]),
        ("ltc-insurance", "长期护理保险", "PolicyInstrument", ["长期护理保险"]),
        ("disabled-elderly", "失能老人", "ActorGroup", ["失能老人", "失能者", "中度失能人群"]),
        ("care-workers", "护理人员", "ActorGroup", ["护理人员", "养老护理员", "护理员"]),
        ("embedded-care", "社区嵌入式养老服务", "Concept", ["社区嵌入式养老服务"]),
        ("age-friendly-retrofit", "适老化改造", "PolicyInstrument", ["适老化改造"]),
        ("fiscal-subsidies", "财政补贴", "PolicyInstrument", ["财政补贴"]),
        ("local-governments", "地方政府", "GovernmentBody", ["地方政府"]),
        ("social-capital", "社会资本", "Concept", ["社会资本"]),
    ],
}


_SENT = re.compile(r"[^。！？\n]+(?:[。！？]+[”」』]?|$)")


def _mentions(text: str, entities) -> dict[str, list[tuple[int, int]]]:
    forms = sorted(((s, e[0]) for e in entities for s in e[3]), key=lambda x: -len(x[0]))
    taken = [False] * len(text)
    out: dict[str, list[tuple[int, int]]] = {}
    for surface, eid in forms:
        for m in re.finditer(re.escape(surface), text):
            if any(taken[m.start():m.end()]):
                continue
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
            out.setdefault(eid, []).append((m.start(), m.end()))
    return out


def build(name: str, spec: dict, concepts: bool = True) -> dict:
    draft = (HERE / "src" / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n")
    text = draft
    if spec["script"] == "zh-Hant":
        text = opencc.OpenCC(spec.get("convert", "s2hk")).convert(draft)
        assert len(text) == len(draft), name
    all_entities = spec["entities"] + (CONCEPTS.get(name, []) if concepts else [])
    ments = _mentions(draft, all_entities)
    entities = []
    for eid, label, etype, _ in all_entities:
        spans = sorted(ments.get(eid, []))
        assert spans, (name, eid)
        entities.append({"id": eid, "label": label, "type": etype, "confidence": 1.0,
                         "mentions": [{"start": s, "end": e, "text": text[s:e]} for s, e in spans]})
    claims = []
    used = set()
    for line_m in re.finditer(r"[^\n]+", draft):
        line = line_m.group()
        if any(line.startswith(p) for p in spec["skip"]):
            continue
        for sm in _SENT.finditer(line):
            s = line_m.start() + sm.start()
            e = line_m.start() + sm.end()
            while s < e and draft[s].isspace():
                s += 1
            if e - s < 2:
                continue
            sent = draft[s:e]
            stance, speaker = ("asserts", "author")
            for snip, (st, sp) in spec["claims"].items():
                if sent.startswith(snip):
                    stance, speaker = st, sp
                    used.add(snip)
            if stance == "asserts" and sent.rstrip("”」").endswith("？"):
                stance = "questions"
            about = sorted({eid for eid, spans in ments.items() for a, b in spans if a >= s and b <= e})
            if speaker == "author":
                speaker = spec["author"] or "author"
            claims.append({"id": f"{name}-c{len(claims) + 1:02d}", "text": text[s:e], "start": s, "end": e,
                           "speaker": speaker, "about": about, "stance": stance, "confidence": 1.0})
    missing = set(spec["claims"]) - used
    if missing:  # override for a skipped line (e.g. a question headline) is fine only if listed in skip
        assert all(any(m.startswith(p) or p.startswith(m) for p in spec["skip"]) for m in missing), missing
    relations = []
    for subj, pred, obj, snip in spec["relations"]:
        at = draft.index(snip)
        end = min(i for i in (draft.find(c, at) for c in "。！？") if i >= 0) + 1
        relations.append({"subject": subj, "predicate": pred, "object": obj, "confidence": 1.0,
                          "start": at, "end": end})
    return {"document": {"id": name, "author": spec["author"], "script": spec["script"]}, "text": text,
            "entities": entities, "claims": claims, "relations": relations, "claim_relations": []}


def main() -> None:
    (HERE / "named").mkdir(exist_ok=True)
    for name, spec in ARTICLES.items():
        named = build(name, spec, concepts=False)
        (HERE / "named" / f"{name}.json").write_text(json.dumps(named, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
        gold = build(name, spec)
        (HERE / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(gold["text"]), "chars", len(gold["entities"]), "entities", len(gold["claims"]), "claims",
              len(gold["relations"]), "relations")


if __name__ == "__main__":
    main()
