"""Word lists the rules use: general knowledge of Chinese names and cue words, not tuned to any text.

Why a module of its own: the rules read like rules, and the lists can grow without touching them.
All entries are simplified script (matching runs on the simplified view).
"""

from __future__ import annotations

COUNTRIES = frozenset(
    "中国 美国 日本 韩国 朝鲜 英国 法国 德国 意大利 西班牙 荷兰 比利时 瑞士 瑞典 挪威 芬兰 丹麦 俄罗斯 乌克兰 波兰 "
    "印度 巴基斯坦 越南 泰国 新加坡 马来西亚 印尼 印度尼西亚 菲律宾 澳大利亚 新西兰 加拿大 墨西哥 巴西 阿根廷 智利 "
    "南非 埃及 沙特 沙特阿拉伯 阿联酋 以色列 伊朗 土耳其 哈萨克斯坦 蒙古 柬埔寨 老挝 缅甸 孟加拉国 葡萄牙 希腊 奥地利 "
    "爱尔兰 捷克 匈牙利 卡塔尔 尼日利亚 肯尼亚 秘鲁".split()
)
# rules-41: the rest of the world's countries news names in trade and investment stories
COUNTRIES = COUNTRIES | frozenset(
    "坦桑尼亚 埃塞俄比亚 加纳 科特迪瓦 塞内加尔 喀麦隆 安哥拉 莫桑比克 赞比亚 津巴布韦 乌干达 卢旺达 刚果 刚果（金） "
    "摩洛哥 阿尔及利亚 突尼斯 利比亚 苏丹 马达加斯加 毛里求斯 吉布提 纳米比亚 博茨瓦纳 马里 尼日尔 几内亚 "
    "哥伦比亚 委内瑞拉 厄瓜多尔 玻利维亚 巴拉圭 乌拉圭 古巴 巴拿马 哥斯达黎加 危地马拉 洪都拉斯 多米尼加 牙买加 "
    "乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 阿塞拜疆 格鲁吉亚 亚美尼亚 白俄罗斯 摩尔多瓦 塞尔维亚 克罗地亚 "
    "斯洛文尼亚 斯洛伐克 罗马尼亚 保加利亚 立陶宛 拉脱维亚 爱沙尼亚 冰岛 卢森堡 马耳他 塞浦路斯 黑山 阿尔巴尼亚 "
    "伊拉克 叙利亚 约旦 黎巴嫩 科威特 巴林 阿曼 也门 阿富汗 斯里兰卡 尼泊尔 不丹 马尔代夫 文莱 东帝汶 "
    "巴布亚新几内亚 斐济 所罗门群岛 汤加 萨摩亚 瓦努阿图 基里巴斯".split()
)
# rules-17: the names Taiwan and Hong Kong use for some countries (义大利 = 意大利, 南韩 = 韩国, 澳洲 = 澳大利亚)
COUNTRIES = COUNTRIES | frozenset(
    "义大利 南韩 澳洲 纽西兰 寮国 汶莱 肯亚 奈及利亚 沙乌地阿拉伯 阿联 阿拉伯联合大公国 纽西兰 星加坡 北韩".split()
)
PROVINCES = frozenset(
    "北京市 天津市 上海市 重庆市 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 "
    "四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 香港特别行政区 澳门特别行政区".split()
)  # (rules-39: 台湾 is a region, as every dev annotator types it; it is listed under REGIONS)
CITIES = frozenset(
    "北京 天津 上海 重庆 香港 澳门 台北 广州 深圳 杭州 南京 苏州 无锡 常州 南通 宁波 温州 绍兴 嘉兴 湖州 金华 义乌 台州 "
    "合肥 芜湖 蚌埠 福州 厦门 泉州 南昌 济南 青岛 烟台 潍坊 郑州 洛阳 武汉 宜昌 襄阳 长沙 株洲 成都 绵阳 贵阳 昆明 "
    "西安 兰州 西宁 银川 乌鲁木齐 拉萨 南宁 柳州 桂林 海口 三亚 石家庄 唐山 保定 雄安 太原 大同 呼和浩特 包头 鄂尔多斯 "
    "乌兰察布 沈阳 大连 长春 哈尔滨 东莞 佛山 珠海 中山 惠州 江门 汕头 湛江 徐州 扬州 镇江 盐城 连云港 淮安 宿迁 "
    "泰州 舟山 丽水 衢州 赣州 九江 临沂 淄博 东营 威海 日照 开封 新乡 许昌 黄石 十堰 岳阳 衡阳 常德 宜宾 泸州 德阳 "
    "遵义 六盘水 安顺 毕节 曲靖 大理 丽江 纽约 伦敦 巴黎 东京 首尔 柏林 华盛顿 旧金山 洛杉矶 新德里 莫斯科".split()
)
# rules-7: the other prefecture-level cities (and a few county-level ones often in the news), so a city jieba does
# not tag as a place (天水/n) is still found; names that are also common words or rivers / mountains (白银, 来宾,
# 安康, 中卫, 阿里, 红河, 怒江, 玉树, 白山, 黑河 …) are left out. Matched on whole jieba tokens only.
CITIES = CITIES | frozenset(
    "邯郸 邢台 张家口 承德 沧州 廊坊 衡水 秦皇岛 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 乌海 赤峰 通辽 呼伦贝尔 "
    "巴彦淖尔 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛 四平 辽源 通化 松原 白城 延边 齐齐哈尔 鸡西 鹤岗 "
    "双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 绥化 枣庄 济宁 泰安 德州 聊城 滨州 菏泽 莱芜 安庆 滁州 阜阳 宿州 六安 亳州 "
    "池州 宣城 铜陵 马鞍山 淮北 淮南 三明 莆田 南平 龙岩 宁德 漳州 鹰潭 新余 景德镇 宜春 吉安 抚州 上饶 萍乡 安阳 鹤壁 "
    "焦作 濮阳 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 平顶山 济源 荆门 鄂州 孝感 荆州 黄冈 咸宁 随州 恩施 湘潭 邵阳 益阳 "
    "郴州 永州 怀化 娄底 张家界 自贡 攀枝花 广元 遂宁 内江 乐山 南充 眉山 广安 达州 雅安 巴中 资阳 凉山 铜仁 "
    "玉溪 保山 昭通 普洱 临沧 楚雄 西双版纳 德宏 迪庆 宝鸡 咸阳 渭南 延安 汉中 榆林 商洛 铜川 天水 嘉峪关 金昌 武威 张掖 "
    "平凉 酒泉 庆阳 定西 陇南 临夏 甘南 石嘴山 吴忠 固原 克拉玛依 吐鲁番 哈密 喀什 阿克苏 伊犁 昌吉 库尔勒 石河子 日喀则 "
    "昌都 林芝 那曲 梧州 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左 韶关 河源 梅州 汕尾 阳江 茂名 肇庆 清远 潮州 揭阳 云浮 "
    "儋州 三沙 锡林郭勒 阿拉善 黄石 晋江 昆山 江阴 张家港 常熟 慈溪 满洲里 二连浩特 瑞丽 珲春 绥芬河 霍尔果斯 "
    # and major foreign cities that commentary names as sites of plants, exchanges and summits
    "巴塞罗那 马德里 米兰 罗马 慕尼黑 法兰克福 汉堡 阿姆斯特丹 布鲁塞尔 日内瓦 苏黎世 维也纳 斯德哥尔摩 里斯本 "
    "伊斯坦布尔 迪拜 利雅得 多哈 开罗 约翰内斯堡 孟买 班加罗尔 曼谷 河内 胡志明市 雅加达 吉隆坡 马尼拉 金边 仰光 "
    "大阪 名古屋 横滨 熊本 釜山 悉尼 墨尔本 多伦多 温哥华 芝加哥 波士顿 西雅图 休斯敦 圣保罗 布宜诺斯艾利斯 "
    # rules-41: the Asian, African and Latin American cities of trade and factory stories
    "宿务 达沃 岘港 北宁 平阳 同奈 万象 暹粒 清迈 普吉 槟城 新山 泗水 万隆 棉兰 巴淡 达卡 吉大港 卡拉奇 拉合尔 "
    "钦奈 新德里 德里 海得拉巴 浦那 科伦坡 内罗毕 拉各斯 亚的斯亚贝巴 达累斯萨拉姆 蒙巴萨 卡萨布兰卡 圣地亚哥 利马 波哥大 "
    "墨西哥城 里约热内卢 阿拉木图 阿斯塔纳 塔什干 比什凯克 杜尚别 伊斯兰堡 德黑兰 阿布扎比 吉达 马斯喀特 "
    "胡志明 仁川 福冈 札幌 神户 京都 大邱 光州".split()
)
# rules-11: Taiwan's municipalities, cities and counties (commentary in traditional script names them bare)
TAIWAN_CITIES = frozenset("新北 桃园 台中 台南 高雄 基隆 新竹 嘉义 苗栗 彰化 南投 云林 屏东 宜兰 花莲 台东 澎湖 金门 马祖".split())
CITIES = CITIES | TAIWAN_CITIES
# rules-37: county-level cities news names bare (神木, 库车, 义乌 …); the ones that are also common words (阳春, 龙井,
# 四会, 开平, 赤水, 海门, 东台, 兴化) are left out
CITIES = CITIES | frozenset(
    "石狮 余姚 诸暨 海宁 桐乡 温岭 乐清 瑞安 太仓 宜兴 丹阳 靖江 泰兴 如皋 启东 邳州 福清 南安 武夷山 神木 韩城 "
    "库车 伊宁 锡林浩特 凭祥 东兴 景洪 格尔木 德令哈 敦煌 玉门 延吉 漠河 五常 虎林 抚远 都江堰 阆中 西昌 凯里 都匀 "
    "兴义 仁怀 个旧 香格里拉 腾冲 芒市 北流 桂平 岑溪 博白 荔浦 阳朔 图们 增城 从化 恩平 鹤山 普宁 陆丰 廉江 "
    "雷州 吴川 化州 高州 罗定 兴宁 乐昌 南雄 连州 府谷 榆林 延安 靖边 定边 准格尔 霍林郭勒 阿拉善 哈密 "
    "吐鲁番 昌吉 奎屯 阿勒泰 和田 阿克苏 喀什 库尔勒 石河子 满洲里 二连浩特 绥芬河 珲春 同江 瑞丽".split()
)
# rules-37: parts of provinces that news names like regions (陕北, 苏南, 闽南, 赣南 …)
SUBREGIONS = frozenset(
    "陕北 陕南 苏北 苏南 苏中 皖南 皖北 皖江 粤东 粤西 粤北 粤东西北 浙南 浙北 浙西 闽南 闽东 闽西 闽北 赣南 湘西 "
    "湘南 鄂西 川西 川南 川东 藏北 辽西 辽南 冀北 冀中 晋北 晋南 豫南 豫北 鲁西南 胶东 鲁中 蒙东 蒙西 北疆 南疆 "
    "东疆 江浙 江浙沪 沪苏浙皖 苏浙沪 珠江口 长江口 琼州海峡 台湾海峡 南海 东海 黄海 渤海 渤海湾 北部湾 杭州湾 "
    # rules-44: pairs of places news names as one market, and Taiwan's parts (港澳, 日韩, 中南部)
    "港澳 港澳台 日韩 欧美 亚非拉 中南部 北台湾 南台湾 中台湾 东台湾 竹苗 云嘉南 高屏 "
    "鄂尔多斯盆地 四川盆地 塔里木盆地 准噶尔盆地 毛乌素沙地 黄土高原 青藏高原 云贵高原 河西走廊 "
    # rules-42: the great rivers, which every dev annotator marks as regions (rules-1 had listed 长江 / 黄河 as no places)
    "长江 黄河 珠江 淮河 汉江 湘江 赣江 闽江 钱塘江 黑龙江流域 澜沧江 雅鲁藏布江 松花江 辽河 海河 太湖 洞庭湖 鄱阳湖 "
    "巢湖 滇池 洱海 青海湖".split()
)
# rules-11: Hong Kong's districts and new towns, and Macau's islands (the generic 东区 / 南区 / 北区 left out)
DISTRICTS = frozenset(
    "湾仔 油尖旺 深水埗 九龙城 黄大仙 观塘 葵青 荃湾 屯门 元朗 大埔 沙田 西贡 将军澳 天水围 粉岭 上水 东涌 尖沙咀 "
    "旺角 铜锣湾 中环 氹仔 路环".split()
)
REGIONS = frozenset(
    "长三角 珠三角 京津冀 粤港澳大湾区 大湾区 成渝 长江经济带 东北 西北 西南 华北 华东 华南 华中 中西部 中东部 "
    "东南亚 欧洲 非洲 中东 拉美 北美 亚太 雄安新区 浦东 滨海新区 两江新区 九龙 新界 港岛 台湾 "
    "亚洲 美洲 大洋洲 南美 拉丁美洲".split()  # (rules-19: the continents)
) | frozenset("中亚 东亚 西亚 南亚 北欧 西欧 东欧 南欧 东北亚 中东欧".split()) | SUBREGIONS  # rules-25: parts of continents
# Common words that jieba's dictionary tags as place names (ns) but that are not places in commentary.
NOT_PLACES = frozenset(
    "深度 中美 中外 中欧 中日 中俄 东西 南北 全国 各地 本地 当地 海外 国内 国外 境内 境外 两岸 中方 美方 东方 西方 "
    "北方 南方 中央 地方 内地 大陆 前沿 中华 华夏 天下 世界 全球 人间 江湖 山水 金山 银山 黄金 太平 长城 "
    "江南 江北 关东 关中 中原 岭南 塞北 海内外 中西 中非 伦理 扎堆 塞车 闹海 香港脚 新建".split()
)
SURNAMES = frozenset(
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 "
    "蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 "
    "雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 "
    "庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 "
    "盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 "
    "芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 "
    "荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 官 封 谈 匡 鞠 惠 荆 乐 冀 郁 胥 南 班 储 原 栗 燕 楚 鄢 劳 "
    "谌 奚 皮 粟 冼 蔺 楼 盘 满 闻 位 厉 伊 仝 区 郜 海 阚 花 权 强 帅 屠 豆 朴 盖 练 廉 禹 井 祖 漆 巴 丰 支 卿 国 狄 平 "
    "计 索 宣 晋 相 初 门 云 容 敬 来 扈 晁 芮 都 普 阙 浦 戈 伏 鹿 薄 邸 雍 辜 羊 阿 乌 母 裘 亓 修 邰 赫 杭 况 那 宿 鲜 "
    "印 逯 隆 茹 诸 战 慕 危 玉 银 亢 嵇 公 哈 湛 宾 戎 勾 茅 利 於 呼 居 揭 干 但 尉 冶 斯 元 束 檀 衣 信 展 阴 昝 智 幸 "
    "奉 植 衡 富 尧 闭 由 欧阳 司马 上官 诸葛 东方 皇甫 令狐 慕容 司徒 夏侯".split()
)
# Words that introduce reported speech; the speaker is the actor just before them.
SPEECH_VERBS = (
    "表示 认为 指出 称 说 坦言 直言 强调 介绍 透露 分析 提出 建议 预计 判断 相信 担心 警告 呼吁 主张 写道 撰文 回应 "
    "解释 总结 提醒 告诉 评价 坦承 承认 否认 质疑 批评 断言 说道".split()
)
# Role words that precede a person's name ("教授陈立新", "财政司司长陈茂波").
ROLES = (
    "教授 副教授 研究员 副研究员 主任 副主任 院长 副院长 所长 局长 副局长 厅长 市长 副市长 省长 副省长 部长 司长 "
    "董事长 副董事长 总裁 副总裁 总经理 首席执行官 首席经济学家 经济学家 分析师 创始人 联合创始人 合伙人 作者 记者 "
    "主席 副主席 书记 总监 负责人 学者 专家 博士 委员 代表 议员 总理 总统 行长 理事长 秘书长 主编 律师 校长 "
    # rules-11: more titles that commentary puts right before a name
    "发言人 会长 副会长 处长 副处长 署长 副署长 次长 经理 董事 顾问 社长 总编辑 理事 "
    # rules-25: legislators and local heads (Taiwan: 立委, 里长), Taiwan's 执行长 / 创办人 for CEO / founder,
    # and engineers, whom news quotes by name (工程师)
    "立委 立法委员 议长 副议长 县长 区长 镇长 乡长 村长 里长 执行长 创办人 营运长 技术长 财务长 召集人 监事 "
    "副总经理 工程师".split()
)
# Latin-script tokens that are generic words or acronyms, not names.
GENERIC_LATIN = frozenset(
    "ai app apps ppt ceo cfo cto coo gdp cpi ppi ipo sci mcn p2p eda vs it ict b2b b2c c2c cpu gpu npu "
    "ui ux kpi okr ok id vr ar xr iot 5g 4g 6g aigc agi llm ml api sdk saas paas iaas esg rd pe vc lp gp m&a roi "
    "etf reits a h b usb led lcd oled suv ev nev ic pcb mri ct dna rna mrna cro cdmo cxo the of and in on for to "
    "all vs. etc mr ms dr no www com cn html http https pdf".split()
) | frozenset(  # rules-19: units and chip / computing terms that are no company (EFLOPS, HBM)
    "hbm dram nand ssd fpga asic soc tpu flops tflops pflops eflops tops mw gw kw kwh mwh gwh twh nm pue rmb usd "
    "hkd ntd phd mba stem ndaa gpus cpus".split()
) | frozenset(  # rules-27: industry and finance terms (AGV, Web3, NFT) and an English word of a title (AI Act)
    "agv amr web3 web2 nft defi dao rwa act ip ppa cppa lng lpg vlcc ulcc teu dwt".split()
) | frozenset(  # rules-38: trade agreements and frameworks by their acronyms are no firms (RCEP, CPTPP)
    "rcep cptpp ipef usmca fta bit cai ecfa cepa".split()
) | frozenset(  # rules-48: roman numerals of trial phases (II期) and a drug's regulatory filings (IND, NDA, GMP)
    "ii iii iv ind nda bla anda gmp glp gcp ccus ccs mems lidar".split()
) | frozenset(  # rules-59: connectivity and display technologies (Wi-Fi, TFT-LCD)
    "wi-fi wifi wlan nfc gps bluetooth tft tft-lcd amoled micro-led mini-led miniled microled qled lcos".split()
)
GENERIC_MODIFIERS = frozenset(
    "国有 民营 民间 社会 地方 政府 外资 私募 公募 头部 大型 中型 小型 中小 相关 有关 该 本地 当地 各地 研发 数据 产业 "
    "引导 专项 人力 风险 创业 创新 科技 初创 新兴 传统 一些 部分 多家 这些 那些 这家 那家 一家 某 各 其 新 老 大 小 "
    "投资 金融 市场 行业 企业 公司 机构 平台 项目 技术 专业 商业 国际 全球 区域 城市 市级 省级 国家级 区级 行政 "
    "监管 管理 服务 发展 主管 职能 执法 有关部门 研究 科研 高校 院校 工业 制造 股权 母 子 总 分 上述 其他 更多 "
    "外企 央企 国企 民企 中资 港资 台资 外商 主要 重点 重要 大量 众多 诸多 不少 许多 多个 几家 少数 第三方 第三代 基础 公共 综合 超算 算力 联合 合资 独资"
    # rules-48: what a firm is, not which (上市公司, 明星公司, 公股银行, 全体银行)
    " 上市 挂牌 明星 龙头 全体 公股 民股 私人 外国 海外 境外 本土"
    # rules-50: how a university is funded (教资会资助大学, 公立大学)
    " 资助 公立 私立 公办 民办 资格 百强 一流 顶尖 名牌 知名 内地".split()
)
