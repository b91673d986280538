"""A deterministic national corpus: about 2,850 county units across 31 provinces.

Every unit is one county's admission rules (入学实施细则) in the rules language,
60–200 lines, the size and variety of ``samples/``: section and key aliases,
ASCII, full-width and mixed punctuation, several date styles, nested condition
groups, comments, numbered material lists, and seeded violations (durations
above the ceiling, banned certificates, private enrolment out of step, owned-only
housing, both parents' insurance, ...).

Province and city names are real; the counties of 晋城市 and 台州市 and the
districts of the four municipalities are real too, the other county names are
synthetic.  Units in 山西省 and 浙江省 name their real province and city, so
their rulesets (shanxi-2021, jincheng-2021, zhejiang, taizhou-2021) apply; all
others fall back to ``national``.

Each unit draws from its own ``random.Random`` seeded with the corpus seed and
its region, so a unit's text does not depend on how many units are generated.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

SEED = 20210615
TOTAL_UNITS = 2850

# (province, county-level units, prefecture-level cities).  Unit counts follow the
# real ones roughly and are scaled to TOTAL_UNITS.
PROVINCES: list[tuple[str, int, tuple[str, ...]]] = [
    ("北京市", 16, ("北京市",)),
    ("天津市", 16, ("天津市",)),
    ("河北省", 167, ("石家庄市", "唐山市", "秦皇岛市", "邯郸市", "邢台市", "保定市", "张家口市", "承德市",
                    "沧州市", "廊坊市", "衡水市")),
    ("山西省", 117, ("太原市", "大同市", "阳泉市", "长治市", "晋城市", "朔州市", "晋中市", "运城市", "忻州市",
                    "临汾市", "吕梁市")),
    ("内蒙古自治区", 103, ("呼和浩特市", "包头市", "乌海市", "赤峰市", "通辽市", "鄂尔多斯市", "呼伦贝尔市",
                         "巴彦淖尔市", "乌兰察布市")),
    ("辽宁省", 100, ("沈阳市", "大连市", "鞍山市", "抚顺市", "本溪市", "丹东市", "锦州市", "营口市", "阜新市",
                    "辽阳市", "盘锦市", "铁岭市", "朝阳市", "葫芦岛市")),
    ("吉林省", 60, ("长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市")),
    ("黑龙江省", 121, ("哈尔滨市", "齐齐哈尔市", "鸡西市", "鹤岗市", "双鸭山市", "大庆市", "伊春市", "佳木斯市",
                      "七台河市", "牡丹江市", "黑河市", "绥化市")),
    ("上海市", 16, ("上海市",)),
    ("江苏省", 95, ("南京市", "无锡市", "徐州市", "常州市", "苏州市", "南通市", "连云港市", "淮安市", "盐城市",
                    "扬州市", "镇江市", "泰州市", "宿迁市")),
    ("浙江省", 90, ("杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市", "衢州市", "舟山市",
                    "台州市", "丽水市")),
    ("安徽省", 104, ("合肥市", "芜湖市", "蚌埠市", "淮南市", "马鞍山市", "淮北市", "铜陵市", "安庆市", "黄山市",
                    "滁州市", "阜阳市", "宿州市", "六安市", "亳州市", "池州市", "宣城市")),
    ("福建省", 84, ("福州市", "厦门市", "莆田市", "三明市", "泉州市", "漳州市", "南平市", "龙岩市", "宁德市")),
    ("江西省", 100, ("南昌市", "景德镇市", "萍乡市", "九江市", "新余市", "鹰潭市", "赣州市", "吉安市", "宜春市",
                    "抚州市", "上饶市")),
    ("山东省", 136, ("济南市", "青岛市", "淄博市", "枣庄市", "东营市", "烟台市", "潍坊市", "济宁市", "泰安市",
                    "威海市", "日照市", "临沂市", "德州市", "聊城市", "滨州市", "菏泽市")),
    ("河南省", 157, ("郑州市", "开封市", "洛阳市", "平顶山市", "安阳市", "鹤壁市", "新乡市", "焦作市", "濮阳市",
                    "许昌市", "漯河市", "三门峡市", "南阳市", "商丘市", "信阳市", "周口市", "驻马店市")),
    ("湖北省", 103, ("武汉市", "黄石市", "十堰市", "宜昌市", "襄阳市", "鄂州市", "荆门市", "孝感市", "荆州市",
                    "黄冈市", "咸宁市", "随州市")),
    ("湖南省", 122, ("长沙市", "株洲市", "湘潭市", "衡阳市", "邵阳市", "岳阳市", "常德市", "张家界市", "益阳市",
                    "郴州市", "永州市", "怀化市", "娄底市")),
    ("广东省", 122, ("广州市", "韶关市", "深圳市", "珠海市", "汕头市", "佛山市", "江门市", "湛江市", "茂名市",
                    "肇庆市", "惠州市", "梅州市", "汕尾市", "河源市", "阳江市", "清远市", "潮州市", "揭阳市", "云浮市")),
    ("广西壮族自治区", 111, ("南宁市", "柳州市", "桂林市", "梧州市", "北海市", "防城港市", "钦州市", "贵港市",
                           "玉林市", "百色市", "贺州市", "河池市", "来宾市", "崇左市")),
    ("海南省", 25, ("海口市", "三亚市", "儋州市")),
    ("重庆市", 38, ("重庆市",)),
    ("四川省", 183, ("成都市", "自贡市", "攀枝花市", "泸州市", "德阳市", "绵阳市", "广元市", "遂宁市", "内江市",
                    "乐山市", "南充市", "眉山市", "宜宾市", "广安市", "达州市", "雅安市", "巴中市", "资阳市")),
    ("贵州省", 88, ("贵阳市", "六盘水市", "遵义市", "安顺市", "毕节市", "铜仁市")),
    ("云南省", 129, ("昆明市", "曲靖市", "玉溪市", "保山市", "昭通市", "丽江市", "普洱市", "临沧市")),
    ("西藏自治区", 74, ("拉萨市", "日喀则市", "昌都市", "林芝市", "山南市", "那曲市")),
    ("陕西省", 107, ("西安市", "铜川市", "宝鸡市", "咸阳市", "渭南市", "延安市", "汉中市", "榆林市", "安康市",
                    "商洛市")),
    ("甘肃省", 86, ("兰州市", "嘉峪关市", "金昌市", "白银市", "天水市", "武威市", "张掖市", "平凉市", "酒泉市",
                    "庆阳市", "定西市", "陇南市")),
    ("青海省", 44, ("西宁市", "海东市")),
    ("宁夏回族自治区", 22, ("银川市", "石嘴山市", "吴忠市", "固原市", "中卫市")),
    ("新疆维吾尔自治区", 107, ("乌鲁木齐市", "克拉玛依市", "吐鲁番市", "哈密市")),
]

# Real county-level units where the project has rulesets or samples, and the
# districts of the municipalities.
REAL_COUNTIES: dict[str, tuple[str, ...]] = {
    "晋城市": ("城区", "沁水县", "阳城县", "陵川县", "泽州县", "高平市"),
    "台州市": ("椒江区", "黄岩区", "路桥区", "临海市", "温岭市", "玉环市", "三门县", "天台县", "仙居县"),
    # the eleven key counties of 晋教基函〔2021〕24号 附件2, each of which files a work plan (一县一案)
    "大同市": ("新荣区",),
    "朔州市": ("怀仁市",),
    "长治市": ("壶关县",),
    "运城市": ("临猗县", "盐湖区", "新绛县"),
    "忻州市": ("宁武县", "忻府区"),
    "临汾市": ("霍州市", "尧都区"),
    "吕梁市": ("柳林县",),
    "北京市": ("东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区", "通州区",
              "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区"),
    "天津市": ("和平区", "河东区", "河西区", "南开区", "河北区", "红桥区", "东丽区", "西青区", "津南区", "北辰区",
              "武清区", "宝坻区", "滨海新区", "宁河区", "静海区", "蓟州区"),
    "上海市": ("黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "闵行区", "宝山区", "嘉定区",
              "浦东新区", "金山区", "松江区", "青浦区", "奉贤区", "崇明区"),
}

_NAME_FIRST = "安宝昌长崇大德定东丰凤福阜富高广和河衡洪华怀汇吉嘉建江金景靖静乐临灵龙隆罗茂宁平浦清庆泉仁荣瑞"
_NAME_SECOND = "安坝北川城池丰峰阜冈港和河湖华江津康口乐林陵宁平浦泉山水顺台泰潭亭溪乡兴阳源远原州"

_SHORT = {  # the short name used in 文号
    "北京市": "京", "天津市": "津", "河北省": "冀", "山西省": "晋", "内蒙古自治区": "内", "辽宁省": "辽",
    "吉林省": "吉", "黑龙江省": "黑", "上海市": "沪", "江苏省": "苏", "浙江省": "浙", "安徽省": "皖",
    "福建省": "闽", "江西省": "赣", "山东省": "鲁", "河南省": "豫", "湖北省": "鄂", "湖南省": "湘",
    "广东省": "粤", "广西壮族自治区": "桂", "海南省": "琼", "重庆市": "渝", "四川省": "川", "贵州省": "黔",
    "云南省": "云", "西藏自治区": "藏", "陕西省": "陕", "甘肃省": "甘", "青海省": "青", "宁夏回族自治区": "宁",
    "新疆维吾尔自治区": "新",
}


#: units that also file a work plan (工作方案, ``<县>.plan``)
KEY_COUNTIES = frozenset({
    ("大同市", "新荣区"), ("朔州市", "怀仁市"), ("长治市", "壶关县"), ("运城市", "临猗县"), ("运城市", "盐湖区"),
    ("运城市", "新绛县"), ("忻州市", "宁武县"), ("临汾市", "霍州市"), ("临汾市", "尧都区"), ("忻州市", "忻府区"),
    ("吕梁市", "柳林县"),
})


@dataclass(frozen=True)
class Unit:
    """One county unit: where it sits, its relative path and its rules text."""

    province: str
    city: str
    county: str
    index: int

    @property
    def relpath(self) -> str:
        return f"{self.province}/{self.city}/{self.county}.rules"

    @property
    def text(self) -> str:
        return render(self)

    @property
    def has_plan(self) -> bool:
        return (self.city, self.county) in KEY_COUNTIES

    @property
    def plan_relpath(self) -> str:
        return f"{self.province}/{self.city}/{self.county}.plan"

    @property
    def plan_text(self) -> str:
        return render_plan(self)

    def ruleset_region(self) -> str:
        if self.province == "山西省":
            return "shanxi"
        if self.province == "浙江省":
            return "zhejiang"
        return "national"


def _scaled_counts(total: int) -> list[int]:
    raw = [n for _, n, _ in PROVINCES]
    scale = total / sum(raw)
    counts = [max(1, round(n * scale)) for n in raw]
    # the largest provinces absorb the rounding difference
    order = sorted(range(len(counts)), key=lambda i: -counts[i])
    i = 0
    while sum(counts) != total:
        j = order[i % len(order)]
        counts[j] += 1 if sum(counts) < total else -1
        i += 1
    return counts


def _county_names(rng: random.Random, city: str, n: int, taken: set[str]) -> list[str]:
    real = list(REAL_COUNTIES.get(city, ()))
    names = real[:n]
    while len(names) < n:
        stem = rng.choice(_NAME_FIRST) + rng.choice(_NAME_SECOND)
        suffix = rng.choices(("县", "市", "区"), weights=(70, 15, 15))[0]
        name = stem + suffix
        if name in taken or name in names or stem[0] == stem[1]:
            continue
        names.append(name)
    taken.update(names)
    return names


def all_units(seed: int = SEED, total: int = TOTAL_UNITS) -> list[Unit]:
    """Every unit of the national corpus, province by province."""
    rng = random.Random(f"{seed}:regions")
    units: list[Unit] = []
    taken: set[str] = set()
    for (province, _, cities), n in zip(PROVINCES, _scaled_counts(total)):
        # spread n units over the cities, keeping the real counties' cities at their real size
        fixed = {c: len(REAL_COUNTIES[c]) for c in cities if c in REAL_COUNTIES and len(cities) > 1}
        rest = [c for c in cities if c not in fixed]
        left = max(n - sum(fixed.values()), len(rest))
        weights = [rng.uniform(0.6, 1.4) for _ in rest]
        per = [max(1, int(left * w / sum(weights))) for w in weights]
        k = 0
        while sum(per) < left:
            per[k % len(per)] += 1
            k += 1
        sizes = dict(zip(rest, per)) | fixed
        for city in cities:
            for county in _county_names(rng, city, sizes[city], taken):
                units.append(Unit(province, city, county, len(units)))
    return units


def units(n: int | None = None, seed: int = SEED) -> list[Unit]:
    """``n`` units spread evenly over the national corpus (all of it when ``n`` is None)."""
    everything = all_units(seed)
    if n is None or n >= len(everything):
        return everything
    step = len(everything) / n
    return [everything[int(i * step)] for i in range(n)]


def write(directory: Path, chosen: list[Unit]) -> list[Path]:
    """Write ``chosen`` under ``directory`` as ``province/city/county.rules``; return the paths."""
    paths = []
    for unit in chosen:
        path = directory / unit.relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(unit.text, encoding="utf-8")
        if unit.has_plan:
            (directory / unit.plan_relpath).write_text(unit.plan_text, encoding="utf-8")
        paths.append(path)
    return paths


# --- one document -------------------------------------------------------------

_NOTES = [
    "以居住证为主要依据，简化入学流程，切实保障随迁子女平等接受义务教育的权利。",
    "居住时间自居住证登记之日起算，与居住证申领条件一致。",
    "就业、住所两项具备其一即可，租房家庭与购房家庭同等对待。",
    "按“减证便民”要求清理证明材料，可通过部门数据共享核验的不再要求提供复印件。",
    "全面落实“公民同招”：公办、民办学校同步报名、同步摇号、同步录取。",
    "随迁子女与户籍适龄儿童一视同仁，同一学区同一批次报名。",
    "报名人数超过招生计划的，在教育局和公证人员监督下电脑随机录取。",
    "学校应于8月31日前完成随迁子女学籍注册。",
    "对入学困难家庭由教育局统筹安排学位，确保应入尽入。",
    "各学校不得以任何名义举行或变相举行入学考试。",
    "招生结果在学校公示栏和教育局网站同步公示，接受社会监督。",
    "本细则由县教育局负责解释，自印发之日起施行。",
    "县教育局初稿，经县政府同意后报市教育局审核。",
    "信息核验由教育、公安、人社、住建等部门协同完成。",
    "特殊群体子女（军人、烈士、高层次人才）按有关规定优先保障。",
    "残疾儿童少年入学按“一人一案”安置。",
    "招生咨询电话在报名前一周公布。",
    "网上报名平台开放时间另行通知。",
    "家长须如实填报信息，弄虚作假的取消入学资格。",
    "学区划分方案经县政府审定后向社会公布。",
]

_ROMAN = "一二三四五六七八九十"


class _Doc:
    """Builds one document line by line in one punctuation style."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        style = rng.choices(("ascii", "full", "mixed"), weights=(55, 25, 20))[0]
        self.style = style
        self.indent_unit = rng.choice(("    ", "    ", "  ", "\t", "\u3000\u3000"))
        self.lines: list[str] = []
        self.depth = 0

    def _full(self) -> bool:
        if self.style == "mixed":
            return self.rng.random() < 0.5
        return self.style == "full"

    def colon(self) -> str:
        if self._full():
            return "："
        return ": " if self.rng.random() < 0.9 else ":"

    def sep(self) -> str:
        return self.rng.choices(("、", "，", "；", ", "), weights=(70, 15, 10, 5))[0]

    def line(self, text: str) -> None:
        self.lines.append(self.indent_unit * self.depth + text)

    def open(self, name: str) -> None:
        full = self._full()
        self.line(f"{name}{'｛' if full else ' {'}")
        self.depth += 1

    def close(self) -> None:
        self.depth -= 1
        self.line("｝" if self.style == "full" else "}")

    def pair(self, key: str, value: str, comment: str | None = None) -> None:
        tail = f"  # {comment}" if comment else ""
        self.line(f"{key}{self.colon()}{value}{tail}")

    def comment(self, text: str) -> None:
        self.line(f"# {text}")

    def digits(self, text: str) -> str:
        """Full-width digits in a full-width document now and then."""
        if self.style != "ascii" and self.rng.random() < 0.3:
            return text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        return text


