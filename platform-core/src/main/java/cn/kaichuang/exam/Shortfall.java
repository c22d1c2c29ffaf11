package cn.kaichuang.exam;

/** A blueprint line the pool cannot fill: {@code needed} questions, {@code available} left for it. */
public record Shortfall(BlueprintLine line, int needed, int available) {

    /** "单选题·市场评估·难度3：需要 5 道，可用 2 道". */
    public String message() {
        return line.label() + "：需要 " + needed + " 道，可用 " + available + " 道";
    }
}
