package cn.kaichuang.app.ui.console;

import java.util.List;

/** Hunan's prefectures (GB/T 2260), the province's region filter. */
final class Prefectures {

    static final List<String> HUNAN = List.of("430100", "430200", "430300", "430400", "430500", "430600", "430700",
            "430800", "430900", "431000", "431100", "431200", "431300", "433100");

    private Prefectures() {
    }
}