def _alias(rng: random.Random, canonical: str, aliases: tuple[str, ...], p: float = 0.35) -> str:
    return rng.choice(aliases) if aliases and rng.random() < p else canonical


def _duration(rng: random.Random, months: int) -> str:
    words = {
        6: ("半年", "6个月", "六个月", "半年以上"),
        12: ("一年", "1年", "12个月", "一年以上", "1年（含）"),
        18: ("一年半", "18个月"),
        24: ("两年", "2年", "24个月"),
        36: ("三年", "3年"),
        3: ("3个月", "三个月"),
    }
    return rng.choice(words[months])


def _over(rng: random.Random, seeded: float) -> int:
    """Months required: usually at or below the 6-month ceiling, above it with probability ``seeded``."""
    if rng.random() < seeded:
        return rng.choice((12, 12, 12, 18, 24, 36))
    return rng.choice((6, 6, 6, 3))


_DATE_STYLES = ("zh", "zh_short", "iso", "dot", "zh_dash", "zh_day")


def _date(d: "tuple[int, int, int]", style: str) -> str:
    y, m, day = d
    if style == "iso":
        return f"{y}-{m:02d}-{day:02d}"
    if style == "dot":
        return f"{y}.{m}.{day}"
    return f"{y}年{m}月{day}日"


