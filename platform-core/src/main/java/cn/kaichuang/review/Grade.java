package cn.kaichuang.review;

/** The grade of a total score out of 100. */
public enum Grade {
    EXCELLENT("优秀"), PASS("合格"), FAIL("不合格");

    private final String chineseName;

    Grade(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Grade of(int total) {
        return total >= 85 ? EXCELLENT : total >= 60 ? PASS : FAIL;
    }
}
