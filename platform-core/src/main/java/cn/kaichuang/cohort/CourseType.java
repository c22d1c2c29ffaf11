package cn.kaichuang.cohort;

/** Course products of the Malanhua (马兰花) programme. */
public enum CourseType {
    GYB("创业意识培训 GYB"),
    SYB("创办你的企业 SYB"),
    IYB("改善你的企业 IYB"),
    EYB("扩大你的企业 EYB"),
    ONLINE("网络创业培训");

    private final String chineseName;

    CourseType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