def _range(start: "tuple[int, int, int]", end: "tuple[int, int, int]", style: str, has_year: bool) -> str:
    y, m, d = start
    _, m2, d2 = end
    if start == end:
        if style in ("zh_short", "zh_day") and has_year:
            return f"{m}月{d}日"
        return _date(start, style)
    if style == "iso":
        return f"{_date(start, style)}~{_date(end, style)}"
    if style == "dot":
        return f"{y}.{m}.{d}-{m2}.{d2}"
    if style == "zh_short" and has_year:
        return f"{m}月{d}日至{m2}月{d2}日"
    if style == "zh_dash" and has_year:
        return f"{m}月{d}日—{m2}月{d2}日"
    if style == "zh_day" and has_year and m == m2:
        return f"{m}月{d}日至{d2}日"
    return f"{y}年{m}月{d}日至{m2}月{d2}日"


_MATERIALS = {
    "户口簿": ("户口簿", "户口本", "适龄儿童及父母户口簿", "户籍簿", "户口簿首页"),
    "居住证": ("居住证", "父母一方居住证", "居住登记凭证", "居住证（有效期内）"),
    "住房证明": ("房屋租赁合同或不动产权证书", "租赁合同或房产证", "租房合同", "住房证明", "购房合同",
              "房屋租赁合同（经备案）", "住所证明"),
    "就业证明": ("劳动合同或营业执照", "务工证明或营业执照", "就业证明", "用工证明", "聘用合同"),
    "社保证明": ("社会保险缴费证明", "社保缴费清单", "参保证明", "社保缴纳证明"),
    "出生医学证明": ("出生医学证明", "出生证明", "出生证"),
    "预防接种证": ("预防接种证", "疫苗接种证明", "接种证"),
    "身份证": ("父母身份证", "居民身份证", "身份证"),
    "学籍证明": ("转学证明", "学籍信息表", "在读证明"),
}
_BANNED = ("独生子女证", "计划生育证明", "超龄证明", "户籍地无人监护证明", "准生证", "生育服务证", "老家无人监护证明")
_OFF_LIST = ("无犯罪记录证明", "完税证明", "结婚证", "父母无犯罪记录证明")
_NOISE = ("", "", "", "原件及复印件", "复印件", "（原件）", "各一份", "原件和复印件")


