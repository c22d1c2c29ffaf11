package cn.kaichuang.supervision;

/** One summed figure of one region (the institutions' own GB/T 2260 code) in a console snapshot. */
public record ConsoleFigure(String regionCode, ConsoleMetric metric, String dimension, long value) {

    /** The prefecture (地市) the region belongs to: 430102 → 430100. */
    public String prefecture() {
        return regionCode.length() == 6 ? regionCode.substring(0, 4) + "00" : regionCode;
    }
}
