"""Built-in term lexicon: well-known organisations, platforms, sectors, technologies, policy terms, concepts
and descriptive actor groups of Chinese economic and policy commentary.

Why: the curated style annotates more than named actors (sectors, policy instruments, concepts, actor
groups), and jieba's dictionary gives no types for them. These are general public vocabulary written for
this project (not taken from any annotated text); all simplified script (matching runs on the simplified
view, so traditional text matches too). Each entry is `label[=alias=alias…]`; the first form is the label.
Each table belongs to the named layer or to the concept layer (`CONCEPT_TERMS`), which the extractor reports
only with `--concepts` (kg.extract.layers): 产业政策 and 地方政府 name kinds, 一带一路 and 国务院 one thing.
"""

from __future__ import annotations

from functools import lru_cache

from kg.gazetteer import Gazetteer

_COMPANIES = """
阿里巴巴=阿里巴巴集团=阿里 阿里云 蚂蚁集团=蚂蚁金服 腾讯=腾讯公司=腾讯控股 华为=华为公司=华为技术 华为云
字节跳动 百度 美团 京东 小米=小米集团 比亚迪 宁德时代 中芯国际 华虹=华虹半导体 长江存储 长鑫存储 京东方
海康威视 大疆=DJI 拼多多 网易 快手 携程 滴滴=滴滴出行 蔚来 小鹏=小鹏汽车 理想汽车 吉利=吉利汽车 长城汽车
上汽=上汽集团 广汽 一汽 东风汽车 奇瑞 中兴=中兴通讯 联想 格力 美的 海尔 娃哈哈 农夫山泉 科大讯飞 商汤=商汤科技
旷视=旷视科技 寒武纪 地平线 摩尔线程 壁仞科技 月之暗面 智谱=智谱AI 百川智能 稀宇科技 深度求索 宇树科技=宇树
云深处 群核科技 游戏科学 强脑科技 中国移动 中国联通 中国电信 国家电网 中石油 中石化 中国海油 中国银行 工商银行
建设银行 农业银行 招商银行 中信证券 中金公司 华泰证券 台积电 联发科 鸿海=富士康 三星=三星电子 SK海力士 索尼
丰田 本田 日产=日产汽车 电装 松下 日立 东芝 软银 三菱 现代汽车 LG=LG电子
东京电子 英伟达=NVIDIA=Nvidia=辉达 英特尔=Intel 超威半导体=AMD=超微 高通 苹果公司=苹果 特斯拉=Tesla
微软=Microsoft 谷歌=Google 亚马逊=Amazon Meta 脸书=Facebook OpenAI=Open AI Anthropic 阿斯麦=ASML=艾司摩尔 博通 美光
应用材料=应材 西门子 博世 大众汽车 宝马 奔驰 罗氏=罗氏制药 辉瑞 礼来 阿斯利康 诺华 默沙东 强生 恒瑞医药 药明康德
迈瑞医疗 百济神州 信达生物 复星医药 万向集团 视觉中国 安踏=安踏体育 李宁 茅台=贵州茅台 五粮液 伊利 蒙牛 顺丰
搜狗 青岛啤酒 海信 燕京啤酒 雪花啤酒 华润 招商局 中粮 中信
香港交易所=港交所=香港交易及结算所 上海证券交易所=上交所 深圳证券交易所=深交所 纽约证券交易所=纽交所
纳斯达克=Nasdaq=那斯达克
"""
# rules-13: more well-known companies and investors of Taiwan, Hong Kong and the mainland, and foreign ones
_COMPANIES_MORE = """
广达=广达电脑 纬创=纬创资通 英业达 仁宝=仁宝电脑 和硕 华硕 宏碁 联电=联华电子 日月光 台达电=台达电子 光宝 南亚科 力积电
瑞昱 联咏 大立光 纬颖 国泰金控 富邦金控 中信金控 新光人寿 国泰人寿 富邦人寿 长荣海运 阳明海运 中华电信 台湾大哥大
远传电信 台塑 中钢 台电=台湾电力公司 优必选 智元机器人 傅利叶 零跑汽车 极氪 赛力斯 长安汽车 北汽 海光信息 昆仑芯
燧原科技 沐曦 云从科技 依图科技 第四范式 MiniMax 阶跃星辰 零一万物 隆基绿能 通威 晶科能源 天合光能 阳光电源 三一重工
中联重科 徐工=徐工集团 潍柴 中国中车=中车 中国商飞=商飞 中国电科 中国航天科技集团 中信集团 中粮 华润 保利 万科 恒大
碧桂园 融创 汇丰银行=汇丰 渣打银行=渣打 中银香港 长和=长江和记 新鸿基 恒基 新世界发展 港铁 国泰航空 戴尔 惠普
美超微=超微电脑 甲骨文=Oracle IBM 思科 波士顿动力 联想集团 浪潮信息 中国平安 中国人寿
火山引擎 正泰=正泰集团 正泰电气 正泰新能 中光电 经纬航太 雷虎科技=雷虎
银河娱乐 金沙中国 永利澳门 美高梅中国 澳博控股 新濠国际
"""
# rules-37: a broader list of firms the economic news of the mainland, Taiwan and Hong Kong names bare, with the
# Taiwan and Hong Kong renderings of foreign names (辉达 = 英伟达, 艾司摩尔 = 阿斯麦); words that are also common words
# (统一, 荣耀, 玉山, 统一超商's 7-11 …) stay out unless in a longer, unambiguous form
_COMPANIES_37 = """
默克 优步=Uber 推特 好市多=Costco 家乐福 宜家 星巴克 麦当劳 肯德基 沃尔玛 耐克 阿迪达斯
长鑫 北方华创 中微公司 壁仞 云从 依图 智元 立讯精密=立讯 歌尔股份=歌尔 蓝思科技 舜宇光学 欧菲光 闻泰科技
韦尔股份 兆易创新 紫光展锐 紫光国微 华天科技 长电科技 通富微电 士兰微 三安光电 天马微电子 华星光电 维信诺
中国石化 中国石油 国家能源集团=国家能源投资集团 中国华能=华能集团 中国华电 中国大唐 国家电投 三峡集团=中国三峡集团
中国建筑=中建 中国铁建 中国中铁 中国交建 中国电建 中国能建 中国宝武=宝武钢铁=宝武 鞍钢 河钢 沙钢 首钢 包钢
恒力集团=恒力 恒力石化 盛虹集团=盛虹 东方盛虹 荣盛石化 桐昆股份 新凤鸣 恒逸石化 万华化学 宝丰能源 陕煤集团=陕煤
兖矿能源 中煤能源 中国神华 紫金矿业 洛阳钼业 赣锋锂业 天齐锂业 亿纬锂能 国轩高科 欣旺达 中创新航 蜂巢能源 海辰储能
贝壳找房=贝壳 链家 唯品会 小红书 哔哩哔哩=B站 爱奇艺 微博 知乎 米哈游 莉莉丝 完美世界 三七互娱 巨人网络 饿了么
中通快递 圆通速递 申通快递 韵达 极兔速递 京东物流 菜鸟 药明生物 联影医疗 海天味业 牧原股份 温氏股份 新希望
双汇 光明乳业 波司登 创维 TCL 北大荒集团=北大荒 中储粮 中化集团 先正达 中国太保 新华保险 中信建投 国泰君安
海通证券 广发证券 招商证券 中国国航=国航 东方航空=东航 南方航空=南航 海航 吉祥航空 春秋航空 中远海运 招商轮船
国家管网 南方电网 中国广核=中广核 中核集团 中国商飞 中航工业 航天科工 航天科技 中国电子 中国电科 中国星网
台湾中油=中油 台糖 中华航空=华航 长荣航空 星宇航空 台湾高铁 台铁公司 国泰世华银行=国泰世华 玉山银行 台新银行
永丰银行 兆丰银行 合作金库=合库 第一银行 彰化银行 华南银行 土地银行 台湾银行 信义房屋 永庆房屋 住商不动产 统一超商
全家便利商店 全联福利中心=全联 富邦媒 鼎泰丰 捷安特 美利达 光阳工业=光阳 三阳工业 睿能创意 宏佳腾 裕隆 和泰汽车
研华 英业达 技嘉 微星 群创 友达 鸿准 华邦电 旺宏 环球晶 中美晶 台泥 亚泥 远东新世纪 统一企业 长荣海运
长江实业=长实 长江和记实业=长和 和记黄埔 电讯盈科 香港电讯 中华电力=中电 香港电灯=港灯 香港中华煤气=煤气公司
九龙巴士=九巴 新世界发展 恒隆地产 太古集团=太古 怡和集团=怡和 置地公司 信和置业 领展 友邦保险=友邦 恒生银行
东亚银行 大新银行 周大福 莎莎 维他奶 李锦记 澳门博彩控股 新濠博亚 澳娱综合 永利 美高梅
特步 361度 鸿星尔克 匹克体育=匹克 贵人鸟 九牧王 七匹狼 柒牌 利郎 劲霸 恒安国际 达利食品 盼盼食品
"""
# rules-61: consumer, food, chemicals, energy and shipping firms the news names bare (雀巢自1988年起在普洱…);
# names that are also common words or a surname + 氏 (百事, 陶氏) only in their longer form
_COMPANIES_61 = """
雀巢 瑞幸=瑞幸咖啡 喜茶 奈雪的茶 蜜雪冰城 库迪咖啡 茶百道 古茗 霸王茶姬 海底捞 汉堡王 必胜客 百胜中国 达美乐
可口可乐 百事公司=百事可乐 达能 三得利 雅培 百威 嘉士伯 元气森林 永辉超市 盒马 名创优品 泡泡玛特 安克创新 希音=SHEIN
欧莱雅 宝洁=宝侨 联合利华 雅诗兰黛 资生堂 路易威登 爱马仕 香奈儿 优衣库 无印良品 迪士尼 任天堂
拜耳 巴斯夫 陶氏化学 杜邦 壳牌 埃克森美孚 沙特阿美 嘉吉 路易达孚 邦吉 益海嘉里 马士基 达飞海运=达飞 地中海航运
联邦快递 敦豪
"""
# rules-39: venture and quant investors, typed Investor as the dev annotators type them (were companies until rules-38)
_INVESTORS = """
高瓴=高瓴资本=高瓴创投 红杉中国=红杉资本 IDG资本 深创投 君联资本 启明创投 幻方量化=幻方 中科创星 经纬创投=经纬中国
真格基金 创新工场 源码资本 云启资本 金沙江创投 五源资本 软银愿景基金 淡马锡 黑石集团=黑石 KKR 凯雷 元禾原点 毅达资本
达晨创投 东方富海 同创伟业 基石资本 蓝驰创投 顺为资本 光速中国 纪源资本 北极光创投 晨兴资本
"""
# rules-37: more government departments and agencies, and the unions and chambers Hong Kong and Taiwan news quotes
_GOV_37 = """
国务院台湾事务办公室=国台办 国务院港澳事务办公室=港澳办 中央人民政府驻香港特别行政区联络办公室=香港中联办=中联办
海峡两岸关系协会=海协会 公安部 司法部 审计署 应急管理部 水利部 文化和旅游部=文旅部 国家能源局 国家林草局
国家粮食和物资储备局=国家粮储局 中国气象局 国家航天局 国家药监局 国家体育总局 国家外汇管理局=外汇局 国家移民管理局
国家铁路局 中国民航局=民航局 国家邮政局 国家烟草专卖局 国家文物局 国家中医药管理局 国家疾控局 国家新闻出版署
劳工处 海事处 民航处 政府新闻处 惩教署 选举事务处 强制性公积金计划管理局=积金局 保险业监管局=保监局
香港旅游发展局=旅发局 机场管理局=机管局 市区重建局=市建局 香港房屋委员会=房委会 香港房屋协会=房协 消费者委员会=消委会
平等机会委员会=平机会 审计署 申诉专员公署 金融发展局 数字政策办公室 博彩监察协调局=博监局 澳门金融管理局
经济及科技发展局=经科局 农业部农粮署=农粮署 经济部能源署=能源署 经济部国际贸易署=国贸署 交通部观光署=观光署
行政院主计总处=主计总处 劳动部劳动力发展署=劳发署 财政部关务署=关务署 中央选举委员会=中选会 大陆委员会=陆委会
海峡交流基金会=海基会 内政部地政司 国家发展委员会 环境部气候变迁署 卫生福利部疾病管制署=疾管署
"""
_GROUPS_37 = """
香港工会联合会=工联会 香港职工会联盟=职工盟 香港总商会 香港中华总商会 香港中华厂商联合会=厂商会
香港律师会=律师会 香港大律师公会=大律师公会 澳门律师公会 台北律师公会 中华全国律师协会=全国律协
香港中小型企业总商会 台湾区电机电子工业同业公会=电电公会 中华民国全国工业总会=工总 工商协进会 台湾省商业会=商总
中国企业联合会 全国工商联=中华全国工商业联合会 中国汽车工业协会=中汽协 中国半导体行业协会 中国互联网协会
"""
# rules-13: public figures commentary names without a title (business leaders, officials, politicians)
_PEOPLE = """
马斯克 黄仁勋 奥特曼 库克 扎克伯格 特朗普 拜登 张忠谋 魏哲家 刘德音 郭台铭 马化腾 任正非 雷军 李彦宏 张一鸣 王传福
曾毓群 杨植麟 王兴 黄峥 刘强东 丁磊 李书福 何小鹏 李斌 李想 王兴兴 周鸿祎 李开复 李家超 蔡英文 赖清德 柯文哲 卓荣泰
习近平 李强 何立峰 王文涛 易纲 潘功胜 吴清 蔡崇信 吴泳铭 梁汝波 王坚 贝索斯 盖茨 巴菲特 孙正义
林郑月娥 梁振英 曾荫权 董建华 陈茂波 贺一诚 崔世安 马英九 陈水扁 韩国瑜 侯友宜 郑丽文 王传福 张一鸣
南存辉 宗庆后 宗馥莉 何享健 方洪波 董明珠 张瑞敏 曹德旺 刘永好 鲁冠球 马云 王健林 许家印 李嘉诚 郭广昌 张近东 梁稳根
李东生 刘强东 陈东升 俞敏洪 张勇 徐冠巨 宁高宁 李彦宏 王小川 梁文锋 彭蕾 井贤栋 沈南鹏 张磊 徐小平 熊晓鸽
"""
# rules-22: laws commentary names without 《》
_LAWS = """
著作权法 反垄断法 反不正当竞争法 公司法 证券法 劳动法 劳动合同法 专利法 商标法 民法典 外商投资法 数据安全法 网络安全法
个人信息保护法 个人资料保护法 国家安全法 香港国安法=国安法 出口管制法 反外国制裁法 科学技术进步法 促进科技成果转化法
中小企业促进法 民营经济促进法 预算法 税收征收管理法 海南自由贸易港法 香港基本法 澳门基本法
"""
# rules-13: political parties
# (rules-31: and the NGOs commentary quotes by name: 绿色和平, 地球之友, 世界自然基金会 were missed in two blind rounds)
_PARTIES = """
中国共产党=中共 国民党=中国国民党 民进党=民主进步党 民众党=台湾民众党 时代力量 亲民党 民建联
香港经济民生联盟=经民联 新民党 自由党 公民党 工党 香港新方向 实政圆桌 新世纪论坛 民主建港协进联盟
共和党 民主党 工党 保守党 自民党
绿色和平=Greenpeace 世界自然基金会=WWF 地球之友 乐施会=Oxfam 国际特赦组织 无国界医生 红十字会
"""
# rules-13: foreign cities in the news, with Taiwan's transliterations (休士顿 = 休斯敦)
_FOREIGN_CITIES = """
达拉斯 休士顿 奥斯汀 凤凰城 亚特兰大 底特律 圣地亚哥 圣何塞=圣荷西 迈阿密 费城 丹佛 匹兹堡 瓜达拉哈拉 蒙特雷
"""
_PRODUCTS = """
微信=WeChat 抖音 TikTok 淘宝 天猫 支付宝 拼多多 小红书 微博 知乎 哔哩哔哩=B站 今日头条 钉钉 飞书 ChatGPT GPT-4
Kimi 豆包 通义千问=通义 文心一言 iPhone 鸿蒙=HarmonyOS 安卓=Android Windows
"""
_MEDIA = """
新华社 人民日报 央视=中央电视台 光明日报 经济日报 环球时报 中国日报 财新 第一财经 21世纪经济报道 界面新闻
澎湃新闻 南方周末 新京报 经济观察报 证券时报 中国证券报 上海证券报 晚点LatePost 36氪 虎嗅 钛媒体 华尔街日报
纽约时报 金融时报 彭博社=彭博 路透社 经济学人 FT中文网 联合早报 南华早报 明报 星岛日报 香港01 端传媒 BBC CNN
联合报 自由时报 中国时报 工商时报 经济日报 中央社=中央通讯社 风传媒 天下杂志 商业周刊 报导者 信报 大公报 文汇报 东方日报
成报 头条日报 明报 澳门日报 论尽媒体 钱江晚报 浙江日报 南方日报 羊城晚报 北京日报 解放日报 文汇报 上游新闻 封面新闻
红星新闻 每日经济新闻 21世纪经济报道 中国新闻网=中新网 人民网 新华网 央广网 参考消息 半月谈 求是 瞭望
中央广播电视总台 中国能源报 法治日报 科技日报 中国青年报 中国经营报 证券日报 中国基金报 华夏时报 南方都市报
时代周报 中国汽车报
中国电子报 农民日报 工人日报 中国新闻周刊 三联生活周刊 新浪财经 腾讯新闻 香港经济日报 经济通 无线电视=TVB 香港电台=港台
有线电视 镜周刊 今周刊 远见杂志 东森新闻 三立新闻 民视 公视 上下游新闻 关键评论网 联合新闻网 中央广播电台
"""
_RESEARCH = """
中国科学院=中科院 中国工程院 中国社会科学院=社科院 国务院发展研究中心 中国信息通信研究院=信通院 之江实验室
鹏城实验室 北京智源人工智能研究院=智源研究院 清华大学 北京大学 复旦大学 上海交通大学 浙江大学=浙大
中国科学技术大学=中科大 南京大学 武汉大学 中山大学 华中科技大学 西安交通大学 哈尔滨工业大学 麻省理工学院=MIT
斯坦福大学 哈佛大学
"""
# (rules-26: international organisations; the stock exchanges below, by their short names)
_GOV = """
国务院 党中央 中共中央 中央政府 全国人大=全国人民代表大会 全国人大常委会 全国政协 人大 政协
国家发改委=国家发展改革委=发改委 工信部=工业和信息化部 财政部 商务部 科技部 教育部 人社部
自然资源部 生态环境部 住建部 交通运输部 农业农村部 国资委 国务院国资委 证监会 中国证监会 银保监会
国家金融监督管理总局=金融监管总局 中国人民银行=央行 人民银行 国家市场监督管理总局=市场监管总局 国家统计局
国家数据局 国家知识产权局 国家网信办=网信办 海关总署 国家税务总局
最高人民法院
最高人民检察院 美国商务部 美国国会 白宫 欧盟委员会 联邦储备委员会=美联储 欧盟=欧洲联盟
行政院 立法院 司法院 监察院 考试院 总统府 经济部 内政部 外交部 国防部 交通部 劳动部 卫生福利部=卫福部
数位发展部=数发部 金融监督管理委员会=金管会 国家发展委员会=国发会 国家科学及技术委员会=国科会 立法会 行政会议
 特区政府=港府 香港金融管理局=金管局 世界贸易组织=世贸组织=WTO 国际货币基金组织=IMF 世界银行
联合国 经合组织=OECD 民政部 国家卫健委=国家卫生健康委员会 国家医保局=国家医疗保障局 人力资源和社会保障部
国家乡村振兴局
东盟=东南亚国家联盟=ASEAN 亚太经合组织=APEC 二十国集团=G20 七国集团=G7 北约=北大西洋公约组织=NATO
世界卫生组织=世卫组织=WHO 国际能源署=IEA 欧洲央行=欧洲中央银行 上海合作组织=上合组织 国际清算银行
亚投行=亚洲基础设施投资银行 世界知识产权组织 国际劳工组织 国际奥委会
国际海事组织 国际民航组织 国际原子能机构 世界气象组织 联合国粮农组织=粮农组织 世界海关组织 国际电信联盟
亚洲开发银行=亚开行 国际可再生能源署 金融稳定理事会
巴塞尔银行监管委员会 欧洲议会 欧洲理事会 联合国贸发会议 联合国开发计划署
"""
# rules-18: Hong Kong's and Taiwan's government departments, agencies and institutes by their own names (a bare
# 教育局 / 税务局 / 中央银行 is left to the rules: in mainland text it names a kind)
_GOV_HK_TW = """
入境事务处 差饷物业估价署 运输署 规划署 地政总署 屋宇署 房屋署 社会福利署 卫生署 创新科技及工业局
财经事务及库务局 商务及经济发展局 医务卫生局 劳工及福利局 民政及青年事务局 环境及生态局 文化体育及旅游局
运输及物流局 政务司 财政司 律政司 廉政公署 投资推广署 创新科技署 知识产权署 香港海关
警务处=香港警务处 消防处 水务署 渠务署 机电工程署 土木工程拓展署 路政署 康乐及文化事务署=康文署
食物环境卫生署=食环署 政府统计处 公务员事务局 医院管理局=医管局 香港人才服务办公室 国家安全局
国家通讯传播委员会=通传会 公平交易委员会=公平会 环境部 农业部 产业发展署 职业训练局
香港贸易发展局=贸发局
土地注册处 公司注册处 破产管理署 政府新闻处 劳工处 邮政署 审计署 库务署 建筑署 环境保护署=环保署 渔农自然护理署=渔护署
民政事务总署 社会福利署=社署 旅游事务署 香港天文台=天文台 申诉专员公署
海事处 民航处 惩教署 政府物流服务署 数字政策办公室 强制性公积金计划管理局=积金局
证券及期货事务监察委员会 保险业监管局=保监局 竞争事务委员会=竞委会 个人资料私隐专员公署=私隐专员公署
澳门特别行政区政府=澳门特区政府 经济及科技发展局=经科局 博彩监察协调局=博监局 澳门金融管理局
公共建设局 交通事务局 土地工务局 运输工务司 经济财政司 社会文化司 保安司 行政法务司 澳门金融管理局 社会保障基金
内政部移民署=移民署 劳动力发展署 观光署=交通部观光署 农业部农粮署=农粮署 环境部气候变迁署
"""
_RESEARCH_TW = """
国家高速网路与计算中心=国网中心 工业技术研究院=工研院 资讯工业策进会=资策会 中央研究院=中研院
"""
# rules-18: Hong Kong development areas and districts in the news
# (rules-31: Hong Kong's islands and harbour areas, missed in two blind rounds)
_HK_REGIONS = """
北部都会区
大屿山 北大屿山 维多利亚港=维港 交椅洲 坪洲 南丫岛 长洲 青衣 马湾 赤鱲角 西九龙=西九 启德 新界东 新界西
澳门半岛 路氹城=路氹 新马路 氹仔岛 横琴岛
关闸 台山 祐汉 黑沙环 新口岸 外港 南湾 西湾 下环 妈阁 筷子基 青洲 望厦 石排湾 黑沙 新城填海区
"""
_HK_AREAS = """
洪水桥 古洞北 粉岭北 启德 西营盘 坚尼地城 薄扶林 流浮山 红磡
新田 牛潭尾 米埔 落马洲 罗湖 文锦渡 打鼓岭 沙头角 锦田 八乡 屏山 厦村 蓝地 大围 火炭 马鞍山 乌溪沙 大埔墟 太和
青衣 荃湾西 葵涌 长沙湾 荔枝角 美孚 何文田 土瓜湾 九龙湾 牛头角 油塘 蓝田 调景岭 坑口 宝琳 北角 鲗鱼涌
柴湾 筲箕湾 香港仔 鸭脷洲 赤柱 浅水湾 山顶 半山 跑马地 西环 上环 金钟 小蚝湾 欣澳
佐敦 油麻地 茶果岭 九龙塘 石硖尾 大角咀 尖东 钻石山 慈云山 秀茂坪 炮台山 西湾河 杏花邨 小西湾 黄竹坑 石澳 愉景湾
梅窝 大澳 昂坪 深井 兆康
"""
# Government bodies named by their kind or function only: which one is meant depends on the text (the concept layer).
_GOV_GENERIC = """
地方政府 地方各级政府 税务部门 市场监管部门 经信部门 发改部门 财政部门
科技部门 商务部门 监管部门 有关部门 主管部门 行业主管部门 执法部门 司法机关 法院 供销社 村委会=村民委员会
居委会 乡镇政府 县政府 区政府 市政府 省政府 街道办=街道办事处
司法 司法部门 检察机关 公安机关 审判机关
省级政府 市级政府 县级政府 区级政府 乡镇级政府 各级政府 基层政府
"""
_ACTOR_GROUPS = """
民营企业=民企 国有企业=国企 央企 中央企业 外资企业=外企 中小企业 中小微企业 小微企业 初创企业 初创公司
创业公司 科技企业=科技公司 科技型企业 高新技术企业 专精特新企业 龙头企业 头部企业 独角兽企业=独角兽 平台企业
互联网企业 互联网公司 互联网平台 跨国公司 跨国企业 跨国药企 创新药企 车企 药企 投资机构 风投机构 创投机构
外资机构 创业者 企业家 民营企业家 风险投资人 天使投资人 消费者 年轻人 职业经理人 官员 地方官员 基层官员 公务员
领导干部 政策制定者 决策者 监管者 监管机构 市场参与者 投行人士 中产阶级 农民工 打工人 草根创业者 海归
农民 小农户=农户 果农 菜农 茶农 种植户 养殖户 牧民 渔民 村民 居民 市民 村干部 基层干部 驻村干部
返乡人员 返乡青年 返乡创业者 新型农业经营主体 农民专业合作社=专业合作社 村集体经济组织=村集体 家庭农场 种粮大户
志愿者 独居老人 空巢老人 失能老人 失能人员 护理人员=护理员=养老护理员 医护人员 护工
养老机构 民办养老机构 公办养老机构 市场主体 经营主体 新创公司=新创企业 新创团队 业者 从业者 从业人员
个人投资者 机构投资者 散户 股民 立法委员=立委 议员 人大代表 政协委员 外卖骑手=骑手 快递员 网约车司机
灵活就业人员 高校毕业生=大学毕业生 求职者 劳动者 青年人 中小股东 小股东 债权人 纳税人 房企 开发商 购房者
 经销商 制造商 晶片业者 台商 港商
"""
_SECTORS = """
制造业 先进制造业 服务业 现代服务业 房地产 房地产业 金融业 互联网 电商=电子商务 跨境电商 直播 直播电商
直播带货 新能源 新能源汽车 汽车产业 汽车工业 电动汽车 半导体 集成电路 芯片=晶片 存储芯片 光伏 储能 锂电池 动力电池
生物医药=医药 创新药 医疗器械 生物科技 光通信 光电子 激光 软件=软体 文旅 旅游业 农业 物流 航运 航空航天 商业航天
低空经济 数据中心 算力中心 智能制造 高端制造 装备制造 新材料 化工 钢铁 纺织 消费电子 电信 金融科技 外贸 内贸
创投 风险投资 私募股权 公募基金
养老服务=养老服务业=养老产业 家具产业=家具业 纺织服装 服装业 农产品加工业=农产品加工 冷链物流 现代农业
特色农业 设施农业 乡村旅游 预制菜 民宿 晶圆代工 IC设计 封装测试=封测 再生能源=可再生能源 绿电
风电 核电 医疗服务 养老地产 健康产业 文化产业 体育产业 会展业 金融服务业 跨境金融 资产管理 财富管理 保险业
"""
_TECH = """
人工智能=AI=人工智慧 生成式人工智能=生成式AI=生成式人工智慧 AIGC 大模型 大语言模型 通用人工智能=AGI
机器学习 深度学习 算法 算力 云计算
大数据 区块链 物联网 5G 6G 量子计算 量子通信 自动驾驶=无人驾驶 智能驾驶 智能网联汽车 机器人 人形机器人
具身智能 工业机器人 无人机 芯片设计 光刻机 EDA 操作系统 开源 智能手机 数字孪生 元宇宙 脑机接口 基因编辑
合成生物 第三代半导体 化合物半导体 三维闪存 固态电池 氢能 核聚变 卫星互联网
先进制程 成熟制程 先进封装 飞控系统 航空发动机 固态电池 钠离子电池 卫星导航 北斗 工业互联网
"""
_POLICY_INSTRUMENTS = """
补贴 财政补贴 政府补贴 产业补贴 税收优惠=税收减免 减税降费 税收返还 贴息 贷款贴息 政府采购 集中采购 集采
医保谈判 价格谈判 出口管制 关税 加征关税 反倾销 负面清单 准入清单 权力清单 监管沙盒 揭榜挂帅 一事一议
首台套 绿色通道 容错机制 免责条款 容错纠错 产业基金 政府引导基金=引导基金 政府投资基金 政府基金 母基金
以投代补 拨改投 土地出让 土地优惠 住房补贴 人才补贴 人才引进 招商引资 资本招商 基金招商 产业招商 优惠政策
政策优惠 专项债 地方债 转移支付 注册制 并购重组 股权激励
长期护理保险=长护险 适老化改造 土地流转 地理标志 租税抵减 租税优惠 营利事业所得税 企业所得税
个人所得税 增值税 研发费用加计扣除=加计扣除 税收抵免 消费券 以旧换新 购置补贴 专项补贴 贴息贷款 普惠金融 担保
融资担保 首贷 低息贷款 现金补助=补助金 奖补 以奖代补 先建后补 财政补贴 扶持资金 专项资金
专项债券 特别国债 超长期特别国债 容缺受理 准入门槛 行业标准 职业资格
"""
# Named national strategies, reforms and programmes (the named layer; rules-30: 统一大市场 and 乡村振兴 moved here from
# the concept layer, as the seeds' curation and both dev articles that name them mark them) …
_POLICIES_NAMED = """
新型举国体制 双循环 一带一路 放管服 放管服改革 混合所有制改革=混改 供给侧结构性改革
统一大市场=全国统一大市场 乡村振兴=乡村振兴战略
"""
_REFORMS = """
最多跑一次 一网通办
"""
_PROGRAMMES = """
科创板 北交所
明日大屿愿景=明日大屿 高端人才通行证计划=高才通 优秀人才入境计划=优才计划 新资本投资者入境计划 强制性公积金=强积金
东数西算 千万工程 西部陆海新通道 中欧班列 长照2.0 长照3.0 南向政策=新南向政策 前瞻基础建设计划=前瞻计划
"""# rules-30: recurring named events (fairs, summits, galas, national meetings) commentary names without a suffix rule
_EVENTS = """
央视春晚=春晚=春节联欢晚会 进博会=中国国际进口博览会 广交会=中国进出口商品交易会 服贸会 消博会 高交会
世界人工智能大会=WAIC 世界互联网大会=乌镇峰会 博鳌亚洲论坛 达沃斯论坛 夏季达沃斯 中关村论坛 陆家嘴论坛
全国两会=两会 中央经济工作会议 十一届三中全会 二十届三中全会 党的二十大=二十大 奥运会 冬奥会 亚运会 世博会
台北国际电脑展=COMPUTEX 六四事件 香港中学文凭考试=DSE
"""
_INSTRUMENTS_NAMED = """
实体清单
"""
# … and policy kinds, goals and slogans that name no one measure (the concept layer).
_POLICIES = """
产业政策 货币政策 财政政策 竞争政策 土地财政 对外开放 高水平对外开放 制度型开放
统一市场 共同富裕 新质生产力 碳达峰 碳中和
双碳 简政放权 营商环境优化 反垄断 平台监管 数据本地化 个人信息保护 国企改革
市场化改革 财税体制改革 户籍制度改革
"""
_CONCEPTS = """
数字经济 实体经济 民营经济 共享经济 零工经济 银发经济 夜间经济 首店经济 低空经济 平台经济 营商环境
创新生态=创新环境 产业生态 公平竞争 竞争中性 地方保护主义=地方保护 市场分割 行政性垄断 行政垄断 知识产权保护
知识产权 法治化 市场经济 市场化 全球化 逆全球化 全球价值链=全球产业链 产业链 供应链 产业集群 产业升级 产业转移
人口红利 工程师红利 人才红利 人力资本 数据要素 数据安全 数据确权 数据合规 跨境数据流动 隐性债务 地方债务
路径依赖 资源禀赋 比较优势 区位优势 后发优势 规模效应 集聚效应 虹吸效应 马太效应 内卷 内卷化 躺平 卡脖子
硬科技 顶层设计 自主可控 国产替代 耐心资本 长期资本 国有资本 社会资本 民间资本 国家资本主义 市场原教旨主义
幸存者偏差 城镇化 城市化 工业化 现代化 新型工业化 数字化转型 高质量发展 创新驱动 科技自立自强 举国体制
政商关系 亲清政商关系 产学研 成果转化 科技成果转化 弯道超车 换道超车 先污染后治理 超大规模市场 要素市场
资本市场 一级市场 二级市场 美股 港股=港股市场 A股 中概股 国际金融中心 科技创新中心 新型基础设施=新基建
人口老龄化=老龄化 少子化 人口负增长 医养结合 互助养老 居家养老 社区养老 机构养老 社区居家养老 支付能力
县域经济 县域产业 宅基地 承包地 集体经营性建设用地 农村集体经济=集体经济 品牌溢价 可追溯体系=追溯体系 重复建设
 产能过剩 内卷式竞争 恶性竞争 价格战 利益联结机制 财政负担 财政压力 税收损失 国际竞争 有效税率
 研发密度=研发强度 产业生态 工业反哺农业 招商引资 产业转型 转型升级 结构性改革 新型城镇化
城乡融合 城乡差距 共同富裕 脱贫攻坚 巩固脱贫成果 防止返贫 粮食安全 耕地保护 能源安全 能源转型 碳排放 碳交易
绿色转型 数字鸿沟 信息茧房 算法推荐 平台垄断 隐私保护 数据治理 数据跨境 国家安全 技术封锁 技术自主 地缘政治
逆向全球化 脱钩断链 去风险 友岸外包 近岸外包 产业外移 人才外流 人才短缺 劳动力短缺 用工荒 就业压力 青年失业
消费降级 消费升级 内需 扩大内需 有效需求 收入分配 社会保障 养老金 医疗保险 医保 居民收入 财富效应
土地出让金 城投债 隐性负债 债务风险 金融风险 系统性风险 融资难 融资贵 营商成本 制度成本 交易成本
监管套利 监管互信 互联互通 政策红利 制度红利 改革红利 先行先试 试错空间 容错空间 新质生产力 原始创新
 关键核心技术 产学研合作 成果转化 技术门槛 规模经济 公平竞争审查 反不正当竞争
"""
_REGIONS = """
中西部地区 东部地区 西部地区 中部地区 东北地区 长三角地区 珠三角地区 大湾区 粤港澳大湾区 京津冀 成渝地区 硅谷
"""
# Kinds of places rather than places (the concept layer).
_REGIONS_GENERIC = """
沿海地区 内陆地区 内陆城市 中西部城市 资源型城市 一线城市 二线城市 三四线城市 县域
"""

