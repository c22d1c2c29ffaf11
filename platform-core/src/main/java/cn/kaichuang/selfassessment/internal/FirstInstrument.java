package cn.kaichuang.selfassessment.internal;

import cn.kaichuang.selfassessment.Instrument;
import cn.kaichuang.selfassessment.Instrument.Dimension;
import cn.kaichuang.selfassessment.Instrument.Item;
import java.util.List;

/**
 * Version 1 of the instrument, seeded at start-up: seven dimensions of four statements each, the
 * last of each reverse-scored so that agreeing with everything does not score highest.
 */
public final class FirstInstrument {

    private FirstInstrument() {
    }

    public static Instrument get() {
        return new Instrument(0, "创业能力自评量表", List.of(
                dimension("MOTIVATION", "创业动机",
                        List.of("我创业是为了实现自己的想法和价值", "即使遇到挫折，我也想坚持把事业做下去",
                                "我经常主动思考可以做的创业项目"),
                        "我创业主要是因为暂时找不到工作",
                        "你的创业动机还不够清晰。建议先想清楚为什么创业、想解决谁的什么问题，可参加 GYB 课程梳理创业想法。",
                        "你有一定的创业意愿。建议把想法写成简要计划，和导师或已创业的朋友聊一聊，检验动机是否持久。",
                        "你的创业动机强烈而持久，这是创业成功的重要基础。注意在热情之外保持冷静，做好市场调研。"),
                dimension("RISK", "风险承受",
                        List.of("我能接受创业初期收入不稳定", "面对不确定的结果，我仍能做出行动",
                                "我愿意为有把握的机会承担适度风险"),
                        "一想到可能亏钱，我就会失眠",
                        "你对风险较为谨慎。建议从小规模、低投入的项目起步，先留足生活保障金，再逐步扩大。",
                        "你能承受一定风险。建议为项目设定止损线，并区分可承受与不可承受的损失。",
                        "你的风险承受能力较强。注意不要低估风险，重大投入前做好测算和备选方案。"),
                dimension("DECISION", "决策能力",
                        List.of("我能在信息不完整时做出及时的决定", "做决定前我会比较几种方案的利弊",
                                "决定之后我会跟踪结果并及时调整"),
                        "我常常因为犹豫而错过机会",
                        "你的决策还不够果断。建议学习简单的决策方法（列利弊、设期限），在小事上练习快速决定。",
                        "你具备基本的决策能力。建议在重要决定后复盘，总结经验，提高决策质量。",
                        "你善于分析并果断决策。注意倾听团队和顾客的意见，避免独断。"),
                dimension("NETWORK", "沟通与人脉",
                        List.of("我能清楚地向别人介绍自己的想法", "我认识一些可以在创业中帮助我的人",
                                "我乐于结识新朋友并保持联系"),
                        "与陌生人打交道让我很不自在",
                        "你的沟通与人脉还需积累。建议多参加创业沙龙、培训交流活动，练习介绍自己的项目。",
                        "你有一定的人脉基础。建议有意识地联系供应商、潜在顾客和同行，建立互助关系。",
                        "你善于沟通、人脉广泛。可以把人脉转化为合作与渠道，同时注意维护信誉。"),
                dimension("FAMILY", "家庭支持",
                        List.of("我的家人支持我创业", "创业遇到困难时，家人愿意帮我分担",
                                "我和家人商量过创业可能带来的影响"),
                        "家人反对我把钱投入到创业中",
                        "你的家庭支持不足。建议与家人坦诚沟通创业计划和风险控制办法，争取理解与支持。",
                        "家人基本支持你。建议让家人了解项目进展，约定家庭资金的使用边界。",
                        "你得到了家庭的有力支持。珍惜这份支持，合理安排工作与家庭时间。"),
                dimension("SKILLS", "专业技能",
                        List.of("我掌握与创业项目相关的专业技能", "我了解所选行业的基本运作方式",
                                "我会主动学习行业的新知识和新技术"),
                        "我对要进入的行业几乎没有经验",
                        "你的行业技能和经验较少。建议先到相关企业学习或实习，或选择与自身技能相关的项目。",
                        "你具备一定的专业基础。建议补齐经营管理、营销等短板，可参加 SYB 课程。",
                        "你的专业技能扎实。注意把技术优势转化为顾客愿意付费的产品或服务。"),
                dimension("FINANCE", "财务准备",
                        List.of("我清楚启动项目大约需要多少资金", "我有一笔可用于创业的积蓄或可靠的资金来源",
                                "我会记账并区分个人与经营的收支"),
                        "我没有想过资金用完了怎么办",
                        "你的财务准备不足。建议测算启动资金和三个月的流动资金，了解创业担保贷款等扶持政策。",
                        "你有初步的财务准备。建议做一份现金流量计划，并准备应急资金。",
                        "你的财务准备较充分。建议定期分析利润和现金流，稳健使用贷款。")), null);
    }

    private static Dimension dimension(String code, String name, List<String> statements, String reversed,
            String low, String mid, String high) {
        List<Item> items = new java.util.ArrayList<>(statements.stream().map(s -> new Item(s, false)).toList());
        items.add(new Item(reversed, true));
        return new Dimension(code, name, List.copyOf(items), low, mid, high);
    }
}
