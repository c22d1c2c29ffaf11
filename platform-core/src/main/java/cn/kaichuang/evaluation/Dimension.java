package cn.kaichuang.evaluation;

/** What a trainee rates: the first four about the lecturer, the last three about the institution. */
public enum Dimension {
    /** 教学内容 */
    CONTENT(Target.LECTURER),
    /** 教学方法 */
    METHOD(Target.LECTURER),
    /** 互动答疑 */
    INTERACTION(Target.LECTURER),
    /** 实用性 */
    PRACTICALITY(Target.LECTURER),
    /** 组织管理 */
    ORGANISATION(Target.INSTITUTION),
    /** 教学环境 */
    ENVIRONMENT(Target.INSTITUTION),
    /** 服务态度 */
    SERVICE(Target.INSTITUTION);

    public enum Target {
        LECTURER, INSTITUTION
    }

    private final Target target;

    Dimension(Target target) {
        this.target = target;
    }

    public Target target() {
        return target;
    }

    public String column() {
        return name().toLowerCase() + "_score";
    }
}
