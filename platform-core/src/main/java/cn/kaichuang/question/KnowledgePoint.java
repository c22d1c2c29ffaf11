package cn.kaichuang.question;

import java.util.Arrays;
import java.util.Optional;

/**
 * The knowledge points questions are filed under: the ten SYB modules, and the GYB and IYB parts
 * institutions add questions for. {@code chineseName} is the name the import file uses.
 */
public enum KnowledgePoint {
    SYB_01("SYB", "创业意识/评价你是否适合创业"),
    SYB_02("SYB", "建立创业团队/企业构思"),
    SYB_03("SYB", "市场评估"),
    SYB_04("SYB", "企业人员组织"),
    SYB_05("SYB", "选择企业法律形态"),
    SYB_06("SYB", "法律环境和责任"),
    SYB_07("SYB", "预测启动资金"),
    SYB_08("SYB", "制定利润计划"),
    SYB_09("SYB", "判断企业能否生存"),
    SYB_10("SYB", "开办企业"),
    GYB_01("GYB", "产生企业想法"),
    GYB_02("GYB", "筛选企业想法"),
    IYB_01("IYB", "市场营销"),
    IYB_02("IYB", "成本核算与财务管理");

    private final String course;
    private final String chineseName;

    KnowledgePoint(String course, String chineseName) {
        this.course = course;
        this.chineseName = chineseName;
    }

    public String course() {
        return course;
    }

    public String chineseName() {
        return chineseName;
    }

    /** By its Chinese name (or the part after a slash), or by its code. */
    public static Optional<KnowledgePoint> parse(String text) {
        String value = text.strip();
        return Arrays.stream(values()).filter(k -> k.chineseName.equals(value) || k.name().equalsIgnoreCase(value)
                || Arrays.asList(k.chineseName.split("/")).contains(value)).findFirst();
    }
}