# rules-7: well-known named parks and pilot zones (the district names they are known by)
_PARKS = """
中关村 光谷 数码港 香港科学园 漕河泾 苏州工业园区 深港科技创新合作区 港深创新及科技园
未来科技城 梦想小镇 云栖小镇 人工智能小镇 澳门银河 澳门威尼斯人
日出康城 太古城 美孚新邨 沙田第一城 黄埔花园
核一厂 核二厂 核三厂 核四厂 兴达电厂 台中电厂 协和电厂 大林电厂 通霄电厂 大潭电厂
"""
# rules-11: Hong Kong districts and new towns jieba cuts apart (深水埗, 将军澳); Macau's islands
_DISTRICTS = """
湾仔 油尖旺 深水埗 九龙城 黄大仙 观塘 葵青 荃湾 屯门 元朗 大埔 沙田 西贡 将军澳 天水围 粉岭 上水 东涌 尖沙咀 旺角
铜锣湾 中环 氹仔 路环
"""
_ZONES = """
前海 南沙 横琴 河套 临港新片区 海南自由贸易港=海南自贸港
"""
# rules-50: Hong Kong's railway lines by name (东铁线, 北环线), projects as the annotators type them
_HK_LINES = """
东铁线 西铁线 屯马线 北环线 南港岛线 将军澳线 荃湾线 观塘线 港岛线 东涌线 机场快线 迪士尼线 南港岛线东段 东涌线延线
沙中线
"""
# rules-50: the supply and marketing co-operatives' federation, a state body (rules-56: and Xinjiang's
# production and construction corps, a government of its own)
_GOV_50 = """
中华全国供销合作总社=全国供销合作总社=供销总社
新疆生产建设兵团
中央军事委员会=中央军委 中央军委联合参谋部
原住民族委员会=原民会
"""
# rules-63: the peoples a text names as actors: Taiwan's recognised indigenous peoples
_PEOPLES = """
阿美族 泰雅族 排湾族 布农族 卑南族 鲁凯族 邹族 赛夏族 雅美族=达悟族 邵族 噶玛兰族 太鲁阁族 撒奇莱雅族 赛德克族
拉阿鲁哇族 卡那卡那富族
"""
# Each table's layer (kg.extract.layers): named things, or the concept layer, reported only on request.
_NAMED, _CONCEPT = "named", "concept"
_TABLE = (
    (_COMPANIES, "Company", _NAMED), (_COMPANIES_MORE, "Company", _NAMED), (_COMPANIES_37, "Company", _NAMED),
    (_COMPANIES_61, "Company", _NAMED),
    (_GOV_37, "GovernmentBody", _NAMED), (_GROUPS_37, "ActorGroup", _NAMED), (_INVESTORS, "Investor", _NAMED),
    (_PEOPLE, "Person", _NAMED),
    (_PARTIES, "ActorGroup", _NAMED), (_FOREIGN_CITIES, "City", _NAMED), (_LAWS, "Law", _NAMED),
    (_PRODUCTS, "Product", _NAMED), (_MEDIA, "MediaOutlet", _NAMED),
    (_RESEARCH, "ResearchInstitute", _NAMED), (_GOV, "GovernmentBody", _NAMED),
    (_POLICIES_NAMED, "Policy", _NAMED), (_REFORMS, "Reform", _NAMED), (_PROGRAMMES, "Programme", _NAMED),
    (_EVENTS, "Event", _NAMED),
    (_INSTRUMENTS_NAMED, "PolicyInstrument", _NAMED), (_REGIONS, "Region", _NAMED),
    (_DISTRICTS, "District", _NAMED), (_PARKS, "Park", _NAMED), (_ZONES, "PilotZone", _NAMED),
    (_GOV_HK_TW, "GovernmentBody", _NAMED), (_RESEARCH_TW, "ResearchInstitute", _NAMED),
    (_HK_AREAS, "District", _NAMED), (_HK_REGIONS, "Region", _NAMED), (_HK_LINES, "Programme", _NAMED),
    (_GOV_50, "GovernmentBody", _NAMED), (_PEOPLES, "ActorGroup", _NAMED),
    (_GOV_GENERIC, "GovernmentBody", _CONCEPT), (_ACTOR_GROUPS, "ActorGroup", _CONCEPT),
    (_SECTORS, "Sector", _CONCEPT), (_TECH, "Technology", _CONCEPT),
    (_POLICY_INSTRUMENTS, "PolicyInstrument", _CONCEPT), (_POLICIES, "Policy", _CONCEPT),
    (_CONCEPTS, "Concept", _CONCEPT), (_REGIONS_GENERIC, "Region", _CONCEPT),
)
_UNIVERSITY_SUFFIX = ("大学", "学院")
_ACADEMY_SUFFIX = ("科学院", "工程院")
_REFORM_SUFFIX = ("改革", "混改")


