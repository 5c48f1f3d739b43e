#include "client/pinyinsearch.h"

#include <QHash>

namespace baton {

namespace {

// Syllable, then the name characters read that way (surnames and common given-name characters,
// one reading each: the one used in names, e.g. 单 shan, 曾 zeng).
constexpr const char *readings[] = {
    "a 阿",
    "ai 艾爱",
    "an 安",
    "ao 敖傲",
    "bai 白柏百",
    "ban 班",
    "bao 包鲍宝保",
    "bei 贝蓓",
    "ben 本",
    "bi 毕碧",
    "bian 卞边",
    "bin 斌彬滨",
    "bing 冰兵",
    "bo 博波薄",
    "bu 卜步",
    "cai 蔡才彩",
    "cao 曹",
    "cen 岑",
    "chang 常昌畅",
    "chao 超朝",
    "chen 陈晨辰臣",
    "cheng 程成城诚承",
    "chi 池迟",
    "chong 崇",
    "chu 褚楚初",
    "chun 春纯",
    "cong 丛聪",
    "cui 崔翠",
    "dai 戴代黛",
    "dan 丹",
    "dang 党",
    "deng 邓",
    "di 狄迪笛",
    "ding 丁鼎",
    "dong 董东冬栋",
    "du 杜都",
    "duan 段",
    "fan 范樊凡帆",
    "fang 方芳房",
    "fei 费飞菲",
    "feng 冯丰凤峰锋枫",
    "fu 付傅符福富",
    "gao 高",
    "ge 葛戈格",
    "geng 耿",
    "gong 龚宫公",
    "gu 顾谷古",
    "guan 关管冠",
    "guang 光广",
    "gui 桂贵",
    "guo 郭国果",
    "hai 海",
    "han 韩寒涵汉翰晗",
    "hao 郝浩昊皓豪",
    "he 何贺和赫荷",
    "hong 洪红宏鸿虹",
    "hou 侯厚",
    "hu 胡虎湖",
    "hua 华花桦",
    "huai 怀",
    "huan 欢环",
    "huang 黄皇",
    "hui 惠慧辉晖",
    "huo 霍",
    "ji 纪姬季吉冀继霁",
    "jia 贾佳嘉家",
    "jian 简建剑坚健",
    "jiang 江蒋姜",
    "jiao 焦娇",
    "jie 杰洁婕捷",
    "jin 金晋锦瑾进",
    "jing 静晶京景靖敬婧",
    "jiu 久",
    "ju 居菊",
    "juan 娟",
    "jun 君军俊骏",
    "kai 凯开",
    "kang 康",
    "ke 柯可克",
    "kong 孔",
    "kun 坤",
    "lai 赖来",
    "lan 兰蓝岚",
    "lang 郎朗",
    "lei 雷蕾磊",
    "li 李黎丽立力莉利理",
    "lian 连莲廉",
    "liang 梁良亮",
    "liao 廖",
    "lin 林琳霖临麟",
    "ling 凌玲灵岭",
    "liu 刘柳",
    "long 龙隆",
    "lou 娄楼",
    "lu 卢陆鲁路露璐",
    "lv 吕绿",
    "luo 罗骆洛",
    "ma 马",
    "mai 麦",
    "man 曼蔓",
    "mao 毛茂",
    "mei 梅美媚玫",
    "meng 孟蒙梦萌",
    "mi 米宓",
    "miao 苗妙",
    "min 敏民闵",
    "ming 明鸣铭",
    "mo 莫墨",
    "mu 穆慕木",
    "na 娜那",
    "nan 南楠",
    "ni 倪妮",
    "ning 宁凝",
    "niu 牛",
    "nv 女",
    "ou 欧",
    "pan 潘盼",
    "pang 庞",
    "pei 裴佩培",
    "peng 彭鹏",
    "ping 平萍",
    "pu 蒲浦",
    "qi 齐戚祁琪奇启琦",
    "qian 钱倩谦",
    "qiang 强",
    "qiao 乔",
    "qin 秦琴勤",
    "qing 青清庆晴卿",
    "qiu 邱秋丘",
    "qu 曲瞿",
    "quan 全泉",
    "ran 冉然",
    "ren 任仁",
    "rong 荣蓉容融",
    "ru 汝如茹",
    "rui 芮瑞睿蕊",
    "ruo 若",
    "shan 单山珊善",
    "shang 尚商",
    "shao 邵少韶",
    "shen 沈申深",
    "sheng 盛胜生圣",
    "shi 石施史师诗世时士",
    "shu 舒淑书树",
    "shuang 双爽",
    "shui 水",
    "si 司思斯",
    "song 宋松颂",
    "su 苏素",
    "sun 孙",
    "tan 谭谈",
    "tang 唐汤棠",
    "tao 陶涛桃",
    "teng 滕腾",
    "tian 田天甜",
    "ting 婷亭庭",
    "tong 童佟彤同",
    "wan 万婉宛",
    "wang 王汪旺",
    "wei 魏韦卫伟薇威巍蔚",
    "wen 文温雯",
    "wu 吴武伍吾乌",
    "xi 席奚希溪曦熙夕西喜",
    "xia 夏霞",
    "xian 冼贤仙娴先",
    "xiang 向项祥翔香湘",
    "xiao 肖萧晓小筱潇笑",
    "xie 谢",
    "xin 辛欣新心馨鑫",
    "xing 邢星兴幸",
    "xiong 熊雄",
    "xiu 秀",
    "xu 徐许旭胥",
    "xuan 宣轩萱璇",
    "xue 薛雪学",
    "xun 荀迅",
    "ya 雅亚娅",
    "yan 严颜闫燕彦艳妍岩言延",
    "yang 杨阳洋扬",
    "yao 姚尧瑶耀",
    "ye 叶烨",
    "yi 易伊依怡逸艺毅一宜仪",
    "yin 尹殷银音",
    "ying 应英莹颖瑛鹰",
    "yong 勇永雍",
    "you 尤游友",
    "yu 于余俞虞郁宇雨玉钰语禹羽瑜",
    "yuan 袁元源远媛苑",
    "yue 岳月悦越乐",
    "yun 云芸韵允",
    "zeng 曾",
    "zhan 詹展湛",
    "zhang 张章彰",
    "zhao 赵昭钊",
    "zhen 甄真珍贞振",
    "zheng 郑正政峥",
    "zhi 志智芝之",
    "zhong 钟仲忠中",
    "zhou 周舟洲",
    "zhu 朱祝竹珠",
    "zhuang 庄",
    "zhuo 卓",
    "zi 子紫梓",
    "zong 宗",
    "zou 邹",
    "zuo 左",
};

const QHash<QChar, QString> &readingTable()
{
    static const QHash<QChar, QString> table = [] {
        QHash<QChar, QString> t;
        for (const char *entry : readings) {
            const QString line = QString::fromUtf8(entry);
            const qsizetype space = line.indexOf(QLatin1Char(' '));
            const QString syllable = line.left(space);
            for (const QChar c : line.mid(space + 1))
                t.insert(c, syllable);
        }
        return t;
    }();
    return table;
}

// Does `query` from `at` on spell syllables[from…] as a run of syllable prefixes (each at least
// one letter: "lx" = l + x, "linx" = lin + x)?
bool spells(const QStringList &syllables, qsizetype from, const QString &query, qsizetype at)
{
    if (at == query.size())
        return true;
    if (from == syllables.size())
        return false;
    const QString &s = syllables.at(from);
    for (qsizetype n = std::min(s.size(), query.size() - at); n >= 1; --n) {
        if (QStringView(s).left(n) == QStringView(query).mid(at, n) &&
            spells(syllables, from + 1, query, at + n))
            return true;
    }
    return false;
}

} // namespace

QStringList PinyinSearch::syllables(const QString &name)
{
    const auto &table = readingTable();
    QStringList out;
    for (const QChar c : name) {
        if (c.isSpace())
            continue;
        out.append(table.value(c, QString(c).toLower()));
    }
    return out;
}

bool PinyinSearch::isLatin(const QString &query)
{
    bool any = false;
    for (const QChar c : query) {
        if (c.isSpace())
            continue;
        if (c.unicode() >= 0x80 || !c.isLetter())
            return false;
        any = true;
    }
    return any;
}

bool PinyinSearch::matches(const QString &name, const QString &query)
{
    QString q = query.toLower();
    q.remove(QLatin1Char(' '));
    if (q.isEmpty())
        return true;
    if (name.contains(q, Qt::CaseInsensitive))
        return true;
    if (!isLatin(q))
        return false;
    const QStringList s = syllables(name);
    for (qsizetype from = 0; from < s.size(); ++from) {
        if (spells(s, from, q, 0))
            return true;
    }
    return false;
}

} // namespace baton