def render(unit: Unit) -> str:
    """The rules text of ``unit`` (deterministic)."""
    rng = random.Random(f"{SEED}:{unit.province}/{unit.city}/{unit.county}")
    doc = _Doc(rng)
    shanxi = unit.province == "山西省"
    zhejiang = unit.province == "浙江省"
    taizhou = unit.city == "台州市"
    year = rng.choices((2021, 2022), weights=(85, 15))[0] if not (shanxi or zhejiang) else 2021
    target = rng.randint(60, 200)
    seeded = 0.22  # probability of each seeded violation

    # header
    title = f"{unit.county}{year}年进城务工人员随迁子女义务教育入学实施细则"
    if unit.city not in unit.county and unit.county in ("城区", "郊区", "矿区"):
        title = f"{unit.city}{title}"
    doc.comment(title)
    for note in rng.sample(_NOTES, rng.randint(0, 3)):
        doc.comment(note)
    doc.lines.append("")

    # 基本信息
    short = _SHORT[unit.province]
    doc.open(_alias(rng, "基本信息", ("基本情况",), 0.15))
    doc.pair(_alias(rng, "省", ("省份",)), unit.province)
    doc.pair(_alias(rng, "市", ("地市", "设区市")), unit.city)
    doc.pair(_alias(rng, "县", ("区", "县区", "县市区")), unit.county)
    doc.pair(_alias(rng, "年度", ("年份",)), doc.digits(str(year)) if rng.random() < 0.8 else f"{year}年")
    if rng.random() < 0.4:
        doc.pair(_alias(rng, "标题", ("名称",)), f"“{title}”")
    if rng.random() < 0.95:
        doc.pair(_alias(rng, "文号", ("发文字号",)),
                 f"“{unit.county[0]}教{rng.choice(('发', '基', ''))}〔{year}〕{rng.randint(1, 80)}号”")
    basis = [f"“{short}教基函〔{year}〕{rng.randint(10, 40)}号”"]
    if rng.random() < 0.6:
        basis.append(f"“{unit.city[:2]}教基字（{year}）{rng.randint(10, 60)}号”")
    if rng.random() < 0.2:
        basis.append("“国务院令第663号”")
    doc.pair(_alias(rng, "依据", ("政策依据",), 0.2), doc.sep().join(basis))
    if rng.random() < 0.9:
        day = (year, 6, rng.randint(1, 30))
        doc.pair(_alias(rng, "报送日期", ("报送时间", "上报日期"), 0.2),
                 doc.digits(_date(day, rng.choice(("zh", "zh", "iso", "dot")))))
    doc.close()
    doc.lines.append("")

    # 入学条件
    sections = ["conditions", "materials", "schedule"]
    if taizhou or (zhejiang and rng.random() < 0.3) or rng.random() < 0.15:
        sections.insert(rng.randint(1, 3), "points")
    if taizhou or rng.random() < 0.15:
        sections.append("private")
    for number, section in enumerate(sections):
        if rng.random() < 0.7:
            doc.comment(f"{_ROMAN[number]}、" + {"conditions": "入学条件", "materials": "证明材料",
                                                "schedule": "招生安排", "points": "积分入学",
                                                "private": "民办学校"}[section])
        if rng.random() < 0.4:
            doc.comment(rng.choice(_NOTES))
        if section == "materials":
            # long documents list their materials one by one, with the usual wordings repeated
            _materials(doc, unit, seeded, year, extra=max(0, (target - 60) // 2))
        else:
            {"conditions": _conditions, "schedule": _schedule, "points": _points,
             "private": _private}[section](doc, unit, seeded, year)
        doc.lines.append("")

    # closing notes and padding up to the target size: comments, as long documents carry
    closing = rng.randint(0, 4)
    if closing:
        doc.comment(f"{_ROMAN[len(sections)]}、其他")
        for note in rng.sample(_NOTES, closing):
            doc.comment(note)
    while doc.lines and not doc.lines[-1].strip():
        doc.lines.pop()
    _pad(doc, target)
    return "\n".join(doc.lines) + "\n"


def _conditions(doc: _Doc, unit: Unit, seeded: float, year: int) -> None:
    rng = doc.rng
    place = rng.choice(("本县", unit.county, "本地", "我县"))
    doc.open(_alias(rng, "入学条件", ("申请条件", "报名条件"), 0.3))
    months = _over(rng, seeded)
    permit = rng.choice((
        "持有效居住证", f"持有{place}有效居住证", "持有效居住证（或居住登记凭证）",
        f"持有满{_duration(rng, months)}", f"持证满{_duration(rng, months)}",
    ))
    doc.pair(_alias(rng, "居住证", ("持居住证", "居住证持有")), doc.digits(permit))
    if rng.random() < 0.2:
        doc.comment(rng.choice(("旧规：居住满一年（含），本年未调整", "居住时间以居住证登记时间为准")))
    months = _over(rng, seeded)
    residence = rng.choice((f"连续居住满{_duration(rng, months)}", f"在{place}居住满{_duration(rng, months)}",
                            f"实际居住{_duration(rng, months)}以上" if months != 6 else "实际居住满半年"))
    doc.pair(_alias(rng, "居住", ("居住年限", "居住时间", "实际居住")), doc.digits(residence))
    if rng.random() < 0.7:
        months = _over(rng, seeded)
        payer = rng.choices(("父母一方", "父母双方", "父母一方或双方", "父母均须缴纳", "法定监护人一方"),
                            weights=(60, seeded * 40, 10, seeded * 20, 10))[0]
        value = rng.choice((f"满{_duration(rng, months)}{doc.sep()}{payer}",
                            f"缴纳社会保险满{_duration(rng, months)}{doc.sep()}{payer}",
                            f"连续参保{_duration(rng, months)}以上{doc.sep()}{payer}"))
        doc.pair(_alias(rng, "社保", ("社会保险", "社保缴纳", "参保")), doc.digits(value))
    if rng.random() < seeded / 2:
        other = rng.choice(("提供计划生育证明", "提供独生子女证及超龄证明", "不得要求提供计划生育证明",
                            "父母无犯罪记录", "按时接种疫苗"))
        doc.pair(_alias(rng, "其他", ("其他条件",)), other)

    # employment and housing: any one (the baseline), or both required, or nested
    employment = rng.choice(("合法稳定就业", f"在{place}务工经商满{_duration(rng, _over(rng, seeded))}",
                             f"父母或其他法定监护人在{place}合法稳定就业", "有合法稳定职业"))
    owned = rng.random() < seeded
    housing = rng.choice(("自有产权住房", "不动产权证书（不含租赁住房）", "自购商品房", "本县城区自有住房")) if owned \
        else rng.choice(("合法稳定住所（含租赁）", "房屋租赁合同（经备案）或自有住房", "合法稳定住所",
                         "租赁或自有住房"))
    layout = rng.choices(("any", "all_top", "nested", "alt"), weights=(70, 10, 10, 10))[0]
    emp_key = _alias(rng, "就业", ("务工", "经商", "务工经商"))
    house_key = _alias(rng, "住所", ("住房", "住房条件", "居所"))
    if layout == "any":
        doc.open(_alias(rng, "之一", ("下列条件之一", "符合下列条件之一", "具备下列条件之一", "任一"), 0.6))
        doc.pair(emp_key, employment)
        doc.pair(house_key, housing)
        doc.close()
    elif layout == "all_top":
        doc.pair(emp_key, employment)
        doc.pair(house_key, housing)
    elif layout == "nested":
        doc.open(_alias(rng, "之一", ("符合下列条件之一", "任一"), 0.5))
        doc.pair(emp_key, employment)
        doc.open(_alias(rng, "同时具备", ("同时满足", "须同时具备"), 0.5))
        doc.pair(house_key, housing)
        doc.pair(_alias(rng, "居住证", ("持居住证",)), "持有效居住证")
        doc.close()
        doc.close()
    else:  # an owned-property option beside a rental one inside any-one-of: not a narrowing
        doc.open(_alias(rng, "之一", ("下列条件之一", "任一"), 0.5))
        doc.pair(house_key, "自有产权住房")
        doc.open(_alias(rng, "同时具备", ("同时满足", "须同时具备"), 0.5))
        doc.pair(_alias(rng, "住所", ("住房", "居所")), "房屋租赁合同（经备案）")
        doc.pair(emp_key, employment)
        doc.close()
        doc.close()
    doc.close()


def _materials(doc: _Doc, unit: Unit, seeded: float, year: int, extra: int = 0) -> None:
    rng = doc.rng
    doc.open(_alias(rng, "证明材料", ("报名材料", "所需材料", "入学材料"), 0.3))
    names = list(_MATERIALS)
    chosen = rng.sample(names, rng.randint(3, len(names)))
    chosen += rng.choices(names, k=rng.randint(extra * 2 // 3, extra))
    items = [rng.choice(_MATERIALS[n]) + rng.choice(_NOISE) for n in chosen]
    if unit.province == "山西省" or rng.random() < 0.5:
        if rng.random() < seeded:
            items.insert(rng.randint(0, len(items)), rng.choice(_BANNED))
        if rng.random() < seeded / 2:
            items.insert(rng.randint(0, len(items)), rng.choice(_OFF_LIST))
    numbering = rng.choice(("none", "none", "paren", "dot", "comma"))
    grouped = rng.random() < 0.15
    i = 0
    while i < len(items):
        take = rng.randint(1, 3) if grouped else 1
        chunk = items[i:i + take]
        text = doc.sep().join(chunk)
        n = i // (take or 1) + 1
        if numbering == "paren":
            text = f"（{n}）{text}"
        elif numbering == "dot":
            text = f"{n}. {text}"
        elif numbering == "comma":
            text = f"{n}、{text}"
        doc.line(text)
        if rng.random() < 0.1:
            doc.comment(rng.choice(("可通过部门数据共享核验的，不再要求提供", "复印件加盖单位公章",
                                    "以上材料原件核验后退还")))
        i += take
    doc.close()


def _schedule(doc: _Doc, unit: Unit, seeded: float, year: int) -> None:
    rng = doc.rng
    style = rng.choice(_DATE_STYLES)
    start_day = rng.randint(1, 8)
    reg = ((year, 7, start_day), (year, 7, start_day + rng.randint(4, 7)))
    lottery = ((year, 7, reg[1][2] + rng.randint(3, 6)),) * 2
    adm_start = lottery[0][2] + rng.randint(2, 4)
    admission = ((year, 7, adm_start), (year, 7, adm_start + rng.randint(3, 6)))

    def stages(public: bool) -> dict:
        out = {"registration": reg, "lottery": lottery, "admission": admission}
        if not public and rng.random() < seeded:
            stage = rng.choice(("registration", "lottery", "admission"))
            a, b = out[stage]
            if rng.random() < 0.5:  # earlier than public
                a = (a[0], 6, rng.randint(20, 28))
            else:  # later
                a = (a[0], a[1], min(a[2] + 2, 28))
                b = (b[0], b[1], min(max(b[2], a[2]) + 2, 30))
            out[stage] = (a, b)
        return out

    doc.open(_alias(rng, "招生安排", ("招生时间", "招生工作安排"), 0.3))
    kinds = ["公办", "民办"] if rng.random() < 0.9 else ["公办"]
    if rng.random() < 0.3:
        kinds.reverse()
    for kind in kinds:
        public = kind == "公办"
        doc.open(_alias(rng, kind, (kind + "学校",), 0.25))
        if rng.random() < 0.2:
            doc.comment(rng.choice(_NOTES))
        dates = stages(public)
        for key, field, aliases in (("报名", "registration", ("报名时间",)), ("摇号", "lottery", ("摇号时间", "电脑派位")),
                                    ("录取", "admission", ("录取时间", "录取公布"))):
            if field == "lottery" and rng.random() < 0.1:
                continue
            a, b = dates[field]
            doc.pair(_alias(rng, key, aliases, 0.2), doc.digits(_range(a, b, style, has_year=True)))
        doc.pair(_alias(rng, "选拔", ("考试", "面试", "测评"), 0.1),
                 rng.choices(("无", "不组织", "面试"), weights=(85, 12, seeded * 10))[0])
        doc.pair(_alias(rng, "超额", ("超额录取",), 0.2), rng.choice(("电脑随机录取", "电脑随机录取", "电脑派位")))
        if public and rng.random() < 0.7:
            doc.pair("随迁子女报名", rng.choice(("与户籍适龄儿童同步报名", "与户籍适龄儿童同一批次报名")))
            doc.pair("随迁子女摇号", rng.choice(("与户籍适龄儿童同池摇号", "户籍适龄儿童录取后按剩余学位摇号")
                                         if rng.random() < seeded else ("与户籍适龄儿童同池摇号",)))
        doc.close()
    doc.close()


def _points(doc: _Doc, unit: Unit, seeded: float, year: int) -> None:
    rng = doc.rng
    city = unit.city
    doc.open(_alias(rng, "积分入学", ("积分管理",), 0.2))
    doc.pair(_alias(rng, "标准", ("积分标准", "积分办法")),
             f"“{city}随迁子女积分入学管理办法”" if rng.random() > seeded else
             f"“{unit.county}新居民子女积分入学细则”")
    doc.pair(_alias(rng, "平台", ("积分平台", "管理平台")), f"“{city}随迁子女积分入学管理平台”")
    doc.pair(_alias(rng, "依据", ("主要依据",)), "居住证" if rng.random() > seeded else "社保缴纳年限")
    doc.close()


def _private(doc: _Doc, unit: Unit, seeded: float, year: int) -> None:
    rng = doc.rng
    doc.open(_alias(rng, "民办学校", ("民办学校招生",), 0.2))
    doc.pair(_alias(rng, "招生范围", ("范围",)), unit.county if rng.random() > seeded else f"{unit.city}全市")
    plan = rng.randrange(300, 3000, 10)
    doc.pair(_alias(rng, "核定计划", ("核定招生计划",)), doc.digits(str(plan)))
    doc.pair(_alias(rng, "计划招生", ("招生人数", "拟招生")),
             doc.digits(str(plan - rng.randrange(0, 100, 10) if rng.random() > seeded else plan + 50)))
    doc.close()


def _pad(doc: _Doc, target: int) -> None:
    """Bring the document to ``target`` lines with notes between its sections, as long 实施细则 carry them."""
    rng = doc.rng
    gaps = [i for i, line in enumerate(doc.lines) if line == ""] or [len(doc.lines)]
    inserts: dict[int, list[str]] = {}
    article = 1
    while len(doc.lines) > target:  # too long: drop notes (never the title on line 1)
        notes = [i for i, line in enumerate(doc.lines) if i and line.lstrip().startswith("#")]
        if not notes:
            break
        del doc.lines[rng.choice(notes)]
    missing = target - len(doc.lines)
    while missing > 0:
        at = rng.choice(gaps)
        block = [f"# 第{article}条 " + rng.choice(_NOTES)]
        block += ["# " + note for note in rng.choices(_NOTES, k=rng.randint(1, 5))]
        block = ["", *block][:missing]
        inserts.setdefault(at, []).extend(block)
        article += 1
        missing -= len(block)
    lines: list[str] = []
    for i, line in enumerate(doc.lines):
        if i in inserts:
            lines.extend(inserts[i])
        lines.append(line)
    doc.lines = lines


# --- one work plan (工作方案, key counties only) ----------------------------------------

_MEASURES = [
    ("责任分工", ("牵头单位", "组织领导"), "县政府统筹，县教育局牵头，发改、财政、自然资源、住建部门按职责分工负责"),
    ("联席会议", ("联席会议制度",), "建立随迁子女入学工作联席会议制度，每季度研究一次学位供给"),
    ("入学政策", ("招生政策",), "以居住证为主要依据，取消社保年限要求"),
    ("发展共同体", ("结对帮扶",), "公办学校与随迁子女学校结对，组建发展共同体"),
    ("支教支管", ("支教",), "每年选派公办学校骨干教师到随迁子女学校支教支管"),
    ("经费保障", ("生均补助",), "随迁子女与户籍学生同等拨付生均公用经费"),
    ("督导检查", ("专项督导",), "县教育督导室每学期开展专项督导"),
    ("控辍保学", ("学籍管理",), "建立随迁子女学籍动态监测机制"),
]


def render_plan(unit: Unit) -> str:
    """The work plan of a key county (deterministic): current shares, yearly targets, measures."""
    rng = random.Random(f"{SEED}:plan:{unit.province}/{unit.city}/{unit.county}")
    doc = _Doc(rng)
    doc.comment(f"{unit.city}{unit.county}进城务工人员随迁子女入学工作方案（一县一案，2021—2023年）")
    for note in rng.sample(_NOTES, rng.randint(1, 3)):
        doc.comment(note)
    doc.lines.append("")
    doc.open(_alias(rng, "基本信息", ("方案信息",), 0.2))
    doc.pair("省", unit.province)
    doc.pair("市", unit.city)
    doc.pair("县", unit.county)
    doc.pair("年度", "2021")
    doc.pair(_alias(rng, "期限", ("方案期限", "实施期限")), rng.choice(("2021—2023年", "2021-2023")))
    doc.pair("文号", f"“{unit.county[0]}政办发〔2021〕{rng.randint(10, 60)}号”")
    doc.pair("依据", "“晋教基函〔2021〕24号”")
    doc.pair("报送日期", f"2021年6月{rng.randint(15, 30)}日")
    doc.close()
    doc.lines.append("")

    migrant = rng.randrange(3000, 20000, 10)
    public = int(migrant * rng.uniform(0.6, 0.85))
    share = (100 * public / migrant)
    doc.comment("一、基本情况")
    doc.open(_alias(rng, "现状", ("基本情况", "现状分析"), 0.3))
    doc.pair(_alias(rng, "年份", ("统计年份",)), "2020")
    doc.pair(_alias(rng, "随迁子女", ("随迁子女总数", "随迁子女人数")), str(migrant))
    doc.pair(_alias(rng, "公办就读", ("公办就读人数", "公办学校就读人数")), str(public))
    doc.pair(_alias(rng, "公办就读比例", ("公办学校就读比例", "公办比例")), f"{share:.1f}%")
    doc.close()
    doc.lines.append("")

    doc.comment("二、目标任务")
    doc.open(_alias(rng, "目标", ("工作目标", "目标任务"), 0.3))
    target = share
    for year in (2021, 2022, 2023):
        target = min(100.0, target + rng.uniform(2, 8))
        doc.open(f"{year}年")
        doc.pair("公办就读比例", f"{round(target)}%")
        if year == 2023 and rng.random() < 0.5:
            doc.pair("预计随迁子女", str(int(migrant * rng.uniform(1.0, 1.1))))
        doc.close()
    doc.close()
    doc.lines.append("")

    doc.comment("三、主要措施")
    doc.open(_alias(rng, "措施", ("主要措施", "工作措施"), 0.3))
    for key, aliases, value in rng.sample(_MEASURES, rng.randint(4, len(_MEASURES))):
        doc.pair(_alias(rng, key, aliases, 0.2), value)
    for year in sorted(rng.sample((2021, 2022, 2023), rng.randint(1, 3))):
        kind = rng.choice(("新建学校", "改扩建", "购买学位"))
        doc.open(kind)
        if kind != "购买学位":
            doc.pair("名称", f"{unit.county}第{_ROMAN[rng.randint(0, 9)]}实验学校")
        doc.pair("学位", str(rng.randrange(300, 2000, 10)))
        doc.pair("年份", str(year))
        doc.close()
    doc.close()
    return "\n".join(doc.lines) + "\n"