def _entries() -> tuple[list[tuple[str, str, list[str]]], frozenset[str]]:
    """(label, type, surface forms) for every built-in term, and the labels of the concept layer; the first
    table wins a duplicate label's type, and a later entry's new aliases join it (rules-56: 国家发展委员会 listed
    bare for Taiwan's bodies, then with its short name =国发会, had lost the short name)."""
    seen: set[str] = set()
    out: list[tuple[str, str, list[str]]] = []
    where: dict[str, int] = {}
    concepts: set[str] = set()
    for block, typ, layer in _TABLE:
        for item in block.split():
            forms = item.split("=")
            if forms[0] in where:
                extra = [f for f in forms[1:] if f not in seen]
                out[where[forms[0]]][2].extend(extra)
                seen.update(extra)
                continue
            if forms[0] in seen:
                continue
            where[forms[0]] = len(out)
            seen.update(forms)
            t = typ
            if typ == "ResearchInstitute" and forms[0].endswith(_UNIVERSITY_SUFFIX) and not forms[0].endswith(
                    _ACADEMY_SUFFIX) or forms[0] == "MIT":  # (rules-15: 中国科学院 is no university)
                t = "University"
            elif typ == "Policy" and forms[0].endswith(_REFORM_SUFFIX):
                t = "Reform"
            out.append((forms[0], t, forms))
            if layer == _CONCEPT:
                concepts.add(forms[0])
    return out, frozenset(concepts)


TERMS, CONCEPT_TERMS = _entries()


@lru_cache(maxsize=1)
def term_gazetteer() -> Gazetteer:
    """The built-in terms as one gazetteer, built once: lexicon matching and the person rules' word test."""
    return Gazetteer((label, typ, forms) for label, typ, forms in TERMS)
